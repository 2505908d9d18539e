"""Do the CPU numerics settings make training bit-reproducible across x86 CPUs? Hashes and wall time per mode.

Usage:  .venv/bin/python bench/bench_cpu_repro.py [--quick] [--modes native,portable,...] [--repeat 2]
        [--emulate Haswell-v4,EPYC-Rome [--emulate-mini] [--emulate-modes native,avood-portable]] [--root DIR]
        [--dataset UCF] [--threads 1] [--json FILE]

A CPU training run goes through three libraries whose code path depends on the CPU it runs on:
  * ATen's vectorised kernels (softmax / log_softmax, reductions, norms, SDPA, fused Adam, random sampling…) are built
    once per *CPU capability* (DEFAULT, AVX2, AVX512) and picked at start-up; `ATEN_CPU_CAPABILITY` caps the choice.
  * oneMKL's sgemm (every mm / addmm / linear): it picks a kernel per CPU *and vendor*; `MKL_CBWR` (conditional
    numerical reproducibility) fixes the branch. On non-Intel CPUs MKL honours only `COMPATIBLE` (others fall back to AUTO).
  * oneDNN's JIT kernels (GELU here): `ONEDNN_MAX_CPU_ISA` caps the instruction set it generates code for.
Each mode below sets some of these; every run is a fresh subprocess (they must be set before torch loads) with
OMP_NUM_THREADS = MKL_NUM_THREADS = --threads. A run reports SHA-256s of exact bits, which code paths the libraries
actually took (ATen capability, MKL's dispatch header and CNR mode, oneDNN's kernel), and its wall time.

Three workloads:
  * `kernels` (always; the only one under --quick): the kernels AV-OOD's training uses, on inputs made by NumPy (so
    that they do not depend on torch's own samplers), one hash per kernel family, plus a tiny MLP (Linear, BatchNorm,
    GELU, dropout, cross-entropy, fused Adam) trained 30 steps from torch's seeded samplers. (Its wall time includes
    torch's one-time lazy initialisation.)
  * `train` (not under --quick): `avood train --preset quick` on a freshly generated semi-synthetic tree (made once,
    natively, before the modes run): all four components and the calibrated-stacking baseline; hashes of every
    trained state dict, of the test predictions, and of the metrics. Its wall time is the cost of a mode.
  * `mini` (with --emulate-mini): the same pipeline with a few steps of each component, then the test evaluation.
--emulate CPU,... also runs `kernels` (and, with --emulate-mini, `mini`) under `qemu-x86_64 -cpu CPU` (Debian package
qemu-user; QEMU 7.2 emulates AVX2 and FMA, not AVX-512) in the --emulate-modes: the libraries then see another vendor
and instruction set (Haswell-v4: GenuineIntel, AVX2; EPYC-Rome: AuthenticAMD, AVX2): the check that a mode gives the
same bits on another x86 CPU. Emulation is slow: ~15 s per `kernels` run, ~6.5 min per `mini` run, and a `train` run
takes over 25 min. QEMU computes `rcpps` / `rsqrtps` exactly, where CPUs return (vendor-specific) approximations, so a
kernel built on them (MKL VML's single-precision sqrt) differs under emulation from every real CPU.
Rounds are interleaved (mode after mode, --repeat times) so that a slow spell of a shared machine hits every mode.
"""
import argparse, hashlib, json, os, re, shutil, subprocess, sys, tempfile, time
from pathlib import Path

