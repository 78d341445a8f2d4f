"""Wang-Ma (seed 000): early-stage and global convergence of mildly parameterized two-layer ReLU networks."""
from theorems.wang_ma import claims  # noqa: F401  (registers the assumptions and claims)
from theorems.wang_ma import pins  # noqa: F401  (pins the errata's counterexamples, after the claims)
