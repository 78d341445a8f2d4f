"""Hypothesis strategies for datasets, initializations and hyper-parameters.

Every strategy promises the assumptions it names; ``tests/meta`` checks those
promises against the assumption checkers of ``theorems``.
"""
