"""Packaging invariants: environment.yml agrees with settings.ini; the pins the toolchain needs are in place."""
from configparser import ConfigParser
from pathlib import Path
import shlex, yaml

ROOT = Path(__file__).parent.parent

def settings():
    c = ConfigParser(delimiters=['=']); c.read(ROOT/'settings.ini'); return c['DEFAULT']

def test_pins_in_settings():
    reqs = shlex.split(settings()['requirements']) + shlex.split(settings()['dev_requirements'])
    for pin in ('torch==2.13.0', 'nbdev==2.4.14', 'execnb==0.1.18', 'fastcore<2', 'ghapi<2'): assert pin in reqs, pin
    assert settings()['allowed_cell_metadata_keys'] == 'tags'          # keeps papermill's `parameters` tag
    assert set(settings()['tst_flags'].split()) == {'notest', 'slow'}

def test_ray_is_an_optional_extra():
    "Ray is the sweep extra's, never a requirement of the package or of the tests."
    reqs = shlex.split(settings()['requirements']) + shlex.split(settings()['dev_requirements'])
    assert not any(r.startswith('ray') for r in reqs)
    assert [r for r in shlex.split(settings()['sweep_requirements']) if r.startswith('ray')] == ['ray>=2.40,<3']

def test_environment_yml_agrees_with_settings():
    env = yaml.safe_load((ROOT/'environment.yml').read_text())
    pip = next(d['pip'] for d in env['dependencies'] if isinstance(d, dict))
    reqs = shlex.split(settings()['requirements']) + shlex.split(settings()['dev_requirements'])
    assert sorted(pip) == sorted(reqs), set(pip) ^ set(reqs)
    assert any(str(d).startswith('python') for d in env['dependencies'] if isinstance(d, str))

def test_makefile_portable_env_is_the_library_s():
    "`make reproduce NUMERICS=portable` sets exactly the variables avood.layers.PORTABLE_ENV requires."
    from avood.layers import PORTABLE_ENV
    line = next(l for l in (ROOT/'Makefile').read_text().splitlines() if l.startswith('PORTABLE_ENV :='))
    got = dict(kv.split('=', 1) for kv in line.split(':=', 1)[1].split())
    assert got == dict(PORTABLE_ENV, AVOOD_NUMERICS='portable'), got
