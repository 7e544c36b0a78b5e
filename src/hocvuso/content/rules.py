"""Checks beyond the shape of a file: answer keys, references across files, draws."""

from __future__ import annotations

from pathlib import Path

from ..core.diagnostics import Pos, Report, nearest
from ..core.fields import domain_of
from ..core.yaml_source import PathKey, SourceMap
from ..questions import Image, Place, type_of
from .catalog import BankDoc, Catalog, PageDoc
from .links import check_links
from .models import QuizRef
from .pool import pool_by_domain

# The most questions per domain a result code (resultcode.js, "Gửi kết quả cho tổ công nghệ số") can carry.
RESULT_CODE_MAX = 15


def result_code_hash(course_id: str) -> int:
    """The 12-bit hash of a course id that a result code carries instead of the id: the top 12 bits of FNV-1a
    over its UTF-16 code units, mixed, exactly as ``courseHash`` in resultcode.js (two courses with the same hash could
    not be told apart in a code)."""
    h = 0x811C9DC5
    for unit in memoryview(course_id.encode("utf-16-le")).cast("H"):
        h = ((h ^ unit) * 16777619) & 0xFFFFFFFF
    # FNV-1a's top bits barely move with an id's last characters ("khoa-03", "khoa-13"): murmur3's finaliser mixes them in.
    h ^= h >> 16
    h = (h * 0x85EBCA6B) & 0xFFFFFFFF
    h ^= h >> 13
    h = (h * 0xC2B2AE35) & 0xFFFFFFFF
    h ^= h >> 16
    return h >> 20


def check_catalog(cat: Catalog) -> Report:
    """Run every cross-file check; problems are added to ``cat.report``, which is returned."""
    rep = cat.report
    _check_framework(cat, rep)
    for bank in cat.banks.values():
        _check_bank(cat, bank, rep)
    for page in cat.pages.values():
        _check_page(cat, page, rep)
    _check_courses(cat, rep)
    _check_assessments(cat, rep)
    check_links(cat, rep)
    return rep


def _broken_bank_file(cat: Catalog, bank_ids: list[str]) -> Path | None:
    """The file of the first of these banks that lost questions to its own problems: a count that falls short
    of them is a consequence of that file, not a problem of its own."""
    for bank_id in bank_ids:
        bank = cat.banks.get(bank_id)
        if bank_id in cat.broken_banks or (bank is not None and bank.dropped):
            return cat.bank_files.get(bank_id)
    return None


def _comma_split(smap: SourceMap, path: PathKey, texts: list[str], rep: Report) -> None:
    """`[Không đọc mã OTP, kể cả cho công an]`: a comma in a sentence made two entries of one."""
    if len(texts) < 2 or not texts[0][:1].isupper():
        return
    for i, text in enumerate(texts[1:], 1):
        if path + (i,) in smap.flow_plain and text[:1].islower():
            rep.warn(smap.pos(path + (i,)), "yaml.comma_split", text=text)


def _check_framework(cat: Catalog, rep: Report) -> None:
    fw = cat.framework
    if fw is None:
        return
    seen: set[str] = set()
    for di, d in enumerate(fw.model.domains):
        if d.code in seen:
            rep.add(fw.smap.pos(("domains", di, "code")), "framework.duplicate", code=d.code)
        seen.add(d.code)
        for ci, c in enumerate(d.competences):
            path: PathKey = ("domains", di, "competences", ci, "code")
            if c.code in seen:
                rep.add(fw.smap.pos(path), "framework.duplicate", code=c.code)
            seen.add(c.code)
            if domain_of(c.code) != d.code or "." not in c.code:
                rep.add(fw.smap.pos(path), "framework.prefix", code=c.code, domain=d.code)


def _check_codes(cat: Catalog, codes: list[str], smap: SourceMap, path: PathKey, rep: Report) -> None:
    if cat.framework is None:
        return
    known = cat.framework.competences
    for i, code in enumerate(codes):
        if code not in known:
            rep.add(smap.pos(path + (i,)), "ref.competence", code=code, suggestion=nearest(code, known))


