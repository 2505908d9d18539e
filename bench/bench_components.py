"""Time each AV-OOD component at the `full` preset and extrapolate to the full schedule.

Usage:  .venv/bin/python bench/bench_components.py --root data/avgzsl_benchmark_datasets --dataset UCF [--device cpu]
        [--threads 2] [--fraction 0.02]

Each component is trained for a fraction of its full schedule (same batch size, same code path as a real run) on the
benchmark's stage-2 `train_val`; the script prints ms/step, steps/s and the wall time extrapolated to the full schedule,
next to the reference implementation's figures measured on a 2-core CPU for UCF (issue #3). Steps are optimiser steps
(generator: one G-step with its n_critic critic steps).
"""
import argparse, dataclasses, math, time
import torch

from avood.config import make_config
from avood.data import load_benchmark
from avood.unseen import UnseenClassifier
from avood.seen import SeenClassifier
from avood.generator import FeatureGenerator
from avood.ood import EntropyDetector
from avood.pipeline import synthesis_conditions

REFERENCE_UCF_MIN = dict(unseen=48.7, seen=1.6, generator=9.8, detector=3.7, total=64.0)  # reference code, 2-core CPU

def timed(f):
    if torch.cuda.is_available(): torch.cuda.synchronize()
    t0 = time.perf_counter(); out = f()
    if torch.cuda.is_available(): torch.cuda.synchronize()
    return out, time.perf_counter() - t0

def main():
    p = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    p.add_argument('--root', default='data/avgzsl_benchmark_datasets'); p.add_argument('--dataset', default='UCF')
    p.add_argument('--device', default=None); p.add_argument('--threads', type=int, default=None)
    p.add_argument('--fraction', type=float, default=0.02, help='share of each full schedule to run (at least a few steps)')
    a = p.parse_args()
    if a.threads: torch.set_num_threads(a.threads)
    cfg = make_config(a.dataset, 'full')
    b = load_benchmark(a.root, a.dataset); tv = b.train_val
    dev = torch.device(a.device) if a.device else torch.device('cuda' if torch.cuda.is_available() else 'cpu')
    n = len(tv); labels = tv.seen_labels()
    rows = []
    def run(name, full_steps, steps, f):
        f(max(2, steps // 10))                                  # warm-up (allocations, lazy init)
        _, secs = timed(lambda: f(steps))
        ms = 1000 * secs / steps
        rows.append((name, steps, ms, full_steps, ms * full_steps / 60000))

    c = cfg.unseen; full = c.epochs * c.n_batches
    run('unseen classifier', full, max(20, int(full * a.fraction)), lambda k: UnseenClassifier(
        dataclasses.replace(c, epochs=1, n_batches=k), device=dev).fit(tv.audio, tv.video, tv.target, b.text, progress=False))
    c = cfg.seen; spe = math.ceil(n / c.bs); full = c.epochs * spe; ep = max(1, round(c.epochs * a.fraction))
    run('seen classifier', full, ep * spe, lambda k: SeenClassifier(dataclasses.replace(c, epochs=max(1, k // spe)), len(tv.seen),
        device=dev).fit(tv.x, labels, progress=False))
    c = cfg.generator; full = c.epochs * c.n_batches
    gen = FeatureGenerator(dataclasses.replace(c, epochs=1, n_batches=20), device=dev).fit(tv.x, tv.target, b.text, progress=False)
    run('generator', full, max(10, int(full * a.fraction)), lambda k: FeatureGenerator(
        dataclasses.replace(c, epochs=1, n_batches=k), device=dev).fit(tv.x, tv.target, b.text, progress=False))
    c = cfg.ood; spe = math.ceil(n / c.bs); full = c.epochs * spe; ep = max(1, round(c.epochs * a.fraction))
    syn = gen.synthesize(synthesis_conditions(b, c.syn_cond), c.syn_num)
    run('detector', full, ep * spe, lambda k: EntropyDetector(dataclasses.replace(c, epochs=max(1, k // spe)), len(tv.seen),
        device=dev).fit(tv.x, labels, syn, progress=False))

    print(f'{a.dataset} ({b.source}), device {dev}, torch threads {torch.get_num_threads()}, full preset')
    print(f"{'component':<20} {'steps run':>9} {'ms/step':>8} {'steps/s':>8} {'full steps':>10} {'full wall (min)':>15}"
          + (f" {'reference (min)':>15}" if a.dataset == 'UCF' else ''))
    keys = ['unseen', 'seen', 'generator', 'detector']
    for (name, steps, ms, full, mins), k in zip(rows, keys):
        print(f'{name:<20} {steps:>9} {ms:>8.2f} {1000 / ms:>8.1f} {full:>10} {mins:>15.2f}'
              + (f' {REFERENCE_UCF_MIN[k]:>15.1f}' if a.dataset == 'UCF' else ''))
    total = sum(r[4] for r in rows)
    print(f"{'total':<20} {'':>9} {'':>8} {'':>8} {'':>10} {total:>15.2f}" + (f" {REFERENCE_UCF_MIN['total']:>15.1f}" if a.dataset == 'UCF' else ''))

if __name__ == '__main__': main()
