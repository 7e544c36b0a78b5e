"""Everything that knows mkdocs-material's internals, in one place.

A move to another theme or engine (ProperDocs keeps Material; Zensical does not)
touches this module and no other: where Material keeps its search index and
search languages, its ``navigation.instant`` feature, and the ``extra.polyfills``
list through which its ``offline`` plugin loads the search worker shim.
"""

from __future__ import annotations

import re
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig

SEARCH_INDEX = "search/search_index.json"
SHIM_PATH = "assets/javascripts/iframe-worker-shim.js"
# Material ships search stemmers and word splitters for many languages; a Vietnamese site uses these.
KEEP_LUNR = ("lunr.stemmer.support", "lunr.multi", "lunr.vi")


def theme_lang(config: MkDocsConfig) -> str:
    """The language the theme is set to ("vi" unless it says English)."""
    lang = str(config.theme.get("language") or "vi")
    return "en" if lang.startswith("en") else "vi"


def drop_instant_navigation(config: MkDocsConfig) -> None:
    """On file:// instant navigation never emits ``document$``: the offline edition goes without it."""
    features = config.theme.get("features") or []
    config.theme["features"] = [f for f in features if not str(f).startswith("navigation.instant")]


def shim_source(root: Path) -> Path:
    """The offline search shim, from the npm package ``iframe-worker`` (never copied into the repo)."""
    return root / "node_modules" / "iframe-worker" / "shim" / "index.js"


def use_local_shim(config: MkDocsConfig) -> None:
    """Make the offline plugin load the shim from the site instead of a CDN."""
    polyfills = [p for p in config.extra.get("polyfills", []) if "iframe-worker" not in str(p)]
    config.extra["polyfills"] = [*polyfills, SHIM_PATH]


def refresh_offline_index(site: Path) -> None:
    """The offline plugin inlines the search index into a script; write it again from the (changed) JSON."""
    script = site / "search" / "search_index.js"
    if script.is_file():
        data = (site / SEARCH_INDEX).read_text(encoding="utf-8")
        script.write_text(f"var __index = {data}", encoding="utf-8")


def prune_offline(site: Path) -> None:
    """Drop what learners of the offline copy never need: source maps and unused search languages."""
    for path in list(site.rglob("*.map")):
        path.unlink()
    lunr = site / "assets" / "javascripts" / "lunr"
    if lunr.is_dir():
        for path in list(lunr.rglob("*.js")):
            if not path.name.startswith(KEEP_LUNR):
                path.unlink()
    # Offline search reads search_index.js (the offline plugin's copy); the JSON and sitemaps serve web hosts.
    for name in ("sitemap.xml", "sitemap.xml.gz", SEARCH_INDEX):
        (site / name).unlink(missing_ok=True)


_SECTION_TOGGLE = re.compile(
    r'(<label class="md-nav__link[^"]*" for="(?P<id>__nav_[0-9_]+)" id="(?P=id)_label"[^>]*>\s*'
    r'<span class="md-nav__icon md-icon"></span>)(\s*</label>)')
_SECTION_TITLE = re.compile(
    r'<label class="md-nav__title" for="(__nav_[0-9_]+)">\s*<span class="md-nav__icon md-icon"></span>\s*([^<]+?)\s*</label>')


def name_nav_sections(html: str) -> str:
    """Give each navigation section's toggle the section's title, visually hidden, as its text.

    With ``navigation.indexes`` Material labels a section's ``<nav>`` by a toggle that holds only an
    icon, so with two courses or more every section is an unnamed navigation landmark (axe:
    landmark-unique) and the toggle says nothing to a screen reader. The title is already escaped HTML.
    Every title is read in one pass over the page, so the cost stays linear in the number of courses.
    """
    titles = dict(_SECTION_TITLE.findall(html))

    def named(m: re.Match[str]) -> str:
        title = titles.get(m.group("id"))
        return m.group(0) if title is None else f'{m.group(1)}<span class="hvs-sr">{title}</span>{m.group(3)}'
    return _SECTION_TOGGLE.sub(named, html)
