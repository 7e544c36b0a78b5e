"""HTML that the build adds around pages: lesson frame, course path, home, framework,
progress and assessment pages. Independent of MkDocs: links come from a ``Linker``.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from html import escape
from typing import Any

from ..content.catalog import Catalog, PageDoc
from ..content.models import Assessment, Lesson
from ..content.pool import is_demo, pool_by_domain
from ..core.fields import domain_of
from ..core.markup import to_inline_html
from ..i18n import t
from .engine import engine_word
from .quiz_html import NO_SEARCH, Context, attr_json, image_url_for, question_data, render_question, render_quiz
from .tables import region_name, table_region

Linker = Callable[[str], str]  # path under courses/ (e.g. "thu-vien/vneid.md") -> href from this page

FRAMEWORK_PAGE = "khung-nang-luc.md"
PROGRESS_PAGE = "tien-do.md"
ASSESSMENT_PAGE = "tu-danh-gia.md"  # inside each course folder
ENTRY_PAGE = "kiem-tra-dau-vao.md"  # the entry check, inside each course folder that has one
BOOKLET_PAGE = "so-tay.md"  # inside each course folder: the printable booklet (render/booklet.py)
TALLY_PAGE = "tong-hop-ket-qua.md"  # the facilitators' tally of result codes (teachers' area, out of the learners' menu)
PAPER_PAGE = "bai-kiem-tra-giay.md"  # inside each course folder that has a standard assessment


def assessment_rel(course_id: str) -> str:
    """Path under courses/ of a course's generated assessment page."""
    return f"{course_id}/{ASSESSMENT_PAGE}"


def entry_rel(course_id: str) -> str:
    """Path under courses/ of a course's generated entry check page ("Kiểm tra đầu vào")."""
    return f"{course_id}/{ENTRY_PAGE}"


def paper_rel(course_id: str) -> str:
    """Path under courses/ of a course's generated paper test page."""
    return f"{course_id}/{PAPER_PAGE}"


def booklet_rel(course_id: str) -> str:
    """Path under courses/ of a course's generated printable booklet."""
    return f"{course_id}/{BOOKLET_PAGE}"


def competence_anchor(code: str) -> str:
    """Anchor of a competence on the framework page."""
    return "nl-" + code.replace(".", "-")


def lesson_of(cat: Catalog, rel: str) -> Lesson | None:
    """The lesson at a path under courses/, if there is one."""
    page = cat.pages.get(rel)
    return page.lesson if page is not None else None


def lesson_ids(cat: Catalog, lessons: list[str]) -> list[str]:
    """Stable ids of the lessons at these paths (those that exist), as the browser stores them."""
    return [cat.pages[r].id for r in lessons if r in cat.pages]


def _title(cat: Catalog, rel: str) -> str:
    page = cat.pages.get(rel)
    if page and page.lesson:
        return page.lesson.title
    if page and page.course:
        return page.course.title
    return rel


def _path(cat: Catalog, lessons: list[str], link: Linker) -> list[list[str]]:
    """A course's lessons as [id, title, href] for the browser's "Học tiếp" link."""
    return [[cat.pages[r].id, _title(cat, r), link(r)] for r in lessons if r in cat.pages]


def lesson_mastery(cat: Catalog, rel: str) -> int:
    """The mastery percent a lesson's end check must reach to count as completed: the highest of its courses'."""
    return max((c.course.course.mastery_percent for c in cat.courses_of(rel) if c.course), default=80)


