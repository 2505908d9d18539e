"""A two-task sweep on a local Ray cluster at tiny size: both run folders written, the same numbers as the serial executor,
and a rerun trains nothing. Needs the `sweep` extra (`pip install -e '.[sweep]'`, `make test-sweep`); skipped without it."""
import json
import pytest
from avood.synthetic import write_benchmark
from avood.sweep import sweep_trainings, run_sweep

ray = pytest.importorskip('ray', reason="the sweep extra is not installed (pip install -e '.[sweep]')")

def test_two_task_sweep_on_local_ray(tmp_path):
    write_benchmark(tmp_path/'data', 'UCF', scale=0.03, seed=0)
    grid = sweep_trainings('UCF', '1,2', methods='ridge', preset='quick')
    quiet = dict(progress=False, log=lambda s: None)
    r = run_sweep(grid, tmp_path/'data', tmp_path/'ray', executor='ray', workers=2, **quiet)
    assert [v['status'] for v in r.values()] == ['trained', 'trained']
    assert not ray.is_initialized()                              # the cluster the sweep started is shut down
    run_sweep(grid, tmp_path/'data', tmp_path/'serial', executor='serial', **quiet)
    for t in grid:
        a, b = (json.loads((tmp_path/d/'runs'/t.name/'metrics.json').read_text()) for d in ('ray', 'serial'))
        assert abs(a['HM'] - b['HM']) < 1e-9 and a['beta'] == b['beta'], t.name
    again = run_sweep(grid, tmp_path/'data', tmp_path/'ray', executor='ray', workers=2, **quiet)
    assert [v['status'] for v in again.values()] == ['done', 'done']
