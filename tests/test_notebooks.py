"""Run every notebook in nbs/ as one pytest test (cells flagged `slow` or `notest` are skipped, as in nbdev_test)."""
from pathlib import Path
import pytest
from nbdev.test import test_nb as run_notebook  # renamed so pytest does not collect it

NBS = sorted((Path(__file__).parent.parent/'nbs').glob('[0-9]*.ipynb'))

@pytest.mark.parametrize('nb', NBS, ids=[p.stem for p in NBS])
def test_notebook(nb):
    ok, secs = run_notebook(nb, skip_flags=['notest', 'slow'])
    assert ok, f'{nb.name} failed (see the traceback above)'