def lesson_header(cat: Catalog, page: PageDoc, link: Linker, lang: str) -> str:
    """Minutes and objectives at the top of a lesson; level and competences (codes a learner need not read)
    folded into "Dành cho giáo viên"."""
    lesson = page.lesson
    assert lesson is not None
    fw = cat.framework
    comps = []
    for code in lesson.competences:
        name = fw.competences[code].title if fw and code in fw.competences else ""
        href = link(FRAMEWORK_PAGE) + "#" + competence_anchor(code)
        comps.append(f'<a href="{escape(href)}">{escape(code)} {escape(name)}</a>')
    band = fw.band_of(lesson.level) if fw else ""
    teacher = [
        f'<li>{escape(t(lang, "lesson.level", n=lesson.level))}{" · " + escape(band) if band else ""}</li>',
        f'<li>{escape(t(lang, "lesson.competences"))}: {", ".join(comps)}</li>',
    ]
    objectives = "".join(f"<li>{to_inline_html(o)}</li>" for o in lesson.objectives)
    return (
        # Facts and objectives restate the lesson: out of the search index, which every cold page load fetches.
        f'<div class="hvs-lesson" data-hvs-lesson="{escape(page.id)}" {NO_SEARCH}>'
        f'<ul class="hvs-lesson__facts"><li>{escape(t(lang, "lesson.minutes", n=lesson.minutes))}</li></ul>'
        f'<div class="admonition abstract hvs-objectives"><p class="admonition-title">'
        f'{escape(t(lang, "lesson.objectives"))}</p><ul>{objectives}</ul></div>'
        # Excluded again: Material's search parser matches elements by tag, so the objectives' </div> ends the
        # exclusion of the frame's <div>.
        f'<details class="hvs-teacher" {NO_SEARCH}><summary>{escape(t(lang, "lesson.for_teachers"))}</summary>'
        f'<ul>{"".join(teacher)}</ul></details>{_lesson_controls(cat, page, lang)}</div>'
    )


# Controls the engine fills in or wires (boot.js, view.js, share.js), written by the build as the engine shows them
# to a learner on a first visit, so nothing moves under the reader's eyes when it starts; hidden where scripts are
# off (theme/main.html).
ENGINE_ONLY = "hvs-jsonly"


def _lesson_controls(cat: Catalog, page: PageDoc, lang: str) -> str:
    """A lesson's state ("Bài này: Đang học…", as on a first visit) and "Chia sẻ"."""
    state = engine_word(lang, "lessonState", s=engine_word(lang, "lsdoing"), p=lesson_mastery(cat, page.rel))
    return (f'<p class="hvs-lesson__state {ENGINE_ONLY}">{escape(state)}</p>'
            f'<div class="hvs-share {ENGINE_ONLY}"><button class="hvs-btn hvs-share__btn" type="button">'
            f'{escape(engine_word(lang, "share"))}</button><p class="hvs-share__msg" role="status"></p></div>')


def _course_progress(lessons: list[tuple[str, str]], lang: str) -> str:
    """A course's progress as the engine shows it to a learner who has started nothing: "0/n bài đã hoàn thành"
    and "Học tiếp" to the first lesson; ``lessons`` as (title, href)."""
    done = escape(engine_word(lang, "done", v=0, n=len(lessons)))
    out = f'<p class="hvs-bar">{done} <progress max="{len(lessons)}" value="0" aria-label="{done}"></progress></p>'
    if lessons:
        out += _next_up(*lessons[0], lang)
    return f'<div class="hvs-course__progress {ENGINE_ONLY}">{out}</div>'


def _next_up(title: str, href: str, lang: str) -> str:
    """The "Học tiếp" link to a lesson, as the engine writes it (boot.js)."""
    return (f'<a class="md-button md-button--primary hvs-next-up" href="{escape(href)}">'
            f'{escape(engine_word(lang, "next", t=title))}</a>')


