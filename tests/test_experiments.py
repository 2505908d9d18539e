"""Each experiment notebook has one papermill `parameters` cell with the parameters `avood reproduce` passes, and
`avood reproduce` knows every experiment notebook in nbs/. (Running them at a tiny size is test_notebooks.py's job.)"""
from pathlib import Path
import json
import papermill as pm
import pytest
from avood.reproduce import EXPERIMENTS

NBS = Path(__file__).parent.parent/'nbs'
EXP = sorted(NBS.glob('[0-9]*_exp_*.ipynb'))
PARAMS = {'dataset', 'root', 'preset', 'profile', 'seeds', 'out', 'cache'}
OPTIONAL = {'systems',   # a notebook's own parameter, with a default that runs every system
            'runs',      # a folder of system run records (`avood reproduce --runs`), default None: train them
            'text_order'}  # class-text rows (`avood reproduce --text-order`), default None: the profile's

def test_reproduce_runs_every_experiment_notebook():
    assert len(EXP) == 11 and [p.stem for p in EXP] == list(EXPERIMENTS)

@pytest.mark.parametrize('nb', EXP, ids=[p.stem for p in EXP])
def test_parameters_cell(nb):
    cells = json.loads(nb.read_text())['cells']
    tagged = [c for c in cells if 'parameters' in c.get('metadata', {}).get('tags', [])]
    assert len(tagged) == 1, f'{nb.name}: expected one cell tagged parameters, found {len(tagged)}'
    names = set(pm.inspect_notebook(str(nb)))
    assert PARAMS <= names and names - PARAMS <= OPTIONAL, f'{nb.name}: parameters {sorted(names)}'
    defaults = {k: v['default'] for k, v in pm.inspect_notebook(str(nb)).items()}
    assert defaults['root'] == 'None' and defaults['preset'] == "'quick'"   # the default run is tiny (CI executes it)
    assert defaults.get('runs', 'None') == 'None'                          # and reads no records unless asked
    assert defaults.get('text_order', 'None') == 'None'                    # and attaches the profile's text rows
