"""The review page of ``hocvuso preview``: every question of a bank or lesson with its right answer, feedback,
explanation, hint, competences, domain and level, for a reviewer to read or print.

It is one standalone HTML file (styles inline, pictures embedded, no script, nothing loaded from anywhere),
written outside the site: learners never find it in the navigation, in search or on a USB copy.
"""

from __future__ import annotations

import base64
from collections import Counter
from html import escape

from ..content.catalog import BankDoc, Catalog, PageDoc
from ..content.pool import question_domain
from ..core.diagnostics import Problem, display_path
from ..core.markup import to_html, to_inline_html
from ..i18n import MODEL_TITLES, lang_of, t
from ..questions import Question, model_name, type_of
from .sanitize import sanitize

_MIME = {".svg": "image/svg+xml", ".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg",
         ".webp": "image/webp", ".gif": "image/gif"}

_CSS = """
body{font:16px/1.5 system-ui,sans-serif;max-width:52rem;margin:1rem auto;padding:0 1rem;color:#1b1b1b}
h1{font-size:1.6rem;margin:.5rem 0}h2{font-size:1.25rem;margin-top:2rem;border-bottom:2px solid #ccc}
.hvs-review__banner{background:#fff3cd;border:1px solid #c99700;padding:.5rem .75rem;font-weight:600}
.hvs-review__facts{color:#444}.hvs-review__q{border:1px solid #bbb;border-radius:6px;padding:.75rem 1rem;
margin:1rem 0;break-inside:avoid}.hvs-review__head{display:flex;flex-wrap:wrap;gap:.25rem 1rem;font-size:.9rem;
color:#333}.hvs-review__head code{background:#eee;padding:0 .25rem}.hvs-review__prompt{font-weight:600}
.hvs-review__options{list-style:none;padding-left:0}.hvs-review__options li{padding:.25rem .5rem;margin:.25rem 0;
border-left:4px solid #999}.is-right{border-color:#1a7f37!important;background:#eaf6ec}.is-wrong{border-color:#b42318!important}
.hvs-review__mark{font-weight:700;margin-right:.25rem}.is-right .hvs-review__mark{color:#1a7f37}
.is-wrong .hvs-review__mark{color:#b42318}.hvs-review__feedback{font-size:.95rem;color:#333;margin-left:1.5rem}
.hvs-review__none{color:#b42318;font-style:italic}.hvs-review__explain{background:#f4f6fb;padding:.5rem .75rem}
.hvs-review__problems li{color:#b42318}table{border-collapse:collapse}td{border:1px solid #ccc;padding:.25rem .5rem}
img{max-width:100%;height:auto}@media print{body{margin:0;max-width:none}.hvs-review__q{border-color:#666}}
"""


def _data_url(cat: Catalog, bank: BankDoc, src: str) -> str | None:
    found = cat.resolve_image(src, bank.file.parent)
    if found is None or found.suffix.lower() not in _MIME:
        return None
    return f"data:{_MIME[found.suffix.lower()]};base64,{base64.b64encode(found.read_bytes()).decode('ascii')}"


def review_question(cat: Catalog, bank: BankDoc, q: Question, number: int, lang: str) -> str:
    """One question with everything a reviewer checks."""
    def words(key: str, **args: object) -> str:
        return t(lang, key, **args)

    fw = cat.framework
    codes = bank.competences_of(q)
    comps = ", ".join(f"{escape(c)} {escape(fw.competences[c].title)}" if fw and c in fw.competences else escape(c)
                      for c in codes)
    level = bank.level_of(q)
    band = fw.band_of(level) if fw and level else ""
    kind = MODEL_TITLES.get(model_name(q.type), {}).get(lang_of(lang), q.type)
    head = [
        f'<span><code>{escape(q.id)}</code></span>', f"<span>{escape(kind)}</span>",
        f'<span>{escape(words("review.level"))}: {level or "?"}{" · " + escape(band) if band else ""}</span>',
        f'<span>{escape(words("review.competences"))}: {comps}</span>',
        f'<span>{escape(words("review.domain", domain=question_domain(bank, q)))}</span>',
    ]
    parts = [f'<section class="hvs-review__q" id="q-{escape(bank.id.replace("/", "-"))}-{escape(q.id)}">',
             f'<div class="hvs-review__head"><strong>{escape(t(lang, "quiz.question", n=number))}</strong>{"".join(head)}</div>',
             f'<div class="hvs-review__prompt">{sanitize(to_html(q.prompt))}</div>']
    if q.image is not None:
        url = _data_url(cat, bank, q.image.src)
        if url is not None:
            parts.append(f'<figure><img src="{escape(url)}" alt="{escape(q.image.alt)}"><figcaption>'
                         f'{escape(q.image.alt)}</figcaption></figure>')
    # Author text is rendered without raw HTML and sanitised as on the site; pictures are the checked files.
    parts.append(sanitize(type_of(q).review(q, words, to_inline_html)))
    if q.hint:
        parts.append(f'<p><strong>{escape(words("review.hint"))}:</strong> {sanitize(to_inline_html(q.hint))}</p>')
    explanation = (sanitize(to_html(q.explanation)) if q.explanation
                   else f'<p class="hvs-review__none">{escape(words("review.no_explanation"))}</p>')
    parts.append(f'<div class="hvs-review__explain"><strong>{escape(words("review.explanation"))}:</strong>'
                 f'{explanation}</div></section>')
    return "\n".join(parts)