def lesson_footer(cat: Catalog, page: PageDoc, link: Linker, lang: str) -> str:
    """End-of-lesson quiz, "Ghi nhớ", sources and the way along each course."""
    lesson = page.lesson
    assert lesson is not None
    parts: list[str] = []
    # "Ghi nhớ" comes before the end-of-lesson check: the learner reviews, then checks themselves.
    if lesson.keypoints:
        points = "".join(f"<li>{to_inline_html(k)}</li>" for k in lesson.keypoints)
        parts.append(f'<div class="admonition tip hvs-keypoints" {NO_SEARCH}><p class="admonition-title">'
                     f'{escape(t(lang, "lesson.keypoints"))}</p><ul>{points}</ul></div>')
    if lesson.quiz is not None:
        shown = {(b.ref.bank, qid) for b in page.blocks if b.ref for qid in (b.ref.questions or [])}
        items = cat.select(lesson.quiz, skip=frozenset(shown))
        if items:
            ctx = Context(lang=lang, image_url=image_url_for(cat))
            parts.append(render_quiz(items, block="end", title=lesson.quiz.title or t(lang, "quiz.end"), ctx=ctx))
    if lesson.sources:
        # Folded away: a dozen links must not stand between the learner and "Bài sau".
        items_html = "".join(
            f'<li><a href="{escape(s.url)}" rel="noopener">{escape(s.title)}</a>'
            f'{" (" + escape(s.date) + ")" if s.date else ""}</li>' for s in lesson.sources)
        parts.append(f'<details class="hvs-sources" id="hvs-sources" {NO_SEARCH}><summary>'
                     f'{escape(t(lang, "lesson.sources_count", n=len(lesson.sources)))}</summary>'
                     f"<ul>{items_html}</ul></details>")
    for course in cat.courses_of(page.rel):
        info = course.course.course if course.course else None
        if info is None:
            continue
        i = info.lessons.index(page.rel)
        course_title = course.course.title if course.course else ""
        where = t(lang, "lesson.course_nav", title=course_title, i=i + 1, n=len(info.lessons))
        nav = [f'<p class="hvs-coursenav__where"><a href="{escape(link(course.rel))}">{escape(where)}</a></p>']
        if i > 0:
            prev = info.lessons[i - 1]
            nav.append(f'<a class="md-button hvs-prev" href="{escape(link(prev))}" rel="prev">'
                       f'← {escape(t(lang, "lesson.prev"))}: {escape(_title(cat, prev))}</a>')
        if i + 1 < len(info.lessons):
            nxt = info.lessons[i + 1]
            nav.append(f'<a class="md-button md-button--primary hvs-next" href="{escape(link(nxt))}" rel="next">'
                       f'{escape(t(lang, "lesson.next"))}: {escape(_title(cat, nxt))} →</a>')
        elif info.assessment:
            nav.append(f'<a class="md-button md-button--primary" href="{escape(link(assessment_rel(info.id)))}">'
                       f'{escape(t(lang, "course.take_assessment"))} →</a>')
        # Named by the place in the course, not the course title alone: the sidebar's section already has that name.
        parts.append(f'<nav class="hvs-coursenav" data-hvs-course="{escape(info.id)}" {NO_SEARCH} '
                     f'aria-label="{escape(where)}">{"".join(nav)}</nav>')
    return "\n".join(parts)


def course_path(cat: Catalog, page: PageDoc, link: Linker, lang: str) -> str:
    """A course's learning path: every lesson with its facts and a progress tick."""
    assert page.course is not None
    info = page.course.course
    rows = []
    lesson_links: list[tuple[str, str]] = []
    total = 0
    for rel in info.lessons:
        lesson_page = cat.pages.get(rel)
        lesson = lesson_page.lesson if lesson_page else None
        if lesson is None or lesson_page is None:
            continue
        total += lesson.minutes
        lesson_links.append((lesson.title, link(rel)))
        rows.append(
            f'<li class="hvs-path__item" data-hvs-lesson="{escape(lesson_page.id)}">'
            f'<span class="hvs-tick" aria-hidden="true"></span>'
            f'<a href="{escape(link(rel))}"><strong>{escape(lesson.title)}</strong></a>'
            f'<span class="hvs-path__status"></span>'
            f'<br><span class="hvs-path__meta">{escape(t(lang, "lesson.minutes", n=lesson.minutes))}</span>'
            f'<p>{to_inline_html(lesson.summary)}</p></li>')
    data = {"course": info.id, "lessons": lesson_ids(cat, info.lessons), "assessment": info.assessment,
            "mastery": info.mastery_percent}
    out = [
        f'<div class="hvs-course" data-hvs-course="{attr_json(data)}" {NO_SEARCH}>',
        f'<p class="hvs-course__audience"><strong>{escape(t(lang, "course.audience"))}:</strong> {escape(info.audience)}</p>',
        f'<p class="hvs-course__size">{escape(t(lang, "course.size", n=len(rows), m=total))}</p>',
        _course_progress(lesson_links, lang),
        f'<h2 id="hvs-path">{escape(t(lang, "course.path"))}</h2>',
    ]
    if info.entry and info.entry in cat.assessments:
        # First on the path, before lesson 1, and plainly optional: it shows where the learner starts.
        out.append(f'<p class="hvs-path__entry"><a class="md-button" href="{escape(link(entry_rel(info.id)))}">'
                   f'{escape(t(lang, "course.entry"))}</a> {escape(t(lang, "course.entry_note"))}</p>')
    out.append(f'<ol class="hvs-path">{"".join(rows)}</ol>')
    if info.assessment:
        out.append(f'<p><a class="md-button md-button--primary" href="{escape(link(assessment_rel(info.id)))}">'
                   f'{escape(t(lang, "course.take_assessment"))}</a></p>')
    # For facilitators of a session where learners have no phone: every lesson and question on paper.
    out.append(f'<p class="hvs-course__booklet"><a href="{escape(link(booklet_rel(info.id)))}">'
               f'{escape(t(lang, "course.booklet"))}</a></p>')
    out.append("</div>")
    return "\n".join(out)


