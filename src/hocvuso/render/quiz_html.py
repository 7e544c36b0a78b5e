"""Questions as semantic, accessible HTML that works before any JavaScript runs.

Each question is a ``<fieldset>`` with a ``<legend>``, native inputs, and the
data the browser engine needs as escaped JSON in ``data-hvs-q``.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from html import escape
from typing import Any

from ..content.catalog import BankDoc, Catalog
from ..content.pool import question_domain
from ..core.markup import to_html, to_inline_html
from ..i18n import t
from ..questions import Question, fingerprint, type_of

IMAGE_PREFIX = "@hvs-site/"  # replaced by a page-relative path when the page is written
# Material's search skips elements with this attribute: questions, navigation and notices would only bloat the
# index that every cold page load fetches, and search results that land on a question help nobody.
NO_SEARCH = 'data-search-exclude="true"'

ImageUrl = Callable[[BankDoc, str], str]


@dataclass(frozen=True)
class Context:
    """What rendering needs to know about the page and site."""

    lang: str = "vi"
    image_url: ImageUrl | None = None


def attr_json(data: Any) -> str:
    """JSON safe to put inside a double-quoted HTML attribute."""
    return escape(json.dumps(data, ensure_ascii=False, separators=(",", ":")), quote=True)


def image_url_for(cat: Catalog) -> ImageUrl:
    """A function giving the site path (with the page-relative prefix) of a question image."""
    def image_url(bank: BankDoc, src: str) -> str:
        found = cat.resolve_image(src, bank.file.parent)
        if found is None:
            return src
        try:
            return IMAGE_PREFIX + found.relative_to(cat.courses_dir).as_posix()
        except ValueError:
            return IMAGE_PREFIX + "assets/hocvuso/quiz-img/" + found.relative_to(cat.quizzes_dir).as_posix()
    return image_url


def question_data(bank: BankDoc, q: Question) -> dict[str, Any]:
    """The answer key and teaching text the browser needs for one question (made once per build: a question is
    on its lesson page and in its course's assessment pool)."""
    cached = bank.rendered.get(q.id)
    if cached is None:
        cached = bank.rendered[q.id] = _question_data(bank, q)
    return cached


def _question_data(bank: BankDoc, q: Question) -> dict[str, Any]:
    q = type_of(q).inherit(q, bank.model)
    return {
        "bank": bank.id, "id": q.id, "type": q.type,
        "level": bank.level_of(q), "competences": bank.competences_of(q), "domain": question_domain(bank, q),
        "explanation": to_html(q.explanation) if q.explanation else "",
        "v": fingerprint(q),
        **type_of(q).answer_key(q, to_inline_html),
    }


def _split_first_paragraph(html: str) -> tuple[str, str]:
    # A legend may hold only phrasing content: the first paragraph goes there, the rest after it.
    if html.startswith("<p>"):
        end = html.find("</p>")
        return html[3:end], html[end + 4:].strip()
    return "", html


def answer_key_html(q: Question, lang: str) -> str:
    """The "Xem đáp án" disclosure: the right answer and the explanation, for pages read without JavaScript
    (hidden once the engine runs: it checks answers itself)."""
    kind = type_of(q)

    def words(key: str, **args: object) -> str:
        return t(lang, key, **args)

    expl = f'<div class="hvs-q__expl">{to_html(q.explanation)}</div>' if q.explanation else ""
    return (f'<details class="hvs-nojs hvs-q__key"><summary>{escape(t(lang, "quiz.show_answer"))}</summary>'
            f'{kind.answer_html(q, words, to_inline_html)}{expl}</details>')


def render_question(bank: BankDoc, q: Question, *, number: int, dom_id: str, ctx: Context, key: bool = True) -> str:
    """One question as a fieldset; ``key`` adds the answer disclosure for readers without JavaScript (the
    assessment's pool goes without: that page needs JavaScript anyway)."""
    lang = ctx.lang
    q = type_of(q).inherit(q, bank.model)
    data = question_data(bank, q)
    head, rest = _split_first_paragraph(to_html(q.prompt))
    parts = [
        f'<fieldset class="hvs-q hvs-q--{q.type}" id="{dom_id}" data-hvs-q="{attr_json(data)}"'
        f' data-domain="{escape(data["domain"])}" data-level="{data["level"] or ""}">',
        f'<legend class="hvs-q__legend"><span class="hvs-q__num">{escape(t(lang, "quiz.question", n=number))}.</span> '
        f'<span class="hvs-q__prompt">{head}</span></legend>',
    ]
    if rest:
        parts.append(f'<div class="hvs-q__more">{rest}</div>')
    if q.image is not None:
        src = ctx.image_url(bank, q.image.src) if ctx.image_url else q.image.src
        parts.append(f'<figure class="hvs-q__figure"><img src="{escape(src)}" alt="{escape(q.image.alt)}"'
                     f' loading="lazy"></figure>')

    def words(key: str, **args: object) -> str:
        return t(lang, key, **args)

    parts.append(type_of(q).controls(q, dom_id, words, to_inline_html))
    if q.hint:
        parts.append(f'<details class="hvs-q__hint"><summary>{escape(t(lang, "quiz.hint"))}</summary>'
                     f'{to_html(q.hint)}</details>')
    if key:
        parts.append(answer_key_html(q, lang))
    parts.append("</fieldset>")
    return "\n".join(parts)


def render_quiz(items: list[tuple[BankDoc, Question]], *, block: str, title: str, ctx: Context,
                extra: dict[str, Any] | None = None) -> str:
    """A block of questions; ``block`` makes element ids unique on the page."""
    meta = {"block": block, "title": title, **(extra or {})}
    parts = [
        f'<section class="hvs-quiz" data-hvs-quiz="{attr_json(meta)}" aria-label="{escape(title)}" {NO_SEARCH}>',
        f'<p class="hvs-quiz__title">{escape(title)}</p>',
        f'<p class="hvs-nojs">{escape(t(ctx.lang, "quiz.nojs"))}</p>',
    ]
    for n, (bank, q) in enumerate(items, 1):
        dom_id = f"hvs-{block}-{bank.id.replace('/', '-')}-{q.id}"
        parts.append(render_question(bank, q, number=n, dom_id=dom_id, ctx=ctx))
    parts.append("</section>")
    return "\n".join(parts)
