"""What `avood reproduce` prints per notebook: one progress line, nothing from the kernel. (The kernel's stderr is the
process's own, so this runs in a subprocess.)"""
import subprocess, sys
import nbformat

def test_one_line_per_notebook_and_no_kernel_warning(tmp_path):
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell('x = 1 + 1')],
                                  metadata={'kernelspec': {'name': 'python3', 'display_name': 'Python 3', 'language': 'python'}})
    nbformat.write(nb, tmp_path/'tiny.ipynb')
    code = ('from pathlib import Path; from avood.reproduce import run_notebook; '
            f"run_notebook(Path({str(tmp_path/'tiny.ipynb')!r}), Path({str(tmp_path/'runs'/'tiny.ipynb')!r}), {{}}, 'fp')")
    r = subprocess.run([sys.executable, '-c', code], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    assert r.stderr == '', f'the kernel or papermill printed to stderr:\n{r.stderr}'
    lines = r.stdout.splitlines()
    assert len(lines) == 1 and lines[0].startswith(str(tmp_path/'runs'/'tiny.ipynb')), r.stdout
    assert (tmp_path/'runs'/'tiny.ipynb').is_file()
