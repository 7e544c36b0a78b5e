"""The threat model, enforced: authors are trusted to write text, not code.

Lessons arrive as pull requests from many hands. Whatever ``hocvuso check`` passes must not run
script in a learner's browser, publish files from outside the project, or surprise the build:
- raw HTML in lesson bodies only from a short allow-list of tags and attributes;
- ``{: … }`` attribute lists only with harmless keys;
- links and images only to http(s), mailto, tel or pages of the site, in every spelling
  (``javascript&#58;``, ``JaVa Script:``, ``&colon;``…);
- files under ``courses/`` and ``quizzes/`` only of the types the site serves, no symbolic links,
  file names that are slugs;
- SVG pictures without script, event attributes, foreign objects, outside references or DTDs.
The build sanitises every page as well (:mod:`hocvuso.render.sanitize`), so a gap here is not a hole.
"""

from __future__ import annotations

import functools
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from ..core.diagnostics import Pos, Problem
from ..core.fields import SLUG_PATTERN
from ..core.markup import unsafe_url

# Raw HTML an author may write in a lesson body: layout blocks for Markdown inside HTML, and a few phrases.
ALLOWED_TAGS = {"div", "span", "figure", "figcaption", "details", "summary", "br", "kbd", "sup", "sub", "mark",
                "abbr", "small", "strong", "em", "p"}
ALLOWED_ATTRIBUTES = {"class", "id", "markdown", "title", "lang", "open"}
# Keys an attribute list `{: … }` may set (classes and ids are written `.x` and `#x`).
ALLOWED_ATTR_LIST_KEYS = {"width", "height", "loading", "title", "lang", "markdown"}
PAGE_FILES = {".md"}
PICTURE_FILES = {".svg", ".png", ".jpg", ".jpeg", ".webp", ".gif"}
BANK_FILES = {".yml", ".yaml"}
SLUG = re.compile(SLUG_PATTERN)

_FENCE = re.compile(r"^([ \t]*)(`{3,}|~{3,}).*?^\1\2[ \t]*$", re.M | re.S)
_INLINE_CODE = re.compile(r"(`+)(?!`).+?(?<!`)\1", re.S)
_TAG = re.compile(r"<\s*(/?)\s*([a-zA-Z][\w:-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>")
_ATTR = re.compile(r"([^\s=/>\"']+)\s*(?:=\s*(\"[^\"]*\"|'[^']*'|[^\s>]+))?")
_ATTR_LIST = re.compile(r"\{:?[ \t]*([^{}\n]*?)[ \t]*\}")
_ATTR_LIST_KEY = re.compile(r"([A-Za-z_:][-\w:.]*)\s*=")
_LINK = re.compile(r"\]\(\s*<?([^)\s>]+)"  # [text](target), ![alt](target)
                   r"|^[ \t]*\[[^\]]+\]:[ \t]*<?(\S+?)>?(?:\s|$)"  # [name]: target
                   r"|<([a-zA-Z][a-zA-Z0-9+.\s&#;-]*:[^>\s]*)>", re.M)  # <scheme:autolink>


def _blank(match: re.Match[str]) -> str:
    # Keep line numbers: code is replaced by spaces, its newlines kept.
    return re.sub(r"[^\n]", " ", match.group(0))


@functools.lru_cache(maxsize=2048)  # a page body is asked for by the link, picture and heading checks
def without_code(markdown: str) -> str:
    """``markdown`` with fenced and inline code blanked out (line and column numbers kept): code shows
    text, it links and loads nothing."""
    return _INLINE_CODE.sub(_blank, _FENCE.sub(_blank, markdown))


def _pos(file: Path, text: str, index: int, first_line: int) -> Pos:
    line = text.count("\n", 0, index)
    col = index - (text.rfind("\n", 0, index) + 1)
    return Pos(file, first_line + line, col + 1)


def check_markdown_body(body: str, file: Path, first_line: int) -> list[Problem]:
    """Raw HTML, attribute lists and link targets of a lesson or page body, outside code."""
    text = _INLINE_CODE.sub(_blank, _FENCE.sub(_blank, body))
    problems: list[Problem] = []
    for m in _TAG.finditer(text):
        tag = m.group(2).lower()
        if tag not in ALLOWED_TAGS:
            problems.append(Problem(_pos(file, text, m.start(), first_line), "html.tag", {"tag": tag}))
            continue
        for a in _ATTR.finditer(m.group(3)):
            name = a.group(1).lower()
            if name not in ALLOWED_ATTRIBUTES:
                problems.append(Problem(_pos(file, text, m.start(), first_line), "html.attribute",
                                        {"tag": tag, "attribute": name}))
    for m in _ATTR_LIST.finditer(text):
        inner = m.group(1)
        if not inner or not re.match(r"[.#]|[A-Za-z_:][-\w:.]*\s*=", inner):
            continue  # braces in ordinary text
        for key in _ATTR_LIST_KEY.findall(inner):
            if key.lower() not in ALLOWED_ATTR_LIST_KEYS:
                problems.append(Problem(_pos(file, text, m.start(), first_line), "html.attr_list", {"attribute": key}))
    problems += check_links(text, file, first_line)
    return problems


