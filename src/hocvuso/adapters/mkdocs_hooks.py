"""MkDocs (and ProperDocs) event handlers; ``hooks/hocvuso_hooks.py`` forwards to these.

They validate all content once per build, add the generated pages and the
browser engine, and frame each page from its front matter. What is specific
to the Material theme is in :mod:`hocvuso.adapters.material`.
"""

from __future__ import annotations

import functools
import logging
import os
import posixpath
import re
import shutil
import sys
import tempfile
import unicodedata
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import CombinedEvent, event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.utils import CountHandler, get_relative_url

from ..build.external_refs import ExternalRef, scan_files, site_files
from ..build.search_fold import fold_search_index
from ..content.catalog import Catalog, load_catalog
from ..content.pool import is_demo
from ..content.rules import check_catalog
from ..core.diagnostics import Problem, capped
from ..core.second_process import SecondProcess, shared
from ..core.textnorm import fold
from ..i18n import t
from ..render import site_pages
from ..render.booklet import booklet_page
from ..render.engine import EVERY_PAGE, EVERY_PAGE_CSS, EVERY_PAGE_JS, SCORM_ONLY, STATIC_DIR, VENDOR, shipped, vendor_file
from ..render.error_page import error_page
from ..render.quiz_html import IMAGE_PREFIX, NO_SEARCH, attr_json
from ..render.sanitize import sanitize
from . import material

log = get_plugin_logger("hocvuso")

EXT_NAME = "hocvuso.adapters.markdown_ext"


# What on_config learned, for the later events of the same build.
_STATE: dict[str, Any] = {}
# The command MkDocs runs (build, serve, gh-deploy), from on_startup; it lasts as long as the process.
_COMMAND: dict[str, str] = {}


def on_startup(*, command: str, dirty: bool) -> None:
    """Remember whether this is ``mkdocs serve``: there, content problems become a page instead of a failed build."""
    _COMMAND["command"] = command


def serving() -> bool:
    """True under ``mkdocs serve`` (``make serve``)."""
    return _COMMAND.get("command") == "serve"


def site_id(config: MkDocsConfig) -> str:
    """Stable id that keys the learner's stored progress for this site: ``extra.hocvuso.site_id``, or else the
    site's name and address. Two sites on one origin (two forks on a school server, two copies on a USB
    stick, which share every file:// page's storage) then keep their progress apart."""
    extra = config.extra.get("hocvuso") or {}
    if extra.get("site_id"):
        return _slug(str(extra["site_id"]))
    address = urlsplit(config.site_url or "")
    return _slug(f"{config.site_name or 'site'} {address.netloc} {address.path}") or "site"


