"""What every import format produces: draft questions in our shape, and findings with their line or row.

A format module reads its source into :class:`Parsed`: one :class:`Draft` per question it could map
onto our types, and one :class:`Finding` for every item it could not map (never dropped silently) or
mapped with a loss the author should know about. :mod:`.bank_writer` turns the drafts into a bank file.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from ..core.fields import SLUG_PATTERN
from ..core.markup import plain_text, to_html
from ..core.textnorm import fold
from ..i18n import t

SLUG_RE = re.compile(SLUG_PATTERN)
ID_LENGTH = 48  # generated ids stay short enough to type in a ```quiz block


@dataclass
class Option:
    """One option of a single or multiple question (Markdown text)."""

    text: str
    correct: bool = False
    feedback: str | None = None


@dataclass
class Draft:
    """One question read from a source, in our types and Markdown, before it gets its id."""

    type: str
    prompt: str
    line: int  # line (or spreadsheet row) where the question starts in its source
    name: str = ""  # the source's name for it (Moodle name, GIFT title), used for the id
    id: str | None = None  # an id the source gives explicitly (Moodle idnumber, our own GIFT comment, a sheet column)
    options: list[Option] = field(default_factory=list)
    answer: bool | None = None
    answers: list[str] = field(default_factory=list)
    items: list[str] = field(default_factory=list)
    pairs: list[tuple[str, str]] = field(default_factory=list)
    explanation: str | None = None
    hint: str | None = None
    competences: list[str] | None = None
    level: int | None = None
    image: tuple[str, str | None] | None = None  # (path relative to the bank file, alt text or None)


@dataclass(frozen=True)
class Finding:
    """Something the author should know about an item of the source: skipped (not imported) or changed."""

    line: int
    key: str  # catalogue key under words.py ``exchange.*``
    args: dict[str, object] = field(default_factory=dict, hash=False, compare=False)
    skipped: bool = True
    unit: str = "line"  # "line" in text sources, "row" in spreadsheets

    def format(self, source: str, lang: str) -> str:
        """``source:line: what — how to fix`` (``row`` for spreadsheets) in ``lang``."""
        where = t(lang, f"exchange.at_{self.unit}", file=source, n=self.line)
        kind = t(lang, "exchange.skipped" if self.skipped else "exchange.changed")
        return f"{where}: {kind}: {t(lang, self.key, **self.args)}"


@dataclass
class Parsed:
    """A whole source read: its title (when it names one), the drafts, the findings, files to write."""

    title: str | None = None
    drafts: list[Draft] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    files: dict[str, bytes] = field(default_factory=dict)  # images, path relative to the bank file
    unit: str = "line"  # what a draft's line counts: "line" in text sources, "row" in spreadsheets

    def skip(self, line: int, key: str, **args: object) -> None:
        """Record an item that could not be imported."""
        self.findings.append(Finding(line, key, args, unit=self.unit))

    def change(self, line: int, key: str, **args: object) -> None:
        """Record an item imported with a loss the author should know about."""
        self.findings.append(Finding(line, key, args, skipped=False, unit=self.unit))


class ExchangeError(Exception):
    """A source that cannot be read at all; :meth:`text` says where and why in the author's language."""

    def __init__(self, key: str, **args: object) -> None:
        super().__init__(key)
        self.key = key
        self.args_ = args

    def text(self, lang: str) -> str:
        """The message in ``lang``."""
        return t(lang, self.key, **self.args_)


def slugify(text: str, limit: int = ID_LENGTH) -> str:
    """A question id from a name or prompt: ``Cuộc gọi giả công an`` -> ``cuoc-goi-gia-cong-an``."""
    slug = re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")
    if len(slug) > limit:
        cut = slug[:limit]
        slug = cut[: cut.rfind("-")] if "-" in cut else cut
    return slug.strip("-")


def tf_explanation(d: Draft, wrong: str, right: str, parsed: Parsed) -> None:
    """A true/false question's explanation when the source gave none: its feedback on a wrong answer (what
    a learner who got it wrong needs), else on the right one; two different ones are reported."""
    if d.explanation:
        return
    d.explanation = wrong or right or None
    if wrong and right and wrong != right:
        parsed.change(d.line, "exchange.tf_feedback", text=right)


def unique_ids(drafts: list[Draft]) -> list[str]:
    """One valid, unique id per draft: its own when valid, else from its name or prompt, numbered on clashes."""
    taken: set[str] = set()
    out = []
    for n, d in enumerate(drafts, 1):
        base = d.id if d.id and SLUG_RE.match(d.id) else slugify(d.name) or slugify(plain_text(d.prompt))
        base = base or f"cau-{n}"
        qid, k = base, 2
        while qid in taken:
            qid, k = f"{base}-{k}", k + 1
        taken.add(qid)
        out.append(qid)
    return out


# ---------------------------------------------------------------- text between HTML and our Markdown

_BLANK_LINES = re.compile(r"\n{3,}")


def html_to_md(markup: str) -> str:
    """Moodle's HTML as our author Markdown (raw HTML is never passed through, so it is converted)."""
    from markdownify import markdownify

    text = markdownify(markup, heading_style="ATX", bullets="-", strong_em_symbol="*", escape_misc=False)
    # Lines keep their trailing spaces: two of them are a line break (<br>) in Markdown.
    return _BLANK_LINES.sub("\n\n", text.replace("\r\n", "\n")).strip()


_BLOCK_MARK = re.compile(r"^(\s*)(#|>|[-+*]\s|[0-9]+[.)]\s)", re.M)


def plain_to_md(text: str) -> str:
    """Plain text (Aiken, GIFT's plain format) as Markdown: characters Markdown would read as markup are escaped."""
    paragraphs = [p for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]
    md = "\n\n".join(html_to_md(html.escape(p).replace("\n", "<br>\n")) for p in paragraphs)
    # A line that starts like a heading, quote or list item stays text (markdownify leaves these alone).
    return _BLOCK_MARK.sub(lambda m: m.group(1) + "\\" + m.group(2), md)


def md_to_html(text: str) -> str:
    """Our Markdown as the safe HTML the site shows (raw HTML escaped)."""
    return to_html(text)


def md_to_plain(text: str) -> str:
    """Our Markdown as plain text, for places that hold no markup (Moodle names, matching answers)."""
    return plain_text(text)
