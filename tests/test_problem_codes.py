"""Every problem code of the catalogue is produced by a broken file, at the file and line an author must fix.

One case per code, each a small change to the sample project; a test fails when a new code has no case.
"""

from __future__ import annotations

import os
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pytest

from hocvuso.content.catalog import load_catalog
from hocvuso.content.item_writing import check_item_writing
from hocvuso.content.rules import check_catalog
from hocvuso.i18n import PROBLEMS
from sample_project import BANK, COURSE, assessment, bank, course, lesson, make_project, write

BANK_FILE = "quizzes/chu-de/mau.yml"
LESSON_FILE = "courses/chu-de/bai-mau.md"
COURSE_FILE = "courses/khoa-mau/index.md"

ASSESSMENT = assessment()


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
    links: tuple[tuple[str, str], ...] = ()  # (path, target) symbolic links to make

    def apply(self, root: Path) -> None:
        for rel, target in self.links:
            (root / rel).symlink_to(target)
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
    Case("ref.entry", {COURSE_FILE: course("  lessons:\n", "  entry: khong-co\n  lessons:\n")}, COURSE_FILE, "khong-co"),
    Case("course.entry_not_entry", {A: ASSESSMENT, COURSE_FILE: course("  lessons:\n", "  entry: mau\n  lessons:\n")},
         COURSE_FILE, "entry: mau"),
    Case("course.assessment_is_entry", with_assessment(ASSESSMENT.replace("pass_percent", "kind: entry\npass_percent")),
         COURSE_FILE, "assessment: mau"),
    Case("assessment.code_limit", with_assessment(ASSESSMENT.replace("count: 1", "count: 16")), A, "count: 16"),
    Case("ref.domain", with_assessment(ASSESSMENT.replace('domain: "4"', 'domain: "9"')), A, 'domain: "9"'),
    Case("image.missing", {BANK_FILE: bank("    answer: false\n", "    answer: false\n    image: {src: khong-co.svg, alt: Ảnh}\n")},
         BANK_FILE, "khong-co.svg"),
    Case("image.no_alt", {BANK_FILE: bank("    answer: false\n", "    answer: false\n    image: {src: khong-co.svg}\n")},
         BANK_FILE, "    image:"),
    Case("course.id_folder", {COURSE_FILE: course("  id: khoa-mau", "  id: khoa-khac")}, COURSE_FILE, "khoa-khac"),
    Case("course.duplicate_lesson", {COURSE_FILE: course("    - chu-de/bai-hai.md", "    - chu-de/bai-hai.md\n    - chu-de/bai-mau.md")},
         COURSE_FILE, "    - chu-de/bai-mau.md\n---"),
    # khoa-4727 and khoa-mau share a result code's 12-bit course hash (found by search; resultcode.js agrees)
    Case("course.code_clash", {"courses/khoa-4727/index.md": COURSE.replace("id: khoa-mau", "id: khoa-4727")}, COURSE_FILE,
         "  id: khoa-mau"),
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


SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">{}</svg>'
PICTURE = "courses/chu-de/img/a.svg"
PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 64


def body(extra: str) -> str:
    """The sample lesson with ``extra`` in place of its last paragraph."""
    return lesson("Nội dung.", extra)


