"""Questions as semantic, accessible HTML that works before any JavaScript runs.

Each question is a ``<fieldset>`` with a ``<legend>``, native inputs, and the
data the browser engine needs as escaped JSON in ``data-hvs-q``.
"""

from __future__ import annotations

import json
import random
import re
import zlib
from dataclasses import dataclass
from html import escape, unescape
from typing import Any

from .author_markdown import to_html, to_inline_html
from .catalog import BankDoc
from .models import Question
from .ui_text import t

IMAGE_PREFIX = "@hvs-site/"  # replaced by a page-relative path when the page is written
_TAGS = re.compile(r"<[^>]+>")


@dataclass(frozen=True)
class Context:
    """What rendering needs to know about the page and site."""

    lang: str = "vi"
    image_url: Any = None  # callable(bank, src) -> site path, or None


def attr_json(data: Any) -> str:
    """JSON safe to put inside a double-quoted HTML attribute."""
    return escape(json.dumps(data, ensure_ascii=False, separators=(",", ":")), quote=True)


def stable_shuffle(items: list[Any], key: str) -> list[Any]:
    """Shuffle the same way on every build, so pages do not change for nothing."""
    out = list(items)
    random.Random(zlib.crc32(key.encode("utf-8"))).shuffle(out)
    if len(out) > 1 and out == items:
        out = out[1:] + out[:1]  # never show an order question already solved
    return out


def question_data(bank: BankDoc, q: Question, domain: str) -> dict[str, Any]:
    """The answer key and teaching text the browser needs for one question."""
    data: dict[str, Any] = {
        "bank": bank.id, "id": q.id, "type": q.type,
        "level": bank.level_of(q), "competences": bank.competences_of(q), "domain": domain,
        "explanation": to_html(q.explanation) if q.explanation else "",
    }
    if q.type in ("single", "multiple"):
        data["correct"] = [i for i, o in enumerate(q.options) if o.correct]
        data["feedback"] = [to_inline_html(o.feedback) if o.feedback else "" for o in q.options]
    elif q.type == "truefalse":
        data["answer"] = q.answer
    elif q.type == "text":
        data["answers"] = list(q.answers)
    elif q.type == "order":
        data["items"] = [to_inline_html(i) for i in q.items]
    elif q.type == "match":
        data["pairs"] = len(q.pairs)
        data["solution"] = [[to_inline_html(a), to_inline_html(b)] for a, b in q.pairs]
    return data


def render_question(bank: BankDoc, q: Question, *, number: int, dom_id: str, ctx: Context) -> str:
    """One question as a fieldset."""
    lang = ctx.lang
    competences = bank.competences_of(q)
    domain = competences[0].split(".")[0] if competences else ""
    prompt = to_html(q.prompt)
    head, rest = _split_first_paragraph(prompt)
    parts = [
        f'<fieldset class="hvs-q hvs-q--{q.type}" id="{dom_id}" data-hvs-q="{attr_json(question_data(bank, q, domain))}"'
        f' data-domain="{escape(domain)}" data-level="{bank.level_of(q) or ""}">',
        f'<legend class="hvs-q__legend"><span class="hvs-q__num">{escape(t(lang, "question", n=number))}.</span> '
        f'<span class="hvs-q__prompt">{head}</span></legend>',
    ]
    if rest:
        parts.append(f'<div class="hvs-q__more">{rest}</div>')
    if q.image is not None:
        src = ctx.image_url(bank, q.image.src) if ctx.image_url else q.image.src
        parts.append(f'<figure class="hvs-q__figure"><img src="{escape(src)}" alt="{escape(q.image.alt)}"'
                     f' loading="lazy"></figure>')
    parts.append(_controls(q, dom_id, lang))
    if q.hint:
        parts.append(f'<details class="hvs-q__hint"><summary>{escape(t(lang, "hint"))}</summary>'
                     f'{to_html(q.hint)}</details>')
    parts.append("</fieldset>")
    return "\n".join(parts)