MODES = {  # name -> environment (on top of the thread settings)
    'native':         {},
    'aten-avx2':      dict(ATEN_CPU_CAPABILITY='avx2'),
    'aten-default':   dict(ATEN_CPU_CAPABILITY='default'),
    'mkl-avx2':       dict(MKL_CBWR='AVX2'),
    'mkl-avx2-strict': dict(MKL_CBWR='AVX2,STRICT'),
    'mkl-avx512':     dict(MKL_CBWR='AVX512'),
    'mkl-compat':     dict(MKL_CBWR='COMPATIBLE'),
    'onednn-avx2':    dict(ONEDNN_MAX_CPU_ISA='AVX2'),
    'deterministic':  dict(BENCH_DETERMINISTIC='1'),           # torch.use_deterministic_algorithms(True) in the worker
    'portable':       dict(ATEN_CPU_CAPABILITY='avx2', MKL_CBWR='COMPATIBLE', ONEDNN_MAX_CPU_ISA='AVX2'),
    'portable-cbwr-avx2': dict(ATEN_CPU_CAPABILITY='avx2', MKL_CBWR='AVX2', ONEDNN_MAX_CPU_ISA='AVX2'),
    'portable-any-x86': dict(ATEN_CPU_CAPABILITY='default', MKL_CBWR='COMPATIBLE', ONEDNN_MAX_CPU_ISA='SSE41'),
    'native-2threads': dict(OMP_NUM_THREADS='2', MKL_NUM_THREADS='2'),   # the caveat: another thread count
    # + the two float32 square roots of training done in float64 (see `patch_sqrt`): no MKL VML sqrt left
    'portable+f64sqrt': dict(ATEN_CPU_CAPABILITY='avx2', MKL_CBWR='COMPATIBLE', ONEDNN_MAX_CPU_ISA='AVX2', BENCH_F64_SQRT='1'),
    'avood-portable': dict(ATEN_CPU_CAPABILITY='avx2', MKL_CBWR='COMPATIBLE', ONEDNN_MAX_CPU_ISA='AVX2', AVOOD_NUMERICS='portable'),  # the library's mode (make reproduce NUMERICS=portable)
}
QUICK_MODES = ['native', 'aten-avx2', 'mkl-avx2', 'mkl-compat', 'onednn-avx2', 'portable', 'avood-portable']
EMULATE_MODES = ['native', 'portable', 'avood-portable']
ENV_KEYS = ('ATEN_CPU_CAPABILITY', 'MKL_CBWR', 'ONEDNN_MAX_CPU_ISA', 'DNNL_MAX_CPU_ISA', 'MKL_ENABLE_INSTRUCTIONS',
            'BENCH_DETERMINISTIC', 'BENCH_F64_SQRT', 'AVOOD_NUMERICS')

# ----------------------------------------------------------------------------------------------------------- worker
def _feed(m, a):
    "Exact bits of tensors / arrays, and of the floats, ints and strings in (nested) dicts and lists, in key order."
    if isinstance(a, dict):
        for k in sorted(a, key=str): m.update(str(k).encode()); _feed(m, a[k])
    elif isinstance(a, (list, tuple)):
        for x in a: _feed(m, x)
    elif hasattr(a, 'detach') or hasattr(a, 'tobytes'):
        if hasattr(a, 'detach'): a = a.detach().contiguous().cpu().numpy()
        m.update(str(a.dtype).encode()); m.update(str(a.shape).encode()); m.update(a.tobytes())
    else: m.update(repr(a).encode())     # repr of a float is exact (round-trips)

def sha(*objs)->str:
    m = hashlib.sha256()
    for a in objs: _feed(m, a)
    return m.hexdigest()

def capture_fd1(f):
    "Run f() with the C-level stdout (fd 1) redirected to a file; returns what was written there (MKL/oneDNN verbose)."
    sys.stdout.flush(); saved = os.dup(1)
    with tempfile.TemporaryFile() as tmp:
        os.dup2(tmp.fileno(), 1)
        try: f()
        finally: sys.stdout.flush(); os.dup2(saved, 1); os.close(saved)
        tmp.seek(0); return tmp.read().decode(errors='replace')

def code_paths()->dict:
    "Which code path each library took: ATen capability, MKL dispatch header + CNR mode, oneDNN kernel of a GELU."
    import torch, torch.nn.functional as F
    a = torch.ones(64, 64); x = torch.ones(8, 2, 64)
    def run():
        with torch.backends.mkl.verbose(torch.backends.mkl.VERBOSE_ON): a @ a
        with torch.backends.mkldnn.verbose(torch.backends.mkldnn.VERBOSE_ON): F.gelu(x)
    out = capture_fd1(run)
    hdr = re.search(r'for Intel\(R\) 64 architecture (.*?)(?:, Lnx|$)', out, re.M)
    cnr = re.search(r'CNR:(\S+)', out); jit = re.search(r'eltwise,([^,]+),', out)
    isa = hdr.group(1) if hdr else '?'
    for long, short in [('Intel(R) Architecture processors', 'generic/non-Intel'), ('Intel(R) Advanced Vector Extensions 2 (Intel(R) AVX2)', 'AVX2'),
                        ('Intel(R) Advanced Vector Extensions 512 (Intel(R) AVX-512)', 'AVX-512')]:
        if isa.startswith(long): isa = short + isa[len(long):].replace(' enabled processors', '')[:40]
    return dict(aten=torch.backends.cpu.get_cpu_capability(), mkl=isa, cnr=cnr.group(1) if cnr else '?',
                onednn=jit.group(1) if jit else '?')

