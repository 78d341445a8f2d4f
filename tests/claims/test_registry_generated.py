"""The tests the registry generates for every registered paper (``theorems.testing.RegistryTests``): each erratum
pin and each reading finding as a test of its own, the errata's severities and root causes, and every ref against
the paper's text. A paper package installed beside the suite is checked here too."""
from __future__ import annotations

from theorems.testing import RegistryTests


class TestEveryPaper(RegistryTests):
    paper = None