def previous_site_ids(config: MkDocsConfig) -> list[str]:
    """Ids this site's progress was once kept under (``extra.hocvuso.previous_site_ids``): read when the
    current id holds nothing yet, so an update never loses a learner's progress."""
    extra = config.extra.get("hocvuso") or {}
    return [_slug(str(x)) for x in extra.get("previous_site_ids") or []]


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Load and check every content file; refuse to build when anything is wrong."""
    root = Path(config.config_file_path).resolve().parent
    docs = Path(config.docs_dir).resolve()
    cat = load_catalog(root, courses_dir=docs, quizzes_dir=root / "quizzes")
    check_catalog(cat)
    if cat.report:
        lang = os.environ.get("HOCVUSO_LANG", "vi")
        problems = cat.report.sorted()
        if serving():
            return _error_site(config, root, lang, problems)
        for line in cat.report.lines(root, lang=lang):
            log.error(line)
        raise PluginError(t(lang, "build.failed", n=len(problems)))
    _STATE.clear()
    _STATE.update(catalog=cat, root=root, lang=material.theme_lang(config), site=site_id(config),
                  previous=previous_site_ids(config))
    _stage(config)
    names = [e if isinstance(e, str) else "" for e in config.markdown_extensions]
    if EXT_NAME not in names:
        config.markdown_extensions.append(EXT_NAME)
    config.mdx_configs[EXT_NAME] = {"root": str(root), "lang": _STATE["lang"], "catalog": cat}
    if EVERY_PAGE_CSS not in config.extra_css:
        config.extra_css.append(EVERY_PAGE_CSS)
    if EVERY_PAGE_JS not in [str(x) for x in config.extra_javascript]:
        config.extra_javascript.append(EVERY_PAGE_JS)
    if scorm_course():  # a SCORM package of one course: its bridge to the LMS on every page
        config.extra_javascript.extend(js for js in SCORM_ONLY if js not in [str(x) for x in config.extra_javascript])
    if not config.nav:
        config.nav = _nav(cat, _STATE["lang"])
    if offline_edition():
        _prepare_offline(config, root)
    return config


def _error_site(config: MkDocsConfig, root: Path, lang: str, problems: list[Problem]) -> MkDocsConfig:
    """Under ``mkdocs serve``, content with problems builds a small site whose every page lists them, so the
    browser shows what to fix (a failed build would leave every request hanging) and reloads once a save fixes
    them. Problems are printed, not logged on MkDocs' loggers: in strict mode those would abort this build too."""
    for line in _lines(problems, root, lang):
        print(line, file=sys.stderr)  # noqa: T201 (the terminal of `make serve`)
    print(t(lang, "serve.failed", n=len(problems)), file=sys.stderr)  # noqa: T201
    _STATE.clear()
    _STATE.update(errors=error_page(capped(problems), len(problems), root, lang), lang=lang)
    _stage(config)
    config.nav = [{t(lang, "serve.title"): "index.md"}]
    return config


def _lines(problems: list[Problem], root: Path, lang: str) -> list[str]:
    """Printable lines of a list of problems, capped per file."""
    return [p.format(root, lang) for p in capped(problems)]


STAGING = ".hvs-building"
PREVIOUS = ".hvs-previous"


def _stage(config: MkDocsConfig) -> None:
    """Build into a sibling folder; the site folder is replaced only when the whole build has passed,
    so a failing build (content, rendering or the checks after it) leaves the previous site as it was."""
    final = Path(config.site_dir).resolve()
    staging = final.with_name(final.name + STAGING)
    shutil.rmtree(staging, ignore_errors=True)
    _STATE.update(final=final, staging=staging)
    config.site_dir = str(staging)


def _publish(config: MkDocsConfig) -> None:
    final: Path = _STATE["final"]
    staging: Path = _STATE["staging"]
    previous = final.with_name(final.name + PREVIOUS)
    shutil.rmtree(previous, ignore_errors=True)
    if final.exists():
        final.rename(previous)
    staging.rename(final)
    shutil.rmtree(previous, ignore_errors=True)
    config.site_dir = str(final)


def on_build_error(error: Exception) -> None:
    """A failed build leaves no half-written folder behind (and the previous site untouched)."""
    _end_second_process()
    staging = _STATE.get("staging")
    if staging is not None:
        shutil.rmtree(staging, ignore_errors=True)


def offline_edition() -> bool:
    """True when building the copy that opens from file:// (HOCVUSO_OFFLINE=true)."""
    return os.environ.get("HOCVUSO_OFFLINE", "").lower() in ("1", "true", "yes")


def scorm_course() -> str:
    """The course a SCORM package is built for (HOCVUSO_SCORM_COURSE), or "" for the site."""
    return os.environ.get("HOCVUSO_SCORM_COURSE", "").strip()


def _prepare_offline(config: MkDocsConfig, root: Path) -> None:
    material.drop_instant_navigation(config)
    shim = material.shim_source(root)
    if not shim.is_file():
        raise PluginError(t(os.environ.get("HOCVUSO_LANG", "vi"), "build.no_shim"))
    _STATE["shim"] = shim
    material.use_local_shim(config)