def _check_image(cat: Catalog, image: Image | None, base: Path, smap: SourceMap, path: PathKey, rep: Report) -> None:
    if image is None:
        return
    if Path(image.src).is_absolute() or ":" in image.src or ".." in Path(image.src).parts:
        rep.add(smap.pos(path + ("src",)), "image.outside", src=image.src)
    elif cat.resolve_image(image.src, base) is None:
        rep.add(smap.pos(path + ("src",)), "image.missing", src=image.src)
    if not image.alt.strip():
        rep.add(smap.pos(path + ("alt",)), "image.no_alt", src=image.src)


def _check_bank(cat: Catalog, bank: BankDoc, rep: Report) -> None:
    smap = bank.smap
    _check_codes(cat, bank.model.competences, smap, ("competences",), rep)
    for q in bank.model.questions:
        qp: PathKey = ("questions", bank.raw_index[q.id])
        if q.competences is not None:
            _check_codes(cat, q.competences, smap, qp + ("competences",), rep)
        if not bank.competences_of(q) and "competences" not in bank.bad_keys:
            rep.add(smap.pos(qp), "schema.missing", field="competences")
        if bank.level_of(q) is None and "level" not in bank.bad_keys:
            rep.add(smap.pos(qp), "schema.missing", field="level")
        _check_image(cat, q.image, bank.file.parent, smap, qp + ("image",), rep)
        type_of(q).check(q, Place(smap, qp, rep))
        if q.type == "order":
            _comma_split(smap, qp + ("items",), list(getattr(q, "items", [])), rep)


def check_quiz_ref(cat: Catalog, ref: QuizRef, smap: SourceMap, base: PathKey, rep: Report) -> None:
    """Check that a quiz reference names a real bank, real questions and a possible count."""
    bank = cat.banks.get(ref.bank)
    if bank is None and ref.bank in cat.broken_banks:
        return  # the bank's own problems are reported already
    if bank is None:
        rep.add(smap.pos(base + ("bank",)), "ref.bank", bank=ref.bank, suggestion=nearest(ref.bank, cat.banks))
        return
    ids = [q.id for q in bank.model.questions]
    for i, qid in enumerate(ref.questions or []):
        if qid not in bank.raw_index:
            rep.add(smap.pos(base + ("questions", i)), "ref.question", bank=ref.bank, qid=qid,
                    suggestion=nearest(qid, ids))
    available = len(ref.questions) if ref.questions else len(ids)
    if ref.count is not None and ref.count > available:
        if bank.dropped and not ref.questions:
            rep.consequence(smap.pos(base + ("count",)), "quiz.count", cause=bank.file, count=ref.count, bank=ref.bank,
                            available=available)
        else:
            rep.add(smap.pos(base + ("count",)), "quiz.count", count=ref.count, bank=ref.bank, available=available)


def _check_page(cat: Catalog, page: PageDoc, rep: Report) -> None:
    for block in page.blocks:
        if block.ref is not None:
            check_quiz_ref(cat, block.ref, block.smap, (), rep)
    if page.lesson is not None:
        _check_codes(cat, page.lesson.competences, page.smap, ("competences",), rep)
        _comma_split(page.smap, ("objectives",), page.lesson.objectives, rep)
        _comma_split(page.smap, ("keypoints",), page.lesson.keypoints or [], rep)
    if page.quiz is not None:
        check_quiz_ref(cat, page.quiz, page.smap, ("quiz",), rep)


