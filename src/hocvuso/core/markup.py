"""Markdown for text that authors write inside YAML (prompts, options, feedback).

Raw HTML is never passed through: a `<script>` in a prompt is shown as text.
"""

from __future__ import annotations

import re
from functools import lru_cache
from html import unescape
from xml.etree.ElementTree import Element

import markdown
from markdown.treeprocessors import Treeprocessor

_ONE_PARAGRAPH = re.compile(r"^<p>(.*)</p>$", re.S)
_TAGS = re.compile(r"<[^>]+>")


SAFE_SCHEMES = {"http", "https", "mailto", "tel"}
_SCHEME = re.compile(r"^([a-z][a-z0-9+.-]*):")
_INVISIBLE = re.compile(r"[\x00-\x20\x7f-\x9f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]")


def unsafe_url(url: str) -> bool:
    """True for a link target a browser would run or load from an unexpected scheme (``javascript:``, ``data:``…),
    however it is spelled: HTML entities, case, spaces and invisible characters are undone first."""
    value = url
    for _ in range(3):  # entities inside entities: &amp;#58;
        value = unescape(value)
    value = _INVISIBLE.sub("", value).lower()
    scheme = _SCHEME.match(value)
    return scheme is not None and scheme.group(1) not in SAFE_SCHEMES


class _DropUnsafeUrls(Treeprocessor):
    """Remove `javascript:` and other script-running URLs from links and images."""

    def run(self, root: Element) -> None:
        for el in root.iter():
            for attr in ("href", "src"):
                value = el.get(attr)
                if value is not None and unsafe_url(value):
                    del el.attrib[attr]


class _NoRawHtml(markdown.Extension):
    def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802 (Python-Markdown API)
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")
        md.treeprocessors.register(_DropUnsafeUrls(md), "hvs_safe_urls", 1)


def _new() -> markdown.Markdown:
    return markdown.Markdown(extensions=[_NoRawHtml(), "sane_lists"], output_format="html")


_md = _new()


# Text that Markdown would turn into one plain paragraph: no markup characters, no list or heading start.
_PLAIN = re.compile(r"[^\n\t\r*_`\[\]<>&\\#!|~=+{}:-]*")
_BLOCK_START = re.compile(r"\s*(?:\d+[.)]|[-+*>#])")
# One line of text with no markup but words in bold (`**Đúng.** Vì…`, how explanations often start): the bold
# words start and end with a letter or mark, not a space; the text around holds none of Markdown's characters
# but a colon or a dash, nor starts a list, a quote or a heading.
_LINE_CHAR = r"[^\n\t\r*_`\[\]<>&\\|~={}]"
_BOLD = re.compile(rf"\*\*(?=[^\s*])({_LINE_CHAR}+?)(?<=\S)\*\*")
_BOLD_LINE = re.compile(rf"(?:{_LINE_CHAR}|{_BOLD.pattern})*")
_BOLD_LINE_START = re.compile(r"\s*(?:\d+[.)]|[-+>#]|\*(?!\*\S))")


@lru_cache(maxsize=65536)  # a feedback or explanation is shown on a lesson page and in an assessment pool: render it once
def to_html(text: str) -> str:
    """Render author Markdown to HTML with raw HTML escaped."""
    text = text.strip()
    if _PLAIN.fullmatch(text) and not _BLOCK_START.match(text):
        return f"<p>{text}</p>" if text else ""  # what Markdown gives, without its whole pipeline (most options)
    if "**" in text and _BOLD_LINE.fullmatch(text) and not _BOLD_LINE_START.match(text):
        return "<p>" + _BOLD.sub(r"<strong>\1</strong>", text) + "</p>"  # the same, for a line with bold words
    _md.reset()
    return _md.convert(text)


@lru_cache(maxsize=65536)
def to_inline_html(text: str) -> str:
    """Render author Markdown; a single paragraph is returned without its `<p>`."""
    out = to_html(text)
    m = _ONE_PARAGRAPH.match(out)
    if m and "<p>" not in m.group(1):
        return m.group(1)
    return out


def plain_text(markdown_text: str) -> str:
    """Author Markdown as plain text, for places that cannot hold markup (a select's options)."""
    return unescape(_TAGS.sub("", to_inline_html(markdown_text))).strip()