def _nav(cat: Catalog, lang: str) -> list[Any]:
    """Home, one section per course (its path; a shared lesson under its first course), then the tools.
    Pages for teachers and authors (the framework, the component guide) stay out: a learner's menu holds
    what a learner reads; "Dành cho nhà trường" links to them."""
    placed: set[str] = set()
    courses: list[Any] = []
    only = scorm_course()
    if only:  # a SCORM package holds one course: its navigation is that course alone
        course = cat.courses.get(only)
        if course is None or course.course is None:
            return []
        info = course.course.course
        entry = [{t(lang, "nav.entry"): site_pages.entry_rel(only)}] if info.entry else []
        assessment = [{t(lang, "nav.assessment"): site_pages.assessment_rel(only)}] if info.assessment else []
        return [{course.course.title: [course.rel, *entry, *info.lessons, *assessment]}]
    for course in sorted(cat.courses.values(), key=lambda c: c.rel):
        assert course.course is not None
        info = course.course.course
        section: list[Any] = [course.rel]  # the section's index page (navigation.indexes)
        if info.entry and info.entry in cat.assessments:  # optional, before lesson 1
            section.append({t(lang, "nav.entry"): site_pages.entry_rel(info.id)})
        for rel in info.lessons:
            lesson = site_pages.lesson_of(cat, rel)
            if lesson is not None and rel not in placed:
                placed.add(rel)
                section.append(rel)
        if info.assessment:
            section.append({t(lang, "nav.assessment"): site_pages.assessment_rel(info.id)})
        courses.append({course.course.title: section})
    nav: list[Any] = [{t(lang, "nav.home"): "index.md"}, *courses,
                      {t(lang, "nav.progress"): site_pages.PROGRESS_PAGE}]
    guides = [p.rel for p in sorted(cat.pages.values(), key=lambda p: p.rel)
              if p.rel != "index.md" and not is_demo(p.rel)
              and (p.kind == "page" or (p.kind == "lesson" and p.rel not in placed))]
    if guides:
        nav.append({t(lang, "nav.guides"): guides})
    return nav


def _generated(config: MkDocsConfig, files: Files, rel: str, title: str, *, searchable: bool = True,
               meta: str = "") -> None:
    """A page the build writes (``meta``: more front matter lines)."""
    if files.get_file_from_path(rel) is None:
        # The assessment page holds every question it may draw: keep it out of search results.
        meta = ("" if searchable else "search:\n  exclude: true\n") + meta
        files.append(File.generated(config, rel, content=(f"---\n{meta}---\n" if meta else "") + f"# {title}\n"))


# Front matter of a page made to be printed: the theme leaves out the site menu (theme/main.html).
PRINT_PAGE = "hvs_print: true\n"


