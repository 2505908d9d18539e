"""Time to quality from the learning curves in a component cache: how soon each training reaches what its schedule ends with.

Usage:
  .venv/bin/python bench/bench_curves.py --root DIR --dataset UCF --cache DIR [--preset full] [--profile paper] [--seeds 42]

Reads, never trains: for every seed, the stage-1 curves of AV-OOD's own components (`avood.curves`: E's val HM, the
seen MLP's val SC_acc, the gate's val AUC per generator epoch and per detector epoch) and the stage-1 histories of the
epoch-selecting systems (their val HM per epoch), where the cache holds them (`nbs/41_exp_learning_curves.ipynb` computes them into the cache it is given;
a system's `avood train --cache` stores its stage 1). Prints per training: epochs, ms/step (training wall time over optimiser steps,
the time spent measuring the curve left out), its schedule's wall minutes, the value it ends with (systems: the best
val HM, the epoch stage 1 chooses), and the time to quality: the minutes and epoch at which the curve first reaches
that value, and the share of the schedule that took.
"""
import argparse, math
import torch

from avood.cache import ComponentCache
from avood.config import make_config, profile_text_order
from avood.curves import unseen_curve, seen_curve, gate_curves, system_curve, time_to_quality
from avood.data import DataConfig
from avood.experiments import parse_seeds
from avood.experts import EXPERTS, expert_spec
from avood.pipeline import watched_split
from avood.two_stage import system_config

def rows_of(cfg, bench, cache):
    "(name, curve, metric, steps per epoch, target) for every cached curve of one seed."
    tr, out = bench.train, []
    steps = dict(unseen=cfg.unseen.n_batches, seen=math.ceil(len(tr) / cfg.seen.bs), generator=cfg.generator.n_batches,
                 detector=math.ceil(len(tr) / cfg.ood.bs))
    found = dict(unseen=unseen_curve(cfg, bench, cache=cache, train=False), seen=seen_curve(cfg, bench, cache=cache, train=False),
                 **(gate_curves(cfg, bench, cache=cache, train=False) or {}))
    metric = dict(unseen='val_HM', seen='val_SC_acc', generator='val_AUC', detector='val_AUC')
    for name, c in found.items():
        if c: out.append((f'{name} (AV-OOD)', c, metric[name], steps[name], c[-1][metric[name]]))
    for name in EXPERTS['unseen']:
        s = system_config(bench.dataset, cfg.preset, cfg.seed, name)
        if not watched_split(s) or not (c := system_curve(s, bench, cache=cache, train=False)): continue
        out.append((f'{expert_spec("unseen", name).label} (system)', c, 'val_HM', s.unseen.n_batches, max(h['val_HM'] for h in c)))
    return out

def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument('--root', required=True); p.add_argument('--dataset', required=True); p.add_argument('--cache', required=True)
    p.add_argument('--preset', default='full'); p.add_argument('--profile', default='paper'); p.add_argument('--seeds', default='42')
    a = p.parse_args()
    bench = DataConfig(a.root, a.dataset, text_order=profile_text_order(a.profile)).load()
    cache = ComponentCache(a.cache)
    print(f'{bench.source} {bench.dataset}, {a.preset} preset, {a.profile} profile; torch {torch.__version__}')
    print(f"{'seed':>4} {'training':<24} {'epochs':>6} {'ms/step':>8} {'minutes':>8} {'metric':<10} {'value':>6} "
          f"{'to quality':>10} {'epoch':>5} {'share':>6}")
    for seed in parse_seeds(a.seeds):
        for name, c, m, steps, target in rows_of(make_config(a.dataset, a.preset, a.profile, seed), bench, cache):
            q = time_to_quality(c, m, target)
            ms = c[-1]['minutes'] * 60e3 / (len(c) * steps)
            print(f"{seed:>4} {name:<24} {len(c):>6} {ms:>8.2f} {c[-1]['minutes']:>8.2f} {m:<10} {target:>6.2f} "
                  f"{q['minutes']:>9.2f}m {q['epoch']:>5} {100 * q['minutes'] / c[-1]['minutes']:>5.0f}%")

if __name__ == '__main__': main()
