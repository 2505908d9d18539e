"""Time each AV-OOD component at the `full` preset and extrapolate to the full schedule.

Usage:  .venv/bin/python bench/bench_components.py --root data/avgzsl_benchmark_datasets --dataset UCF [--device cpu]
        [--threads 2] [--fraction 0.02] [--systems]

Each component is trained for a fraction of its full schedule (same batch size, same code path as a real run) on the
benchmark's stage-2 `train_val`; the script prints ms/step, steps/s and the wall time extrapolated to the full schedule,
next to the reference implementation's figures measured on a 2-core CPU for UCF (issue #3). Steps are optimiser steps
(generator: one G-step with its n_critic critic steps).

It also prints each component's *matrix-product floor*: every matrix product (mm, addmm, bmm, baddbmm; forward and
backward) that one training step executes is recorded with its shapes and strides, then replayed alone, back to back, on
the same device and threads. An implementation that runs the same products at the same precision cannot step faster
than that, so the floor tells whether a speed target is within reach on this machine at all. The `bf16 floor` replays
the same products in bfloat16 (AMX on recent Xeons): a bound for a mixed-precision variant, whose numbers would differ.
With `--systems` it also times every other registered unseen expert alone (`avood train --method`), extrapolated to
both stages of the two-stage protocol at most (stage 2 trains only the epochs stage 1 chose; a closed-form expert is
one fit per stage). A system's ms/step is the difference between fits of k and 2k steps, divided by k, so one-off work
(network set-up; EZ-AVGZL's class-embedding optimisation) is left out of it and printed as `one-off s`. It also prints the share of CPU time the host took away meanwhile (steal, from /proc/stat): on a shared virtual
machine, timings rise with it.
"""
import argparse, dataclasses, math, time
import torch
from torch.utils._python_dispatch import TorchDispatchMode

from avood.config import make_config
from avood.data import load_benchmark
from avood.unseen import UnseenClassifier
from avood.seen import SeenClassifier
from avood.generator import FeatureGenerator
from avood.ood import EntropyDetector
from avood.pipeline import synthesis_conditions
from avood.experts import EXPERTS, DEFAULT_EXPERTS

REFERENCE_UCF_MIN = dict(unseen=48.7, seen=1.6, generator=9.8, detector=3.7, total=64.0)  # reference code, 2-core CPU

def timed(f):
    if torch.cuda.is_available(): torch.cuda.synchronize()
    t0 = time.perf_counter(); out = f()
    if torch.cuda.is_available(): torch.cuda.synchronize()
    return out, time.perf_counter() - t0

MATMULS = {torch.ops.aten.mm.default, torch.ops.aten.addmm.default, torch.ops.aten.bmm.default, torch.ops.aten.baddbmm.default}

class MatmulRecorder(TorchDispatchMode):
    "Records every matrix product run under it, forward and backward: the op, its tensors' layouts, its other arguments."
    def __init__(self):
        super().__init__(); self.calls = []
    def __torch_dispatch__(self, func, types, args=(), kwargs=None):
        kwargs = kwargs or {}
        if func in MATMULS:
            layout = lambda a: ('T', tuple(a.shape), tuple(a.stride()), a.dtype, a.device) if isinstance(a, torch.Tensor) else ('V', a)
            self.calls.append((func, [layout(a) for a in args], kwargs))
        return func(*args, **kwargs)

def replay_ms(calls, rounds:int=5, dtype:torch.dtype|None=None)->float:
    "Wall time (ms, best of `rounds`) of running the recorded matrix products alone, on fresh tensors of the same layouts (in `dtype` if given)."
    def make(l):
        if l[0] == 'V': return l[1]
        _, shape, stride, dt, dev = l
        n = 1 + sum((d - 1) * st for d, st in zip(shape, stride)) if all(shape) else 0
        return torch.randn(n, dtype=dtype or dt, device=dev).as_strided(shape, stride)
    prepared = [(f, [make(l) for l in ls], kw) for f, ls, kw in calls]
    best = math.inf
    for _ in range(rounds):
        _, secs = timed(lambda: [f(*a, **kw) for f, a, kw in prepared])
        best = min(best, secs)
    return 1000 * best

def cpu_ticks()->tuple[int, int]|None:
    "(steal, total) jiffies of all CPUs from /proc/stat (Linux), to report how much CPU the host took away meanwhile."
    try: v = [int(x) for x in open('/proc/stat').readline().split()[1:]]
    except (OSError, ValueError): return None
    return v[7] if len(v) > 7 else 0, sum(v[:8])

