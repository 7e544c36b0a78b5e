"""Links, pictures and headings of Markdown pages, checked at the line the author wrote them.

MkDocs finds a link to a missing page only after rendering, and names the built page; a missing heading
(``tu-dien.md#otp``) it does not report at all, and a picture loaded from another website is found only by
the scan of the built site (:mod:`hocvuso.build.external_refs`). Here each is reported at its Markdown line:
- a link to a page or file that does not exist (an error: the build refuses it too), or to a heading that
  the page does not have (an error: the learner lands at the top of the wrong place);
- a link to a folder or page address instead of a ``.md`` file, or starting with ``/`` (warnings: they work
  online but not in every copy);
- a picture that does not exist or has no description (errors), or that is loaded from another host (an
  error: the offline copy would show nothing and the page would call outside);
- a ``# …`` heading in a lesson or course, whose title comes from front matter (an error), and heading
  levels that skip one (a warning).
"""

from __future__ import annotations

import functools
import posixpath
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote, urlsplit

from markdown.extensions.toc import slugify, unique

from ..core.diagnostics import Pos, Report, nearest
from ..core.markup import plain_text
from ..core.yaml_source import PathKey, SourceMap
from .catalog import Catalog, PageDoc
from .safety import without_code

# Pages the build adds (hocvuso.render.site_pages): links to them are fine; their anchors are not known here.
GENERATED_PAGES = frozenset({"index.md", "tien-do.md", "khung-nang-luc.md", "tong-hop-ket-qua.md"})
GENERATED_IN_COURSE = "tu-danh-gia.md"

_INLINE = re.compile(r"(?P<img>!?)\[(?P<text>(?:[^\[\]\n]|\[[^\]\n]*\])*)\]"
                     r"\(\s*(?:<(?P<angle>[^>\n]*)>|(?P<url>[^)\s]*))(?:\s+(?:\"[^\"\n]*\"|'[^'\n]*'))?\s*\)")
_REF_USE = re.compile(r"(?P<img>!?)\[(?P<text>(?:[^\[\]\n]|\[[^\]\n]*\])*)\]\[(?P<ref>[^\]\n]*)\]")
_REF_DEF = re.compile(r"^[ \t]{0,3}\[(?P<ref>[^\]\n]+)\]:[ \t]*<?(?P<url>[^\s>]+)>?", re.M)
_HEADING = re.compile(r"^(?P<indent>[ \t]*)(?P<hashes>#{1,6})[ \t]+(?P<text>.*?)[ \t]*$", re.M)
_HEADING_ATTRS = re.compile(r"[ \t]*\{:?[ \t]*(?P<attrs>[^{}]*)\}[ \t]*$")
_ATTR_ID = re.compile(r"(?:^|\s)#(?P<id>[\w-]+)")
_ATTR_LIST = re.compile(r"\{:?[ \t]*(?P<attrs>[^{}\n]*#[\w-][^{}\n]*)\}")
_HTML_ID = re.compile(r"<[a-zA-Z][^>]*?\bid\s*=\s*[\"']?(?P<id>[^\"'\s>]+)", re.S)
_TAGS = re.compile(r"<[^>]+>")
_MARKUP = re.compile(r"[*_`\[\]<>&\\]")
_EXTERNAL = ("http", "https", "")  # "" with a host: //cdn.example.com/x.png


@dataclass(frozen=True)
class Link:
    """One link or picture of a Markdown text, where it was written."""

    line: int
    col: int
    url: str
    text: str
    image: bool


def find_links(text: str, first_line: int = 1) -> tuple[Link, ...]:
    """Every inline and reference link or picture of some Markdown, outside code (a page's links are asked for
    by several checks: found once)."""
    return _links(text, first_line) if "](" in text or "][" in text else ()


@functools.lru_cache(maxsize=4096)
def _links(text: str, first_line: int) -> tuple[Link, ...]:
    return tuple(_scan_links(text, first_line))


