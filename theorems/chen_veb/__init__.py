"""Chen, Vanden-Eijnden, Bruna (seed 004): feature learning with global convergence for partially trained wide nets."""
from theorems.registry import register_paper

register_paper(
    "chen_veb",
    "Z. Chen, E. Vanden-Eijnden, J. Bruna, On Feature Learning in Neural Networks with Global Convergence Guarantees (ICLR 2022)",
    text="004_627e253c5ff46f1e.txt",
    experiment="theorems.chen_veb.experiments:as_markdown",
    experiment_html="theorems.chen_veb.experiments:as_html",
)

from theorems.chen_veb import claims  # noqa: E402,F401  (registers the assumptions and claims)
from theorems.chen_veb import pins  # noqa: E402,F401  (pins the errata; after the claims)
