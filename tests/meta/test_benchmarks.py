"""``python -m benchmarks --quick`` runs and prints its table (not timed: ratios on a shared CI machine are noise)."""
from __future__ import annotations

import pytest

from benchmarks.__main__ import main


@pytest.mark.slow
def test_quick_benchmarks_run_and_print_the_table(capsys):
    table = main(["--quick", "--threads", "1", "--repeats", "1"])
    assert "| Gram + λmin | 64 |" in table and "closed form vs autograd oracle" in table and "matmul" in table
    assert capsys.readouterr().out.strip() == table