def _scan_links(text: str, first_line: int) -> Iterator[Link]:
    clean = without_code(text)
    refs = {m.group("ref").strip().lower(): m.group("url") for m in _REF_DEF.finditer(clean)}

    def place(index: int) -> tuple[int, int]:
        return first_line + clean.count("\n", 0, index), index - (clean.rfind("\n", 0, index) + 1) + 1

    for m in _INLINE.finditer(clean):
        url = m.group("angle") if m.group("angle") is not None else m.group("url") or ""
        yield Link(*place(m.start()), url.strip(), m.group("text"), bool(m.group("img")))
    for m in _REF_USE.finditer(clean):
        ref = (m.group("ref") or m.group("text")).strip().lower()
        if ref in refs:
            yield Link(*place(m.start()), refs[ref], m.group("text"), bool(m.group("img")))


@dataclass(frozen=True)
class Heading:
    """A heading of a page: its level, line and the anchor it gets."""

    level: int
    line: int
    col: int
    anchor: str


def _heading_text(raw: str) -> str:
    # What the table-of-contents extension slugs: the heading as rendered, its tags stripped.
    if not _MARKUP.search(raw):
        return raw
    return plain_text(_TAGS.sub("", raw))


def page_outline(body: str, first_line: int = 1, *, anchors: bool = True) -> tuple[list[Heading], set[str]]:
    """The headings of a page body and every anchor a link may name (heading ids as Python-Markdown's ``toc``
    makes them, ``{#id}`` attribute lists, ``id="…"`` on raw HTML). Without ``anchors``, only the headings'
    levels and places (their anchors left empty): what the heading rules need, at a fraction of the cost."""
    clean = without_code(body)
    ids: set[str] = set()
    if anchors:
        ids = {m.group("id") for m in _HTML_ID.finditer(clean)}
        ids |= {i.group("id") for m in _ATTR_LIST.finditer(clean) for i in _ATTR_ID.finditer(m.group("attrs"))}
    headings: list[Heading] = []
    counters: dict[str, int] = {}
    for m in _HEADING.finditer(clean):
        anchor = ""
        if anchors:
            raw = m.group("text").rstrip("#").rstrip()
            attrs = _HEADING_ATTRS.search(raw)
            explicit = _ATTR_ID.search(attrs.group("attrs")) if attrs else None
            if attrs:
                raw = raw[: attrs.start()]
            anchor = explicit.group("id") if explicit else unique(slugify(_heading_text(raw), "-"), ids, counters)
        line = first_line + clean.count("\n", 0, m.start())
        headings.append(Heading(len(m.group("hashes")), line, len(m.group("indent")) + 1, anchor))
    return headings, ids | {h.anchor for h in headings if h.anchor}


class _Anchors:
    """Anchors of each page, computed once and only for pages that a link names with ``#``; and the picture
    files a page may show."""

    def __init__(self, cat: Catalog) -> None:
        self.cat = cat
        self.known: dict[str, set[str]] = {}
        # Checked picture files (never links) by their path under courses/.
        self.pictures = {p.relative_to(cat.courses_dir).as_posix() for p in cat.pictures if p.is_relative_to(cat.courses_dir)}

    def of(self, rel: str) -> set[str] | None:
        page = self.cat.pages.get(rel)
        if page is None:
            return None
        if rel not in self.known:
            self.known[rel] = page_outline(page.body, page.body_line)[1]
        return self.known[rel]


def _generated(cat: Catalog, rel: str) -> bool:
    folder, _, name = rel.rpartition("/")
    return rel in GENERATED_PAGES or (name == GENERATED_IN_COURSE and folder in cat.courses)


def _exists(cat: Catalog, rel: str, pictures: set[str]) -> bool:
    return rel in cat.pages or rel in pictures or _generated(cat, rel)


def _guess_page(cat: Catalog, target: str) -> str | None:
    """The page a mistyped link probably meant: one of the same name in another folder (the usual slip), else a
    close name in the same folder, else anywhere. Names are compared, not whole paths, which share too much."""
    folder, _, name = target.rpartition("/")
    by_name: dict[str, list[str]] = {}
    for page in sorted([*cat.pages, *GENERATED_PAGES]):
        by_name.setdefault(page.rpartition("/")[2], []).append(page)
    if name in by_name:
        return by_name[name][0]
    here = {p.rpartition("/")[2]: p for p in cat.pages if p.rpartition("/")[0] == folder}
    close = nearest(name, here)
    if close is not None:
        return here[close]
    close = nearest(name, by_name)
    return by_name[close][0] if close is not None else None


