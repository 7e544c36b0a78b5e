"""Every problem an author can make is reported with file, line, what and how to fix."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from hocvuso.adapters.cli import main as cli_main
from hocvuso.content.catalog import load_catalog
from hocvuso.content.rules import check_catalog
from sample_project import BANK, COURSE, LESSON, make_project, write


def problems(root: Path, lang: str = "vi") -> list[str]:
    """All problems of a project as printed lines (paths relative to root)."""
    cat = load_catalog(root)
    check_catalog(cat)
    return cat.report.format(root, lang)


def only(lines: list[str], needle: str) -> str:
    """The one line containing ``needle``; fails listing all lines otherwise."""
    found = [ln for ln in lines if needle in ln]
    assert len(found) == 1, f"expected one line with {needle!r} in:\n" + "\n".join(lines)
    return found[0]


@pytest.fixture()
def project(tmp_path: Path) -> Path:
    return make_project(tmp_path / "p")


def test_sample_project_is_clean(project: Path) -> None:
    assert problems(project) == []


def bank_with(project: Path, old: str, new: str) -> None:
    assert old in BANK
    write(project, "quizzes/chu-de/mau.yml", BANK.replace(old, new, 1))


def line_of(text: str, needle: str) -> int:
    """1-based line number where ``needle`` first occurs."""
    return text[: text.index(needle)].count("\n") + 1


BANK_CASES = [
    # (what to replace, replacement, expected file:line needle, words in the message)
    ("    type: truefalse\n", "    type: truefalse\n   bad: [\n", "   bad: [", "thụt lề không khớp"),
    ("    explanation: Luôn", "    explaination: Luôn", "    explanation: Luôn", "khóa lạ `explaination` — có phải ý bạn là `explanation`"),
    ("    prompt: Một người", "    promt: Một người", "    prompt: Một người", "khóa lạ `promt`"),
    ("    answer: false\n", "    answer: không\n", "    answer: false", "`answer` phải là true hoặc false"),
    ("    type: single\n", "    type: singel\n", "    type: single", "loại câu hỏi `singel` không tồn tại — có phải ý bạn là `single`"),
    ("  - id: cau-hai", "  - id: cau-mot", "  - id: cau-hai", "mã câu hỏi `cau-mot` bị trùng"),
    ("        correct: true\n", "", "    options:", "đúng một lựa chọn `correct: true`, đang có 0"),
    ("      - text: Chuyển tiền ngay\n", "      - text: Chuyển tiền ngay\n        correct: true\n", "    options:",
     "đang có 2"),
    ("      - text: Chuyển tiền ngay\n", "      - text: \"\"\n", "      - text: Chuyển tiền ngay", "`text` đang để trống"),
    ('    answers: ["113"]', "    answers: []", '    answers: ["113"]', "chưa có đáp án nào"),
    ('competences: ["4.2"]', 'competences: ["4.9"]', 'competences: ["4.2"]', "mã năng lực `4.9` không có trong khung"),
    ("level: 2\n", "level: 9\n", "level: 2\n", "`level` phải từ 1 đến 8, đang là 9"),
    ('competences: ["4.2"]', "competences: [4.2]", 'competences: ["4.2"]', "đặt mã trong ngoặc kép"),
]


@pytest.mark.parametrize(("old", "new", "where", "words"), BANK_CASES)
def test_bank_problem_is_reported_at_its_line(project: Path, old: str, new: str, where: str, words: str) -> None:
    bank_with(project, old, new)
    text = BANK.replace(old, new, 1)
    line = only(problems(project), words)
    expected_line = line_of(text, where) if where in text else line_of(BANK, where)
    assert line.startswith(f"quizzes/chu-de/mau.yml:{expected_line}:"), line
    assert " — " in line  # message — fix


def test_missing_required_field(project: Path) -> None:
    bank_with(project, "    prompt: Mã OTP có thể đọc cho nhân viên ngân hàng qua điện thoại.\n", "")
    line = only(problems(project), "thiếu trường bắt buộc `prompt`")
    assert line.startswith("quizzes/chu-de/mau.yml:"), line


def test_multiple_without_correct_option(project: Path) -> None:
    bank_with(project, "    type: single\n", "    type: multiple\n")
    bank_with_text = BANK.replace("    type: single\n", "    type: multiple\n").replace("        correct: true\n", "")
    write(project, "quizzes/chu-de/mau.yml", bank_with_text)
    line = only(problems(project), "câu `multiple` chưa có lựa chọn nào")
    assert line.startswith(f"quizzes/chu-de/mau.yml:{line_of(bank_with_text, '    options:')}:")


ORDER_MATCH = """\
  - id: thu-tu
    type: order
    prompt: Sắp xếp.
    items: [Chỉ một bước]
  - id: ghep
    type: match
    prompt: Ghép.
    pairs: [[VNeID, Định danh], [VssID, Định danh]]