def kernels_workload()->dict:
    "One hash per kernel family AV-OOD's training uses (NumPy-made inputs), plus a tiny seeded MLP training."
    import numpy as np, torch, torch.nn.functional as F
    rng = np.random.default_rng(0)
    r = lambda *s: torch.from_numpy(rng.standard_normal(s, dtype=np.float32))
    out = {}
    A, B, C = r(112, 1024), r(1024, 512), r(112, 512)
    out['sgemm'] = sha(A @ B, A.t() @ C, C @ B.t(), torch.addmm(r(512), r(224, 300), r(300, 512)), r(42, 66) @ r(66, 1820))
    out['reduce'] = sha(r(100000).sum(), r(300, 300).sum(0), r(300, 300).sum(1), r(1000, 300).var(0), r(1000, 300).mean(1),
                        r(256, 512).norm(dim=1))
    z = r(256, 100).requires_grad_(); y = torch.from_numpy(rng.integers(0, 100, 256))
    l = F.cross_entropy(z, y); l.backward()
    out['softmax'] = sha(F.softmax(z, 1), l, z.grad)
    p = F.softmax(r(256, 30), 1); out['entropy'] = sha(-(p * p.log()).sum(1))
    out['exp_log_tanh'] = sha(r(10000).exp(), r(10000).abs().log(), torch.tanh(r(10000)), torch.sigmoid(r(10000)),
                              F.leaky_relu(r(10000), 0.2), r(1000).pow(3))
    out['sqrt(VML)'] = sha(r(10000).abs().sqrt())   # MKL VML's float32 sqrt: rsqrtps-based on AMD and under COMPATIBLE
    x = r(224, 2, 300).requires_grad_(); ln = F.layer_norm(x, (300,)); ln.sum().backward()
    out['layernorm'] = sha(ln, x.grad)
    bn = torch.nn.BatchNorm1d(300); xb = r(112, 300).requires_grad_(); yb = bn(xb); (yb * yb).sum().backward()
    out['batchnorm'] = sha(yb, bn.running_var, xb.grad)
    xg = r(224, 2, 64).requires_grad_(); g = F.gelu(xg); g.sum().backward()
    out['gelu(oneDNN)'] = sha(g, xg.grad)
    q = r(224, 3, 2, 100).requires_grad_(); att = F.scaled_dot_product_attention(q, q * 0.5, q + 1); att.sum().backward()
    out['sdpa'] = sha(att, q.grad)
    w = torch.nn.Parameter(r(512, 300)); opt = torch.optim.Adam([w], lr=1e-3, betas=(0.5, 0.999), weight_decay=1e-5, fused=True)
    for _ in range(5): w.grad = r(512, 300); opt.step()
    out['adam(fused)'] = sha(w)
    torch.manual_seed(0); gen = torch.Generator().manual_seed(1)
    out['rng'] = sha(torch.randn(1000), torch.rand(1000), torch.empty(1000, dtype=torch.int64).random_(), torch.randperm(1000),
                     torch.randn(100, 64, generator=gen), torch.empty(500).normal_(), torch.empty(500).uniform_(),
                     torch.multinomial(torch.rand(50), 20, replacement=True))
    torch.manual_seed(0)   # tiny MLP, every weight and sample from torch's seeded samplers
    net = torch.nn.Sequential(torch.nn.Linear(64, 128), torch.nn.BatchNorm1d(128), torch.nn.GELU(), torch.nn.Dropout(0.1),
                              torch.nn.Linear(128, 10))
    opt = torch.optim.Adam(net.parameters(), lr=1e-2, betas=(0.5, 0.999), fused=True)
    X, Y = torch.randn(256, 64), torch.randint(0, 10, (256,))
    for _ in range(30):
        loss = F.cross_entropy(net(X), Y); opt.zero_grad(); loss.backward(); opt.step()
    out['mlp(train)'] = sha(*net.state_dict().values())
    out['all'] = hashlib.sha256(''.join(out.values()).encode()).hexdigest()
    return dict(hashes=out, metrics=dict(mlp_loss=loss.item()))