def course_cards(cat: Catalog, link: Linker, lang: str) -> str:
    """The home page's "choose your group": one card per course, from the courses themselves."""
    cards = []
    for cid, course in sorted(cat.courses.items(), key=lambda kv: kv[1].rel):
        assert course.course is not None
        info = course.course.course
        minutes = sum(lesson.minutes for r in info.lessons if (lesson := lesson_of(cat, r)) is not None)
        summary = f"<p>{to_inline_html(course.course.summary)}</p>" if course.course.summary else ""
        path = _path(cat, info.lessons, link)
        started = escape(engine_word(lang, "card", n=len(info.lessons), v=0))  # as the engine shows it to a newcomer
        cards.append(
            f'<li class="hvs-card" data-hvs-course-card="{escape(cid)}">'
            f'<p class="hvs-card__title"><a href="{escape(link(course.rel))}">'
            f'<strong>{escape(course.course.title)}</strong></a></p>'
            f'<p class="hvs-card__audience">{escape(t(lang, "course.audience"))}: {escape(info.audience)}</p>{summary}'
            f'<p class="hvs-card__size">{escape(t(lang, "course.size", n=len(info.lessons), m=minutes))}</p>'
            f'<p class="hvs-card__progress {ENGINE_ONLY}" data-hvs-card-progress="{escape(cid)}" '
            f'data-hvs-lessons="{attr_json(lesson_ids(cat, info.lessons))}" '
            f'data-hvs-mastery="{info.mastery_percent}" data-hvs-path="{attr_json(path)}">{started}</p>'
            f'<p class="hvs-card__next {ENGINE_ONLY}">{_next_up(path[0][1], path[0][2], lang) if path else ""}</p></li>')
    return f'<ul class="hvs-cards">{"".join(cards)}</ul>'


def framework_page(cat: Catalog, link: Linker, lang: str) -> str:
    """Every domain and competence, with the lessons and questions that cover it; gaps shown plainly."""
    fw = cat.framework
    if fw is None:
        return ""
    lessons_by: dict[str, list[PageDoc]] = {}
    for page in cat.lessons.values():
        if is_demo(page.rel):
            continue
        for code in page.lesson.competences if page.lesson else []:
            lessons_by.setdefault(code, []).append(page)
    questions_by: dict[str, dict[str, int]] = {}
    for bank in cat.banks.values():
        if is_demo(bank.id):
            continue
        for q in bank.model.questions:
            level = bank.level_of(q) or 0
            for code in bank.competences_of(q):
                band = fw.band_of(level) or "?"
                questions_by.setdefault(code, {}).setdefault(band, 0)
                questions_by[code][band] += 1
    seen: dict[str, int] = {}
    heads = [t(lang, "framework.band"), t(lang, "framework.levels")]
    out = [f"<p>{escape(fw.model.source or '')}</p>",
           table_region('<table><thead><tr><th>' + heads[0] + "</th><th>" + heads[1] + "</th></tr></thead><tbody>"
                        + "".join(f"<tr><td>{escape(b.name)}</td><td>{', '.join(map(str, b.levels))}</td></tr>"
                                  for b in fw.model.bands)
                        + "</tbody></table>", region_name(heads, lang, seen))]
    gaps = 0
    for d in fw.model.domains:
        out.append(f'<h2 id="mien-{escape(d.code)}">{escape(d.code)}. {escape(d.title)}</h2>')
        rows = ['<table><thead><tr>'
                + "".join(f"<th>{t(lang, 'framework.' + h)}</th>"
                          for h in ("code", "competence", "digcomp", "lessons", "questions"))
                + "</tr></thead><tbody>"]
        for c in d.competences:
            lessons = lessons_by.get(c.code, [])
            qs = questions_by.get(c.code, {})
            lesson_html = ", ".join(
                f'<a href="{escape(link(p.rel))}">{escape(p.lesson.title if p.lesson else p.rel)}</a>' for p in lessons)
            q_html = ", ".join(f"{escape(band)}: {n}" for band, n in sorted(qs.items()))
            if not lessons:
                gaps += 1
                lesson_html = f'<strong class="hvs-gap">{t(lang, "framework.no_lesson")}</strong>'
            if not qs:
                q_html = f'<strong class="hvs-gap">{t(lang, "framework.no_question")}</strong>'
            rows.append(f'<tr id="{competence_anchor(c.code)}"><td>{escape(c.code)}</td><td>{escape(c.title)}</td>'
                        f'<td>{escape(c.digcomp or "—")}</td><td>{lesson_html}</td><td>{q_html}</td></tr>')
        rows.append("</tbody></table>")
        out.append(table_region("".join(rows), region_name([f"{d.code}. {d.title}"], lang, seen)))
    summary = f'<p>{t(lang, "framework.gaps", n=gaps, count=f"<strong>{gaps}</strong>")}</p>'
    out.insert(1, summary)
    return "\n".join(out)


