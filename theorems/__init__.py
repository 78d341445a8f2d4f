"""Executable claims of five convergence papers for over-parameterized networks.

``theorems.registry`` holds the claims as data, ``theorems.evidence`` turns a
measured inequality into a verdict that names the assumption it rests on,
``theorems.core`` is the shared numerical core (torch, float64), and each paper
has a module of its own (``theorems.kong``, ...).
"""