"""


def test_order_and_match_problems(project: Path) -> None:
    text = BANK + ORDER_MATCH
    write(project, "quizzes/chu-de/mau.yml", text)
    lines = problems(project)
    order = only(lines, "câu `order` cần ít nhất 2 mục, đang có 1")
    assert order.startswith(f"quizzes/chu-de/mau.yml:{line_of(text, '    items: [Chỉ')}:"), order
    match = only(lines, "vế phải `Định danh` lặp lại")
    assert match.startswith(f"quizzes/chu-de/mau.yml:{line_of(text, '    pairs:')}:"), match


def test_image_missing_and_without_alt(project: Path) -> None:
    text = BANK.replace("    answer: false\n", "    answer: false\n    image: {src: khong-co.png, alt: Ảnh}\n")
    text = text.replace('    answers: ["113"]\n', '    answers: ["113"]\n    image: {src: hinh.svg}\n')
    write(project, "quizzes/chu-de/hinh.svg", "<svg xmlns='http://www.w3.org/2000/svg'/>")
    write(project, "quizzes/chu-de/mau.yml", text)
    lines = problems(project)
    missing = only(lines, "không tìm thấy ảnh `khong-co.png`")
    assert missing.startswith(f"quizzes/chu-de/mau.yml:{line_of(text, '    image: {src: khong')}:")
    no_alt = only(lines, "thiếu mô tả `alt`")
    assert no_alt.startswith(f"quizzes/chu-de/mau.yml:{line_of(text, '    image: {src: hinh')}:")


def test_lesson_refs_to_missing_bank_and_question(project: Path) -> None:
    text = LESSON.replace("quiz: chu-de/mau", "quiz: chu-de/mua").replace("questions: [cau-mot]", "questions: [cau-mott]")
    write(project, "courses/chu-de/bai-mau.md", text)
    lines = problems(project)
    bank = only(lines, "không có ngân hàng câu hỏi `chu-de/mua` — có phải ý bạn là `chu-de/mau`")
    assert bank.startswith(f"courses/chu-de/bai-mau.md:{line_of(text, 'quiz: chu-de/mua')}:"), bank
    q = only(lines, "ngân hàng `chu-de/mau` không có câu hỏi `cau-mott` — có phải ý bạn là `cau-mot`")
    assert q.startswith(f"courses/chu-de/bai-mau.md:{line_of(text, 'questions: [cau-mott]')}:"), q


def test_course_names_missing_lesson(project: Path) -> None:
    text = (project / "courses/khoa-mau/index.md").read_text(encoding="utf-8").replace("bai-hai.md", "bai-ba.md")
    write(project, "courses/khoa-mau/index.md", text)
    line = only(problems(project), "không có bài học `chu-de/bai-ba.md`")
    assert line.startswith(f"courses/khoa-mau/index.md:{line_of(text, 'bai-ba.md')}:"), line


def test_not_utf8_and_empty_files(project: Path) -> None:
    (project / "quizzes/chu-de/latin1.yml").write_bytes(b"title: B\xe0i\nprompt: C\xe2u\n")
    (project / "quizzes/chu-de/rong.yml").write_text("   \n", encoding="utf-8")
    lines = problems(project)
    assert only(lines, "không phải mã UTF-8").startswith("quizzes/chu-de/latin1.yml:1:")
    assert only(lines, "tệp trống").startswith("quizzes/chu-de/rong.yml:1:1:")


def test_several_problems_in_one_file_are_all_reported(project: Path) -> None:
    text = (BANK.replace("    explanation: Luôn", "    explaination: Luôn")
            .replace("level: 2\n", "level: 0\n")
            .replace("  - id: cau-hai", "  - id: cau-mot")
            .replace('    answers: ["113"]', "    answers: []"))
    write(project, "quizzes/chu-de/mau.yml", text)
    lines = [ln for ln in problems(project) if ln.startswith("quizzes/chu-de/mau.yml")]
    assert len(lines) >= 4, lines
    for words in ("explaination", "`level` phải từ 1 đến 8", "bị trùng", "chưa có đáp án"):
        only(lines, words)


def test_english_messages(project: Path) -> None:
    bank_with(project, "    type: single\n", "    type: singel\n")
    line = only(problems(project, lang="en"), "question type `singel` does not exist — did you mean `single`?")
    assert "use one of: single, multiple" in line


def test_cli_exits_1_without_traceback(project: Path, capsys: pytest.CaptureFixture[str],
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    bank_with(project, "    type: single\n", "    type: singel\n")
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    assert cli_main(["check", str(project)]) == 1
    out = capsys.readouterr()
    assert "quizzes/chu-de/mau.yml:" in out.out and "Traceback" not in out.out + out.err
    assert "1 lỗi cần sửa" in out.err


def test_cli_check_passes_on_clean_project(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli_main(["check", str(project)]) == 0
    assert "Không có lỗi" in capsys.readouterr().out


def test_mkdocs_build_refuses_broken_content_and_writes_nothing(project: Path, tmp_path: Path) -> None:
    bank_with(project, "        correct: true\n", "")
    out = tmp_path / "site"
    out.mkdir()
    (out / "old.html").write_text("previous build", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(project / "mkdocs.yml"),
                           "-d", str(out)], cwd=project, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 1
    assert "quizzes/chu-de/mau.yml:" in proc.stderr and "đang có 0" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert [p.name for p in out.iterdir()] == ["old.html"]


ASSESSMENT = """\
schema_version: 1
title: Tự đánh giá mẫu
pass_percent: 70
levels: [1, 2]
draw:
  - {domain: "4", count: 2}