def progress_page(cat: Catalog, link: Linker, lang: str) -> str:
    """The "Tiến độ của tôi" page: data for the browser, and plain links without JavaScript."""
    courses: list[dict[str, Any]] = []
    for cid, course in sorted(cat.courses.items(), key=lambda kv: kv[1].rel):
        assert course.course is not None
        info = course.course.course
        courses.append({
            "id": cid, "title": course.course.title, "href": link(course.rel),
            "lessons": [{"id": cat.pages[r].id, "title": _title(cat, r), "href": link(r)}
                        for r in info.lessons if r in cat.pages],
            "assessment": ({"id": info.assessment, "href": link(assessment_rel(cid))} if info.assessment else None),
            "mastery": info.mastery_percent,
        })
        if info.entry and info.entry in cat.assessments and info.assessment in cat.assessments:
            # for the change from the entry check to the self-assessment, domain by domain, in plain names
            courses[-1]["entry"] = {"id": info.entry, "href": link(entry_rel(cid))}
            courses[-1]["domains"] = _domain_names(cat, cat.assessments[info.assessment].model)
    links = "".join(f'<li><a href="{escape(c["href"])}">{escape(c["title"])}</a></li>' for c in courses)
    return (f'<div class="hvs-progress-page" data-hvs-progress="{attr_json({"courses": courses})}">'
            f'<div class="hvs-progress-page__fallback"><p class="hvs-nojs">{escape(t(lang, "progress.nojs"))}</p>'
            f'<ul>{links}</ul></div></div>')


POOL_DIR = "assets/hocvuso/pools"


def pool_rel(assessment_id: str) -> str:
    """Site path of the script that carries an assessment's pool of questions."""
    return f"{POOL_DIR}/{assessment_id}.js"


def pool_id(cat: Catalog, assessment_id: str) -> str:
    """The assessment whose pool script this one uses: the first (by id) that draws from the same banks, levels and
    domains. An entry check made with its course's draw rules thus shares that assessment's pool, which keeps the
    site (and the offline copy on a USB stick) from carrying the same questions twice."""
    def drawn_from(a: Assessment) -> tuple[object, ...]:
        return (tuple(a.banks) if a.banks is not None else None, tuple(sorted(a.levels)),
                tuple(sorted(d.domain for d in a.draw)))
    same = drawn_from(cat.assessments[assessment_id].model)
    return min(aid for aid, adoc in cat.assessments.items() if drawn_from(adoc.model) == same)


def _domain_names(cat: Catalog, a: Assessment) -> dict[str, str]:
    """The plain names of the domains an assessment draws from ("An toàn"), never their codes."""
    fw = cat.framework
    return {d.domain: fw.domains[d.domain].title for d in a.draw if fw and d.domain in fw.domains}


