"""Everything that knows mkdocs-material's internals, in one place.

A move to another theme or engine (ProperDocs keeps Material; Zensical does not)
touches this module and no other: where Material keeps its search index and
search languages, its ``navigation.instant`` feature, the ``extra.polyfills``
list through which its ``offline`` plugin loads the search worker shim, the words
of its language files, and the table of contents its skip link jumps to.
The templates of the theme folder (``theme/``, ``theme.custom_dir``) and
``static/assets/hocvuso/material.css`` are this module's other half.
"""

from __future__ import annotations

import posixpath
import re
from html import escape
from pathlib import Path
from typing import Any

from jinja2 import ChoiceLoader, Environment, FileSystemLoader, PrefixLoader, pass_context
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import AnchorLink, TableOfContents

from ..i18n import WORDS, t

SEARCH_INDEX = "search/search_index.json"
SHIM_PATH = "assets/javascripts/iframe-worker-shim.js"
# Material ships search stemmers and word splitters for many languages; a Vietnamese site uses these.
KEEP_LUNR = ("lunr.stemmer.support", "lunr.multi", "lunr.vi")


CUSTOM_LANGUAGE = "custom"  # Material's name for a language file of the site's own (theme/partials/languages/custom.html)


def theme_lang(config: MkDocsConfig) -> str:
    """The site's language ("vi" unless it says English). With ``theme.language: custom`` (Material's words
    corrected from our catalogue) the language is ``extra.hocvuso.lang``, Vietnamese unless set."""
    lang = str(config.theme.get("language") or "vi")
    if lang == CUSTOM_LANGUAGE:
        lang = str((config.extra.get("hocvuso") or {}).get("lang") or "vi")
    return "en" if lang.startswith("en") else "vi"


THEME_PREFIX = "theme."


def theme_globals(lang: str) -> dict[str, Any]:
    """What ``partials/languages/custom.html`` reads: the language whose Material file fills the gaps, and our
    words for Material's keys (catalogue entries ``theme.<key>``, e.g. ``theme.top`` for Material's ``top``)."""
    words = {key[len(THEME_PREFIX):]: t(lang, key) for key in WORDS if key.startswith(THEME_PREFIX)}
    return {"hvs_theme_lang": lang, "hvs_theme_words": words}


TITLE_ID = "hvs-title"


def title_first(html: str, page: Page) -> str:
    """Put the page title, as an ``h1`` with an id, at the start of a page whose Markdown has none, and make it
    the first entry of the table of contents.

    Material's skip link jumps to the first entry of the table of contents: without this, on a lesson (whose
    title is in front matter) it jumped to the first section heading, past the lesson's intro and objectives.
    Material shows the entries under a first ``h1`` entry as the table of contents, so that stays the same."""
    if "<h1" in html or not page.title:
        return html
    first = AnchorLink(str(page.title), TITLE_ID, 1)
    first.children = list(page.toc)
    page.toc = TableOfContents([first])
    return f'<h1 id="{TITLE_ID}">{escape(str(page.title))}</h1>\n{html}'


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
_TOGGLE_START = '<label class="md-nav__link'
_TITLE_START = '<label class="md-nav__title" for="__nav_'
_SECTION_TITLE = re.compile(
    r'<label class="md-nav__title" for="(__nav_[0-9_]+)">\s*<span class="md-nav__icon md-icon"></span>\s*([^<]+?)\s*</label>')


def name_nav_sections(html: str) -> str:
    """Give each navigation section's toggle the section's title, visually hidden, as its text.

    With ``navigation.indexes`` Material labels a section's ``<nav>`` by a toggle that holds only an
    icon, so with two courses or more every section is an unnamed navigation landmark (axe:
    landmark-unique) and the toggle says nothing to a screen reader. The title is already escaped HTML.
    The patterns are tried only where their first words stand (found by ``str.find``): scanning the whole page
    with them cost a millisecond a page, the menu of a thousand lessons being in every page."""
    titles: dict[str, str] = {}
    at = html.find(_TITLE_START)
    while at >= 0:
        m = _SECTION_TITLE.match(html, at)
        if m is not None:
            titles[m.group(1)] = m.group(2)
        at = html.find(_TITLE_START, at + 1)
    out: list[str] = []
    done = 0
    at = html.find(_TOGGLE_START)
    while at >= 0:
        m = _SECTION_TOGGLE.match(html, at)
        if m is None:
            at = html.find(_TOGGLE_START, at + 1)
            continue
        title = titles.get(m.group("id"))
        if title is not None:
            out += [html[done:m.start()], f'{m.group(1)}<span class="hvs-sr">{title}</span>{m.group(3)}']
            done = m.end()
        at = html.find(_TOGGLE_START, m.end())
    return "".join(out) + html[done:] if out else html


# An element that Material's search skips, whatever its attribute's value; then any tag of the same name.
_EXCLUDED_START = re.compile(r"<([a-zA-Z][a-zA-Z0-9]*)\b[^>]*?\sdata-search-exclude\b[^>]*>")
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
_SEARCH_ATTRIBUTES = re.compile(r"\s?data-search-\w+=\"[^\"]+\"")  # what Material's search removes once indexed


def _tag_pattern(tag: str) -> re.Pattern[str]:
    return re.compile(rf"<(/?){tag}\b[^>]*>", re.I)


