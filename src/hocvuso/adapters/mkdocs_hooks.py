"""MkDocs (and ProperDocs) event handlers; ``hooks/hocvuso_hooks.py`` forwards to these.

They validate all content once per build, add the generated pages and the
browser engine, and frame each page from its front matter. What is specific
to the Material theme is in :mod:`hocvuso.adapters.material`.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

from ..build.external_refs import scan_site
from ..build.search_fold import fold_search_index
from ..content.catalog import Catalog, load_catalog
from ..content.rules import check_catalog
from ..core.textnorm import fold
from ..i18n import t
from ..render import site_pages
from ..render.engine import ENGINE_CSS, ENGINE_JS, SCORM_ONLY, STATIC_DIR, shipped
from ..render.quiz_html import IMAGE_PREFIX, attr_json
from . import material

log = get_plugin_logger("hocvuso")

EXT_NAME = "hocvuso.adapters.markdown_ext"


# What on_config learned, for the later events of the same build.
_STATE: dict[str, Any] = {}


def site_id(config: MkDocsConfig) -> str:
    """Stable id that keys the learner's stored progress for this site."""
    extra = config.extra.get("hocvuso") or {}
    if extra.get("site_id"):
        return str(extra["site_id"])
    return re.sub(r"[^a-z0-9]+", "-", fold(config.site_name or "site")).strip("-") or "site"


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Load and check every content file; refuse to build when anything is wrong."""
    root = Path(config.config_file_path).resolve().parent
    docs = Path(config.docs_dir).resolve()
    cat = load_catalog(root, courses_dir=docs, quizzes_dir=root / "quizzes")
    check_catalog(cat)
    if cat.report:
        lang = os.environ.get("HOCVUSO_LANG", "vi")
        lines = cat.report.format(root, lang=lang)
        for line in lines:
            log.error(line)
        raise PluginError(t(lang, "build.failed", n=len(lines)))
    _STATE.clear()
    _STATE.update(catalog=cat, root=root, lang=material.theme_lang(config), site=site_id(config))
    names = [e if isinstance(e, str) else "" for e in config.markdown_extensions]
    if EXT_NAME not in names:
        config.markdown_extensions.append(EXT_NAME)
    config.mdx_configs[EXT_NAME] = {"root": str(root), "lang": _STATE["lang"], "catalog": cat}
    for css in ENGINE_CSS:
        if css not in config.extra_css:
            config.extra_css.append(css)
    for js in ENGINE_JS:
        if js not in [str(x) for x in config.extra_javascript]:
            config.extra_javascript.append(js)
    if scorm_course():  # a SCORM package of one course: its bridge to the LMS on every page
        config.extra_javascript.extend(js for js in SCORM_ONLY if js not in [str(x) for x in config.extra_javascript])
    if not config.nav:
        config.nav = _nav(cat, _STATE["lang"])
    if offline_edition():
        _prepare_offline(config, root)
    return config


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
    """Home, one section per course (its path; a shared lesson under its first course), then the tools."""
    placed: set[str] = set()
    courses: list[Any] = []
    only = scorm_course()
    if only:  # a SCORM package holds one course: its navigation is that course alone
        course = cat.courses.get(only)
        return [{course.course.title: [course.rel, *course.course.course.lessons] + (
            [{t(lang, "nav.assessment"): site_pages.assessment_rel(only)}] if course.course.course.assessment else [])}
                ] if course is not None and course.course is not None else []
    for course in sorted(cat.courses.values(), key=lambda c: c.rel):
        assert course.course is not None
        info = course.course.course
        section: list[Any] = [course.rel]  # the section's index page (navigation.indexes)
        for rel in info.lessons:
            lesson = site_pages.lesson_of(cat, rel)
            if lesson is not None and rel not in placed:
                placed.add(rel)
                section.append(rel)
        if info.assessment:
            section.append({t(lang, "nav.assessment"): site_pages.assessment_rel(info.id)})
        courses.append({course.course.title: section})
    nav: list[Any] = [{t(lang, "nav.home"): "index.md"}, *courses,
                      {t(lang, "nav.progress"): site_pages.PROGRESS_PAGE},
                      {t(lang, "nav.framework"): site_pages.FRAMEWORK_PAGE}]
    guides = [p.rel for p in sorted(cat.pages.values(), key=lambda p: p.rel)
              if p.rel != "index.md" and (p.kind == "page" or (p.kind == "lesson" and p.rel not in placed))]
    if guides:
        nav.append({t(lang, "nav.guides"): guides})
    return nav


def _generated(config: MkDocsConfig, files: Files, rel: str, title: str, *, searchable: bool = True) -> None:
    if files.get_file_from_path(rel) is None:
        # The assessment page holds every question it may draw: keep it out of search results.
        meta = "" if searchable else "---\nsearch:\n  exclude: true\n---\n"
        files.append(File.generated(config, rel, content=f"{meta}# {title}\n"))


def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Add the generated pages, the engine's assets and question images."""
    cat: Catalog = _STATE["catalog"]
    lang = _STATE["lang"]
    _generated(config, files, "index.md", t(lang, "page.home"))
    _generated(config, files, site_pages.PROGRESS_PAGE, t(lang, "nav.progress"))
    _generated(config, files, site_pages.FRAMEWORK_PAGE, t(lang, "page.framework"))
    for cid, course in cat.courses.items():
        if course.course and course.course.course.assessment:
            title = cat.assessments[course.course.course.assessment].model.title
            _generated(config, files, site_pages.assessment_rel(cid), title, searchable=False)
    for path in sorted(STATIC_DIR.rglob("*")):
        if path.is_file():
            rel = path.relative_to(STATIC_DIR).as_posix()
            if rel in SCORM_ONLY and not scorm_course():
                continue
            if files.get_file_from_path(rel) is None:
                files.append(File.generated(config, rel, content=shipped(rel)))
    if "shim" in _STATE:
        files.append(File.generated(config, material.SHIM_PATH, abs_src_path=str(_STATE["shim"])))
    img_root = cat.quizzes_dir
    for path in sorted(img_root.rglob("*")):
        if path.suffix.lower() in (".png", ".jpg", ".jpeg", ".svg", ".webp", ".gif"):
            rel = "assets/hocvuso/quiz-img/" + path.relative_to(img_root).as_posix()
            files.append(File.generated(config, rel, abs_src_path=str(path)))
    return files


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Frame lessons, fill course and generated pages, and resolve question image paths."""
    cat: Catalog = _STATE["catalog"]
    lang: str = _STATE["lang"]
    rel = page.file.src_uri

    def link(target: str) -> str:
        f = files.get_file_from_path(target)
        return get_relative_url(f.url, page.url) if f is not None else target

    doc = cat.pages.get(rel)
    if doc is not None and doc.kind == "lesson":
        html = site_pages.lesson_header(cat, doc, link, lang) + html + site_pages.lesson_footer(cat, doc, link, lang)
    elif doc is not None and doc.kind == "course":
        html += site_pages.course_path(cat, doc, link, lang)
    elif rel == "index.md":
        html += site_pages.course_cards(cat, link, lang)
    elif rel == site_pages.PROGRESS_PAGE:
        html += site_pages.progress_page(cat, link, lang)
    elif rel == site_pages.FRAMEWORK_PAGE:
        html += site_pages.framework_page(cat, link, lang)
    elif rel.endswith("/" + site_pages.ASSESSMENT_PAGE):
        course = cat.courses.get(rel.split("/")[0])
        if course is not None:
            html += site_pages.assessment_page(cat, course, link, lang)
    if IMAGE_PREFIX in html:
        prefix = get_relative_url(".", page.url).rstrip("/")
        html = html.replace(IMAGE_PREFIX, (prefix + "/") if prefix not in ("", ".") else "")
    root_href = get_relative_url(".", page.url)
    conf = {"site": _STATE["site"], "lang": lang, "root": root_href,
            "progress": link(site_pages.PROGRESS_PAGE)}
    return f'<div hidden class="hvs-config" data-hvs-config="{attr_json(conf)}"></div>\n' + html


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    """Theme fixes that need the whole page (named navigation sections)."""
    return material.name_nav_sections(output)


def on_post_build(config: MkDocsConfig) -> None:
    """Make search accent-insensitive; refuse a site that would load anything from outside."""
    site = Path(config.site_dir)
    fold_search_index(site / material.SEARCH_INDEX)
    refs = scan_site(site)
    lang = os.environ.get("HOCVUSO_LANG", "vi")
    for ref in refs:
        log.error(t(lang, "build.outside", file=ref.file, line=ref.line, url=ref.url))
    if refs:
        raise PluginError(t(lang, "build.outside_count", n=len(refs)))