# The safety rules (threat model): each code at its line, as tests/test_hostile_content.py holds them in more spellings.
CASES += [
    Case("file.name", {"quizzes/chu-de/Mau Hai.yml": BANK}, "quizzes/chu-de/Mau Hai.yml", ""),
    Case("file.symlink", {}, "quizzes/chu-de/lien-ket.yml", "", links=(("quizzes/chu-de/lien-ket.yml", "../../../ngoai-du-an.yml"),)),
    Case("file.two_banks", {"quizzes/chu-de/mau.yaml": BANK}, BANK_FILE, ""),
    Case("file.type", {"courses/chu-de/x.js": "alert(1)"}, "courses/chu-de/x.js", ""),
    Case("html.tag", {LESSON_FILE: body("<script>alert(1)</script>")}, LESSON_FILE, "<script>"),
    Case("html.attribute", {LESSON_FILE: body('<div onclick="alert(1)">x</div>')}, LESSON_FILE, "<div onclick"),
    Case("html.attr_list", {LESSON_FILE: body('Chữ {: onerror="alert(1)" }')}, LESSON_FILE, "Chữ {:"),
    Case("link.unsafe", {LESSON_FILE: body("[bấm](javascript:alert(1))")}, LESSON_FILE, "[bấm]"),
    Case("image.outside", {BANK_FILE: bank("    answer: false\n", "    answer: false\n    image: {src: /etc/passwd, alt: Ảnh}\n")},
         BANK_FILE, "/etc/passwd"),
    Case("svg.unsafe", {"courses/chu-de/a.svg": SVG.format("<script>alert(1)</script>")}, "courses/chu-de/a.svg", ""),
    Case("svg.invalid", {"courses/chu-de/a.svg": "<svg xmlns='http://www.w3.org/2000/svg'>\n<g>\n</svg>\n"},
         "courses/chu-de/a.svg", "</svg>"),
    Case("text.markup", {LESSON_FILE: lesson("title: Bài mẫu", 'title: "Bài <b>mẫu</b>"')}, LESSON_FILE, "title:"),
    Case("yaml.anchor", {BANK_FILE: bank("level: 2", "level: &l 2")}, BANK_FILE, "level: &l"),
    Case("yaml.tag", {BANK_FILE: bank("title: Ngân hàng mẫu", "title: !vi Ngân hàng mẫu")}, BANK_FILE, "title:"),
    Case("yaml.merge", {BANK_FILE: "<<: {title: x}\n" + BANK}, BANK_FILE, "<<"),
    Case("yaml.complex_key", {BANK_FILE: "[a, b]: 1\n" + BANK}, BANK_FILE, "[a, b]"),
    Case("yaml.control_char", {BANK_FILE: bank("title: Ngân hàng mẫu", "title: Ngân hàng\x07 mẫu")}, BANK_FILE, "title:"),
    Case("yaml.too_deep", {BANK_FILE: "a: " + "[" * 30 + "]" * 30 + "\n"}, BANK_FILE, ""),
]