def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Add the generated pages, the engine's assets and question images."""
    if "errors" in _STATE:
        return _error_files(files, config)
    cat: Catalog = _STATE["catalog"]
    lang = _STATE["lang"]
    _generated(config, files, "index.md", t(lang, "page.home"))
    _generated(config, files, site_pages.PROGRESS_PAGE, t(lang, "nav.progress"))
    _generated(config, files, site_pages.FRAMEWORK_PAGE, t(lang, "page.framework"), searchable=False)
    _generated(config, files, site_pages.TALLY_PAGE, t(lang, "page.tally"), searchable=False)
    pools: set[str] = set()
    for cid, course in cat.courses.items():
        info = course.course.course if course.course else None
        if info is None:
            continue
        for aid, rel in ((info.assessment, site_pages.assessment_rel(cid)), (info.entry, site_pages.entry_rel(cid))):
            if not aid or aid not in cat.assessments:
                continue
            _generated(config, files, rel, cat.assessments[aid].model.title, searchable=False)
            pools.add(site_pages.pool_id(cat, aid))  # shared by assessments that draw from the same questions
        if info.assessment and info.assessment in cat.assessments:
            _generated(config, files, site_pages.paper_rel(cid), t(lang, "page.paper"), searchable=False,
                       meta=PRINT_PAGE)
        # The printable booklet: out of search (it repeats every lesson), its print styles linked by the theme.
        if course.course:
            _generated(config, files, site_pages.booklet_rel(cid), t(lang, "booklet.title", title=course.course.title),
                       searchable=False, meta=PRINT_PAGE + "hvs_booklet: true\n")
    _scripts_beside(files, config, sorted(pools))
    every_page_parts = {part for parts in EVERY_PAGE.values() for part in parts}  # shipped joined, not one by one
    static = [path.relative_to(STATIC_DIR).as_posix() for path in sorted(STATIC_DIR.rglob("*")) if path.is_file()]
    for rel in [*EVERY_PAGE, *static]:
        if rel in every_page_parts or (rel in SCORM_ONLY and not scorm_course()):
            continue
        if files.get_file_from_path(rel) is None:
            files.append(File.generated(config, rel, content=shipped(rel, _STATE["root"] / "node_modules", lang)))
    for rel in VENDOR:
        content = vendor_file(rel, _STATE["root"])
        if content is None:
            raise PluginError(t(lang, "build.no_vendor", package=VENDOR[rel][0]))
        files.append(File.generated(config, rel, content=content))
    if "shim" in _STATE:
        files.append(File.generated(config, material.SHIM_PATH, abs_src_path=str(_STATE["shim"])))
    img_root = cat.quizzes_dir
    for path in sorted(img_root.rglob("*")):
        if path.suffix.lower() in (".png", ".jpg", ".jpeg", ".svg", ".webp", ".gif"):
            rel = "assets/hocvuso/quiz-img/" + path.relative_to(img_root).as_posix()
            files.append(File.generated(config, rel, abs_src_path=str(path)))
    return files


def _scripts_beside(files: Files, config: MkDocsConfig, pools: list[str]) -> None:
    """The assessments' question pools and the lessons' review scripts (every question of the site rendered and
    sanitised twice over) are written to a temporary folder by a second process while MkDocs reads the pages;
    on_env waits for them, before MkDocs copies files into the site."""
    cat: Catalog = _STATE["catalog"]
    folder = Path(tempfile.mkdtemp(prefix="hocvuso-scripts-"))
    second = SecondProcess(allowed=not serving(), shared=cat)  # its jobs read the catalogue as shared()
    _STATE.update(scripts_folder=folder, second=second)
    _STATE["scripts_done"] = second.submit(write_scripts, str(folder), _STATE["lang"], pools)
    for rel in [site_pages.pool_rel(pool) for pool in pools] + site_pages.review_rels(cat):
        files.append(File.generated(config, rel, abs_src_path=str(folder / rel)))


def write_scripts(folder: str, lang: str, pools: list[str]) -> None:
    """Write the pool scripts (pictures made page-relative by the engine) and review scripts under ``folder``."""
    cat: Catalog = shared()
    scripts = {site_pages.pool_rel(pool): site_pages.pool_script(cat, pool, lang, sanitize) for pool in pools}
    scripts.update(site_pages.review_scripts(cat, lang, sanitize))
    for rel, text in scripts.items():
        path = Path(folder) / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def _scripts_written() -> None:
    """Wait for :func:`write_scripts` (raising what it raised)."""
    done = _STATE.pop("scripts_done", None)
    if done is not None:
        done.result()


def _scan_beside(site: Path) -> list[ExternalRef]:
    """:func:`scan_site`, every other file read by the second process (a thousand lessons make half a gigabyte of
    HTML to read again, each page holding the whole menu)."""
    second: SecondProcess = _STATE["second"]
    paths = site_files(site)
    theirs = second.submit(scan_files, site, paths[1::2])
    ours = scan_files(site, paths[0::2])
    order = {path.relative_to(site).as_posix(): n for n, path in enumerate(paths)}
    return sorted(ours + theirs.result(), key=lambda ref: order[ref.file])  # as scan_site lists them


