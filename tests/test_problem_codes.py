"""Every problem code of the catalogue is produced by a broken file, at the file and line an author must fix.

One case per code, each a small change to the sample project; a test fails when a new code has no case.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from hocvuso.content.catalog import load_catalog
from hocvuso.content.item_writing import check_item_writing
from hocvuso.content.rules import check_catalog
from hocvuso.i18n import PROBLEMS
from sample_project import BANK, COURSE, LESSON, make_project, write

BANK_FILE = "quizzes/chu-de/mau.yml"
LESSON_FILE = "courses/chu-de/bai-mau.md"
COURSE_FILE = "courses/khoa-mau/index.md"

ASSESSMENT = """\
schema_version: 1
title: Bài tự đánh giá mẫu
pass_percent: 70
levels: [2]
draw:
  - {domain: "4", count: 1}
"""


def question(body: str) -> str:
    """The sample bank with one more question appended (``body`` indented as a list item)."""
    return BANK + "  - id: them\n    prompt: Câu thêm\n    explanation: Giải thích.\n" + body


@dataclass(frozen=True)
class Case:
    code: str
    files: dict[str, str | bytes | None]  # path -> new text (None deletes the file)
    where: str  # file of the problem
    needle: str  # text on the problem's line (first occurrence); "" for line 1
    after: int = 0  # the problem is this many lines below the needle's
    warning: bool = False  # an item-writing rule: a warning, an error only with --strict

    def apply(self, root: Path) -> None:
        for rel, text in self.files.items():
            path = root / rel
            if text is None:
                path.unlink()
            elif isinstance(text, bytes):
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(text)
            else:
                write(root, rel, text)

    def line(self, root: Path) -> int:
        if not self.needle:
            return 1
        text = (root / self.where).read_text("utf-8")
        return text[: text.index(self.needle)].count("\n") + 1 + self.after


def bank(old: str, new: str) -> str:
    assert old in BANK
    return BANK.replace(old, new, 1)


def lesson(old: str, new: str) -> str:
    assert old in LESSON
    return LESSON.replace(old, new, 1)


def course(old: str, new: str) -> str:
    assert old in COURSE
    return COURSE.replace(old, new, 1)


def with_assessment(text: str = ASSESSMENT, used: bool = True) -> dict[str, str | bytes | None]:
    files: dict[str, str | bytes | None] = {"quizzes/assessments/mau.yml": text}
    if used:
        files[COURSE_FILE] = course("  lessons:\n", "  assessment: mau\n  lessons:\n")
    return files


FRAMEWORK = (Path(__file__).resolve().parent.parent / "quizzes" / "framework.yml").read_text("utf-8")
A = "quizzes/assessments/mau.yml"

CASES = [
    Case("file.not_utf8", {"quizzes/chu-de/hong.yml": b"title: \xff\n"}, "quizzes/chu-de/hong.yml", ""),
    Case("file.empty", {"quizzes/chu-de/rong.yml": "  \n"}, "quizzes/chu-de/rong.yml", ""),
    Case("file.fixme", {BANK_FILE: bank("title: Ngân hàng mẫu", "title: FIXME tên")}, BANK_FILE, "FIXME"),
    Case("yaml.syntax", {BANK_FILE: bank("    type: truefalse\n", "    type: truefalse\n   bad: [\n")}, BANK_FILE, "   bad: ["),
    Case("yaml.duplicate_key", {BANK_FILE: bank("level: 2\n", "level: 2\nlevel: 1\n")}, BANK_FILE, "level: 1"),
    Case("yaml.not_mapping", {"quizzes/chu-de/list.yml": "- a\n- b\n"}, "quizzes/chu-de/list.yml", ""),
    Case("frontmatter.unclosed", {"courses/chu-de/mo.md": "---\ntitle: Mở mà không đóng\n"}, "courses/chu-de/mo.md", ""),
    Case("schema.missing", {BANK_FILE: bank("title: Ngân hàng mẫu\n", "")}, BANK_FILE, ""),
    Case("schema.unknown_key", {BANK_FILE: bank("level: 2\n", "level: 2\nlevle: 2\n")}, BANK_FILE, "levle"),
    Case("schema.type", {BANK_FILE: bank("level: 2\n", "level: hai\n")}, BANK_FILE, "level: hai"),
    Case("schema.code_quotes", {BANK_FILE: bank('competences: ["4.2"]', "competences: [4.2]")}, BANK_FILE, "competences: [4.2]"),
    Case("schema.range", {BANK_FILE: bank("level: 2\n", "level: 9\n")}, BANK_FILE, "level: 9"),
    Case("schema.min", {LESSON_FILE: lesson("questions: [cau-mot]\n", "count: 0\n")}, LESSON_FILE, "count: 0"),
    Case("schema.pattern", {BANK_FILE: bank("  - id: cau-mot", "  - id: Cau Mot")}, BANK_FILE, "Cau Mot"),
    Case("schema.too_short", {LESSON_FILE: lesson("objectives: [Nhận ra cuộc gọi lừa đảo]", "objectives: []")},
         LESSON_FILE, "objectives: []"),
    Case("schema.empty_text", {BANK_FILE: bank("    prompt: Mã OTP", '    prompt: ""\n    x_was: Mã OTP')}, BANK_FILE, 'prompt: ""'),
    Case("schema.bad_type_tag", {BANK_FILE: bank("    type: single\n", "    type: singel\n")}, BANK_FILE, "singel"),
    Case("schema.no_type_tag", {BANK_FILE: bank("    type: single\n", "")}, BANK_FILE, "  - id: cau-mot"),
    Case("schema.version", {BANK_FILE: bank("schema_version: 1", "schema_version: 2")}, BANK_FILE, "schema_version: 2"),
    Case("schema.other", {LESSON_FILE: lesson('url: "https://example.gov.vn/a"', 'url: "ftp://example.gov.vn/a"')},
         LESSON_FILE, "sources:"),
    Case("question.duplicate_id", {BANK_FILE: bank("  - id: cau-hai", "  - id: cau-mot")}, BANK_FILE, "  - id: cau-mot\n    type: truefalse"),
    Case("question.single_correct", {BANK_FILE: bank("        correct: true\n", "")}, BANK_FILE, "    options:"),
    Case("question.multiple_none", {BANK_FILE: question("    type: multiple\n    options:\n      - text: A\n      - text: B\n")},
         BANK_FILE, "    options:\n      - text: A"),
    Case("question.too_few_options", {BANK_FILE: question("    type: multiple\n    options:\n      - {text: A, correct: true}\n")},
         BANK_FILE, "    options:\n      - {text: A"),
    Case("question.duplicate_option", {BANK_FILE: question(
        "    type: multiple\n    options:\n      - {text: A, correct: true}\n      - {text: A}\n")}, BANK_FILE, "      - {text: A}"),
    Case("question.order_items", {BANK_FILE: question("    type: order\n    items: [Một]\n")}, BANK_FILE, "    items: [Một]"),
    Case("question.order_duplicate", {BANK_FILE: question("    type: order\n    items:\n      - Một\n      - Hai\n      - Một\n")},
         BANK_FILE, "      - Hai", after=1),
    Case("question.match_pair_shape", {BANK_FILE: question("    type: match\n    pairs:\n      - [A, B]\n      - [C]\n")},
         BANK_FILE, "      - [C]"),
    Case("question.match_duplicate", {BANK_FILE: question("    type: match\n    pairs:\n      - [A, B]\n      - [A, C]\n")},
         BANK_FILE, "      - [A, C]"),
    Case("question.match_too_few", {BANK_FILE: question("    type: match\n    pairs:\n      - [A, B]\n")}, BANK_FILE, "    pairs:"),
    Case("question.text_no_answer", {BANK_FILE: question('    type: text\n    answers: ["..."]\n')}, BANK_FILE, '    answers: ["..."]'),
    Case("ref.competence", {BANK_FILE: bank('competences: ["4.2"]', 'competences: ["9.9"]')}, BANK_FILE, '"9.9"'),
    Case("ref.bank", {LESSON_FILE: lesson("quiz: chu-de/mau", "quiz: chu-de/khong-co")}, LESSON_FILE, "quiz: chu-de/khong-co"),
    Case("ref.question", {LESSON_FILE: lesson("questions: [cau-mot]", "questions: [cau-khong-co]")}, LESSON_FILE, "cau-khong-co"),
    Case("ref.lesson", {COURSE_FILE: course("    - chu-de/bai-hai.md", "    - chu-de/bai-ba.md")}, COURSE_FILE, "bai-ba.md"),
    Case("ref.not_lesson", {"courses/chu-de/trang.md": "---\ntitle: Trang\n---\n\nChữ.\n",
                            COURSE_FILE: course("    - chu-de/bai-hai.md", "    - chu-de/trang.md")}, COURSE_FILE, "trang.md"),
    Case("ref.assessment", {COURSE_FILE: course("  lessons:\n", "  assessment: khong-co\n  lessons:\n")}, COURSE_FILE, "khong-co"),
    Case("ref.domain", with_assessment(ASSESSMENT.replace('domain: "4"', 'domain: "9"')), A, 'domain: "9"'),
    Case("image.missing", {BANK_FILE: bank("    answer: false\n", "    answer: false\n    image: {src: khong-co.svg, alt: Ảnh}\n")},
         BANK_FILE, "khong-co.svg"),
    Case("image.no_alt", {BANK_FILE: bank("    answer: false\n", "    answer: false\n    image: {src: khong-co.svg}\n")},
         BANK_FILE, "    image:"),
    Case("course.id_folder", {COURSE_FILE: course("  id: khoa-mau", "  id: khoa-khac")}, COURSE_FILE, "khoa-khac"),
    Case("course.duplicate_lesson", {COURSE_FILE: course("    - chu-de/bai-hai.md", "    - chu-de/bai-hai.md\n    - chu-de/bai-mau.md")},
         COURSE_FILE, "    - chu-de/bai-mau.md\n---"),
    Case("course.duplicate_id", {"courses/khoa-mau/ban-sao.md": COURSE}, COURSE_FILE, "  id: khoa-mau"),
    Case("quiz.count", {LESSON_FILE: lesson("questions: [cau-mot]\n", "count: 99\n")}, LESSON_FILE, "count: 99"),
    Case("quiz.empty", {LESSON_FILE: lesson("bank: chu-de/mau\nquestions: [cau-mot]\n", "")}, LESSON_FILE, "```quiz"),
    Case("assessment.draw", with_assessment(ASSESSMENT.replace("count: 1", "count: 50")), A, "count: 50"),
    Case("assessment.duplicate_domain", with_assessment(ASSESSMENT + '  - {domain: "4", count: 1}\n'), A,
         '  - {domain: "4", count: 1}', after=1),
    Case("assessment.unused", with_assessment(used=False), A, ""),
    Case("framework.duplicate", {"quizzes/framework.yml": FRAMEWORK.replace('code: "4.2"', 'code: "4.1"', 1)},
         "quizzes/framework.yml", 'code: "4.1", digcomp: "4.2"'),
    Case("framework.prefix", {"quizzes/framework.yml": FRAMEWORK.replace('code: "4.2"', 'code: "5.9"', 1)},
         "quizzes/framework.yml", '"5.9"'),
    Case("framework.missing", {"quizzes/framework.yml": None}, "quizzes/framework.yml", ""),
    Case("item.longest_correct", {BANK_FILE: BANK + "".join(
        f"  - id: dai-{i}\n    type: single\n    prompt: Tình huống số {i} khác hẳn các câu khác về chuyện {i}\n"
        f"    options:\n      - text: Ngắn\n        feedback: Sai.\n      - text: Đáp án đúng dài hơn hẳn\n        correct: true\n"
        for i in range(4))}, BANK_FILE, "questions:", warning=True),
    Case("item.same_position", {BANK_FILE: BANK + "".join(
        f"  - id: cho-{i}\n    type: single\n    prompt: Một tình huống riêng thứ {i} nói về việc {i}\n"
        f"    options:\n      - text: Dài dòng mà sai\n        feedback: Sai.\n      - text: Đúng\n        correct: true\n"
        for i in range(4))}, BANK_FILE, "questions:", warning=True),
    Case("item.all_of_above", {BANK_FILE: question("    type: single\n    options:\n      - {text: A, correct: true}\n"
                                                   "      - {text: Tất cả các đáp án trên, feedback: x}\n")},
         BANK_FILE, "Tất cả các đáp án trên", warning=True),
    Case("item.negative_stem", {BANK_FILE: question("    type: single\n    options:\n      - {text: A, correct: true}\n"
                                                    "      - {text: B, feedback: x}\n").replace(
        "prompt: Câu thêm", "prompt: Việc nào không nên làm khi nhận tin nhắn lạ?")},
         BANK_FILE, "Việc nào không nên", warning=True),
    Case("item.two_claims", {BANK_FILE: bank("prompt: Mã OTP có thể đọc cho nhân viên ngân hàng qua điện thoại.",
                                             "prompt: Mã OTP có thể đọc cho nhân viên và mật khẩu có thể gửi qua tin nhắn.")},
         BANK_FILE, "Mã OTP có thể đọc", warning=True),
    Case("item.order_short", {BANK_FILE: question("    type: order\n    items: [Một, Hai]\n")}, BANK_FILE, "    items: [Một, Hai]",
         warning=True),
    Case("item.near_duplicate", {"quizzes/chu-de/ban-sao.yml": BANK.replace("Ngân hàng mẫu", "Bản sao")},
         "quizzes/chu-de/mau.yml", "prompt: Một người gọi", warning=True),
]


def test_every_problem_code_has_a_case() -> None:
    from test_hostile_content import CASES as HOSTILE  # the threat model's codes have their cases there

    covered = {c.code for c in CASES} | {h.code for h in HOSTILE} | {"file.symlink"}  # symlinks: test_symbolic_links...
    assert sorted(covered) == sorted(PROBLEMS)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.code)
def test_problem_code_is_reported_at_its_line(case: Case, tmp_path: Path) -> None:
    root = make_project(tmp_path / "p")
    case.apply(root)
    cat = load_catalog(root)
    check_catalog(cat)
    check_item_writing(cat)
    reported = cat.report.sorted(warnings=case.warning)
    found = [(p.pos.file.resolve().relative_to(root.resolve()).as_posix(), p.pos.line) for p in reported if p.code == case.code]
    assert (case.where, case.line(root)) in found, [p.format(root) for p in reported]

