"""The study as a sweep: how long its trainings take serially and as Ray tasks (measured), and what the whole paper at
`full` costs in CPU hours and wall time on N workers (from measured per-training times).

Usage:
  .venv/bin/python bench/bench_sweep.py measure --root DIR --scratch NEW_DIR [--datasets all] [--workers 2]
      The quick study's trainings (every dataset, seed 42, AV-OOD with both profiles and all five loss modes, every
      system alone; `avood.sweep.sweep_trainings`) twice, into fresh folders under NEW_DIR (so nothing is shared): first
      serially in this process with one torch thread, then as a Ray sweep on a local cluster of --workers workers with
      one thread each. Prints both wall times, the speed-up, the summed per-training times, and whether every training's
      test HM is the same both ways. The notebooks are not run: they are the same work either way.
  .venv/bin/python bench/bench_sweep.py estimate RUNS [RUNS ...] [--workers 1,2,4,8,16,32]
      The whole paper at `full`: 3 datasets × 3 seeds of AV-OOD with both profiles (with its calibrated-stacking
      comparison), its other four loss modes (the negative-loss ablation; each retrains E and its stage-1 copy, the rest
      comes from the cache), and every system alone. Each training's time is the measured one of a `full` run folder or
      run record under RUNS with the same method (and profile) and dataset (the mean over seeds), else an extrapolation
      printed with its rule. Prints total CPU hours, the extrapolated share, and the wall time on N workers of one CPU
      each (longest first, `avood.sweep.makespan`).
"""
import argparse, json, statistics, sys, time
from collections import defaultdict
from pathlib import Path

def measure(a):
    import torch
    from avood.config import LOSS_MODES
    from avood.sweep import sweep_trainings, run_sweep
    scratch = Path(a.scratch)
    if scratch.exists(): sys.exit(f'{scratch} exists; give a new folder (the two runs must not share a cache)')
    grid = sweep_trainings(a.datasets, '42', 'paper,reference', 'all', ','.join(LOSS_MODES), 'quick')
    print(f'{len(grid)} trainings at quick: ' + ', '.join(sorted({t.method for t in grid})) + f'; datasets {a.datasets}')
    torch.set_num_threads(1)
    res = {}
    for name, kw in (('serial', dict(executor='serial')), ('ray', dict(executor='ray', workers=a.workers))):
        t0 = time.time()
        r = run_sweep(grid, a.root, scratch/name, threads=1, progress=False, log=lambda s: None, **kw)
        res[name] = (time.time() - t0, r)
        print(f"{name:>6}: wall {res[name][0]:7.1f} s; sum of per-training times {sum(v['seconds'] for v in r.values()):7.1f} s")
    (ts, rs), (tr, rr) = res['serial'], res['ray']
    same = all(abs(rs[n]['HM'] - rr[n]['HM']) < 1e-9 for n in rs)
    print(f'speed-up of the Ray sweep with {a.workers} workers: {ts / tr:.2f}x; every test HM the same both ways: {same}')

def _kind(m:dict, conf:dict): # (method, profile) of a run's metrics and config
    if 'system' in conf: return m['method'], None
    return 'avood', conf['run']['profile']

def measured(dirs)->dict: # (method, profile, dataset) -> [training seconds]; and E's seconds per (profile, dataset)
    t, e = defaultdict(list), defaultdict(list)
    for d in dirs:
        for f in sorted(Path(d).rglob('metrics.json')):
            conf_f = f.parent/'config.json'
            if not conf_f.is_file(): continue
            m, conf = json.loads(f.read_text()), json.loads(conf_f.read_text())
            if m.get('preset') != 'full' or not m.get('timings_s'): continue
            if 'run' in conf and conf['run']['unseen'].get('loss_mode', 'full') != 'full': continue
            if 'run' in conf and conf['run'].get('unseen_expert', 'embedding') != 'embedding': continue
            if m.get('from_cache'): continue                       # part of it was trained elsewhere
            method, profile = _kind(m, conf)
            t[method, profile, m['dataset']].append(sum(m['timings_s'].values()))
            if method == 'avood': e[profile, m['dataset']].append(m['timings_s']['unseen classifier'])
    return t, e