def _end_second_process() -> None:
    """Stop the second process and remove the scripts' temporary folder (the site holds copies by now)."""
    second = _STATE.pop("second", None)
    if second is not None:
        second.close()
    folder = _STATE.pop("scripts_folder", None)
    if folder is not None:
        shutil.rmtree(folder, ignore_errors=True)


def _error_files(files: Files, config: MkDocsConfig) -> Files:
    """Every page of the site, at its usual address, stands in for the problem list (the browser that shows a
    lesson reloads it after a save); no page source is read, since a broken one could stop the build."""
    title = t(_STATE["lang"], "serve.title")
    pages = [f.src_uri for f in files.documentation_pages()]
    for f in list(files.documentation_pages()):
        files.remove(f)
    for rel in sorted(set(pages) | {"index.md"}):
        files.append(File.generated(config, rel, content=f"---\nsearch:\n  exclude: true\n---\n# {title}\n"))
    return files


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Text as NFC: decomposed Vietnamese (NFD) looks the same but is not found by search. ``hocvuso check``
    warns about such files; the site is right either way."""
    page.meta = _nfc(page.meta)
    return unicodedata.normalize("NFC", markdown)


def _nfc(value: Any) -> Any:
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, dict):
        return {k: _nfc(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_nfc(v) for v in value]
    return value


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Frame lessons, fill course and generated pages, and resolve question image paths."""
    if "errors" in _STATE:
        return str(_STATE["errors"])
    cat: Catalog = _STATE["catalog"]
    lang: str = _STATE["lang"]
    rel = page.file.src_uri

    def link(target: str) -> str:
        f = files.get_file_from_path(target)
        return get_relative_url(f.url, page.url) if f is not None else target

    doc = cat.pages.get(rel)
    if doc is not None and doc.kind == "lesson":
        # The lesson's own text, for its course's booklet (put together once every page is rendered).
        _STATE.setdefault("lessons", {})[rel] = (html, page.url)
        html = site_pages.lesson_header(cat, doc, link, lang) + html + site_pages.lesson_footer(cat, doc, link, lang)
    elif doc is not None and doc.kind == "course":
        html += site_pages.course_path(cat, doc, link, lang)
    elif rel == "index.md":
        html += site_pages.course_cards(cat, link, lang)
    elif rel == site_pages.PROGRESS_PAGE:
        html += site_pages.progress_page(cat, link, lang)
    elif rel == site_pages.FRAMEWORK_PAGE:
        html += site_pages.framework_page(cat, link, lang)
    elif rel.endswith("/" + site_pages.BOOKLET_PAGE):
        html += BOOKLET_SLOT  # filled once the lessons are rendered (_booklets_beside, _booklets_in_place)
    elif rel == site_pages.TALLY_PAGE:
        html += site_pages.tally_page(cat, link, lang)
    elif rel.endswith("/" + site_pages.PAPER_PAGE):
        course = cat.courses.get(rel.split("/")[0])
        if course is not None:
            html += site_pages.paper_page(cat, course, link, lang)
    elif rel.endswith("/" + site_pages.ASSESSMENT_PAGE) or rel.endswith("/" + site_pages.ENTRY_PAGE):
        course = cat.courses.get(rel.split("/")[0])
        if course is not None:
            html += site_pages.assessment_page(cat, course, link, lang, entry=rel.endswith("/" + site_pages.ENTRY_PAGE))
    if IMAGE_PREFIX in html:
        prefix = get_relative_url(".", page.url).rstrip("/")
        html = html.replace(IMAGE_PREFIX, (prefix + "/") if prefix not in ("", ".") else "")
    root_href = get_relative_url(".", page.url)
    conf = {"site": _STATE["site"], "previous": _STATE["previous"], "lang": lang, "root": root_href,
            "progress": link(site_pages.PROGRESS_PAGE)}
    if doc is not None and doc.kind == "lesson":
        conf["mastery"] = site_pages.lesson_mastery(cat, rel)
    if config.site_url:  # the published address: what "Chia sẻ" shares, also from a USB copy
        conf["url"] = published_url(config.site_url, page.url)
        # for the certificate: the site's name and address, and (on assessment pages only) a QR code of it
        conf["siteName"], conf["siteUrl"] = config.site_name, config.site_url
        if rel.endswith("/" + site_pages.ASSESSMENT_PAGE):
            conf["qr"] = qr_svg(config.site_url)
    # The title first of all: Material's search then keeps one entry for the page's top, as without it.
    return sanitize(material.title_first(
        f'<div hidden class="hvs-config" data-hvs-config="{attr_json(conf)}" {NO_SEARCH}></div>\n' + html, page))


