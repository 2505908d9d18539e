"""bench/bench_components.py's matrix-product floor: the recorder sees forward and backward products, and the replay
runs exactly what was recorded (same op, shapes and strides), in the dtype asked for."""
from pathlib import Path
import math, sys
import torch
from torch import nn

sys.path.insert(0, str(Path(__file__).parent.parent/'bench'))
from bench_components import MatmulRecorder, replay_ms

def test_recorder_sees_forward_and_backward_products():
    torch.manual_seed(0)
    lin = nn.Linear(8, 4)
    x = torch.randn(5, 8, requires_grad=True)
    with MatmulRecorder() as rec:
        lin(x).sum().backward()
        torch.relu(x).sum()                                                # not a product: not recorded
    ops = sorted(str(f) for f, _, _ in rec.calls)
    assert ops == ['aten.addmm.default', 'aten.mm.default', 'aten.mm.default'], ops   # forward; grad of x and of W
    fwd = next(ls for f, ls, _ in rec.calls if f is torch.ops.aten.addmm.default)
    assert [l[1] for l in fwd] == [(4,), (5, 8), (8, 4)]                  # bias, input, transposed weight
    assert fwd[2][2] == (1, 8)                                             # the weight's transpose keeps its strides
    assert x.grad is not None and lin.weight.grad.shape == (4, 8)        # recording does not change the results

def test_replay_runs_what_was_recorded():
    a, b = torch.randn(64, 32), torch.randn(32, 16).t().contiguous().t()  # a column-major right operand
    with MatmulRecorder() as rec: a @ b
    assert [l[2] for l in rec.calls[0][1]] == [(32, 1), (1, 32)]
    with MatmulRecorder() as again: ms = replay_ms(rec.calls, rounds=2)
    assert math.isfinite(ms) and ms > 0
    assert again.calls == rec.calls * 2                                   # same op, shapes, strides, dtype, once a round
    with MatmulRecorder() as again: replay_ms(rec.calls, rounds=1, dtype=torch.bfloat16)
    assert [l[3] for l in again.calls[0][1]] == [torch.bfloat16] * 2

def test_curves_bench_reads_cached_curves_and_trains_nothing(tmp_path):
    "bench_curves.py finds E's curve and a system's stage-1 history in a cache, and its time to quality is the curve's."
    from bench_curves import rows_of
    from avood.cache import ComponentCache
    from avood.config import make_config
    from avood.curves import unseen_curve, time_to_quality
    from avood.data import DataConfig
    from avood.pipeline import stage1
    from avood.synthetic import write_benchmark
    from avood.two_stage import system_config
    write_benchmark(tmp_path/'data', 'UCF', scale=0.03, seed=0)
    bench, cache = DataConfig(str(tmp_path/'data'), 'UCF').load(), ComponentCache(tmp_path/'cache')
    cfg = make_config('UCF', 'quick', seed=5)
    assert rows_of(cfg, bench, cache) == []                               # nothing cached: nothing read, nothing trained
    assert cache.trained == []
    curve = unseen_curve(cfg, bench, cache=cache)
    stage1(system_config('UCF', 'quick', 5, 'cjme'), bench, cache=cache)
    n = len(cache.trained)
    rows = {name: (c, m, steps, target) for name, c, m, steps, target in rows_of(cfg, bench, cache)}
    assert set(rows) == {'unseen (AV-OOD)', 'CJME (system)'} and len(cache.trained) == n
    c, m, steps, target = rows['unseen (AV-OOD)']
    assert (c, m, steps, target) == (curve, 'val_HM', cfg.unseen.n_batches, curve[-1]['val_HM'])
    c, m, _, target = rows['CJME (system)']
    assert target == max(h['val_HM'] for h in c) and time_to_quality(c, m, target)['epoch'] <= len(c)
