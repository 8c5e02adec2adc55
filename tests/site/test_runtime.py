"""A web process readies itself before its first request (``prachasan.wsgi``)."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_wsgi_process_loads_and_freezes_its_long_lived_objects(tmp_path):
    """Importing the WSGI module loads the URLs and the word cutter, then freezes what
    is there, so that Python's full garbage collections skip it (95 ms each otherwise)."""
    script = (
        "import gc, sys\n"
        "import prachasan.wsgi\n"
        "print(gc.get_freeze_count(), 'prachasan.site.views' in sys.modules)\n"
    )
    env = {**os.environ, "PRACHASAN_VAR_DIR": str(tmp_path), "PYTHONPATH": str(ROOT)}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, cwd=ROOT, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    frozen, views_loaded = done.stdout.split()
    assert int(frozen) > 50_000
    assert views_loaded == "True"
