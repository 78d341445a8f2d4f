"""Chen, Vanden-Eijnden, Bruna (seed 004): feature learning with global convergence for partially trained wide nets."""
from theorems.chen_veb import claims  # noqa: F401  (registers the assumptions and claims)
from theorems.chen_veb import pins  # noqa: F401  (pins the errata; after the claims)