BOOKLET_SLOT = '<div class="hvs-booklet-slot"></div>'
_URL_ATTR = re.compile(r'(?<=\s)(src|href)="([^"#][^"]*)"')  # not data-src=, data-href=


def rebase(html: str, from_url: str, to_url: str) -> str:
    """Relative links and pictures of HTML rendered for the page at ``from_url``, pointing the same places from
    the page at ``to_url`` (a lesson's text shown in its course's booklet)."""
    def fix(m: re.Match[str]) -> str:
        target = m.group(2)
        if urlsplit(target).scheme or target.startswith(("/", IMAGE_PREFIX)):
            return m.group(0)
        site_path = posixpath.normpath(posixpath.join(posixpath.dirname(from_url), target))
        if target.endswith("/") and not site_path.endswith("/"):
            site_path += "/"
        return f'{m.group(1)}="{get_relative_url(site_path, to_url)}"'
    return _URL_ATTR.sub(fix, html)


# A page's whole content while the search plugin indexes a lighter view of it (by page source).
_INDEXED_VIEW: dict[str, str] = {}


@event_priority(50)  # before the search plugin (0) indexes the page
def _search_view_first(context: dict[str, Any], page: Page, config: MkDocsConfig, nav: Any) -> dict[str, Any]:
    """Give the search plugin the page without the blocks it skips anyway (see :func:`material.search_view`)."""
    search = page.meta.get("search") or {}
    if page.content and NO_SEARCH in page.content and not (isinstance(search, dict) and search.get("exclude")):
        _INDEXED_VIEW[page.file.src_uri] = page.content
        page.content = material.search_view(page.content)
    return context


@event_priority(-50)  # after the search plugin: the whole page again, as the search plugin would have left it
def _whole_page_back(context: dict[str, Any], page: Page, config: MkDocsConfig, nav: Any) -> dict[str, Any]:
    whole = _INDEXED_VIEW.pop(page.file.src_uri, None)
    if whole is not None:
        page.content = material.without_search_attributes(whole)
    return context


def _booklets_beside(files: Files) -> None:
    """Every lesson is rendered by now: the second process puts each course's booklet together (its lessons' text
    with links made from the booklet's place, its practice questions and answer key) while MkDocs writes the pages;
    on_post_build puts them into the booklet pages, which hold the slot."""
    cat: Catalog = _STATE["catalog"]
    second: SecondProcess = _STATE["second"]
    rendered: dict[str, tuple[str, str]] = _STATE.get("lessons", {})
    jobs = {}
    for cid, course in sorted(cat.courses.items()):
        booklet = files.get_file_from_path(site_pages.booklet_rel(cid))
        if booklet is None or course.course is None:
            continue
        lessons = {rel: rendered[rel] for rel in course.course.course.lessons if rel in rendered}
        course_file = files.get_file_from_path(course.rel)
        urls = {course.rel: course_file.url} if course_file is not None else {}
        jobs[booklet.abs_dest_path] = second.submit(make_booklet, cid, booklet.url, urls, lessons, _STATE["lang"])
    _STATE["booklets"] = jobs