def plain_text(markdown_text: str) -> str:
    """Author Markdown as plain text, for places that cannot hold markup (a select's options)."""
    return unescape(_TAGS.sub("", to_inline_html(markdown_text))).strip()


def _split_first_paragraph(html: str) -> tuple[str, str]:
    # A legend may hold only phrasing content: the first paragraph goes there, the rest after it.
    if html.startswith("<p>"):
        end = html.find("</p>")
        return html[3:end], html[end + 4:].strip()
    return "", html


def _controls(q: Question, dom_id: str, lang: str) -> str:
    if q.type in ("single", "multiple", "truefalse"):
        kind = "checkbox" if q.type == "multiple" else "radio"
        if q.type == "truefalse":
            choices = [("true", t(lang, "true")), ("false", t(lang, "false"))]
        else:
            choices = [(str(i), to_inline_html(o.text)) for i, o in enumerate(q.options)]
        rows = [
            f'<li class="hvs-opt"><label><input type="{kind}" name="{dom_id}" value="{value}">'
            f' <span class="hvs-opt__text">{text}</span></label></li>'
            for value, text in choices
        ]
        return f'<ul class="hvs-options">{"".join(rows)}</ul>'
    if q.type == "text":
        return (f'<p class="hvs-text"><label for="{dom_id}-in">{escape(t(lang, "your_answer"))}</label> '
                f'<input type="text" id="{dom_id}-in" name="{dom_id}" autocomplete="off" autocapitalize="off"'
                f' spellcheck="false"></p>')
    if q.type == "order":
        order = stable_shuffle(list(range(len(q.items))), dom_id)
        options = "".join(f'<option value="{i}">{escape(plain_text(q.items[i]))}</option>' for i in order)
        rows = [
            f'<li><label for="{dom_id}-{n}">{escape(t(lang, "position", n=n + 1))}</label> '
            f'<select id="{dom_id}-{n}" name="{dom_id}-{n}"><option value="">{escape(t(lang, "choose"))}</option>'
            f'{options}</select></li>'
            for n in range(len(q.items))
        ]
        return f'<ol class="hvs-order">{"".join(rows)}</ol>'
    # match: one select per left side, offering the right sides in a shuffled order
    assert q.type == "match"
    pairs = [p for p in q.pairs if len(p) == 2]
    order = stable_shuffle(list(range(len(pairs))), dom_id)
    options = "".join(f'<option value="{i}">{escape(plain_text(pairs[i][1]))}</option>' for i in order)
    rows = [
        f'<li><label for="{dom_id}-{n}">{to_inline_html(left)}</label> '
        f'<select id="{dom_id}-{n}" name="{dom_id}-{n}"><option value="">{escape(t(lang, "choose"))}</option>'
        f'{options}</select></li>'
        for n, (left, _right) in enumerate(pairs)
    ]
    return f'<ul class="hvs-match">{"".join(rows)}</ul>'


def render_quiz(items: list[tuple[BankDoc, Question]], *, block: str, title: str, ctx: Context,
                extra: dict[str, Any] | None = None) -> str:
    """A block of questions; ``block`` makes element ids unique on the page."""
    lang = ctx.lang
    meta = {"block": block, "title": title, **(extra or {})}
    parts = [
        f'<section class="hvs-quiz" data-hvs-quiz="{attr_json(meta)}" aria-label="{escape(title)}">',
        f'<p class="hvs-quiz__title">{escape(title)}</p>',
        f'<p class="hvs-nojs">{escape(t(lang, "nojs"))}</p>',
    ]
    for n, (bank, q) in enumerate(items, 1):
        dom_id = f"hvs-{block}-{bank.id.replace('/', '-')}-{q.id}"
        parts.append(render_question(bank, q, number=n, dom_id=dom_id, ctx=ctx))
    parts.append("</section>")
    return "\n".join(parts)