def search_view(html: str) -> str:
    """The page content as Material's search should index it, without the elements marked ``data-search-exclude``
    (quizzes, lesson notes, navigation blocks). Material's search parses every page's HTML in Python, tag by tag,
    only to drop these: on a lesson with ten questions they are five tags in six. Cutting them first (finding each
    one's end by counting its own tag name) costs a fifth as much, and leaves out the whole of each block: Material's
    parser ends a block's exclusion at the first element of the same name closed inside it and indexed the rest
    (a course's learning path, for one)."""
    out: list[str] = []
    pos = 0
    while (start := _EXCLUDED_START.search(html, pos)) is not None:
        out.append(html[pos:start.start()])
        tag = start.group(1).lower()
        end = start.end()
        if tag not in _VOID and not start.group(0).endswith("/>"):
            depth = 1
            for m in _tag_pattern(tag).finditer(html, start.end()):
                depth += -1 if m.group(1) else 1
                if depth == 0:
                    end = m.end()
                    break
            else:
                return "".join(out) + html[start.start():]  # not closed: leave the rest to Material's parser
        pos = end
    return "".join(out) + html[pos:] if out else html


_SEARCH_ATTRIBUTE_NAME = "data-search-"


def without_search_attributes(html: str) -> str:
    """The page content as Material's search leaves it after indexing (its ``data-search-*`` attributes gone).

    The same as Material's substitution, tried only where the attribute's name stands (its pattern may start with
    a space, so the regular expression engine would try it at every character of the page)."""
    out: list[str] = []
    done = 0
    at = html.find(_SEARCH_ATTRIBUTE_NAME)
    while at >= 0:
        start = at - 1 if at - 1 >= done and html[at - 1].isspace() else at
        m = _SEARCH_ATTRIBUTES.match(html, start)
        if m is not None:
            out.append(html[done:m.start()])
            done = m.end()
        at = html.find(_SEARCH_ATTRIBUTE_NAME, max(at + 1, done))
    return "".join(out) + html[done:] if out else html


# ---------------------------------------------------------------- the menu, written once per folder of pages

MATERIAL_TEMPLATES = "hvs-material"  # Material's own templates under this prefix, for ours that wrap them


# A tag (kept as it is, attribute values included) or a run of white space outside tags.
_TAG_OR_SPACE = re.compile(r"(<[^>]*>)|\s+")
# Elements inside which white space is shown as written: markup holding one is left alone.
_SPACE_KEEPING = re.compile(r"<(?:pre|textarea|script|style)\b", re.I)


def menu_markup(html: str) -> str:
    """Material's markup for a part of the menu with each run of white space between and around its tags written
    as one character (a line break where the run held one): the browser shows it exactly the same, since such runs
    collapse anyway. Material's templates indent every entry deeply, so at a thousand lessons half of each page's
    bytes were that indentation: a learner's phone downloaded and parsed it on every page (a school's plain file
    server sends it uncompressed). Markup with an element that keeps its white space is returned unchanged; the
    result is of ``html``'s own type (Jinja's safe markup stays safe markup)."""
    if _SPACE_KEEPING.search(html):
        return html
    return type(html)(_TAG_OR_SPACE.sub(lambda m: m.group(1) or ("\n" if "\n" in m.group() else " "), html))


def _url_parts(url: str) -> tuple[str, ...]:
    path = posixpath.normpath("/" + url)[1:]  # as mkdocs.utils.get_relative_url splits a URL
    return tuple(path.split("/")) if path else ()


def _page_folder(url: str) -> tuple[str, ...]:
    """The folder that a page's relative links start from (its last part left out when it names a file)."""
    folder, _, last = url.rpartition("/")
    return _url_parts(folder if "." in last else url)


def _targets(item: Any) -> set[tuple[str, ...]]:
    """Every folder prefix of every page address a menu section links to."""
    out: set[tuple[str, ...]] = set()
    stack = [item]
    while stack:
        node = stack.pop()
        stack.extend(getattr(node, "children", None) or [])
        url = getattr(node, "url", None)
        if isinstance(url, str) and "://" not in url:
            parts = _url_parts(url)
            out.update(parts[:k] for k in range(1, len(parts) + 1))
    return out


def install_menu_cache(env: Environment, config: MkDocsConfig) -> None:
    """Let the theme write each course's part of the menu once per folder of pages, not once per page.

    Material writes the whole menu into every page: at a thousand lessons that is most of a build's time. The part
    of a course the page is not in comes out the same on every page of one folder (only its links are relative to
    the page): ``theme/partials/nav-item.html`` asks :func:`hvs_nav_section` for it, which keeps what Material's
    own template wrote the first time, unless the part links into the page's own folder. The page's own course,
    active and with its table of contents, is written for each page as Material does."""
    material_dirs = [d for d in config.theme.dirs if (Path(d) / "partials" / "nav-item.html").is_file()]
    if len(material_dirs) < 2:
        return  # the theme folder does not wrap Material's menu item
    assert env.loader is not None  # MkDocs makes the theme's environment with its folders' loader
    env.loader = ChoiceLoader([env.loader, PrefixLoader({MATERIAL_TEMPLATES: FileSystemLoader(material_dirs[-1])})])
    written: dict[tuple[int, str, tuple[str, ...], int], str] = {}
    targets: dict[int, set[tuple[str, ...]]] = {}

    @pass_context
    def hvs_nav_section(context: Any, item: Any, path: str, caller: Any) -> Any:
        page = context.get("page")
        if page is None or not isinstance(page.url, str) or getattr(item, "active", True) or not item.children:
            return menu_markup(caller())
        folder = _page_folder(page.url)
        if folder and folder in targets.setdefault(id(item), _targets(item)):
            return menu_markup(caller())  # it links into this page's folder: its links differ from the neighbours'
        key = (id(item), path, folder[:-1], len(folder))
        if key not in written:
            written[key] = menu_markup(caller())
        return written[key]

    env.globals["hvs_nav_section"] = hvs_nav_section
