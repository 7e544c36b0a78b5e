"""`make offline`: build the offline edition and write dist/hocvuso-offline-<version>-<date>.zip."""

from __future__ import annotations

import os
import tempfile
import zipfile
from pathlib import Path

from hocvuso.adapters.material import prune_offline
from hocvuso.build.offline_zip import build_offline
from hocvuso.i18n import t

ROOT = Path(__file__).resolve().parent.parent

if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        zip_path = build_offline(ROOT, ROOT / "dist", Path(tmp), prune_offline)
    with zipfile.ZipFile(zip_path) as zf:
        count = len(zf.namelist())
    size = zip_path.stat().st_size
    lang = os.environ.get("HOCVUSO_LANG", "vi")
    print(t(lang, "build.offline_zip", path=zip_path.relative_to(ROOT), mb=f"{size / 1024 / 1024:.1f}", n=count))
