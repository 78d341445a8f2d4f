"""shallow_sgd (seed 003): improved overparametrization bounds for SGD on one-hidden-layer ReLU networks."""
from theorems.shallow_sgd import claims  # noqa: F401  (registers the assumptions and claims)
