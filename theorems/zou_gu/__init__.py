"""Zou, Gu (seed 002): an improved analysis of training over-parameterized deep ReLU networks with GD and SGD."""
from theorems.registry import register_paper

register_paper(
    "zou_gu",
    "D. Zou, Q. Gu, An Improved Analysis of Training Over-parameterized Deep Neural Networks (NeurIPS 2019)",
    text="002_106a24ee2aa89a74.txt",
    experiment="theorems.zou_gu.experiments:as_markdown",
    experiment_html="theorems.zou_gu.experiments:as_html",
)

from theorems.zou_gu import claims  # noqa: E402,F401  (registers the assumptions, root causes, claims and pins)
from theorems.zou_gu import convergence  # noqa: E402,F401  (Theorems 3.3, 3.8, 3.10, Corollary 3.5: rates)
from theorems.zou_gu import lemmas  # noqa: E402,F401  (Section 4: Lemmas 4.1-4.5, (4.1) on GD runs, Sections 4.1 and 4.3)