def _check_courses(cat: Catalog, rep: Report) -> None:
    seen: dict[str, PageDoc] = {}
    hashes: dict[int, PageDoc] = {}
    for page in sorted(cat.pages.values(), key=lambda p: p.rel):
        if page.kind != "course" or page.course is None:
            continue
        info = page.course.course
        other = hashes.setdefault(result_code_hash(info.id), page)
        if other is not page and other.course is not None and other.course.course.id != info.id:
            rep.add(page.smap.pos(("course", "id")), "course.code_clash", cid=info.id, other=other.course.course.id)
        folder = page.rel.split("/")[0] if "/" in page.rel else ""
        if page.rel.endswith("/index.md") and folder and info.id != folder:
            rep.add(page.smap.pos(("course", "id")), "course.id_folder", cid=info.id, folder=folder)
        if info.id in seen:
            rep.add(page.smap.pos(("course", "id")), "course.duplicate_id", cid=info.id, other=seen[info.id].rel)
        seen.setdefault(info.id, page)
        listed: set[str] = set()
        for i, rel in enumerate(info.lessons):
            pos = page.smap.pos(("course", "lessons", i))
            if rel in listed:
                rep.add(pos, "course.duplicate_lesson", lesson=rel)
            listed.add(rel)
            target = cat.pages.get(rel)
            if rel in cat.broken_pages:
                continue  # the page's own problems are reported already
            if target is None:
                rep.add(pos, "ref.lesson", lesson=rel, suggestion=nearest(rel, cat.lessons))
            elif target.kind != "lesson":
                rep.add(pos, "ref.not_lesson", lesson=rel)
        if info.assessment is not None and info.assessment not in cat.assessments.keys() | cat.broken_assessments:
            rep.add(page.smap.pos(("course", "assessment")), "ref.assessment", assessment=info.assessment,
                    suggestion=nearest(info.assessment, cat.assessments))
        elif info.assessment in cat.assessments and cat.assessments[info.assessment].model.kind == "entry":
            rep.add(page.smap.pos(("course", "assessment")), "course.assessment_is_entry", assessment=info.assessment)
        if info.entry is not None and info.entry not in cat.assessments.keys() | cat.broken_assessments:
            rep.add(page.smap.pos(("course", "entry")), "ref.entry", entry=info.entry,
                    suggestion=nearest(info.entry, [k for k, v in cat.assessments.items() if v.model.kind == "entry"]))
        elif info.entry in cat.assessments and cat.assessments[info.entry].model.kind != "entry":
            rep.add(page.smap.pos(("course", "entry")), "course.entry_not_entry", entry=info.entry)


def _check_assessments(cat: Catalog, rep: Report) -> None:
    if cat.framework is None:
        return
    domains = cat.framework.domains
    for adoc in cat.assessments.values():
        a = adoc.model
        for i, bank_id in enumerate(a.banks or []):
            if bank_id not in cat.banks and bank_id not in cat.broken_banks:
                rep.add(adoc.smap.pos(("banks", i)), "ref.bank", bank=bank_id, suggestion=nearest(bank_id, cat.banks))
        cause = _broken_bank_file(cat, list(a.banks or sorted(cat.bank_files)))
        pool = pool_by_domain(cat, a)
        seen: set[str] = set()
        for i, d in enumerate(a.draw):
            pos = adoc.smap.pos(("draw", i))
            if d.domain in seen:
                rep.add(pos, "assessment.duplicate_domain", domain=d.domain)
            seen.add(d.domain)
            if d.domain not in domains:
                rep.add(adoc.smap.pos(("draw", i, "domain")), "ref.domain", domain=d.domain,
                        suggestion=nearest(d.domain, domains))
                continue
            if d.count > RESULT_CODE_MAX:
                rep.add(adoc.smap.pos(("draw", i, "count")), "assessment.code_limit", domain=d.domain, count=d.count,
                        most=RESULT_CODE_MAX)
            available = len(pool.get(d.domain, []))
            if available < d.count:
                args = {"domain": d.domain, "count": d.count, "levels": ", ".join(map(str, a.levels)), "available": available}
                if cause is not None:
                    rep.consequence(adoc.smap.pos(("draw", i, "count")), "assessment.draw", cause=cause, **args)
                else:
                    rep.add(adoc.smap.pos(("draw", i, "count")), "assessment.draw", **args)
    used = {a for c in cat.courses.values() if c.course for a in (c.course.course.assessment, c.course.course.entry)}
    for aid, adoc in cat.assessments.items():
        if aid not in used:
            rep.add(Pos(adoc.file, 1, 1), "assessment.unused", assessment=aid)
