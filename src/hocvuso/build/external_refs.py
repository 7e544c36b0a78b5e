"""Find anything a built page would load from outside the site.

Links a learner clicks (``<a href>``) to an official website are fine; scripts,
stylesheets, fonts, images, frames and media from another host are not: the site
must work on a USB stick with no internet, and make no request outside itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

_LOADING_ATTR = re.compile(
    r"<(script|img|iframe|link|source|video|audio|embed|object|track|image|use)\b[^>]*?"
    r"\b(src|href|data|srcset|poster|xlink:href)\s*=\s*[\"']?\s*((?:https?:)?//[^\"'\s>]+)",
    re.I | re.S)
_CSS_URL = re.compile(r"url\(\s*[\"']?((?:https?:)?//[^)\"']+)", re.I)
_CSS_IMPORT = re.compile(r"@import\s+[\"']((?:https?:)?//[^\"']+)", re.I)
_LINK_REL = re.compile(r"\brel\s*=\s*[\"']?([^\"'>]+)", re.I)
_LINK_OK = {"canonical", "alternate", "author", "license", "help", "noopener", "noreferrer", "external"}


@dataclass(frozen=True)
class ExternalRef:
    """One outside resource a page would load."""

    file: str
    line: int
    url: str


def site_files(site_dir: Path) -> list[Path]:
    """The HTML and CSS files of a built site, in a fixed order."""
    return [p for p in sorted(site_dir.rglob("*")) if p.suffix in (".html", ".css") and p.is_file()]


def scan_site(site_dir: Path) -> list[ExternalRef]:
    """Every outside resource loaded by the HTML and CSS of a built site."""
    return scan_files(site_dir, site_files(site_dir))


def scan_files(site_dir: Path, paths: list[Path]) -> list[ExternalRef]:
    """Every outside resource loaded by these HTML and CSS files of a built site (a share of :func:`site_files`)."""
    found: list[ExternalRef] = []
    for path in paths:
        text = path.read_text(encoding="utf-8", errors="replace")
        rel = path.relative_to(site_dir).as_posix()
        if path.suffix == ".html":
            for m in _LOADING_ATTR.finditer(text):
                if m.group(1).lower() == "link":
                    tag_end = text.find(">", m.start())
                    rel_attr = _LINK_REL.search(text[m.start():tag_end])
                    if rel_attr and set(rel_attr.group(1).lower().split()) <= _LINK_OK:
                        continue
                found.append(ExternalRef(rel, text.count("\n", 0, m.start()) + 1, m.group(3)))
        if path.suffix == ".css" or "<style" in text:
            for rx in (_CSS_URL, _CSS_IMPORT):
                for m in rx.finditer(text):
                    found.append(ExternalRef(rel, text.count("\n", 0, m.start()) + 1, m.group(1)))
    return found
