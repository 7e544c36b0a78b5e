"""The browser engine's files (plain JS and CSS under ``hocvuso/static``) and which pages load them."""

from __future__ import annotations

from pathlib import Path

STATIC_DIR = Path(__file__).resolve().parent.parent / "static"
# Loaded on every page: the practice engine and the theme's fixes (budget: 12 KB gzipped together).
ENGINE_CSS = ["assets/hocvuso/material.css", "assets/hocvuso/hocvuso.css"]
ENGINE_JS = ["assets/hocvuso/i18n.js", "assets/hocvuso/model.js", "assets/hocvuso/view.js",
             "assets/hocvuso/boot.js"]
# Loaded by boot.js only on pages that need them (assessment and progress pages).
ON_DEMAND = ["assets/hocvuso/assessment.js", "assets/hocvuso/assessment.css",
             "assets/hocvuso/words.js", "assets/hocvuso/review.js", "assets/hocvuso/profiles.js",
             "assets/hocvuso/listen.js", "assets/hocvuso/share.js",
             "assets/hocvuso/steps.js"]
# words.js: the on-demand modules' words; review.js: wrong answers on the progress page (loaded by assessment.js);
# profiles.js: "Ai đang học?" (loaded by boot.js when the learner presses the header control);
# listen.js: read-aloud on lessons (loaded by boot.js where the browser has speechSynthesis);
# share.js: "Chia sẻ" on lessons and the assessment's result (loaded by boot.js there);
# steps.js: the assessment one question at a time, celebration, ranked lessons to revisit (loaded with assessment.js)
# Shipped and loaded only in SCORM packages (``hocvuso export scorm``): the bridge to an LMS's SCORM 1.2 API.
SCORM_ONLY = ["assets/hocvuso/scorm.js"]


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
