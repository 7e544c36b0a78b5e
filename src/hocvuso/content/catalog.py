"""Load every content file of a project into typed, position-aware documents."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter, ValidationError

from ..core.collector import collector_paused
from ..core.diagnostics import Pos, Problem, Report, nearest
from ..core.second_process import SecondProcess
from ..core.shuffle import stable_shuffle
from ..core.yaml_source import SourceMap, load_yaml, read_text, split_front_matter
from ..questions import Question
from .explain import explain_errors, validate_model
from .models import LESSON_KEYS, Assessment, Bank, Course, Framework, Lesson, PlainPage, QuizRef
from .safety import BANK_FILES, PAGE_FILES, PICTURE_FILES, check_folder, check_links, check_markdown_body

FENCE_RE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})[ \t]*\{?\.?quiz\}?[ \t]*$")
# Any fence opening, with the first word of its info string (```quizz, ``` {.quiz title="x"}, ~~~ Quiz).
_ANY_FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})[ \t]*(?P<info>[^\n]*)$")
_INFO_NAME = re.compile(r"^\{?\s*\.?([^\s{}`]*)")


@dataclass
class QuizBlock:
    """A ```quiz fence inside a Markdown page."""

    ref: QuizRef | None
    smap: SourceMap
    start_line: int
    end_line: int


@dataclass
class BankDoc:
    id: str
    file: Path
    smap: SourceMap
    model: Bank
    bad_keys: set[str] = field(default_factory=set)  # bank-level keys whose values were invalid
    raw_index: dict[str, int] = field(default_factory=dict)  # every id written in the file -> its position
    dropped: int = 0  # questions left out because they have problems of their own
    rendered: dict[str, Any] = field(default_factory=dict, repr=False)  # per question id: what the renderer made once

    def question(self, qid: str) -> Question | None:
        """The question with this id, if the bank has it."""
        return next((q for q in self.model.questions if q.id == qid), None)

    def competences_of(self, q: Question) -> list[str]:
        """A question's competences, falling back to the bank's."""
        return list(q.competences or self.model.competences)

    def level_of(self, q: Question) -> int | None:
        """A question's level, falling back to the bank's."""
        return q.level or self.model.level


@dataclass
class PageDoc:
    """Any Markdown page under courses/ (lesson, course or plain page)."""

    rel: str  # path under courses/, with .md
    file: Path
    smap: SourceMap
    kind: str  # lesson | course | page
    body: str
    body_line: int
    lesson: Lesson | None = None
    course: Course | None = None
    blocks: list[QuizBlock] = field(default_factory=list)
    # The end-of-lesson quiz named in front matter, also when the rest of the front matter has problems,
    # so that a missing bank is reported together with them.
    quiz: QuizRef | None = None

    @property
    def id(self) -> str:
        """Stable id of the page: its path under courses/ without .md."""
        return self.rel[:-3] if self.rel.endswith(".md") else self.rel


@dataclass
class AssessmentDoc:
    id: str
    file: Path
    smap: SourceMap
    model: Assessment


@dataclass
class FrameworkDoc:
    file: Path
    smap: SourceMap
    model: Framework

    @property
    def competences(self) -> dict[str, Any]:
        """Every competence by code."""
        return {c.code: c for d in self.model.domains for c in d.competences}

    @property
    def domains(self) -> dict[str, Any]:
        """Every domain by code."""
        return {d.code: d for d in self.model.domains}

    def band_of(self, level: int) -> str:
        """Name of the band a level belongs to ("Cơ bản")."""
        return next((b.name for b in self.model.bands if level in b.levels), "")


@dataclass
class Catalog:
    """All content of a project, plus the problems found while loading it."""

    root: Path
    courses_dir: Path
    quizzes_dir: Path
    framework: FrameworkDoc | None = None
    banks: dict[str, BankDoc] = field(default_factory=dict)
    pages: dict[str, PageDoc] = field(default_factory=dict)
    assessments: dict[str, AssessmentDoc] = field(default_factory=dict)
    report: Report = field(default_factory=Report)
    broken_banks: set[str] = field(default_factory=set)  # banks whose file could not be read as a bank
    broken_assessments: set[str] = field(default_factory=set)
    broken_pages: set[str] = field(default_factory=set)  # pages (path under courses/) unreadable or with bad front matter
    bank_files: dict[str, Path] = field(default_factory=dict)  # every bank id -> its file, loaded or not
    pictures: list[Path] = field(default_factory=list)  # picture files the site may publish (checked)

    # The lessons, the courses and each lesson's courses, worked out from the pages once they are all read (a build
    # asks for them on every page); kept with the number of pages they were made from, as pages are only added.
    _by_kind: tuple[int, dict[str, PageDoc], dict[str, PageDoc], dict[str, list[PageDoc]]] | None = field(
        default=None, init=False, repr=False, compare=False)

    def _kinds(self) -> tuple[dict[str, PageDoc], dict[str, PageDoc], dict[str, list[PageDoc]]]:
        if self._by_kind is None or self._by_kind[0] != len(self.pages):
            lessons = {k: p for k, p in self.pages.items() if p.kind == "lesson"}
            courses: dict[str, PageDoc] = {}
            for p in self.pages.values():
                if p.kind == "course" and p.course is not None:
                    courses.setdefault(p.course.course.id, p)
            paths: dict[str, list[PageDoc]] = {}
            for c in courses.values():
                for rel in dict.fromkeys(c.course.course.lessons if c.course else []):
                    paths.setdefault(rel, []).append(c)
            self._by_kind = (len(self.pages), lessons, courses, paths)
        return self._by_kind[1], self._by_kind[2], self._by_kind[3]

    @property
    def lessons(self) -> dict[str, PageDoc]:
        """Lesson pages by path under courses/."""
        return self._kinds()[0]

    @property
    def courses(self) -> dict[str, PageDoc]:
        """Course pages by course id."""
        return self._kinds()[1]

    def courses_of(self, lesson_rel: str) -> list[PageDoc]:
        """Courses whose learning path includes this lesson."""
        return list(self._kinds()[2].get(lesson_rel, []))

    def select(self, ref: QuizRef, skip: frozenset[tuple[str, str]] = frozenset()) -> list[tuple[BankDoc, Question]]:
        """The questions a quiz reference names, in bank order, minus those in ``skip``."""
        bank = self.banks.get(ref.bank)
        if bank is None:
            return []
        if ref.questions:
            chosen = [q for qid in ref.questions if (q := bank.question(qid)) is not None]
        else:
            chosen = [q for q in bank.model.questions if (bank.id, q.id) not in skip]
        if ref.count is not None and ref.count < len(chosen):
            keep = set(stable_shuffle([q.id for q in chosen], bank.id)[: ref.count])
            chosen = [q for q in chosen if q.id in keep]
        return [(bank, q) for q in chosen]

    def resolve_image(self, src: str, base: Path) -> Path | None:
        """Find an image next to the file that names it, or under courses/; only pictures inside the project."""
        if Path(src).is_absolute() or ":" in src:
            return None
        for folder in (base, self.courses_dir):
            candidate = (folder / src).resolve()
            inside = any(candidate.is_relative_to(d) for d in (self.courses_dir, self.quizzes_dir))
            if inside and candidate.is_file() and not (folder / src).is_symlink():
                return candidate
        return None


def _fixme(text: str, file: Path, offset: int = 0) -> list[Problem]:
    out: list[Problem] = []
    if "FIXME" not in text:
        return out
    for n, line in enumerate(text.splitlines(), 1):
        col = line.find("FIXME")
        if col >= 0:
            out.append(Problem(Pos(file, n + offset, col + 1), "file.fixme"))
    return out


def load_yaml_file(file: Path) -> tuple[Any, SourceMap, list[Problem]]:
    """Read and parse one YAML content file."""
    text, problems = read_text(file)
    if text is None:
        return None, SourceMap(file), problems
    data, smap, more = load_yaml(text, file)
    problems += more + _fixme(text, file)
    if data is not None and not isinstance(data, dict):
        problems.append(Problem(Pos(file, 1, 1), "yaml.not_mapping"))
        data = None
    if data is None and not problems:
        problems.append(Problem(Pos(file, 1, 1), "file.empty"))
    return data, smap, problems


_QUESTION = TypeAdapter(Question)
_PLACEHOLDERS: dict[str, Any] = {"schema_version": 1, "title": "?"}


def load_bank(bank_id: str, file: Path, data: dict[str, Any], smap: SourceMap) -> tuple[BankDoc | None, list[Problem]]:
    """Validate a bank question by question, so one bad question does not hide the others' problems."""
    problems: list[Problem] = []
    raw = data.get("questions")
    raw_list = raw if isinstance(raw, list) else []
    raw_index: dict[str, int] = {}
    good: list[Any] = []
    for i, item in enumerate(raw_list):
        qid = item.get("id") if isinstance(item, dict) else None
        if isinstance(qid, str) and qid in raw_index:
            first = smap.pos(("questions", raw_index[qid], "id")).line
            problems.append(Problem(smap.pos(("questions", i, "id")), "question.duplicate_id",
                                    {"qid": qid, "first_line": first}))
            continue
        if isinstance(qid, str):
            raw_index[qid] = i
        try:
            good.append(_QUESTION.validate_python(item))
        except ValidationError as exc:
            problems += explain_errors(exc, item, smap, Question, ("questions", i))
    top = dict(data)
    if isinstance(raw, list):
        top["questions"] = good
    try:
        return BankDoc(bank_id, file, smap, Bank.model_validate(top), set(), raw_index, len(raw_list) - len(good)), problems
    except ValidationError as exc:
        errs = explain_errors(exc, top, smap, Bank)
        # "needs at least one question" says nothing new when every question had its own problems
        problems += [e for e in errs if not (raw_list and not good and e.args.get("field") == "questions")]
        bad_keys = {str(err["loc"][0]) for err in exc.errors() if err["loc"] and err["loc"][0] != "questions"}
    if not good:
        return None, problems
    # Leave out (or stand in for) the bank-level values that failed, so the questions still get checked.
    fixed = {k: v for k, v in top.items() if k in Bank.model_fields and k not in bad_keys}
    fixed.update({k: v for k, v in _PLACEHOLDERS.items() if k in bad_keys})
    try:
        model = Bank.model_validate(fixed)
    except ValidationError:
        return None, problems
    return BankDoc(bank_id, file, smap, model, bad_keys, raw_index, len(raw_list) - len(good)), problems


def _unsafe_links(data: Any, smap: SourceMap, path: tuple[str | int, ...] = ()) -> list[Problem]:
    """Links that would run script, in any text of a YAML document (prompts, options, objectives…)."""
    if isinstance(data, dict):
        return [p for k, v in data.items() for p in _unsafe_links(v, smap, path + (k,))]
    if isinstance(data, list):
        return [p for i, v in enumerate(data) for p in _unsafe_links(v, smap, path + (i,))]
    if isinstance(data, str) and ("](" in data or "]:" in data or "<" in data):  # no link can be written without
        pos = smap.pos(path)
        return [Problem(pos, p.code, p.args) for p in check_links(data, smap.file, pos.line)]
    return []


def _quiz_alone(value: str | dict[str, Any]) -> QuizRef | None:
    try:
        return QuizRef.model_validate({"bank": value} if isinstance(value, str) else value)
    except ValidationError:
        return None


def find_quiz_blocks(body: str, file: Path, body_line: int) -> tuple[list[QuizBlock], list[Problem]]:
    """Find ```quiz fences in a Markdown body and parse their YAML."""
    blocks: list[QuizBlock] = []
    problems: list[Problem] = []
    lines = body.splitlines()
    i = 0
    while i < len(lines):
        m = FENCE_RE.match(lines[i])
        if not m:
            i += 1
            continue
        fence, indent = m.group("fence"), m.group("indent")
        j = i + 1
        while j < len(lines) and not (lines[j].strip().startswith(fence) and set(lines[j].strip()) == {fence[0]}):
            j += 1
        inner = "\n".join(ln[len(indent):] if ln.startswith(indent) else ln for ln in lines[i + 1:j])
        start = body_line + i
        data, smap, more = load_yaml(inner, file, line_offset=start)
        problems += more
        ref = None
        if data is None and not more:
            problems.append(Problem(Pos(file, start, 1), "quiz.empty"))
        elif data is not None:
            ref, errs = validate_model(QuizRef, data, smap)
            problems += errs
        blocks.append(QuizBlock(ref, smap, start, body_line + j))
        i = j + 1
    return blocks, problems


def near_quiz_fences(body: str, file: Path, body_line: int) -> list[Problem]:
    """Fences meant as question blocks that are not (```quizz, ```Quiz, ```quiz title="…"): they would show
    learners the block's YAML as code, silently."""
    problems: list[Problem] = []
    lines = body.splitlines()
    i = 0
    while i < len(lines):
        m = _ANY_FENCE.match(lines[i])
        if not m:
            i += 1
            continue
        fence = m.group("fence")
        name_match = _INFO_NAME.match(m.group("info").strip())
        name = name_match.group(1) if name_match else ""
        if name and not FENCE_RE.match(lines[i]) and (name.lower().startswith("quiz") or nearest(name.lower(), ["quiz"])):
            problems.append(Problem(Pos(file, body_line + i, len(m.group("indent")) + 1), "quiz.fence_name", {"name": name}))
        j = i + 1  # skip the fence's content: a fence shown inside another is an example, not a block
        while j < len(lines) and not (lines[j].strip().startswith(fence) and set(lines[j].strip()) == {fence[0]}):
            j += 1
        i = j + 1
    return problems


def load_catalog(root: Path, courses_dir: Path | None = None, quizzes_dir: Path | None = None, *,
                 beside: SecondProcess | None = None) -> Catalog:
    """Load every content file under a project root. Problems go to ``catalog.report``. With ``beside``, most
    question banks are read by that second process (forked here, so it must have been given no job yet) while
    this one reads the pages."""
    with collector_paused():
        return _load_catalog(root, courses_dir, quizzes_dir, beside)


def parse_yaml_files(paths: list[Path]) -> list[tuple[Any, SourceMap, list[Problem]]]:
    """:func:`load_yaml_file` of each file, in order (a job for the second process)."""
    with collector_paused():
        return [load_yaml_file(path) for path in paths]


# The share of the question banks the second process reads while this one reads the lessons (reading a bank there
# costs a third more: its values are sent back), so both finish at about the same time.
BESIDE_SHARE = 0.7


def _load_catalog(root: Path, courses_dir: Path | None, quizzes_dir: Path | None,
                  beside: SecondProcess | None) -> Catalog:
    root = root.resolve()
    cat = Catalog(root, (courses_dir or root / "courses").resolve(), (quizzes_dir or root / "quizzes").resolve())
    rep = cat.report
    fw_file = cat.quizzes_dir / "framework.yml"
    if fw_file.is_file():
        data, smap, problems = load_yaml_file(fw_file)
        rep.extend(problems)
        if data is not None:
            model, errs = validate_model(Framework, data, smap)
            rep.extend(errs)
            if model is not None:
                cat.framework = FrameworkDoc(fw_file, smap, model)
    else:
        rep.add(Pos(fw_file), "framework.missing")

    to_read = _bank_files(cat, fw_file) if cat.quizzes_dir.is_dir() else []
    files = [f for _, f in to_read]
    cut = len(files) - int(len(files) * BESIDE_SHARE) if beside is not None else len(files)
    theirs = beside.submit(parse_yaml_files, files[cut:]) if beside is not None else None
    if cat.courses_dir.is_dir():
        _load_pages(cat)
    ours = [load_yaml_file(f) for f in files[:cut]]
    _load_banks(cat, to_read, ours + (theirs.result() if theirs is not None else []))
    return cat


def _bank_files(cat: Catalog, fw_file: Path) -> list[tuple[str, Path]]:
    """The bank and assessment files to read (their ids and paths); the problems of the others are reported."""
    rep = cat.report
    files, problems = check_folder(cat.quizzes_dir, BANK_FILES | PICTURE_FILES)
    rep.extend(problems)
    cat.pictures += [f for f in files if f.suffix.lower() in PICTURE_FILES]
    seen: dict[str, Path] = {}
    to_read: list[tuple[str, Path]] = []
    for file in files:
        if file == fw_file or file.suffix not in BANK_FILES:
            continue
        rel = file.relative_to(cat.quizzes_dir).with_suffix("").as_posix()
        if rel in seen:  # mau.yml and mau.yaml: which one is the bank?
            rep.add(Pos(file, 1, 1), "file.two_banks", other=seen[rel].name)
            continue
        seen[rel] = file
        if not rel.startswith("assessments/"):
            cat.bank_files[rel] = file
        to_read.append((rel, file))
    return to_read


def _load_banks(cat: Catalog, to_read: list[tuple[str, Path]], parsed: list[tuple[Any, SourceMap, list[Problem]]]) -> None:
    """Validate the parsed banks and assessments (``parsed`` in the order of ``to_read``)."""
    rep = cat.report
    for (rel, file), (data, smap, problems) in zip(to_read, parsed, strict=True):
        rep.extend(problems)
        if data is not None:
            rep.extend(_unsafe_links(data, smap))
        if data is None:
            if rel.startswith("assessments/"):
                cat.broken_assessments.add(rel.split("/", 1)[1])
            else:
                cat.broken_banks.add(rel)
            continue
        if rel.startswith("assessments/"):
            amodel, errs = validate_model(Assessment, data, smap)
            rep.extend(errs)
            aid = rel.split("/", 1)[1]
            if amodel is not None:
                cat.assessments[aid] = AssessmentDoc(aid, file, smap, amodel)
            else:
                cat.broken_assessments.add(aid)
        else:
            bank, errs = load_bank(rel, file, data, smap)
            rep.extend(errs)
            if bank is not None:
                cat.banks[rel] = bank
            else:
                cat.broken_banks.add(rel)


def _load_pages(cat: Catalog) -> None:
    """Read and check every page under courses/."""
    rep = cat.report
    files, problems = check_folder(cat.courses_dir, PAGE_FILES | PICTURE_FILES)
    rep.extend(problems)
    cat.pictures += [f for f in files if f.suffix.lower() in PICTURE_FILES]
    for file in files:
        if file.suffix not in PAGE_FILES:
            continue
        rel = file.relative_to(cat.courses_dir).as_posix()
        text, problems = read_text(file)
        rep.extend(problems)
        if text is None:
            cat.broken_pages.add(rel)
            continue
        doc, problems = split_front_matter(text, file)
        rep.extend(problems)
        if doc.meta is None and any(not p.warning for p in problems):
            cat.broken_pages.add(rel)
        rep.extend(check_markdown_body(doc.body, file, doc.body_line))
        if doc.meta:
            rep.extend(_unsafe_links(doc.meta, doc.smap))
        rep.extend(_fixme(text, file))
        page = PageDoc(rel, file, doc.smap, "page", doc.body, doc.body_line)
        meta = doc.meta or {}
        if "course" in meta:
            page.kind = "course"
            page.course, errs = validate_model(Course, meta, doc.smap)
            rep.extend(errs)
        elif LESSON_KEYS & set(meta):
            page.kind = "lesson"
            page.lesson, errs = validate_model(Lesson, meta, doc.smap)
            rep.extend(errs)
            if page.lesson is not None:
                page.quiz = page.lesson.quiz
            elif isinstance(meta.get("quiz"), (str, dict)):  # checked on its own; its errors are already reported
                page.quiz = _quiz_alone(meta["quiz"])
        elif meta:
            _, errs = validate_model(PlainPage, meta, doc.smap)
            rep.extend(errs)
        page.blocks, problems = find_quiz_blocks(doc.body, file, doc.body_line)
        rep.extend(problems)
        rep.extend(near_quiz_fences(doc.body, file, doc.body_line))
        cat.pages[rel] = page
