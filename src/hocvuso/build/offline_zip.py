"""Pack the offline edition (opens from file://) into one zip for USB sticks and school PCs."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

from .. import __version__


def zip_name(today: dt.date | None = None) -> str:
    """``hocvuso-offline-<version>-<yyyy-mm-dd>.zip``."""
    return f"hocvuso-offline-{__version__}-{(today or dt.date.today()).isoformat()}.zip"


def build_offline_site(project: Path, site: Path, extra_env: dict[str, str] | None = None) -> int:
    """Build the offline edition of ``project`` into ``site`` (emptied first); returns mkdocs' exit code."""
    if site.exists():
        shutil.rmtree(site)
    env = dict(os.environ, HOCVUSO_OFFLINE="true", NO_MKDOCS_2_WARNING="1", **(extra_env or {}))
    proc = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f",
                           str(project / "mkdocs.yml"), "-d", str(site)], cwd=project, env=env)
    return proc.returncode


def build_offline(project: Path, dist: Path, work: Path, prune: Callable[[Path], None]) -> Path:
    """Build the offline edition of ``project`` in ``work``, ``prune`` it, and zip it into ``dist``; returns the zip."""
    site = work / "hocvuso"
    code = build_offline_site(project, site)
    if code != 0:
        raise SystemExit(code)
    prune(site)
    dist.mkdir(parents=True, exist_ok=True)
    target = dist / zip_name()
    partial = target.with_suffix(".zip.part")  # never leave a half-written zip under its real name
    with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for path in sorted(site.rglob("*")):
            if path.is_file():
                zf.write(path, Path("hocvuso") / path.relative_to(site))
    partial.replace(target)
    return target
