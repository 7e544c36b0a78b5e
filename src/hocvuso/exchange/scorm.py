"""``hocvuso export scorm COURSE``: one course as a SCORM 1.2 package for an LMS (Moodle, Canvas, …).

The package is built from the same pages as the site: the offline edition is built with mkdocs into a
temporary folder (``HOCVUSO_OFFLINE=true``, plus ``HOCVUSO_SCORM_COURSE`` so the navigation holds this
course alone and every page loads the SCORM bridge ``assets/hocvuso/scorm.js``), then the course's pages
(its introduction, lessons and self-assessment) and the assets they use are packed under ``hocvuso/``.

One SCO per course: the launch page ``index.html`` frames the course's pages and holds the one LMS
session, whatever page the learner moves to; each lesson is reported as an objective of that SCO and
the course's status and score come from the lessons and the self-assessment (README, "SCORM"). Links
to pages outside the course are made inert (the logo leads to the course's first page); search finds
the course's pages only. Nothing in the package is requested from outside it.
"""

from __future__ import annotations

import json
import posixpath
import re
import tempfile
import zipfile
from collections.abc import Callable
from html import escape
from pathlib import Path

from .. import __version__
from ..build.offline_zip import build_offline_site
from ..content.catalog import Catalog, load_catalog
from ..core.diagnostics import nearest
from ..i18n import t
from ..render.engine import SCORM_ONLY
from ..render.site_pages import ASSESSMENT_PAGE, ENTRY_PAGE
from .common import ExchangeError

SITE = "hocvuso"  # folder of the course's pages inside the package
MASTERY = 80  # percent right in a lesson's questions that completes it (the design's default mastery threshold)
SCHEMA_LOCATION = ("http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd "
                   "http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd "
                   "http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd")
_ANCHOR_HREF = re.compile(r'(<a\b[^>]*?)\shref="([^"]*)"')
_REFERENCE = re.compile(r'\s(?:src|href)="([^"]+)"')
_OUTSIDE = re.compile(r"^(?:[a-z][a-z0-9+.-]*:|#|//)", re.I)


def zip_name(course: str) -> str:
    """``hocvuso-scorm-<course>-<version>.zip``."""
    return f"hocvuso-scorm-{course}-{__version__}.zip"


def course_pages(cat: Catalog, course_id: str) -> list[str]:
    """The site paths (offline edition, ``.html``) of a course's pages: introduction, entry check (if any), lessons,
    self-assessment."""
    course = cat.courses[course_id]
    assert course.course is not None
    info = course.course.course
    pages = [course.rel, *([f"{course_id}/{ENTRY_PAGE}"] if info.entry else []), *info.lessons]
    if info.assessment:
        pages.append(f"{course_id}/{ASSESSMENT_PAGE}")
    return [p[:-3] + ".html" for p in pages]


def _resolve(page: str, href: str) -> tuple[str, str] | None:
    """A link of ``page`` as (site path, the ``#…``/``?…`` tail), or None when it leaves the site."""
    if _OUTSIDE.match(href):
        return None
    cut = min((i for i in (href.find("#"), href.find("?")) if i >= 0), default=len(href))
    path, tail = href[:cut], href[cut:]
    if not path:
        return None
    target = posixpath.normpath(posixpath.join(posixpath.dirname(page), path))
    if target.startswith(".."):
        return None
    if path.endswith("/") or path in (".", "..") or path.endswith("/..") or "." not in posixpath.basename(target):
        target = posixpath.normpath(posixpath.join(target, "index.html"))  # a folder: its index page
    return target, tail


def relink(html: str, page: str, pages: set[str], home: str) -> str:
    """Links to pages outside the package made inert; the site's home page becomes the course's first page."""
    def fix(m: re.Match[str]) -> str:
        found = _resolve(page, m.group(2))
        if found is None or not found[0].endswith(".html") or found[0] in pages:
            return m.group(0)
        if found[0] == "index.html":
            return f'{m.group(1)} href="{escape(posixpath.relpath(home, posixpath.dirname(page) or "."))}"'
        return m.group(1)
    return _ANCHOR_HREF.sub(fix, html)


def _references(html: str, page: str) -> set[str]:
    out = set()
    for m in _REFERENCE.finditer(html):
        found = _resolve(page, m.group(1))
        if found is not None and not found[0].endswith(".html"):
            out.add(found[0])
    return out


def _search_index(text: str, pages: set[str]) -> str:
    """A search index (``var __index = {…}`` or its JSON) with the course's pages only."""
    head, sep, body = text.partition("=") if text.lstrip().startswith("var ") else ("", "", text)
    try:
        data = json.loads(body.strip().rstrip(";"))
    except ValueError:
        return text
    data["docs"] = [doc for doc in data.get("docs", []) if doc.get("location", "").split("#")[0] in pages]
    out = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return f"{head}{sep} {out}" if sep else out