def check_page_links(cat: Catalog, page: PageDoc, rep: Report, anchors: _Anchors) -> None:
    """The links and pictures of one page body."""
    here = posixpath.dirname(page.rel)
    for link in find_links(page.body, page.body_line):
        pos = Pos(page.file, link.line, link.col)
        if link.image and not link.text.strip():
            rep.add(pos, "page.image_no_alt", src=link.url)
        _check_target(cat, page, link, pos, here, rep, anchors)


def _check_target(cat: Catalog, page: PageDoc, link: Link, pos: Pos, here: str, rep: Report, anchors: _Anchors) -> None:
    parts = urlsplit(link.url)
    if parts.scheme or parts.netloc or link.url.startswith("//"):
        if link.image and parts.scheme.lower() in _EXTERNAL:
            rep.add(pos, "resource.outside", url=link.url)
        return
    if not link.url or link.url.startswith(("/", "\\")):
        if link.url:
            rep.warn(pos, "link.absolute", target=link.url)
        return
    path = unquote(parts.path)
    if not path:  # #anchor on this page
        own = anchors.of(page.rel) or set()
        if parts.fragment and parts.fragment not in own:
            rep.add(pos, "link.anchor", page=page.rel, anchor=parts.fragment, suggestion=nearest(parts.fragment, own))
        return
    target = posixpath.normpath(posixpath.join(here, path))
    if target.startswith("../") or target == "..":
        rep.add(pos, "page.image_missing" if link.image else "link.missing", src=link.url, target=link.url)
        return
    if not _exists(cat, target, anchors.pictures):
        if not posixpath.splitext(path)[1] and not link.image:
            rep.warn(pos, "link.not_md", target=link.url)
            return
        if link.image:
            rep.add(pos, "page.image_missing", src=link.url)
        else:
            guess = _guess_page(cat, target)
            hint = posixpath.relpath(guess, here or ".") if guess else None
            rep.add(pos, "link.missing", target=link.url, suggestion=hint)
        return
    if parts.fragment and target.endswith(".md") and not _generated(cat, target):
        there = anchors.of(target)
        if there is not None and parts.fragment not in there:
            rep.add(pos, "link.anchor", page=target, anchor=parts.fragment, suggestion=nearest(parts.fragment, there))


def check_headings(page: PageDoc, rep: Report) -> None:
    """No ``# …`` in a lesson or course (the title comes from front matter); heading levels that skip one."""
    if page.kind not in ("lesson", "course"):
        return
    if "#" not in page.body:
        return
    previous = 1
    for h in page_outline(page.body, page.body_line, anchors=False)[0]:
        pos = Pos(page.file, h.line, h.col)
        if h.level == 1:
            rep.add(pos, "heading.h1")
        elif h.level > previous + 1:
            rep.warn(pos, "heading.skip", level=h.level, previous=previous, fix="#" * (previous + 1) + " …")
        previous = max(h.level, 2) if h.level == 1 else h.level


def outside_in_text(data: Any, smap: SourceMap, rep: Report, path: PathKey = ()) -> None:
    """Pictures loaded from another host in the Markdown of a YAML document (prompts, options, explanations)."""
    if isinstance(data, dict):
        for k, v in data.items():
            outside_in_text(v, smap, rep, path + (k,))
    elif isinstance(data, list):
        for i, v in enumerate(data):
            outside_in_text(v, smap, rep, path + (i,))
    elif isinstance(data, str) and ("](" in data or "]:" in data):
        at = smap.pos(path)
        first = at.line + 1 if path in smap.literal else at.line  # `prompt: |`: the text starts below
        for link in find_links(data, first):
            parts = urlsplit(link.url)
            if link.image and (parts.netloc or link.url.startswith("//")) and parts.scheme.lower() in _EXTERNAL:
                rep.add(Pos(smap.file, link.line, at.col if link.line == at.line else 1), "resource.outside", url=link.url)


def check_links(cat: Catalog, rep: Report) -> None:
    """Every page's links, pictures and headings, and outside pictures in the texts of banks."""
    anchors = _Anchors(cat)
    for page in cat.pages.values():
        check_page_links(cat, page, rep, anchors)
        check_headings(page, rep)
        if page.lesson is not None:
            outside_in_text(page.lesson.model_dump(exclude_none=True), page.smap, rep)
    for bank in cat.banks.values():
        for q in bank.model.questions:
            outside_in_text(q.model_dump(exclude_none=True), bank.smap, rep, ("questions", bank.raw_index[q.id]))