def make_booklet(course_id: str, page_url: str, urls: dict[str, str], lessons: dict[str, tuple[str, str]],
                 lang: str) -> str:
    """The sanitised content of a course's booklet at ``page_url``: ``lessons`` maps each lesson to its rendered
    HTML and address, ``urls`` the pages it links to (by source path) to their addresses."""
    cat: Catalog = shared()

    def link(target: str) -> str:
        return get_relative_url(urls[target], page_url) if target in urls else target

    moved = {rel: rebase(html, url, page_url) for rel, (html, url) in lessons.items()}
    html = booklet_page(cat, cat.courses[course_id], moved, link, lang)
    if IMAGE_PREFIX in html:
        prefix = get_relative_url(".", page_url).rstrip("/")
        html = html.replace(IMAGE_PREFIX, (prefix + "/") if prefix not in ("", ".") else "")
    return sanitize(html)


def _booklets_in_place() -> None:
    """Put each booklet made beside the build into its written page."""
    for dest, made in _STATE.pop("booklets", {}).items():
        path = Path(dest)
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace(BOOKLET_SLOT, made.result(), 1), encoding="utf-8")


@functools.lru_cache(maxsize=4)
def qr_svg(url: str) -> str:
    """A QR code of the address as inline SVG, made at build time (offline-safe: nothing is fetched to draw it)."""
    import segno

    return str(segno.make(url, error="m").svg_inline(scale=4, border=4, dark="#000", light="#fff"))


def published_url(site_url: str, page_url: str) -> str:
    """A page's address on the published (online) site, whose URLs are directories; an offline build's
    ``x/index.html`` and ``x/y.html`` are ``x/`` and ``x/y/`` there."""
    path = page_url
    if path.endswith(".html"):
        path = path[: -len("index.html")] if path == "index.html" or path.endswith("/index.html") else path[:-5] + "/"
    return site_url.rstrip("/") + "/" + path


on_page_context = CombinedEvent(_search_view_first, _whole_page_back)


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    """Theme fixes that need the whole page (named navigation sections)."""
    return material.name_nav_sections(output)


def on_env(env: Environment, config: MkDocsConfig, files: Files) -> Environment:
    """Give the theme folder's templates our words for Material's (``partials/languages/custom.html``) and the
    menu's cache; wait for the scripts made beside the build, which MkDocs copies next; start the booklets, now
    every lesson is rendered."""
    _scripts_written()
    if "errors" not in _STATE:
        _booklets_beside(files)
    env.globals.update(material.theme_globals(_STATE["lang"]))
    material.install_menu_cache(env, config)
    return env


def on_post_template(output: str, template_name: str, config: MkDocsConfig) -> str:
    """The 404 page is a theme template, not a page: the same fixes as every page."""
    return material.name_nav_sections(output) if template_name == "404.html" else output


def _strict_warnings() -> bool:
    """True when MkDocs counted warnings in strict mode: it will abort the build right after this event."""
    return any(isinstance(h, CountHandler) and h.get_counts() for h in logging.getLogger("mkdocs").handlers)


@event_priority(-200)  # after the search plugin (0) and Material's offline plugin (-100) have written their files
def on_post_build(config: MkDocsConfig) -> None:
    """Make search accent-insensitive; refuse a site that would load anything from outside; then publish it."""
    site = Path(config.site_dir)
    _booklets_in_place()
    if fold_search_index(site / material.SEARCH_INDEX):
        material.refresh_offline_index(site)
    refs = [] if "errors" in _STATE else _scan_beside(site)
    lang = os.environ.get("HOCVUSO_LANG", "vi")
    for ref in refs:
        log.error(t(lang, "build.outside", file=ref.file, line=ref.line, url=ref.url))
    if refs:
        raise PluginError(t(lang, "build.outside_count", n=len(refs)))
    _end_second_process()
    if _strict_warnings():
        shutil.rmtree(site, ignore_errors=True)  # MkDocs aborts next: keep the previous site
        return
    _publish(config)
