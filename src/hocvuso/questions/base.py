"""The contract every question type keeps, and the parts all questions share.

A type lives in one module of this package: its model (the fields an author
writes), its checks beyond the model's shape, the answer key the browser
needs, its controls as HTML, and what it adds to the editors' JSON Schema.
The browser side of a type is one entry of the registry in ``static/assets/hocvuso/model.js``.
"""

from __future__ import annotations

import hashlib
import json
import re
from abc import ABC, abstractmethod
from dataclasses import dataclass
from html import escape
from typing import Any, ClassVar

from ..core.diagnostics import Report
from ..core.fields import Code, Level, Model, RefPath, Slug, Text
from ..core.textnorm import fold
from ..core.yaml_source import PathKey, SourceMap


class Image(Model):
    src: RefPath
    alt: Text


class Option(Model):
    text: Text
    correct: bool = False
    feedback: Text | None = None


class QuestionBase(Model):
    """Fields every question has; each type adds its own and a ``type`` literal."""

    type: str
    id: Slug
    prompt: Text
    explanation: Text | None = None
    hint: Text | None = None
    competences: list[Code] | None = None
    level: Level | None = None
    image: Image | None = None


@dataclass(frozen=True)
class Place:
    """Where a question sits in its bank file, for reporting problems on the right line."""

    smap: SourceMap
    path: PathKey
    report: Report

    def add(self, tail: PathKey, code: str, /, *, key: bool = False, **args: object) -> None:
        """Report a problem at ``tail`` below the question (on its key when ``key``)."""
        self.report.add(self.smap.pos(self.path + tail, key=key), code, **args)

    def warn(self, tail: PathKey, code: str, /, **args: object) -> None:
        """Give item-writing advice at ``tail`` below the question."""
        self.report.warn(self.smap.pos(self.path + tail), code, **args)

    def duplicates(self, field: str, texts: list[str], code: str, item_tail: PathKey = ()) -> None:
        """Report every text of a list that repeats an earlier one."""
        seen: set[str] = set()
        for i, text in enumerate(texts):
            if text in seen:
                self.add((field, i) + item_tail, code, text=text)
            seen.add(text)


LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


@dataclass(frozen=True)
class PaperForm:
    """A question on paper (the printed booklet): what the learner reads and writes on under the prompt, what the
    answer sheet shows for it, and the right answer in the paper's own terms ("B", "C, A, B", "1 → B"; "" when
    the answer in words says it all). The answer in words is the type's :meth:`QuestionType.answer_html`."""

    body: str
    sheet: str
    key: str


def letter(i: int) -> str:
    """The letter of the ``i``-th printed option (0 -> A)."""
    return LETTERS[i] if i < len(LETTERS) else str(i + 1)


def lettered(texts: list[str]) -> str:
    """Printed options, lettered A, B, C… (``texts`` are HTML)."""
    rows = "".join(f'<li><span class="hvs-paper__letter">{letter(i)}.</span> {text}</li>' for i, text in enumerate(texts))
    return f'<ul class="hvs-paper__options">{rows}</ul>'


def marks(labels: list[str]) -> str:
    """Letters or words to circle, on one line (``labels`` are plain text)."""
    return '<p class="hvs-paper__marks">' + "".join(
        f'<span class="hvs-paper__mark">{escape(x)}</span>' for x in labels) + "</p>"


def write_lines(labels: list[str]) -> str:
    """Lines to write on, one per label ("" for a line without one; labels are HTML)."""
    rows = "".join(f'<li><span class="hvs-paper__label">{label}</span><span class="hvs-paper__line"></span></li>'
                   for label in labels)
    return f'<ul class="hvs-paper__lines">{rows}</ul>'


