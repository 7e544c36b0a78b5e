"""The browser engine's files (plain JS and CSS under ``hocvuso/static``) and which pages load them."""

from __future__ import annotations

from pathlib import Path

STATIC_DIR = Path(__file__).resolve().parent.parent / "static"
# Loaded on every page: the practice engine (budget: 12 KB gzipped together).
ENGINE_CSS = ["assets/hocvuso/hocvuso.css"]
ENGINE_JS = ["assets/hocvuso/i18n.js", "assets/hocvuso/model.js", "assets/hocvuso/view.js",
             "assets/hocvuso/boot.js"]
# Loaded by boot.js only on pages that need them (assessment and progress pages).
ON_DEMAND = ["assets/hocvuso/assessment.js", "assets/hocvuso/assessment.css"]
