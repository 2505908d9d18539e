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
