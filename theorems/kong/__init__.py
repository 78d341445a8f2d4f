"""Kong (seed 001): two-hidden-layer partially over-parameterized ReLU networks under gradient flow."""
from theorems.registry import register_paper

register_paper(
    "kong",
    "Z. Kong, Convergence Analysis of Training Two-Hidden-Layer Partially Over-Parameterized ReLU Networks via Gradient Descent",
    text="001_ac66899faf065c91.txt",
    experiment="theorems.kong.experiments:as_markdown",
    experiment_html="theorems.kong.experiments:as_html",
)

from theorems.kong import claims  # noqa: E402,F401  (registers the assumptions and claims)
from theorems.kong import pins  # noqa: E402,F401  (pins the errata; after the claims)
