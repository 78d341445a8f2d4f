"""Zou, Gu (seed 002): an improved analysis of training over-parameterized deep ReLU networks with GD and SGD."""
from theorems.zou_gu import claims  # noqa: F401  (registers the assumptions, root causes, claims and pins)