MINI = dict(unseen=dict(epochs=1, n_batches=2), seen=dict(epochs=1, bs=256), generator=dict(n_batches=2),
            ood=dict(epochs=1, bs=256, syn_num=5))   # a few steps of each component, for emulation

def train_workload(root:str, dataset:str, mini:bool=False)->dict:
    "`avood train --preset quick` (with the calibrated-stacking baseline) into a temporary folder; hashes of everything it made."
    import torch
    from avood.config import make_config
    from avood.data import DataConfig
    from avood.runs import train_run, COMPONENTS
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)/'run'
        cfg = make_config(dataset, 'quick', **(MINI if mini else {}))
        m = train_run(cfg, DataConfig(root, dataset), out, device='cpu', progress=False, log=lambda *a: None, cs_baseline=not mini)
        load = lambda f: torch.load(out/f, map_location='cpu', weights_only=True)
        hashes = {n: sha(load(f'checkpoints/{n}.pt')) for n in COMPONENTS}   # weights, BN buffers, histories, tau
        hashes['predictions'] = sha(load('predictions.pt'))
    metrics = {k: v for k, v in m.items() if k not in ('from_cache',)}
    hashes['metrics'] = hashlib.sha256(json.dumps(metrics, sort_keys=True).encode()).hexdigest()
    hashes['all'] = hashlib.sha256(''.join(hashes[k] for k in sorted(hashes)).encode()).hexdigest()
    return dict(hashes=hashes, metrics=metrics)

def patch_sqrt()->None:
    """Route the float32 square roots of AV-OOD's training around MKL VML, whose single-precision sqrt (the kernel that
    MKL runs on AMD CPUs and on every CPU under MKL_CBWR=COMPATIBLE) starts from `rsqrtps`, an approximation whose bits
    differ between CPU implementations. Both places (the generator's `F.cosine_embedding_loss`, E's `torch.cdist`) get
    the same formula as ATen's, with the square root taken in float64 (VML's double sqrt is `sqrtpd`, exact) and rounded."""
    import torch, torch.nn.functional as F
    sqrt32 = lambda t: t.double().sqrt().to(t.dtype)
    def cosine_embedding_loss(x1, x2, target, margin=0.0, size_average=None, reduce=None, reduction='mean'):
        d = x1.dim() - 1                                                  # ATen's Loss.cpp, sqrt in float64
        prod = (x1 * x2).sum(d)
        denom = sqrt32(((x1 * x1).sum(d) + 1e-12) * ((x2 * x2).sum(d) + 1e-12))
        cos = prod / denom; zeros = torch.zeros_like(cos)
        out = torch.where(target == 1, 1 - cos, zeros) + torch.where(target == -1, (cos - margin).clamp_min(0), zeros)
        return out.mean() if reduction == 'mean' else out.sum() if reduction == 'sum' else out
    cdist0 = torch.cdist
    def cdist(x1, x2, p=2.0, compute_mode='use_mm_for_euclid_dist_if_necessary'):
        if p != 2 or compute_mode == 'donot_use_mm_for_euclid_dist' or (
                compute_mode == 'use_mm_for_euclid_dist_if_necessary' and x1.shape[-2] <= 25 and x2.shape[-2] <= 25):
            return cdist0(x1, x2, p, compute_mode)
        n1, n2 = x1.pow(2).sum(-1, keepdim=True), x2.pow(2).sum(-1, keepdim=True)    # ATen's _euclidean_dist
        a = torch.cat([x1.mul(-2), n1, torch.ones_like(n1)], -1)
        b = torch.cat([x2, torch.ones_like(n2), n2], -1)
        return sqrt32((a @ b.mT).clamp_min(1e-30))
    F.cosine_embedding_loss, torch.cdist = cosine_embedding_loss, cdist

