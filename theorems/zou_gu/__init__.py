"""Zou, Gu (seed 002): an improved analysis of training over-parameterized deep ReLU networks with GD and SGD."""
from theorems.zou_gu import claims  # noqa: F401  (registers the assumptions, root causes, claims and pins)
from theorems.zou_gu import convergence  # noqa: F401,E402  (Theorems 3.3, 3.8, 3.10, Corollary 3.5: rates)
from theorems.zou_gu import lemmas  # noqa: E402,F401  (Section 4: Lemmas 4.1-4.5, (4.1) on GD runs, Sections 4.1 and 4.3)