"""


def test_assessment_draw_that_cannot_be_met(project: Path) -> None:
    course = (project / "courses/khoa-mau/index.md").read_text(encoding="utf-8")
    write(project, "courses/khoa-mau/index.md", course.replace("  audience:", "  assessment: mau\n  audience:"))
    write(project, "quizzes/assessments/mau.yml", ASSESSMENT)
    assert problems(project) == []  # three questions at levels 1-2 in domain 4 (sample bank): 2 can be drawn
    text = ASSESSMENT.replace('{domain: "4", count: 2}', '{domain: "4", count: 5}\n  - {domain: "0", count: 1}')
    write(project, "quizzes/assessments/mau.yml", text)
    lines = problems(project)
    line = only(lines, "miền `4` cần 5 câu ở cấp độ 1, 2 nhưng các ngân hàng chỉ có 3")
    assert line.startswith(f"quizzes/assessments/mau.yml:{line_of(text, 'count: 5')}:"), line
    # domain 0 has no question at all in the sample bank
    zero = line_of(text, 'domain: "0"')
    assert only(lines, "miền `0` cần 1 câu").startswith(f"quizzes/assessments/mau.yml:{zero}:")


def test_assessment_naming_unknown_domain_and_course_naming_unknown_assessment(project: Path) -> None:
    course = (project / "courses/khoa-mau/index.md").read_text(encoding="utf-8")
    course = course.replace("  audience:", "  assessment: mua\n  audience:")
    write(project, "courses/khoa-mau/index.md", course)
    write(project, "quizzes/assessments/mau.yml", ASSESSMENT + '  - {domain: "9", count: 1}\n')
    lines = problems(project)
    assert only(lines, "không có bài tự đánh giá `mua` — có phải ý bạn là `mau`").startswith("courses/khoa-mau/index.md:")
    assert only(lines, "miền năng lực `9` không có trong khung").startswith("quizzes/assessments/mau.yml:7:")


def test_mkdocs_build_speaks_english_when_asked(project: Path, tmp_path: Path) -> None:
    bank_with(project, "    type: single\n", "    type: singel\n")
    env = dict(os.environ, HOCVUSO_LANG="en")
    proc = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-f", str(project / "mkdocs.yml"),
                           "-d", str(tmp_path / "out")], cwd=project, capture_output=True, text=True, timeout=300, env=env)
    assert proc.returncode == 1
    assert "question type `singel` does not exist — did you mean `single`?" in proc.stderr


def test_lesson_front_matter_problems_point_at_the_markdown_line(project: Path) -> None:
    text = LESSON.replace("minutes: 10\n", "minutes: mười\n").replace("summary: Một bài học mẫu.\n", "sumary: Một bài học mẫu.\n")
    write(project, "courses/chu-de/bai-mau.md", text)
    lines = problems(project)
    assert only(lines, "`minutes` phải là một số nguyên").startswith(f"courses/chu-de/bai-mau.md:{line_of(text, 'minutes:')}:")
    assert only(lines, "khóa lạ `sumary` — có phải ý bạn là `summary`").startswith(
        f"courses/chu-de/bai-mau.md:{line_of(text, 'sumary:')}:")
    assert only(lines, "thiếu trường bắt buộc `summary`")


def test_quiz_block_yaml_error_points_inside_the_block(project: Path) -> None:
    text = LESSON.replace("questions: [cau-mot]", "questions: [cau-mot")
    write(project, "courses/chu-de/bai-mau.md", text)
    line = only(problems(project), "danh sách `[ … ]`")
    assert line.startswith("courses/chu-de/bai-mau.md:"), line
    reported = int(line.split(":")[1])
    assert line_of(text, "bank: chu-de/mau") <= reported <= line_of(text, "questions: [cau-mot") + 1, line


def test_reference_checks_run_when_front_matter_has_other_problems(project: Path) -> None:
    broken = LESSON.replace("summary: Một bài học mẫu.\n", "").replace("quiz: chu-de/mau", "quiz: chu-de/khong-co")
    write(project, "courses/chu-de/bai-mau.md", broken)
    lines = problems(project)
    assert only(lines, "thiếu trường bắt buộc `summary`").startswith("courses/chu-de/bai-mau.md:")
    assert only(lines, "không có ngân hàng câu hỏi `chu-de/khong-co`").startswith(
        f"courses/chu-de/bai-mau.md:{line_of(broken, 'quiz: chu-de/khong-co')}:")


def test_did_you_mean_offers_only_keys_allowed_in_that_place(project: Path) -> None:
    # `level` exists in banks but not in a draw entry: no hint may send the author there.
    write(project, "quizzes/assessments/mau.yml",
          'schema_version: 1\ntitle: T\npass_percent: 70\nlevels: [2]\ndraw:\n  - {domain: "4", count: 1, levle: 2}\n')
    write(project, "courses/khoa-mau/index.md", COURSE.replace("  lessons:\n", "  assessment: mau\n  lessons:\n"))
    line = only(problems(project), "khóa lạ `levle`")
    assert "có phải ý bạn là" not in line
    bank_with(project, "    explanation: Luôn", "    explaination: Luôn")
    assert "có phải ý bạn là `explanation`" in only(problems(project), "khóa lạ `explaination`")


def test_a_bound_the_model_does_not_have_is_not_invented(project: Path) -> None:
    write(project, "courses/chu-de/bai-mau.md", LESSON.replace("questions: [cau-mot]\n", "count: 0\n"))
    line = only(problems(project), "`count`")
    assert "phải từ 1 trở lên" in line and "100" not in line


def test_hints_never_suggest_the_same_word(project: Path) -> None:
    bank_with(project, "    answer: false\n", "    answer: false\n    answers: false\n")
    assert all("có phải ý bạn là `answers`" not in ln for ln in problems(project))


def test_item_writing_rules_warn_and_fail_only_with_strict(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bank_with(project, "    explanation: Luôn kiểm tra lại qua số chính thức.\n",
              "    explanation: Luôn kiểm tra lại qua số chính thức.\n"
              "  - id: sap-xep\n    type: order\n    prompt: Xếp hai việc\n    items: [Một, Hai]\n    explanation: Thế.\n")
    assert cli_main(["check", str(project)]) == 0
    out = capsys.readouterr()
    assert "cảnh báo: câu sắp xếp chỉ có 2 mục" in out.out and re.search(r"^\d+ cảnh báo", out.err, re.M)
    assert cli_main(["check", "--strict", str(project)]) == 1
    assert cli_main(["check", "--lang", "en", str(project)]) == 0
    assert "warning: the order question has only 2 items" in capsys.readouterr().out