def worker(kind:str, root:str, dataset:str)->None:
    t0 = time.perf_counter()
    import torch
    if os.environ.get('BENCH_DETERMINISTIC') == '1': torch.use_deterministic_algorithms(True)
    if os.environ.get('BENCH_F64_SQRT') == '1': patch_sqrt()
    t_import = time.perf_counter() - t0
    paths = code_paths()
    t1 = time.perf_counter()
    res = kernels_workload() if kind == 'kernels' else train_workload(root, dataset, mini=kind == 'mini')
    res.update(paths=paths, threads=torch.get_num_threads(), torch=torch.__version__, import_s=t_import,
               wall_s=time.perf_counter() - t1)
    print('BENCH_RESULT ' + json.dumps(res))

# ----------------------------------------------------------------------------------------------------------- driver
def run_mode(kind:str, mode:str, threads:int, root:str, dataset:str, qemu:str|None=None)->dict:
    env = {k: v for k, v in os.environ.items() if k not in ENV_KEYS}
    env.update(dict(OMP_NUM_THREADS=str(threads), MKL_NUM_THREADS=str(threads)), **MODES[mode])   # a mode may change threads
    cmd = ([shutil.which('qemu-x86_64') or 'qemu-x86_64', '-cpu', qemu] if qemu else []) + \
          [sys.executable, os.path.abspath(__file__), '--worker', kind, '--root', root, '--dataset', dataset]
    t0 = time.perf_counter()
    p = subprocess.run(cmd, env=env, capture_output=True, text=True)
    line = [l for l in p.stdout.splitlines() if l.startswith('BENCH_RESULT ')]
    if p.returncode or not line:
        raise RuntimeError(f'{mode} ({kind}{", qemu " + qemu if qemu else ""}) failed (rc {p.returncode}):\n{p.stderr[-3000:]}')
    res = json.loads(line[-1][len('BENCH_RESULT '):]); res['process_s'] = time.perf_counter() - t0
    return res

def table(title:str, rows:list, families:list, full:bool)->None:
    "One line per (mode, CPU): code paths taken, hash prefixes (! = a repeat gave other bits), best wall time (all runs)."
    short = lambda x, n: x.replace('generic/non-Intel', 'generic').replace('jit:', '').replace('avx512_core', 'avx512c')[:n]
    print(f'\n{title}')
    print(f"{'mode':<18} {'cpu':<10} {'aten':<7} {'mkl':<7} {'cnr':<11} {'onednn':<12} {'all':<9}"
          + ''.join(f' {f[:6]:<6}' for f in families) + f" {'wall s':>7} (runs)" + ('  metrics' if full else ''))
    for r in rows:
        p, hs = r['paths'], r['hashes']
        print(f"{r['mode'][:18]:<18} {r['cpu'][:10]:<10} {p['aten']:<7} {short(p['mkl'], 7):<7} {p['cnr'][:11]:<11} "
              f"{short(p['onednn'], 12):<12} {hs['all'][:8] + ('' if r['repeat_ok'] else '!'):<9}"
              + ''.join(f' {hs[f][:6]}' for f in families)
              + f" {min(r['walls']):>7.2f} ({' '.join(f'{x:.1f}' for x in r['walls'])})" + (f"  {r['metric_str']}" if full else ''))

