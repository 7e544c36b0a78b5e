"""The browser engine's files (plain JS and CSS under ``hocvuso/static``) and which pages load them."""

from __future__ import annotations

from pathlib import Path

STATIC_DIR = Path(__file__).resolve().parent.parent / "static"
# Loaded on every page: the practice engine and the theme's fixes (budget: 12 KB gzipped together).
ENGINE_CSS = ["assets/hocvuso/material.css", "assets/hocvuso/hocvuso.css"]
ENGINE_JS = ["assets/hocvuso/i18n.js", "assets/hocvuso/model.js", "assets/hocvuso/view.js",
             "assets/hocvuso/boot.js"]
# Loaded by boot.js only on pages that need them (assessment and progress pages).
ON_DEMAND = ["assets/hocvuso/assessment.i18n.js", "assets/hocvuso/assessment.js", "assets/hocvuso/assessment.css"]


def shipped(rel: str) -> bytes:
    """An engine file as the site ships it: JavaScript and CSS minified at build time (the sources stay readable)."""
    import rcssmin
    import rjsmin

    text = (STATIC_DIR / rel).read_text(encoding="utf-8")
    if rel.endswith(".js"):
        text = rjsmin.jsmin(text)
    elif rel.endswith(".css"):
        text = rcssmin.cssmin(text)
    return text.encode("utf-8")