class QuestionType(ABC):
    """One kind of question; subclasses are registered in :mod:`hocvuso.questions`."""

    name: ClassVar[str]
    model: ClassVar[type[QuestionBase]]

    @abstractmethod
    def check(self, q: Any, at: Place) -> None:
        """Problems the model's shape cannot see (a single question with two right options…)."""

    @abstractmethod
    def answer_key(self, q: Any, render: Any) -> dict[str, Any]:
        """What the browser needs to check an answer; ``render(markdown) -> html`` for author text."""

    @abstractmethod
    def controls(self, q: Any, dom_id: str, words: Any, render: Any) -> str:
        """The inputs as HTML that works before any script; ``words(key, **args)`` gives UI words."""

    @abstractmethod
    def answer_html(self, q: Any, words: Any, render: Any) -> str:
        """The right answer in words, for the "Xem đáp án" disclosure that works without JavaScript."""

    @abstractmethod
    def paper(self, q: Any, key: str, words: Any, render: Any) -> PaperForm:
        """The question printed on paper; ``key`` seeds any shuffled order (stable from build to build)."""

    def inherit(self, q: Any, bank: Any) -> Any:
        """The question with what it takes from its bank (a ``Bank`` model) filled in; most types take nothing."""
        return q

    def schema_rules(self, node: dict[str, Any]) -> None:  # noqa: B027 (most types add rules; some have none)
        """Add to the JSON Schema of the type's model what the checks can say there cheaply."""

    def advise(self, q: Any, at: Place) -> None:  # noqa: B027 (advice is optional per type)
        """Item-writing advice for one question (warnings; errors with ``hocvuso check --strict``)."""

    def one_right_option(self, q: Any) -> tuple[int, list[str]] | None:
        """For a question with exactly one right option among several: its place and the option texts."""
        return None

    def review(self, q: Any, words: Any, render: Any) -> str:
        """The right answer as HTML for a reviewer (``hocvuso preview``): options marked right or wrong with their
        feedback, the accepted answers, the right order…; ``words(key, **args)`` gives the reviewer's words."""
        key = escape(json.dumps(self.answer_key(q, lambda text: text), ensure_ascii=False))
        return f'<pre class="hvs-review__key">{key}</pre>'


# "Việc nào KHÔNG nên làm?", "Câu nào sau đây không đúng?", "Which is not…": the negation close after the question word.
NEGATIVE = re.compile(r"\b(?:nao|gi|which|what)\b(?:\s+\S+){0,2}?\s+(?:khong|not)\b(?!\s*\??\s*$)"
                      r"|\bkhong\s+(?:nen|phai|duoc|dung)\b.*\b(?:nao|gi)\b")
EMPHASIS = re.compile(r"\*\*[^*]*\b(?:không|KHÔNG|not|NOT)\b[^*]*\*\*|\bKHÔNG\b|\bNOT\b")
_SENTENCE_END = re.compile(r"(?<=[.!?:])[\"”»']?\s+")


def advise_on_prompt(prompt: str, at: Place) -> None:
    """A negative stem ("Việc nào KHÔNG nên làm?") must stand out, or readers miss the negation. Only the question
    itself counts (the last sentence): a situation told before it may well say "không"."""
    question = _SENTENCE_END.split(" ".join(fold(prompt).split()))[-1]
    if NEGATIVE.search(question) and not EMPHASIS.search(prompt):
        at.warn(("prompt",), "item.negative_stem")


