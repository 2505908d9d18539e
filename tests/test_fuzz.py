"""Fuzz `avood check-data`: single random corruptions of a tiny semi-synthetic UCF tree.

Each case copies the tree, damages ONE file in one of the ways below, and runs `avood check-data` in-process. It asserts
that no exception escapes (an escaped exception is a traceback for the user) and that every non-zero exit names the
damaged file by its path inside the tree. Outcomes are counted and printed (`pytest -s`): `error` (non-zero exit naming
the file), `warning` (exit 0, a warning naming the file), `accepted (a file no load reads)` (the split csvs, the stage_2_train folder, the marker), and `accepted` (exit
0, nothing said: harmless damage, or damage the checks cannot see), listed by kind. Set AVOOD_FUZZ_CASES to run more cases than CI's 40.
"""
import contextlib, io, os, pickle, random, shutil
from collections import Counter
from pathlib import Path

import h5py
import numpy as np
import pytest

from avood.cli import main
from avood.data import _data_files
from avood.meta import DatasetPaths
from avood.synthetic import write_benchmark

SEED = int(os.environ.get('AVOOD_FUZZ_SEED', 20240607))
N_CASES = int(os.environ.get('AVOOD_FUZZ_CASES', 40))

# ---- the corruptions: each takes (rng, file) and damages the file in place (or removes/renames it) ----

def truncate(rng, p):
    b = p.read_bytes(); p.write_bytes(b[:rng.randrange(len(b))])
def empty(rng, p): p.write_bytes(b'')
def delete(rng, p): p.unlink()
def random_bytes(rng, p):
    "64 random bytes written over the file at a random offset."
    b = bytearray(p.read_bytes()); o = rng.randrange(max(1, len(b) - 64))
    b[o:o + 64] = rng.randbytes(64); p.write_bytes(bytes(b[:max(len(b), o + 64)]))
def append_garbage(rng, p): p.write_bytes(p.read_bytes() + rng.randbytes(rng.randint(1, 200)))

def _lines(p): return p.read_bytes().splitlines(keepends=True)
def remove_line(rng, p):
    ls = _lines(p); del ls[rng.randrange(len(ls))]; p.write_bytes(b''.join(ls))
def duplicate_line(rng, p):
    ls = _lines(p); i = rng.randrange(len(ls)); l = ls[i] if ls[i].endswith(b'\n') else ls[i] + b'\n'
    ls.insert(i, l); p.write_bytes(b''.join(ls))
def non_utf8(rng, p):
    "Latin-1 bytes that are not UTF-8, inserted in a random line."
    b = p.read_bytes(); o = rng.randrange(len(b) + 1); p.write_bytes(b[:o] + b'\xe9\xff' + b[o:])
def rename_line(rng, p):
    "One line (a class or clip name) changed to a name that does not exist."
    ls = _lines(p); i = rng.randrange(len(ls)); ls[i] = b'Quidditch' + ls[i][len(ls[i].rstrip()):]
    p.write_bytes(b''.join(ls))

def npy_pickled(rng, p):
    "The word-embedding file replaced by a pickled int, str or list instead of a dict, or by a bare pickle (no .npy header)."
    if rng.random() < 0.25: p.write_bytes(pickle.dumps(np.load(p, allow_pickle=True).item()))
    else: np.save(p, np.array(rng.choice([5, 'not a dict', [1, 2, 3]]), dtype=object), allow_pickle=True)
def npy_bad_vector(rng, p):
    e = np.load(p, allow_pickle=True).item(); k = rng.choice(sorted(e))
    e[k] = rng.choice([np.zeros(299, np.float32), np.full(300, np.nan, np.float32), np.full(300, 1e38, np.float32),
                       np.array(['x'] * 300), 'text'])
    np.save(p, e, allow_pickle=True)

def _rewrite(p, **datasets):
    with h5py.File(p, 'r') as f: d = {k: f[k][()] for k in f}
    d.update(datasets)
    with h5py.File(p, 'w') as f:
        for k, v in d.items():
            if v is not None: f.create_dataset(k, data=v)
def _data(p):
    with h5py.File(p, 'r') as f: return f['data'][()]
def h5_data_region(rng, p):
    "64 random bytes written inside the raw float32 data (HDF5 keeps no checksum of it by default)."
    with h5py.File(p, 'r') as f: off, n = f['data'].id.get_offset(), f['data'].id.get_storage_size()
    b = bytearray(p.read_bytes()); o = off + rng.randrange(max(1, n - 64)); b[o:o + 64] = rng.randbytes(64)
    p.write_bytes(bytes(b))
def h5_dtype(rng, p):
    x = _data(p)
    _rewrite(p, data=rng.choice([x.astype('S8'), x.astype(np.int32), x.astype(np.complex64), x.astype(bool)]))
def h5_shape(rng, p):
    x = _data(p); _rewrite(p, data=rng.choice([x[:, :-1], x.T, x[0], x[None], x[:0], x[0, 0]]))
