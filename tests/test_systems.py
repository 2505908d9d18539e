"""Every registered unseen expert, at the quick preset on a tiny tree: alone through the two-stage protocol (test split
locked until the final evaluation; run folder round trip), and behind AV-OOD's gate (run folder round trip)."""
import dataclasses, json
import pytest
from avood.experts import EXPERTS
from avood.synthetic import write_benchmark
from avood.data import DataConfig
from avood.cache import ComponentCache
from avood.config import make_config
from avood.two_stage import system_config, train_system, evaluate_system, train_system_run, evaluate_system_run
from avood.runs import train_run, evaluate_run

SYSTEMS = sorted(EXPERTS['unseen'])

@pytest.fixture(scope='module')
def tree(tmp_path_factory):
    d = tmp_path_factory.mktemp('systems')
    write_benchmark(d/'data', 'UCF', scale=0.03, seed=0)
    return d, DataConfig(str(d/'data'), 'UCF'), ComponentCache(d/'cache')

class NoTest(dict):
    def __getitem__(self, k):
        if k == 'test': raise AssertionError('test data read before the final evaluation')
        return super().__getitem__(k)

@pytest.mark.parametrize('name', SYSTEMS)
def test_system_alone(tree, name):
    d, data, cache = tree
    b = data.load()
    cfg = system_config('UCF', 'quick', seed=1, expert=name)
    tr = train_system(cfg, dataclasses.replace(b, subsets=NoTest(b.subsets)), progress=False, log=lambda s: None)
    ev = evaluate_system(tr['expert'], tr['beta'], b)['metrics']
    m = train_system_run(cfg, data, d/f'alone-{name}', progress=False, log=lambda s: None, cache=cache)
    assert {k: m[k] for k in ev} == ev                         # same numbers with and without the cache / locked test
    assert evaluate_system_run(d/f'alone-{name}') == ev
    for k in ('S', 'U', 'HM', 'ZSL'): assert 0 <= m[k] <= 100
    if 'epochs' in m: assert 1 <= m['epochs'] <= cfg.unseen.epochs

@pytest.mark.parametrize('name', SYSTEMS)
def test_behind_the_gate(tree, name):
    "Behind AV-OOD's gate an expert is the model its system is alone (the same stage-2 key, epochs and β)."
    d, data, cache = tree
    alone = train_system_run(system_config('UCF', 'quick', seed=1, expert=name), data, d/f'gate-alone-{name}',
                             progress=False, log=lambda s: None, cache=cache)
    m = train_run(make_config('UCF', 'quick', seed=1, unseen_expert=name), data, d/f'avood-{name}', progress=False,
                  log=lambda s: None, cache=cache)
    assert m['unseen_expert'] == name and 0 <= m['HM'] <= 100
    assert 'unseen classifier' in m['from_cache']                   # trained once, by the system alone
    keys = json.loads((d/f'gate-alone-{name}'/'keys.json').read_text())['keys']
    assert json.loads((d/f'avood-{name}'/'keys.json').read_text())['keys']['unseen'] == keys['stage2']
    assert {k: m['calibrated_stacking'][k] for k in ('beta', 'S', 'U', 'HM')} == {k: alone[k] for k in ('beta', 'S', 'U', 'HM')}
    if 'epochs' in alone: assert m['unseen_stage1']['epochs'] == alone['epochs']
    again = evaluate_run(d/f'avood-{name}')
    assert again == {k: m[k] for k in again}

@pytest.mark.parametrize('name', sorted(set(EXPERTS['seen']) - {'mlp'}))
def test_seen_expert_behind_the_gate(tree, name):
    "Another seen expert in AV-OOD: it trains behind the gate, and its run folder round-trips."
    d, data, cache = tree
    m = train_run(make_config('UCF', 'quick', seed=1, seen_expert=name), data, d/f'avood-seen-{name}', progress=False,
                  cs_baseline=False, log=lambda s: None, cache=cache)
    assert m['seen_expert'] == name and 0 <= m['HM'] <= 100 and 0 <= m['SC_acc'] <= 100
    again = evaluate_run(d/f'avood-seen-{name}')
    assert again == {k: m[k] for k in again}
