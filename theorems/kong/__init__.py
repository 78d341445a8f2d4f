"""Kong (seed 001): two-hidden-layer partially over-parameterized ReLU networks under gradient flow."""
from theorems.kong import claims  # noqa: F401  (registers the assumptions and claims)
from theorems.kong import pins  # noqa: F401,E402  (pins the errata; after the claims)