def h5_values(rng, p):
    x = _data(p).astype(np.float64); i, j = rng.randrange(x.shape[0]), rng.randrange(x.shape[1])
    x[i, j] = rng.choice([np.nan, np.inf, 1e38, -3e5, 1e39]); _rewrite(p, data=x if abs(x[i, j]) > 3.4e38 else x.astype(np.float32))
def h5_drop(rng, p): _rewrite(p, **{rng.choice(['data', 'video_urls']): None})
def h5_group(rng, p):
    "A dataset replaced by an (empty) group of the same name."
    k = rng.choice(['data', 'video_urls']); _rewrite(p, **{k: None})
    with h5py.File(p, 'a') as f: f.create_group(k)
def h5_urls(rng, p):
    with h5py.File(p, 'r') as f: u = f['video_urls'][()]
    _rewrite(p, video_urls=rng.choice([np.arange(len(u)), u[:-1], u[::-1], np.array([[1.5]])]))
def rename_file(rng, p): p.rename(p.with_name(rng.choice(['Quidditch', p.stem.lower(), p.stem + '_copy']) + p.suffix))

ANY = [truncate, empty, delete, random_bytes, append_garbage]
KINDS = {'.txt': ANY + [remove_line, duplicate_line, non_utf8, rename_line],
         '.csv': ANY + [remove_line, duplicate_line, non_utf8, rename_line],
         '.json': ANY + [non_utf8],
         '.npy': ANY + [npy_pickled, npy_bad_vector],
         '.h5': ANY + [h5_data_region, h5_dtype, h5_shape, h5_values, h5_drop, h5_group, h5_urls, rename_file]}

def pick(rng, files):
    "A file (text files as likely as feature files, though there are far fewer) and one corruption that applies to it."
    text = [p for p in files if p.suffix != '.h5']; h5 = [p for p in files if p.suffix == '.h5']
    p = rng.choice(text if rng.random() < 0.5 else h5)
    return p, rng.choice(KINDS[p.suffix])

# ---- the test ----

def check_data(root):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(['check-data', '--root', str(root), '--dataset', 'UCF'])
    return code, out.getvalue() + err.getvalue()

@pytest.fixture(scope='module')
def tree(tmp_path_factory):
    d = tmp_path_factory.mktemp('fuzz')
    old = os.environ.get('AVOOD_CACHE'); os.environ['AVOOD_CACHE'] = str(d/'cache')
    write_benchmark(d/'tiny', 'UCF', scale=0.02, seed=0)
    yield d
    if old is None: os.environ.pop('AVOOD_CACHE', None)
    else: os.environ['AVOOD_CACHE'] = old

def test_clean_tree_passes(tree):
    code, out = check_data(tree/'tiny')
    assert code == 0 and 'warning' not in out.lower(), out

def test_fuzz_check_data(tree):
    rng = random.Random(SEED)
    files = sorted(p.relative_to(tree/'tiny') for p in (tree/'tiny').rglob('*') if p.is_file())
    read = {p.relative_to(tree/'tiny') for p in _data_files(DatasetPaths(tree/'tiny', 'UCF'))}   # what a load reads
    outcomes, accepted, failures = Counter(), Counter(), []
    for case in range(N_CASES):
        root, (rel, corrupt) = tree/f'case{case}', pick(rng, files)
        shutil.copytree(tree/'tiny', root, copy_function=os.link)        # hard links: fast; only the damaged file is copied
        (root/rel).unlink(); shutil.copy2(tree/'tiny'/rel, root/rel)
        rel_in_ds = str(Path(*rel.parts[1:]))       # e.g. features/main_features/audio/stage_1_train/Archery.h5
        what = f'case {case}: {corrupt.__name__} of {rel}'
        try:
            corrupt(rng, root/rel)
            code, out = check_data(root)
        except Exception as e:                       # a traceback for the user
            failures.append(f'{what}: {type(e).__name__}: {e}'); outcomes['traceback'] += 1
        else:
            if code != 0:
                if rel_in_ds in out: outcomes['error'] += 1
                else: failures.append(f'{what}: exit {code} without naming the file:\n{out}'); outcomes['unnamed'] += 1
            elif 'warning' in out.lower() and rel_in_ds in out: outcomes['warning'] += 1
            elif rel not in read: outcomes['accepted (a file no load reads)'] += 1
            else: outcomes['accepted'] += 1; accepted[f'{corrupt.__name__} of {Path(*rel.parts[-2:])}'] += 1
        shutil.rmtree(root)
    print(f'\nfuzz: {N_CASES} single corruptions (seed {SEED}): ' + ', '.join(f'{k} {v}' for k, v in sorted(outcomes.items())))
    for k, v in sorted(accepted.items()): print(f'  accepted silently: {k} ×{v}')
    assert not failures, '\n'.join(failures)