def check_links(text: str, file: Path, first_line: int) -> list[Problem]:
    """Every link or image target of some Markdown that would run script or load another scheme."""
    out = []
    for m in _LINK.finditer(text):
        url = next(g for g in m.groups() if g is not None)
        if unsafe_url(url):
            out.append(Problem(_pos(file, text, m.start(), first_line), "link.unsafe", {"url": url}))
    return out


def check_file(path: Path, root: Path, allowed: set[str]) -> list[Problem]:
    """A file under courses/ or quizzes/: its kind, its name, and (for SVG pictures) its content."""
    at = Pos(path, 1, 1)
    if path.is_symlink():
        return [Problem(at, "file.symlink", {"target": str(path.readlink())})]
    rel = path.relative_to(root)
    if path.suffix.lower() not in allowed:
        return [Problem(at, "file.type", {"suffix": path.suffix or path.name, "allowed": ", ".join(sorted(allowed))})]
    bad = [part for part in (*rel.parent.parts, rel.stem) if not SLUG.match(part)]
    if bad:
        return [Problem(at, "file.name", {"part": bad[0]})]
    if path.suffix.lower() == ".svg":
        return check_svg(path)
    return []


def check_folder(folder: Path, allowed: set[str]) -> tuple[list[Path], list[Problem]]:
    """Every file below ``folder`` that may be used, and the problems of those that may not. Links are never
    followed: a symbolic link could publish the build machine's files (``/etc/passwd``, the CI's environment)."""
    files: list[Path] = []
    problems: list[Problem] = []
    pending = [folder]
    while pending:
        current = pending.pop()
        for entry in sorted(current.iterdir()):
            if entry.name.startswith("."):
                continue
            if entry.is_symlink():
                problems.append(Problem(Pos(entry, 1, 1), "file.symlink", {"target": str(entry.readlink())}))
            elif entry.is_dir():
                pending.append(entry)
            else:
                found = check_file(entry, folder, allowed)
                problems += found
                if not found:
                    files.append(entry)
    return sorted(files), problems


_SVG_FORBIDDEN = {"script", "foreignobject", "iframe", "object", "embed", "audio", "video", "animate", "set",
                  "handler", "listener"}


def check_svg(path: Path) -> list[Problem]:
    """An SVG picture is a document the browser runs when opened at its own address: nothing active in it."""
    data = path.read_bytes()
    at = Pos(path, 1, 1)
    if re.search(rb"<!(DOCTYPE|ENTITY)", data, re.I):
        return [Problem(at, "svg.unsafe", {"what": "<!DOCTYPE>"})]
    try:
        root = ET.fromstring(data)  # noqa: S314 (no DTD, checked above; ElementTree never fetches anything)
    except ET.ParseError as err:
        line, col = err.position
        return [Problem(Pos(path, line, col + 1), "svg.invalid", {"problem": str(err)})]
    problems = []
    for el in root.iter():
        tag = el.tag.rsplit("}", 1)[-1].lower()
        if tag in _SVG_FORBIDDEN:
            problems.append(Problem(at, "svg.unsafe", {"what": f"<{tag}>"}))
        for name, value in el.attrib.items():
            local = name.rsplit("}", 1)[-1].lower()
            if local.startswith("on"):
                problems.append(Problem(at, "svg.unsafe", {"what": local}))
            elif local == "href" and not value.strip().startswith("#"):
                problems.append(Problem(at, "svg.unsafe", {"what": f"href={value[:40]}"}))
            elif "url(" in value.lower() and not re.fullmatch(r"\s*url\(\s*#[^)]*\)\s*", value):
                problems.append(Problem(at, "svg.unsafe", {"what": f"{local}={value[:40]}"}))
        if tag == "style" and el.text and re.search(r"@import|url\(\s*['\"]?(?!#)", el.text, re.I):
            problems.append(Problem(at, "svg.unsafe", {"what": "<style> url()"}))
    return problems