# Authoring that never surprises: YAML mistakes in plain words, silent changes refused, links and pictures at their
# Markdown line, and the writing rules of a lesson on a course path and its bank (warnings).
CASES += [
    Case("yaml.tab", {BANK_FILE: bank("    answer: false\n", "\t  answer: false\n")}, BANK_FILE, "\t  answer"),
    Case("yaml.indent", {BANK_FILE: bank("    type: single\n", "    type: single\n     hint: x\n")}, BANK_FILE, "     hint: x"),
    Case("yaml.unclosed_quote", {BANK_FILE: bank("title: Ngân hàng mẫu", 'title: "Ngân hàng mẫu')}, BANK_FILE, "title:"),
    Case("yaml.curly_quotes", {BANK_FILE: bank("    prompt: Mã OTP có thể đọc", "    prompt: “Chú ý: mã OTP” có thể đọc")},
         BANK_FILE, "“Chú ý"),
    Case("yaml.flow", {LESSON_FILE: lesson("questions: [cau-mot]", "questions: [cau-mot")}, LESSON_FILE, "questions: [cau-mot"),
    Case("yaml.colon", {BANK_FILE: bank("title: Ngân hàng mẫu", "title: Chú ý: ngân hàng mẫu")}, BANK_FILE, "title:"),
    Case("yaml.quote_then_text", {BANK_FILE: bank("title: Ngân hàng mẫu", 'title: "Ngân hàng" mẫu')}, BANK_FILE, "title:"),
    Case("yaml.reserved_char", {BANK_FILE: bank("title: Ngân hàng mẫu", "title: `mẫu`")}, BANK_FILE, "title:"),
    Case("yaml.syntax", {BANK_FILE: BANK + "---\nb: 1\n"}, BANK_FILE, "---\nb: 1"),
    Case("yaml.number_changed", {BANK_FILE: bank('    answers: ["113"]', "    answers: [500.000]")}, BANK_FILE, "[500.000]"),
    Case("yaml.bool_word", {BANK_FILE: bank("    answer: false", "    answer: no")}, BANK_FILE, "answer: no"),
    Case("yaml.dash_in_text", {LESSON_FILE: lesson("objectives: [Nhận ra cuộc gọi lừa đảo]",
                                                   "objectives:\n  - Nhận ra cuộc gọi lừa đảo\n    - Gọi lại số chính thức")},
         LESSON_FILE, "    - Gọi lại"),
    Case("yaml.comma_split", {LESSON_FILE: lesson("keypoints: [Không đọc mã OTP cho ai]",
                                                  "keypoints: [Không đọc mã OTP, kể cả cho công an]")},
         LESSON_FILE, "keypoints:", warning=True),
    Case("text.number", {BANK_FILE: bank('    answers: ["113"]', "    answers: [1.5]")}, BANK_FILE, "[1.5]"),
    Case("text.nfd", {BANK_FILE: bank("title: Ngân hàng mẫu", unicodedata.normalize("NFD", "title: Ngân hàng mẫu"))},
         BANK_FILE, "title:", warning=True),
    Case("schema.key_other_type", {BANK_FILE: bank("        correct: true\n", "    answer: 4\n")}, BANK_FILE, "    answer: 4"),
    Case("schema.key_misplaced", {BANK_FILE: bank("level: 2\n", "level: 2\nexplanation: Giải thích.\n")}, BANK_FILE,
         "explanation: Giải thích.\n"),
    Case("quiz.fence_name", {LESSON_FILE: lesson("```quiz\nbank", "```quizz\nbank")}, LESSON_FILE, "```quizz"),
    Case("link.missing", {LESSON_FILE: body("Xem [bài khác](khong-co.md).")}, LESSON_FILE, "Xem [bài khác]"),
    Case("link.anchor", {LESSON_FILE: body("Xem [bài hai](bai-hai.md#khong-co).")}, LESSON_FILE, "Xem [bài hai]"),
    Case("link.not_md", {LESSON_FILE: body("Xem [bài hai](../bai-hai/).")}, LESSON_FILE, "Xem [bài hai]", warning=True),
    Case("link.absolute", {LESSON_FILE: body("Xem [bài hai](/chu-de/bai-hai.md).")}, LESSON_FILE, "Xem [bài hai]", warning=True),
    Case("page.image_missing", {LESSON_FILE: body("![Sơ đồ ba bước gọi lại](img/khong-co.svg)")}, LESSON_FILE, "![Sơ đồ"),
    Case("page.image_no_alt", {LESSON_FILE: body("![](img/a.svg)"), PICTURE: SVG.format("")}, LESSON_FILE, "![](img"),
    Case("resource.outside", {LESSON_FILE: body("![Ảnh từ máy chủ khác](https://example.com/a.png)")}, LESSON_FILE, "![Ảnh từ"),
    Case("heading.h1", {LESSON_FILE: lesson("## Phần hai", "# Phần hai")}, LESSON_FILE, "# Phần hai"),
    Case("heading.skip", {LESSON_FILE: lesson("## Phần hai", "#### Phần hai")}, LESSON_FILE, "#### Phần hai", warning=True),
    Case("lesson.objectives", {}, LESSON_FILE, "objectives:", warning=True),
    Case("lesson.keypoints", {LESSON_FILE: lesson("keypoints: [Không đọc mã OTP cho ai]\n", "")}, LESSON_FILE, "title:",
         warning=True),
    Case("lesson.sources", {LESSON_FILE: lesson('sources: [{title: Nguồn chính thức, url: "https://example.gov.vn/a"}]\n', "")},
         LESSON_FILE, "title:", warning=True),
    Case("lesson.quiz", {LESSON_FILE: lesson("quiz: chu-de/mau\n", "")}, LESSON_FILE, "title:", warning=True),
    Case("lesson.steps", {}, LESSON_FILE, "Mở đầu bài học.", warning=True),
    Case("lesson.words", {}, LESSON_FILE, "Mở đầu bài học.", warning=True),
    Case("lesson.practice", {LESSON_FILE: lesson("```quiz\nbank: chu-de/mau\nquestions: [cau-mot]\n```\n", "")}, LESSON_FILE,
         "Mở đầu bài học.", warning=True),
    Case("lesson.pictures", {}, LESSON_FILE, "Mở đầu bài học.", warning=True),
    Case("lesson.alt_short", {LESSON_FILE: body("![Sơ đồ](img/a.svg)"), PICTURE: SVG.format("")}, LESSON_FILE, "![Sơ đồ]",
         warning=True),
    Case("lesson.picture_kind", {LESSON_FILE: body("![Ảnh chụp màn hình cài đặt](img/a.png)"), "courses/chu-de/img/a.png": PNG},
         LESSON_FILE, "![Ảnh chụp", warning=True),
    Case("bank.size", {}, BANK_FILE, "questions:", warning=True),
    Case("bank.types", {BANK_FILE: bank('    type: text\n    prompt: Số điện thoại của cảnh sát là gì?\n    answers: ["113"]',
                                         "    type: truefalse\n    prompt: Số gọi cảnh sát là 113.\n    answer: true")},
         BANK_FILE, "questions:", warning=True),
    Case("bank.explanation", {}, BANK_FILE, "  - id: cau-ba", warning=True),
    Case("bank.feedback", {BANK_FILE: bank("        feedback: Công an không yêu cầu chuyển tiền qua điện thoại.\n", "")}, BANK_FILE,
         "      - text: Chuyển tiền ngay", warning=True),
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
    found = [(Path(os.path.relpath(p.pos.file, root)).as_posix(), p.pos.line) for p in reported if p.code == case.code]
    assert (case.where, case.line(root)) in found, [p.format(root) for p in reported]