def assessment_page(cat: Catalog, course: PageDoc, link: Linker, lang: str, *, entry: bool = False) -> str:
    """A course's standard self-assessment (or, with ``entry``, its entry check): its settings, and an empty place
    the engine fills with the questions it draws. The pool travels in its own script (:func:`pool_script`): the
    page stays light and never shows it raw. Results are stored under the assessment's id, so an entry check's
    are kept apart from the standard one's."""
    assert course.course is not None
    info = course.course.course
    adoc = cat.assessments.get((info.entry if entry else info.assessment) or "")
    fw = cat.framework
    if adoc is None or fw is None:
        return ""
    a = adoc.model
    revisit: dict[str, list[dict[str, str]]] = {}
    for rel in info.lessons:
        page = cat.pages.get(rel)
        if page and page.lesson:
            for dom in sorted({domain_of(c) for c in page.lesson.competences}):  # the same page from every build
                revisit.setdefault(dom, []).append({"title": page.lesson.title, "href": link(rel)})
    domains = _domain_names(cat, a)
    config = {
        "id": adoc.id, "course": info.id, "courseTitle": course.course.title, "title": a.title, "kind": a.kind,
        "passPercent": a.pass_percent, "levels": a.levels, "timeLimitMinutes": a.time_limit_minutes,
        "draw": [{"domain": d.domain, "count": d.count} for d in a.draw],
        "domains": domains, "revisit": revisit, "pool": link(pool_rel(pool_id(cat, adoc.id))),
        "poolId": pool_id(cat, adoc.id),
        # for "Nên ôn lại": the course's lessons with their competences, ranked in the browser by the missed ones
        "lessons": [{"title": p.lesson.title, "href": link(r), "competences": p.lesson.competences}
                    for r in info.lessons if (p := cat.pages.get(r)) is not None and p.lesson is not None],
    }
    if not entry and info.entry in cat.assessments:
        config["entry"] = info.entry  # its results, for the change domain by domain after this assessment
    intro = f"<p>{to_inline_html(a.description)}</p>" if a.description else ""
    return (f'{intro}<div class="hvs-assessment" data-hvs-assessment="{attr_json(config)}" {NO_SEARCH}>'
            f'<p class="hvs-nojs">{escape(t(lang, "assessment.nojs"))}</p>'
            f'<section class="hvs-quiz" data-hvs-quiz="{attr_json({"block": "pool", "mode": "assessment"})}"'
            f' aria-label="{escape(a.title)}"></section></div>')