def estimate(a):
    from avood.experts import EXPERTS
    from avood.sweep import makespan
    t, e = measured(a.runs)
    mean = {k: statistics.mean(v) for k, v in t.items()}
    systems = [n for n in EXPERTS['unseen'] if n != 'embedding']
    datasets = ('UCF', 'ActivityNet', 'VGGSound')
    def direct(d_from, d_to): # median over trained methods measured on both (ridge's closed form scales otherwise)
        rs = [mean[m, p, d_to] / mean[m, p, d_from] for (m, p, d) in mean if d == d_from and (m, p, d_to) in mean and m != 'ridge']
        return statistics.median(rs) if rs else None
    def ratio(d_from, d_to): # direct, else through the third dataset
        if (r := direct(d_from, d_to)): return r
        via = [d for d in datasets if d not in (d_from, d_to)][0]
        r1, r2 = direct(d_from, via), direct(via, d_to)
        return r1 * r2 if r1 and r2 else None
    def seconds(method, profile, ds)->tuple[float, str]:
        if (method, profile, ds) in mean: return mean[method, profile, ds], 'measured'
        profiles = [profile] if method != 'avood' else [profile, 'reference' if profile == 'paper' else 'paper']
        for p in profiles[1:]:
            if (method, p, ds) in mean: return mean[method, p, ds], f"the {p} profile's time"
        for p, d in ((p, d) for p in profiles for d in datasets):
            if (method, p, d) in mean and (r := ratio(d, ds)):
                whose = f"the {p} profile's" if p != profile else 'its'
                return mean[method, p, d] * r, f'{whose} {d} time × {r:.2f} (the {d}→{ds} ratio of the trained methods measured on both)'
        return None, 'no measurement to extrapolate from'
    rows, missing = [], []
    for ds in datasets:
        for profile in ('paper', 'reference'):
            s, how = seconds('avood', profile, ds)
            if s is None: missing.append(f'AV-OOD {profile} {ds}'); continue
            rows += [(f'AV-OOD {profile}', ds, s, how)] * 3
            other = 'reference' if profile == 'paper' else 'paper'
            got = e.get((profile, ds)) or e.get((other, ds))
            es = statistics.mean(got) if got else None
            how_e = ('measured E time × 2' if e.get((profile, ds)) else f"the {other} profile's E time × 2") if es else f'E ≈ half of AV-OOD ({how}) × 2'
            rows += [(f'AV-OOD {profile}, another loss mode', ds, 2 * (es or s / 2), how_e)] * (3 * 4)
        for m in systems:
            s, how = seconds(m, None, ds)
            if s is None: missing.append(f'{m} {ds}'); continue
            rows += [(m, ds, s, how)] * 3
    print(f'{len(rows)} trainings at full; every time in CPU minutes of one training on one core (1 torch thread)')
    seen = set()
    for what, ds, s, how in rows:
        if (what, ds) in seen: continue
        seen.add((what, ds)); n = sum(1 for r in rows if r[:2] == (what, ds))
        print(f'  {what:<36} {ds:<12} {s / 60:7.1f} min × {n:>2}   {how}')
    if missing: print('not estimated (nothing measured to start from): ' + ', '.join(missing))
    total = sum(r[2] for r in rows); extra = sum(r[2] for r in rows if r[3] != 'measured')
    print(f'total {total / 3600:.1f} CPU hours, {100 * extra / total:.0f} % of it extrapolated')
    for n in a.workers:
        print(f'  on {n:>3} workers: {makespan([r[2] for r in rows], n) / 3600:6.2f} h wall '
              f'(at best {max(total / n, max(r[2] for r in rows)) / 3600:.2f} h)')

def main():
    p = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    sub = p.add_subparsers(dest='cmd', required=True)
    m = sub.add_parser('measure'); m.add_argument('--root', required=True); m.add_argument('--scratch', required=True)
    m.add_argument('--datasets', default='all'); m.add_argument('--workers', type=int, default=2)
    e = sub.add_parser('estimate'); e.add_argument('runs', nargs='+')
    e.add_argument('--workers', default='1,2,4,8,16,32', type=lambda s: [int(x) for x in s.split(',')])
    a = p.parse_args()
    measure(a) if a.cmd == 'measure' else estimate(a)

if __name__ == '__main__':
    main()
