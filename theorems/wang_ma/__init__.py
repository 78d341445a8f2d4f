"""Wang-Ma (seed 000): early-stage and global convergence of mildly parameterized two-layer ReLU networks."""
from theorems.registry import register_paper

register_paper(
    "wang_ma",
    "M. Wang, C. Ma, Early Stage Convergence and Global Convergence of Training Mildly Parameterized Neural Networks (NeurIPS 2022)",
    text="000_073b9002bb8e1da7.txt",
    experiment="theorems.wang_ma.experiments:as_markdown",
    experiment_html="theorems.wang_ma.experiments:as_html",
)

from theorems.wang_ma import claims  # noqa: E402,F401  (registers the assumptions and claims)
from theorems.wang_ma import pins  # noqa: E402,F401  (pins the errata's counterexamples, after the claims)