def _document(title: str, body: list[str], lang: str) -> str:
    # Inline styles, no script, nothing loaded from anywhere.
    content = "\n".join(body)
    return (f'<!doctype html>\n<html lang="{escape(lang_of(lang))}"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<meta name="robots" content="noindex"><title>{escape(title)}</title><style>{_CSS}</style></head>'
            f'<body>\n<p class="hvs-review__banner">{escape(t(lang, "review.banner"))}</p>\n{content}\n</body></html>\n')


def _problems(problems: list[Problem], cat: Catalog, lang: str) -> list[str]:
    if not problems:
        return []
    rows = "".join(f"<li>{escape(p.format(cat.root, lang))}</li>" for p in problems)
    return [f'<h2>{escape(t(lang, "review.problems"))}</h2><ul class="hvs-review__problems">{rows}</ul>']


def review_bank(cat: Catalog, bank: BankDoc, lang: str, problems: list[Problem] | None = None) -> str:
    """The review page of one bank."""
    questions = bank.model.questions
    types = Counter(q.type for q in questions)
    body = [f'<h1>{escape(t(lang, "review.bank"))}: {escape(bank.model.title)}</h1>',
            f'<p class="hvs-review__facts">{escape(t(lang, "review.file"))}: <code>{escape(display_path(bank.file, cat.root))}'
            f'</code> · {escape(t(lang, "review.count", n=len(questions)))} · {escape(t(lang, "review.types"))}: '
            f'{escape(", ".join(f"{k} {v}" for k, v in types.items()))}</p>',
            *_problems(problems or [], cat, lang)]
    body += [review_question(cat, bank, q, n, lang) for n, q in enumerate(questions, 1)]
    return _document(t(lang, "review.title", title=bank.model.title), body, lang)


def lesson_questions(cat: Catalog, page: PageDoc) -> list[tuple[str, list[tuple[BankDoc, Question]]]]:
    """The questions a lesson shows, by block: each practice block, then the end-of-lesson quiz (without the
    questions shown inside, as on the page)."""
    groups: list[tuple[str, list[tuple[BankDoc, Question]]]] = []
    for n, block in enumerate(page.blocks, 1):
        if block.ref is not None:
            groups.append((f"practice:{n}", cat.select(block.ref)))
    if page.lesson is not None and page.lesson.quiz is not None:
        shown = {(b.ref.bank, qid) for b in page.blocks if b.ref for qid in (b.ref.questions or [])}
        groups.append(("end", cat.select(page.lesson.quiz, skip=frozenset(shown))))
    return groups


def review_lesson(cat: Catalog, page: PageDoc, lang: str, problems: list[Problem] | None = None) -> str:
    """The review page of one lesson: its objectives, then every question it shows."""
    title = page.lesson.title if page.lesson else page.rel
    body = [f'<h1>{escape(t(lang, "review.lesson"))}: {escape(title)}</h1>',
            f'<p class="hvs-review__facts">{escape(t(lang, "review.file"))}: '
            f'<code>{escape(display_path(page.file, cat.root))}</code></p>', *_problems(problems or [], cat, lang)]
    if page.lesson is not None:
        objectives = "".join(f"<li>{sanitize(to_inline_html(o))}</li>" for o in page.lesson.objectives)
        body.append(f'<h2>{escape(t(lang, "review.objectives"))}</h2><ul>{objectives}</ul>')
    number = 0
    for name, items in lesson_questions(cat, page):
        heading = t(lang, "review.end") if name == "end" else t(lang, "review.practice", n=name.split(":")[1])
        body.append(f"<h2>{escape(heading)}</h2>")
        for bank, q in items:
            number += 1
            body.append(review_question(cat, bank, q, number, lang))
    return _document(t(lang, "review.title", title=title), body, lang)


def question_count(cat: Catalog, page: PageDoc) -> int:
    """How many questions a lesson's review page shows."""
    return sum(len(items) for _, items in lesson_questions(cat, page))