def launch_page(title: str, first: str, config: dict[str, object], lang: str) -> str:
    """The SCO's launch page: it frames the course and holds the LMS session (see scorm.js)."""
    data = escape(json.dumps(config, ensure_ascii=False, separators=(",", ":")), quote=True)
    frame = escape(t(lang, "scorm.frame_title", title=title))
    return (f'<!doctype html>\n<html lang="{lang}" data-hvs-scorm="{data}">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width,initial-scale=1">\n'
            f'<title>{escape(title)}</title>\n<link rel="icon" href="{SITE}/assets/images/favicon.png">\n'
            "<style>html,body{margin:0;height:100%;overflow:hidden}"
            "iframe{display:block;width:100%;height:100%;border:0}</style>\n"
            f'<script src="{SITE}/{SCORM_ONLY[0]}"></script>\n</head>\n<body>\n'
            f'<iframe src="{escape(SITE + "/" + first)}" title="{frame}"></iframe>\n'
            f'<noscript><p><a href="{escape(SITE + "/" + first)}">{escape(t(lang, "scorm.nojs", title=title))}</a></p>'
            "</noscript>\n</body>\n</html>\n")


def manifest(course_id: str, title: str, files: list[str], mastery: int | None) -> str:
    """``imsmanifest.xml`` (IMS CP 1.1.2 with ADL SCORM 1.2 extensions): one organization, one item, one SCO."""
    ident = re.sub(r"[^A-Za-z0-9_.-]", "-", course_id)
    score = f"\n        <adlcp:masteryscore>{mastery}</adlcp:masteryscore>" if mastery is not None else ""
    file_list = "\n".join(f'      <file href="{escape(f)}"/>' for f in files)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="hocvuso-{ident}" version="{__version__}"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="{SCHEMA_LOCATION}">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="org-{ident}">
    <organization identifier="org-{ident}">
      <title>{escape(title)}</title>
      <item identifier="item-{ident}" identifierref="sco-{ident}" isvisible="true">
        <title>{escape(title)}</title>{score}
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="sco-{ident}" type="webcontent" adlcp:scormtype="sco" href="index.html">
{file_list}
    </resource>
  </resources>
</manifest>
"""


def build_scorm(root: Path, course_id: str, out_dir: Path, prune: Callable[[Path], None], lang: str = "vi"
                ) -> tuple[Path, int]:
    """Build ``out_dir/hocvuso-scorm-<course>-<version>.zip``; returns its path and how many files it holds."""
    root = root.resolve()
    cat = load_catalog(root)
    if course_id not in cat.courses:
        near = nearest(course_id, cat.courses)
        raise ExchangeError("scorm.no_course", course=course_id, hint=f" ({near}?)" if near else "")
    course = cat.courses[course_id]
    assert course.course is not None
    info = course.course.course
    title = course.course.title
    pages = course_pages(cat, course_id)
    assessment = cat.assessments.get(info.assessment or "")
    with tempfile.TemporaryDirectory(prefix="hocvuso-scorm-") as tmp:
        site = Path(tmp) / SITE
        if build_offline_site(root, site, {"HOCVUSO_SCORM_COURSE": course_id}) != 0:
            raise ExchangeError("scorm.build_failed")
        # Search reads search_index.js from file:// and search_index.json over http (as in an LMS): keep both,
        # read before pruning (which drops the JSON from the offline edition).
        indexes = {name: (site / name).read_text("utf-8") for name in ("search/search_index.js", "search/search_index.json")
                   if (site / name).is_file()}
        prune(site)
        keep = {p for p in pages if (site / p).is_file()}
        contents: dict[str, bytes] = {}
        for page in sorted(keep):
            html = relink((site / page).read_text("utf-8"), page, keep, pages[0])
            contents[page] = html.encode("utf-8")
            for ref in _references(html, page):
                if (site / ref).is_file():
                    contents.setdefault(ref, (site / ref).read_bytes())
        for path in sorted(site.rglob("*")):
            rel = path.relative_to(site).as_posix()
            if path.is_file() and rel.startswith("assets/"):
                contents.setdefault(rel, path.read_bytes())
        for name, text in indexes.items():
            contents[name] = _search_index(text, keep).encode("utf-8")
    pass_percent = assessment.model.pass_percent if assessment else None
    config = {"course": course_id, "lessons": [p[:-3] for p in info.lessons], "mastery": MASTERY,
              "assessment": info.assessment, "passPercent": pass_percent}
    files = {"index.html": launch_page(title, pages[0], config, lang).encode("utf-8")}
    files.update({f"{SITE}/{rel}": data for rel, data in sorted(contents.items())})
    files["imsmanifest.xml"] = manifest(course_id, title, sorted(files), pass_percent).encode("utf-8")
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / zip_name(course_id)
    partial = target.with_suffix(".zip.part")  # never leave a half-written package under its real name
    with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        zf.writestr("imsmanifest.xml", files.pop("imsmanifest.xml"))
        for name, data in files.items():
            zf.writestr(name, data)
    partial.replace(target)
    return target, len(files) + 1
