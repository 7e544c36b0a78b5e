"""A course's printable booklet ("Bản in cho buổi học"): every lesson in order with its text and pictures and its
practice questions as paper questions numbered 1, 2, 3… through the booklet, then an answer sheet for the
learner and an answer key for the facilitator, each on a page of its own.

For a session in a hamlet where many learners have no phone: the facilitator prints it on A4 or A5 (the choice
at the top of the page sets the paper size with CSS alone, no script), hands out the lessons and the sheet, and
keeps the key. Independent of MkDocs: the adapter gives each lesson's rendered HTML with its links already
pointing from the booklet's address, and a ``Linker``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from html import escape

from ..content.catalog import BankDoc, Catalog, PageDoc
from ..core.markup import to_html, to_inline_html
from ..i18n import t
from ..questions import Question, type_of
from .quiz_html import NO_SEARCH, image_url_for
from .site_pages import Linker, back_to_course

CSS = "assets/hocvuso/booklet.css"  # linked from the page's head by the theme (front matter ``hvs_booklet``)
SIZE_A4, SIZE_A5 = "hvs-paper-a4", "hvs-paper-a5"  # the radio buttons booklet.css reads with :has()

_QUIZ = re.compile(r'<section class="hvs-quiz".*?</section>', re.S)  # questions hold no <section> of their own
_HEADING = re.compile(r"<(/?)h([1-5])\b")
_ID = re.compile(r'(?<=\s)id="([^"]*)"')
_ANCHOR = re.compile(r'(?<=\s)href="#([^"]*)"')


def booklet_questions(cat: Catalog, page: PageDoc) -> list[tuple[BankDoc, Question]]:
    """A lesson's practice questions in the order the lesson shows them: the blocks in its text, then its
    end-of-lesson check without the questions already shown (as the lesson page does)."""
    items: list[tuple[BankDoc, Question]] = []
    for block in page.blocks:
        if block.ref is not None:
            items += cat.select(block.ref)
    lesson = page.lesson
    if lesson is not None and lesson.quiz is not None:
        shown = {(b.ref.bank, qid) for b in page.blocks if b.ref for qid in (b.ref.questions or [])}
        items += cat.select(lesson.quiz, skip=frozenset(shown))
    out: list[tuple[BankDoc, Question]] = []
    seen: set[tuple[str, str]] = set()
    for bank, q in items:  # a question shown twice in a lesson is printed once
        if (bank.id, q.id) not in seen:
            seen.add((bank.id, q.id))
            out.append((bank, q))
    return out


def lesson_text(html: str, n: int) -> str:
    """A lesson's rendered text for the booklet: its question blocks taken out (they come after it, on paper),
    headings one level down (under the lesson's own heading), ids and in-page links made unique to lesson ``n``."""
    html = _QUIZ.sub("", html)
    html = _HEADING.sub(lambda m: f"<{m.group(1)}h{int(m.group(2)) + 1}", html)
    html = _ID.sub(lambda m: f'id="b{n}-{m.group(1)}"', html)
    return _ANCHOR.sub(lambda m: f'href="#b{n}-{m.group(1)}"', html)


def _words(lang: str) -> Callable[..., str]:
    def words(key: str, **args: object) -> str:
        return t(lang, key, **args)
    return words


def booklet_page(cat: Catalog, course: PageDoc, lessons: dict[str, str], link: Linker, lang: str) -> str:
    """The booklet of a course; ``lessons`` maps each lesson (path under courses/) to its rendered HTML."""
    assert course.course is not None
    info = course.course.course
    words = _words(lang)
    image_url = image_url_for(cat)
    number = 0
    parts: list[str] = []
    sheet: list[str] = []
    key: list[str] = []
    contents: list[str] = []
    for i, rel in enumerate(info.lessons, 1):
        page = cat.pages.get(rel)
        if page is None or page.lesson is None:
            continue
        lesson = page.lesson
        heading = t(lang, "booklet.lesson", n=i, title=lesson.title)
        contents.append(f'<li><a href="#bai-{i}">{escape(heading)}</a></li>')
        out = [f'<section class="hvs-booklet__lesson" id="bai-{i}" aria-labelledby="bai-{i}-h">'
               f'<h2 id="bai-{i}-h">{escape(heading)}</h2>', lesson_text(lessons.get(rel, ""), i)]
        if lesson.keypoints:
            points = "".join(f"<li>{to_inline_html(k)}</li>" for k in lesson.keypoints)
            out.append(f'<div class="admonition tip"><p class="admonition-title">{escape(t(lang, "lesson.keypoints"))}'
                       f"</p><ul>{points}</ul></div>")
        questions = booklet_questions(cat, page)
        if questions:
            out.append(f'<h3 id="bai-{i}-cau-hoi">{escape(t(lang, "booklet.practice"))}</h3>')
        for bank, q in questions:
            number += 1
            q = type_of(q).inherit(q, bank.model)
            form = type_of(q).paper(q, f"paper-{bank.id}-{q.id}", words, to_inline_html)
            label = escape(t(lang, "quiz.question", n=number))
            image = ""
            if q.image is not None:
                image = (f'<figure class="hvs-paper__figure"><img src="{escape(image_url(bank, q.image.src))}" '
                         f'alt="{escape(q.image.alt)}"></figure>')
            out.append(f'<div class="hvs-paper__q"><p class="hvs-paper__num"><strong>{label}.</strong></p>'
                       f'<div class="hvs-paper__prompt">{to_html(q.prompt)}</div>{image}{form.body}</div>')
            sheet.append(f'<li class="hvs-paper__row"><strong>{label}.</strong> {form.sheet}</li>')
            letters = f' <strong class="hvs-paper__letters">{escape(form.key)}</strong>' if form.key else ""
            explanation = f'<div class="hvs-paper__expl">{to_html(q.explanation)}</div>' if q.explanation else ""
            key.append(f'<li class="hvs-paper__answer"><p><strong>{label}.</strong>{letters}</p>'
                       f"{type_of(q).answer_html(q, words, to_inline_html)}{explanation}</li>")
        out.append("</section>")
        parts += out
    if number:
        contents += [f'<li><a href="#phieu-tra-loi">{escape(t(lang, "booklet.sheet"))}</a></li>',
                     f'<li><a href="#dap-an">{escape(t(lang, "booklet.key"))}</a></li>']
    tools = (f'<form class="hvs-booklet__tools"><fieldset><legend>{escape(t(lang, "booklet.size"))}</legend>'
             f'<label><input type="radio" name="hvs-paper" id="{SIZE_A4}" value="a4" checked> A4</label> '
             f'<label><input type="radio" name="hvs-paper" id="{SIZE_A5}" value="a5"> A5</label></fieldset>'
             f'<p>{escape(t(lang, "booklet.how"))}</p></form>')
    count = len(contents) - (2 if number else 0)
    intro = (f'<p>{escape(t(lang, "booklet.intro", title=course.course.title, n=count, m=number))}</p>'
             f'{back_to_course(course, link, lang, "hvs-booklet__back")}'
             f'<nav aria-label="{escape(t(lang, "booklet.contents"))}"><ul class="hvs-booklet__contents">'
             f'{"".join(contents)}</ul></nav>')
    body = parts
    if number:
        name = (f'<ul class="hvs-paper__lines"><li><span class="hvs-paper__label">{escape(t(lang, "booklet.name"))}'
                f'</span><span class="hvs-paper__line"></span></li><li><span class="hvs-paper__label">'
                f'{escape(t(lang, "booklet.date"))}</span><span class="hvs-paper__line"></span></li></ul>')
        body += [f'<section class="hvs-booklet__sheet" id="phieu-tra-loi" aria-labelledby="phieu-tra-loi-h">'
                 f'<h2 id="phieu-tra-loi-h">{escape(t(lang, "booklet.sheet"))}</h2>'
                 f'<p>{escape(t(lang, "booklet.sheet_note"))}</p>{name}<ul class="hvs-paper__sheet">{"".join(sheet)}</ul>'
                 f"</section>",
                 f'<section class="hvs-booklet__key" id="dap-an" aria-labelledby="dap-an-h">'
                 f'<h2 id="dap-an-h">{escape(t(lang, "booklet.key"))}</h2>'
                 f'<p>{escape(t(lang, "booklet.key_note"))}</p><ul class="hvs-paper__key">{"".join(key)}</ul></section>']
    return f'<div class="hvs-booklet" {NO_SEARCH}>{tools}{intro}{"".join(body)}</div>'
