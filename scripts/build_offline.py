"""`make offline`: build the offline edition and write dist/hocvuso-offline-<version>-<date>.zip."""

from __future__ import annotations

import tempfile
import zipfile
from pathlib import Path

from hocvuso.offline_zip import build_offline

ROOT = Path(__file__).resolve().parent.parent

if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        zip_path = build_offline(ROOT, ROOT / "dist", Path(tmp))
    with zipfile.ZipFile(zip_path) as zf:
        count = len(zf.namelist())
    size = zip_path.stat().st_size
    print(f"{zip_path.relative_to(ROOT)}: {size / 1024 / 1024:.1f} MB, {count} tệp / files")