def main():
    p = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    p.add_argument('--root', default='data/avgzsl_benchmark_datasets'); p.add_argument('--dataset', default='UCF')
    p.add_argument('--device', default=None); p.add_argument('--threads', type=int, default=None)
    p.add_argument('--fraction', type=float, default=0.02, help='share of each full schedule to run (at least a few steps)')
    p.add_argument('--systems', action='store_true', help='also time each registered unseen expert alone (both stages)')
    a = p.parse_args()
    if a.threads: torch.set_num_threads(a.threads)
    cfg = make_config(a.dataset, 'full')
    b = load_benchmark(a.root, a.dataset); tv = b.train_val
    dev = torch.device(a.device) if a.device else torch.device('cuda' if torch.cuda.is_available() else 'cpu')
    n = len(tv); labels = tv.seen_labels()
    rows, ticks0 = [], cpu_ticks()
    def run(name, full_steps, steps, f, steps_run=lambda k: k): # steps_run: optimiser steps that f(k) takes
        warm = max(2, steps // 10)
        with MatmulRecorder() as rec: f(warm)                   # warm-up (allocations, lazy init), matrix products recorded
        _, secs = timed(lambda: f(steps))
        rows.append(dict(name=name, steps=steps_run(steps), ms=1000 * secs / steps_run(steps), full=full_steps,
                         floor=replay_ms(rec.calls) / steps_run(warm),
                         floor_bf16=replay_ms(rec.calls, dtype=torch.bfloat16) / steps_run(warm)))

    c = cfg.unseen; full = c.epochs * c.n_batches
    run('unseen classifier', full, max(20, int(full * a.fraction)), lambda k: UnseenClassifier(
        dataclasses.replace(c, epochs=1, n_batches=k), device=dev).fit(tv.audio, tv.video, tv.target, b.text, progress=False))
    c = cfg.seen; spe = math.ceil(n / c.bs); full = c.epochs * spe; ep = max(1, round(c.epochs * a.fraction))
    run('seen classifier', full, ep * spe, lambda k: SeenClassifier(dataclasses.replace(c, epochs=max(1, k // spe)), len(tv.seen),
        device=dev).fit(tv.x, labels, progress=False), lambda k: max(1, k // spe) * spe)
    c = cfg.generator; full = c.epochs * c.n_batches
    gen = FeatureGenerator(dataclasses.replace(c, epochs=1, n_batches=20), device=dev).fit(tv.x, tv.target, b.text, progress=False)
    run('generator', full, max(10, int(full * a.fraction)), lambda k: FeatureGenerator(
        dataclasses.replace(c, epochs=1, n_batches=k), device=dev).fit(tv.x, tv.target, b.text, progress=False))
    c = cfg.ood; spe = math.ceil(n / c.bs); full = c.epochs * spe; ep = max(1, round(c.epochs * a.fraction))
    syn = gen.synthesize(synthesis_conditions(b, c.syn_cond), c.syn_num)
    run('detector', full, ep * spe, lambda k: EntropyDetector(dataclasses.replace(c, epochs=max(1, k // spe)), len(tv.seen),
        device=dev).fit(tv.x, labels, syn, progress=False), lambda k: max(1, k // spe) * spe)

    def run_system(name, full_steps, k, f):    # per step from f(2k) − f(k); the products of the k extra steps are the floor's
        f(2)
        with MatmulRecorder() as r1: f(k)
        with MatmulRecorder() as r2: f(2 * k)
        extra = r2.calls[len(r1.calls):]
        (_, t1), (_, t2) = timed(lambda: f(k)), timed(lambda: f(2 * k))
        ms = 1000 * max(t2 - t1, 1e-9) / k
        rows.append(dict(name=name, steps=k, ms=ms, full=full_steps, floor=replay_ms(extra) / k,
                         floor_bf16=replay_ms(extra, dtype=torch.bfloat16) / k, one_off_s=max(0., t1 - k * ms / 1000)))
    for name, spec in (EXPERTS['unseen'].items() if a.systems else ()):
        if name == DEFAULT_EXPERTS['unseen']: continue        # E: the unseen classifier above
        c = spec.default_config(a.dataset, 'full')
        fit = lambda cfg, spec=spec: spec.build(cfg, device=dev).fit(tv.audio, tv.video, tv.target, b.text, progress=False)
        if hasattr(c, 'n_batches'):
            full = 2 * c.epochs * c.n_batches
            run_system(f'{spec.label} alone', full, max(20, int(full * a.fraction / 2)), lambda k, c=c, fit=fit: fit(dataclasses.replace(c, epochs=1, n_batches=k)))
        else: run(f'{spec.label} alone', 2, 1, lambda k, c=c, fit=fit: [fit(c) for _ in range(k)])   # closed form: a fit per stage

    ref, ticks1 = a.dataset == 'UCF', cpu_ticks()
    if ticks0 and ticks1 and ticks1[1] > ticks0[1]:   # a virtual machine's host may run others on our cores: timings then rise
        print(f'CPU steal during the run: {100 * (ticks1[0] - ticks0[0]) / (ticks1[1] - ticks0[1]):.1f} % of CPU time')
    print(f'{a.dataset} ({b.source}), device {dev}, torch threads {torch.get_num_threads()}, full preset')
    print(f"{'component':<20} {'steps run':>9} {'ms/step':>8} {'steps/s':>8} {'full steps':>10} {'full wall (min)':>15}"
          f" {'matmul floor ms/step':>20} {'floor (min)':>11} {'bf16 floor (min)':>16}" + (f" {'reference (min)':>15}" if ref else ''))
    minutes = lambda r, k: r[k] * r['full'] / 60000                 # ms per step → minutes for the full schedule
    keys = ['unseen', 'seen', 'generator', 'detector']
    line = lambda r, k: print(f"{r['name']:<20} {r['steps']:>9} {r['ms']:>8.2f} {1000 / r['ms']:>8.1f} {r['full']:>10} {minutes(r, 'ms'):>15.2f}"
                              f" {r['floor']:>20.2f} {minutes(r, 'floor'):>11.2f} {minutes(r, 'floor_bf16'):>16.2f}"
                              + (f' {REFERENCE_UCF_MIN[k]:>15.1f}' if ref and k else '')
                              + (f" {r['one_off_s']:>10.1f}" if 'one_off_s' in r else ''))
    for r, k in zip(rows, keys): line(r, k)
    total, total_floor, total_bf16 = (sum(minutes(r, k) for r in rows[:4]) for k in ('ms', 'floor', 'floor_bf16'))
    print(f"{'total':<20} {'':>9} {'':>8} {'':>8} {'':>10} {total:>15.2f} {'':>20} {total_floor:>11.2f} {total_bf16:>16.2f}"
          + (f" {REFERENCE_UCF_MIN['total']:>15.1f}" if ref else ''))
    if len(rows) > 4: print("systems alone: steps and wall time of both stages at most (last column: one-off s)")
    for r in rows[4:]: line(r, None)

if __name__ == '__main__': main()