def pool_script(cat: Catalog, assessment_id: str, lang: str, clean: Callable[[str], str]) -> str:
    """The script that gives the engine an assessment's pool: [bank, id, domain, level, version, fieldset HTML]
    for every question it may draw. ``clean`` sanitises each fieldset like every page."""
    adoc = cat.assessments[assessment_id]
    pool = pool_by_domain(cat, adoc.model)
    ctx = Context(lang=lang, image_url=image_url_for(cat))
    rows = []
    for d in adoc.model.draw:
        for item in pool.get(d.domain, []):
            data = question_data(item.bank, item.question)
            dom_id = f"hvs-pool-{item.bank.id.replace('/', '-')}-{item.question.id}"
            html = clean(render_question(item.bank, item.question, number=0, dom_id=dom_id, ctx=ctx, key=False))
            rows.append([data["bank"], data["id"], data["domain"], data["level"], data["v"], html])
    payload = json.dumps(rows, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    return f"(function(H){{(H.pools=H.pools||{{}})[{json.dumps(assessment_id)}]={payload};}})(window.HVS=window.HVS||{{}});\n"


REVIEW_DIR = "assets/hocvuso/pools/on-tap"


def review_rel(page: PageDoc) -> str:
    """Site path of a lesson's review script."""
    return f"{REVIEW_DIR}/{page.id}.js"


def review_rels(cat: Catalog) -> list[str]:
    """Site paths of every lesson's review script, as :func:`review_scripts` makes them."""
    return [review_rel(cat.lessons[rel]) for rel in sorted(cat.lessons)]


def review_scripts(cat: Catalog, lang: str, clean: Callable[[str], str]) -> dict[str, str]:
    """The scripts behind "Ôn câu sai" on the progress page, one per lesson (site path -> script): [bank, id,
    fieldset HTML] for every question the lesson shows, loaded only for the lessons whose wrong answers the learner
    asks to practise again."""
    ctx = Context(lang=lang, image_url=image_url_for(cat))
    out: dict[str, str] = {}
    for rel in sorted(cat.lessons):
        page = cat.lessons[rel]
        refs = [b.ref for b in page.blocks if b.ref] + ([page.lesson.quiz] if page.lesson and page.lesson.quiz else [])
        rows: list[list[str]] = []
        seen: set[tuple[str, str]] = set()
        for ref in refs:
            for bank, q in cat.select(ref):
                if (bank.id, q.id) not in seen:
                    seen.add((bank.id, q.id))
                    dom_id = f"hvs-review-{bank.id.replace('/', '-')}-{q.id}"
                    rows.append([bank.id, q.id, clean(render_question(bank, q, number=0, dom_id=dom_id, ctx=ctx))])
        payload = json.dumps(rows, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
        out[review_rel(page)] = (f"(function(H){{(H.pools=H.pools||{{}})[{json.dumps('@' + page.id)}]={payload};}})"
                                 "(window.HVS=window.HVS||{});\n")
    return out


def _standard(cat: Catalog, course: PageDoc, link: Linker) -> dict[str, Any] | None:
    """What the browser needs to draw a form of a course's standard assessment and score it: the same settings
    and pool script as the assessment page, so a paper form is the same seeded draw as online."""
    info = course.course.course if course.course else None
    adoc = cat.assessments.get(info.assessment or "") if info else None
    fw = cat.framework
    if info is None or adoc is None or fw is None or course.course is None:
        return None
    a = adoc.model
    return {"id": adoc.id, "course": info.id, "courseTitle": course.course.title, "title": a.title,
            "passPercent": a.pass_percent, "levels": a.levels,
            "draw": [{"domain": d.domain, "count": d.count} for d in a.draw],
            "domains": {d.domain: fw.domains[d.domain].title for d in a.draw if d.domain in fw.domains},
            "pool": link(pool_rel(pool_id(cat, adoc.id))), "poolId": pool_id(cat, adoc.id)}


def tally_page(cat: Catalog, link: Linker, lang: str) -> str:
    """The facilitators' "Tổng hợp kết quả": every course (its id resolves a result code), the framework's domains
    in plain names, and for courses with a standard assessment what scoring a paper sheet needs."""
    fw = cat.framework
    courses: list[dict[str, Any]] = []
    for cid, course in sorted(cat.courses.items(), key=lambda kv: kv[1].rel):
        assert course.course is not None
        std = _standard(cat, course, link)
        courses.append({"id": cid, "title": course.course.title, "standard": std,
                        "paper": link(paper_rel(cid)) if std else None})
    data = {"courses": courses, "domains": {d.code: d.title for d in fw.model.domains} if fw else {}}
    links = "".join(f'<li><a href="{escape(c["paper"])}">{escape(t(lang, "page.paper"))} — {escape(c["title"])}</a></li>'
                    for c in courses if c["paper"])
    return (f'<div class="hvs-tally" data-hvs-tally="{attr_json(data)}" {NO_SEARCH}>'
            f'<p class="hvs-nojs">{escape(t(lang, "tally.nojs"))}</p><section class="hvs-tally__papers">'
            f'<h2 id="hvs-papers">{escape(t(lang, "tally.papers"))}</h2><ul>{links}</ul></section></div>')


def back_to_course(course: PageDoc, link: Linker, lang: str, css_class: str) -> str:
    """The link "Về trang khóa học …": the way back to its course from a page made to be printed (booklet, paper
    test), which has no site menu; the page's print styles hide it (``css_class``)."""
    title = course.course.title if course.course else ""
    return (f'<p class="{css_class}"><a href="{escape(link(course.rel))}">'
            f'{escape(t(lang, "page.back_to_course", title=title))}</a></p>')


def paper_page(cat: Catalog, course: PageDoc, link: Linker, lang: str) -> str:
    """A course's "Bài kiểm tra trên giấy": the engine draws form n of the standard assessment from its pool and lays
    it out for printing, with the answer sheet on a page of its own."""
    std = _standard(cat, course, link)
    if std is None:
        return ""
    std["tally"] = link(TALLY_PAGE)
    return (f'{back_to_course(course, link, lang, "hvs-paper__back")}'
            f'<div class="hvs-paper" data-hvs-paper="{attr_json(std)}" {NO_SEARCH}>'
            f'<p class="hvs-nojs">{escape(t(lang, "paper.nojs"))}</p></div>')