def main():
    p = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    p.add_argument('--worker', choices=['kernels', 'train', 'mini'], help=argparse.SUPPRESS)
    p.add_argument('--quick', action='store_true', help='kernels workload only, fewer modes: a fast self-check')
    p.add_argument('--modes', default=None, help=f'comma-separated, from {",".join(MODES)} (default: all; --quick: {",".join(QUICK_MODES)})')
    p.add_argument('--repeat', type=int, default=2, help='runs per mode (repeatability; wall time is the best)')
    p.add_argument('--threads', type=int, default=1)
    p.add_argument('--dataset', default='UCF')
    p.add_argument('--root', default=None, help='benchmark tree for the train workload (default: generate one in a temp folder)')
    p.add_argument('--emulate', default='', help='comma-separated qemu CPU models to run the kernels workload under, e.g. Haswell-v4,EPYC-Rome')
    p.add_argument('--emulate-modes', default=','.join(EMULATE_MODES))
    p.add_argument('--emulate-mini', action='store_true',
                   help='also run the mini workload (a few steps of every component, test evaluation) natively and under '
                        'emulation in the --emulate-modes (~5 min per emulated run)')
    p.add_argument('--json', default=None, help='also write every result to this file')
    a = p.parse_args()
    if a.worker: return worker(a.worker, a.root, a.dataset)

    modes = a.modes.split(',') if a.modes else (QUICK_MODES if a.quick else list(MODES))
    for m in modes + a.emulate_modes.split(','):
        if m not in MODES: p.error(f'unknown mode {m!r}; known: {", ".join(MODES)}')
    results = []
    def collect(kind, modes, cpu, repeat, qemu=None, root=''):
        "Rows for `modes`, each run `repeat` times, round-robin (so that a slow spell of a shared machine hits every mode)."
        runs = {m: [] for m in modes}
        for _ in range(repeat):
            for m in modes:
                runs[m].append(run_mode(kind, m, a.threads, root, a.dataset, qemu))
                print(f'  ran: {kind:<7} {m:<19} {cpu:<10} {runs[m][-1]["hashes"]["all"][:12]} {runs[m][-1]["wall_s"]:.2f} s', flush=True)
        rows = []
        for m, rs in runs.items():
            r = dict(rs[0], kind=kind, mode=m, cpu=cpu, walls=[x['wall_s'] for x in rs],
                     repeat_ok=all(x['hashes'] == rs[0]['hashes'] for x in rs))
            mt = r['metrics']
            r['metric_str'] = ' '.join(f'{k}={mt[k]:.4f}' for k in ('S', 'U', 'HM', 'AUC', 'tau') if k in mt) + \
                              (f" csHM={mt['calibrated_stacking']['HM']:.4f}" if 'calibrated_stacking' in mt else '')
            rows.append(r)
        results.extend(rows); return rows

    print(f'modes (each also sets OMP_NUM_THREADS=MKL_NUM_THREADS={a.threads}):')
    for m in modes + [m for m in a.emulate_modes.split(',') if a.emulate and m not in modes]:
        print(f"  {m:<19} {' '.join(f'{k}={v}' for k, v in MODES[m].items()) or '(no settings)'}")
    fam = ['sgemm', 'reduce', 'softmax', 'entropy', 'exp_log_tanh', 'sqrt(VML)', 'layernorm', 'batchnorm', 'gelu(oneDNN)', 'sdpa',
           'adam(fused)', 'rng', 'mlp(train)']   # headers: first 6 letters
    emodes, ecpus = a.emulate_modes.split(','), [c for c in a.emulate.split(',') if c]
    krows = collect('kernels', modes, 'host', a.repeat)
    for cpu in ecpus: krows += collect('kernels', emodes, cpu, 1, qemu=cpu)
    table('kernels workload: sha256 prefixes per kernel family (! = a repeat gave other bits); wall s of the workload',
          krows, fam, False)
    tmp = None
    if a.root is None and (a.emulate_mini or not a.quick):   # one benchmark tree, made natively, for every mode
        tmp = tempfile.mkdtemp(prefix='bench_cpu_repro_'); a.root = tmp
        subprocess.run([sys.executable, '-c', 'import sys; from avood.cli import main; sys.exit(main(sys.argv[1:]))',
                        'synth', '--dataset', a.dataset, '--root', tmp], check=True, capture_output=True)
    comp = ['unseen', 'seen', 'generator', 'detector', 'predictions', 'metrics']
    try:
        if a.emulate_mini:
            mrows = collect('mini', emodes, 'host', a.repeat, root=a.root)
            for cpu in ecpus: mrows += collect('mini', emodes, cpu, 1, qemu=cpu, root=a.root)
            table(f'mini workload: a few steps of every component on semi-synthetic {a.dataset}, then the test evaluation; '
                  'sha256 prefixes; wall s', mrows, comp, True)
        if not a.quick:
            trows = collect('train', modes, 'host', a.repeat, root=a.root)
            table(f'train workload: avood train --preset quick on semi-synthetic {a.dataset} (4 components + stage-1 E); '
                  'sha256 prefixes; wall s of the training', trows, comp, True)
            base = next((r for r in trows if r['mode'] == 'native'), None)
            if base:
                print('\ncost vs native (best wall time): ' + ', '.join(
                    f"{r['mode']} {100 * (min(r['walls']) / min(base['walls']) - 1):+.1f} %" for r in trows if r is not base))
    finally:
        if tmp: shutil.rmtree(tmp, ignore_errors=True)
    if a.json: Path(a.json).write_text(json.dumps(results, indent=1))

if __name__ == '__main__': main()
