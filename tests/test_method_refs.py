"""Every "method §N" citation in the notebooks, the library and the README names a section of nbs/method.md, the
project's own description of the method and protocol; nothing cites a document outside the repository."""
from pathlib import Path
import re

ROOT = Path(__file__).parent.parent
CITE = re.compile(r'method §(\d+(?:\.\d+)*)')

def sections()->set[str]:
    "The numbers of nbs/method.md's headings (`### 3.10 …`, `#### 3.10.2 …`, `## 1. …`)."
    return {m.group(1) for m in re.finditer(r'^#{2,4} (\d+(?:\.\d+)*)\.? ', (ROOT/'nbs'/'method.md').read_text(), re.M)}

def cited()->dict[str, set[str]]:
    files = [*sorted((ROOT/'nbs').glob('*.ipynb')), *sorted((ROOT/'avood').glob('*.py')), ROOT/'README.md']
    return {str(f.relative_to(ROOT)): set(CITE.findall(f.read_text())) for f in files}

def test_sections_parsed():
    s = sections()
    assert {'1', '1.1', '3.5', '3.10', '3.10.2', '7.2.1'} <= s, sorted(s)

def test_every_citation_resolves():
    s = sections()
    unresolved = {f: sorted(c - s) for f, c in cited().items() if c - s}
    assert not unresolved, f'citations of sections nbs/method.md does not have: {unresolved}'
    assert sum(map(len, cited().values())) > 50                    # the notebooks do cite it

def test_no_citation_of_an_outside_document():
    for f in [*(ROOT/'nbs').glob('*.ipynb'), *(ROOT/'avood').glob('*.py'), ROOT/'README.md']:
        assert 'spec §' not in f.read_text(), f'{f.name} cites "spec §", a document outside the repository'
