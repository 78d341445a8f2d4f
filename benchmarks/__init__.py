"""Benchmarks of the numerical core: ``python -m benchmarks [--quick]`` prints a markdown table of ratios."""
