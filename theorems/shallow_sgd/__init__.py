"""shallow_sgd (seed 003): improved overparametrization bounds for SGD on one-hidden-layer ReLU networks."""
from theorems.registry import register_paper

register_paper(
    "shallow_sgd",
    "Improved Overparametrization Bounds for Global Convergence of SGD for Shallow Neural Networks (anonymous submission)",
    text="003_ce25240b89733a81.txt",
    experiment="theorems.shallow_sgd.experiments:as_markdown",
    experiment_html="theorems.shallow_sgd.experiments:as_html",
)

from theorems.shallow_sgd import claims  # noqa: E402,F401  (registers the assumptions and claims)