def short_id(text: str) -> str:
    """A short, stable id for a text (an option, a question's answer key): the same text, the same id."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]


def fingerprint(q: QuestionBase) -> str:
    """Changes when what the learner answers changes (type, options, right answers), not when feedback or the
    explanation is reworded: the browser restarts an unfinished self-assessment whose questions changed."""
    fields = q.model_dump(mode="json", exclude={"id", "prompt", "explanation", "hint", "competences", "level", "image"})
    for option in fields.get("options") or []:
        option.pop("feedback", None)
    if fields.get("ignore_words") is None:  # unset: the fingerprint stays as it was before the field existed
        fields.pop("ignore_words", None)
    return short_id(json.dumps(fields, ensure_ascii=False, sort_keys=True))


def choice_list(kind: str, dom_id: str, choices: list[tuple[str, str]]) -> str:
    """Radio buttons or checkboxes, one labelled row each: ``choices`` are (value, label HTML)."""
    rows = [
        f'<li class="hvs-opt"><label><input type="{kind}" name="{dom_id}" value="{escape(value)}">'
        f' <span class="hvs-opt__text">{text}</span></label></li>'
        for value, text in choices
    ]
    return f'<ul class="hvs-options">{"".join(rows)}</ul>'


def review_options(options: list[tuple[bool, str, str]], words: Any) -> str:
    """Options for a reviewer, each marked right or wrong, with its feedback: ``options`` are
    (right, text HTML, feedback HTML)."""
    rows = []
    for right, text, feedback in options:
        mark = words("review.right") if right else words("review.wrong")
        fb = (f'<div class="hvs-review__feedback">{escape(words("review.feedback"))}: {feedback}</div>' if feedback
              else f'<div class="hvs-review__feedback hvs-review__none">{escape(words("review.no_feedback"))}</div>')
        rows.append(f'<li class="{"is-right" if right else "is-wrong"}"><span class="hvs-review__mark">'
                    f'{"✓" if right else "✗"} {escape(mark)}</span> {text}{fb}</li>')
    return f'<ul class="hvs-review__options">{"".join(rows)}</ul>'


def answer_line(label: str, html: str) -> str:
    """One line of the right answer: "Đáp án đúng: …" (``html`` is already escaped)."""
    return f"<p><strong>{escape(label)}:</strong> {html}</p>"


def answer_list(label: str, tag: str, items: list[str]) -> str:
    """The right answer as a list (steps in order, pairs); ``items`` are HTML."""
    rows = "".join(f"<li>{x}</li>" for x in items)
    return f"<p><strong>{escape(label)}:</strong></p><{tag}>{rows}</{tag}>"


def rows_controls(dom_id: str, labels: list[str], tiles: list[tuple[int, str]], words: Any, pool_label: str = "") -> str:
    """Rows with a fixed label each (a step number, a left side) and tiles the learner moves between them with
    "Lên" and "Xuống" buttons: every tile shown in full, none can be placed twice. ``labels`` and the tiles'
    texts are HTML; ``tiles`` are (item number, text) in the order first shown.

    Without JavaScript the tiles stay in a plain list (``hvs-pool``) and the buttons are hidden; the engine
    moves the tiles into the rows (the registry's ``write`` in model.js)."""
    rows = "".join(f'<li class="hvs-row"><span class="hvs-row__label">{label}</span><div class="hvs-slot"></div></li>'
                   for label in labels)

    def move(step: int, arrow: str, key: str, text_id: str) -> str:
        return (f'<button type="button" class="hvs-move" data-hvs-move="{step}" aria-describedby="{text_id}">'
                f'<span aria-hidden="true">{arrow} </span>{escape(words(key))}</button>')

    items = "".join(
        f'<li><div class="hvs-tile" data-hvs-item="{i}"><span class="hvs-tile__text" id="{dom_id}-i{i}">{text}</span>'
        f'<span class="hvs-moves">{move(-1, "↑", "quiz.up", f"{dom_id}-i{i}")}{move(1, "↓", "quiz.down", f"{dom_id}-i{i}")}'
        f'</span></div></li>'
        for i, text in tiles)
    label = f'<p class="hvs-nojs hvs-pool__label">{escape(pool_label)}</p>' if pool_label else ""
    return f'<ol class="hvs-rows">{rows}</ol>{label}<ul class="hvs-pool">{items}</ul>'


def text_list_rules(node: dict[str, Any], field: str, **rules: Any) -> None:
    """Constrain a list field of a type's JSON Schema (minItems, uniqueItems…)."""
    node["properties"][field].update(rules)


__all__ = [
    "LETTERS",
    "Image",
    "Option",
    "PaperForm",
    "Place",
    "QuestionBase",
    "QuestionType",
    "advise_on_prompt",
    "answer_line",
    "answer_list",
    "choice_list",
    "fingerprint",
    "letter",
    "lettered",
    "marks",
    "review_options",
    "rows_controls",
    "short_id",
    "text_list_rules",
    "write_lines",
]
