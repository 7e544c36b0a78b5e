"""Authoring that never surprises: each situation of the issue, as an author meets it.

For each: the broken input, the message (Vietnamese, and English where it matters), its file and line, and its
place in the output of `hocvuso check`. The codes at their lines are also in tests/test_problem_codes.py; here
the words, the order and the agreement with the build are held.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from conftest import ROOT, mkdocs_build
from hocvuso.adapters.cli import main as cli_main
from hocvuso.content.catalog import load_catalog
from hocvuso.content.rules import check_catalog
from sample_project import BANK, COURSE, LESSON, make_project, write

BANK_FILE = "quizzes/chu-de/mau.yml"
LESSON_FILE = "courses/chu-de/bai-mau.md"
COURSE_FILE = "courses/khoa-mau/index.md"
SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" role="img"><title>Hình</title></svg>'


@pytest.fixture()
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    return make_project(tmp_path / "p")


def bank(old: str, new: str) -> str:
    assert old in BANK, old
    return BANK.replace(old, new, 1)


def lesson(old: str, new: str) -> str:
    assert old in LESSON, old
    return LESSON.replace(old, new, 1)


def line_of(text: str, needle: str) -> int:
    return text[: text.index(needle)].count("\n") + 1


def check(capsys: pytest.CaptureFixture[str], root: Path, *args: str) -> tuple[int, list[str], str]:
    """`hocvuso check ROOT ARGS…`: (exit code, output lines, stderr)."""
    capsys.readouterr()
    code = cli_main(["check", str(root), *args])
    out, err = capsys.readouterr()
    return code, out.splitlines(), err


def only(lines: list[str], needle: str) -> str:
    found = [ln for ln in lines if needle in ln]
    assert len(found) == 1, f"one line with {needle!r} expected in:\n" + "\n".join(lines)
    return found[0]


def errors(root: Path, lang: str = "vi") -> list[str]:
    cat = load_catalog(root)
    check_catalog(cat)
    return cat.report.format(root, lang)


# ---------------------------------------------------------------- no silent changes


@pytest.mark.parametrize(("old", "new", "words"), [
    ("      - text: Chuyển tiền ngay\n", "      - text: 50.000\n", "`50.000` không có ngoặc kép nên YAML đọc thành số 50.0"),
    ('    answers: ["113"]', "    answers: [500.000]", "`500.000` không có ngoặc kép nên YAML đọc thành số 500.0"),
    ('    answers: ["113"]', "    answers: [0113]", "`0113` không có ngoặc kép nên YAML đọc thành số 75"),
    ('    answers: ["113"]', "    answers: [1_000]", "`1_000` không có ngoặc kép nên YAML đọc thành số 1000"),
    ('    answers: ["113"]', "    answers: [1:30]", "`1:30` không có ngoặc kép nên YAML đọc thành số 90"),
    ('    answers: ["113"]', "    answers: [1.5]", "`answers[0]` là số có dấu chấm (1.5)"),
])
def test_numbers_that_would_change_are_refused_with_the_fix(project: Path, capsys: pytest.CaptureFixture[str],
                                                           old: str, new: str, words: str) -> None:
    text = bank(old, new)
    write(project, BANK_FILE, text)
    code, lines, _ = check(capsys, project)
    assert code == 1
    line = only(lines, words)
    assert line.startswith(f"{BANK_FILE}:{line_of(text, new.strip())}:"), line
    assert "đặt trong ngoặc kép" in line
    assert len([ln for ln in lines if ln.startswith(f"{BANK_FILE}:{line_of(text, new.strip())}:")]) == 1, "one problem, not two"


def test_whole_numbers_that_read_back_exactly_stay_accepted(project: Path) -> None:
    write(project, BANK_FILE, bank('    answers: ["113"]', "    answers: [113, 2026]") + (
        "  - id: nam\n    type: order\n    prompt: Xếp các năm.\n    items: [2020, 2025, 2030]\n    explanation: Theo thứ tự.\n"))
    cat = load_catalog(project)
    check_catalog(cat)
    assert cat.report.format(project) == []
    assert cat.banks["chu-de/mau"].question("cau-ba").answers == ["113", "2026"]  # type: ignore[attr-defined]
    assert cat.banks["chu-de/mau"].question("nam").items == ["2020", "2025", "2030"]  # type: ignore[attr-defined]


@pytest.mark.parametrize(("old", "new", "raw", "value"), [
    ("    answer: false", "    answer: no", "no", "false"),
    ("    answer: false", "    answer: Yes", "Yes", "true"),
    ("    answer: false", "    answer: off", "off", "false"),
    ("        correct: true", "        correct: on", "on", "true"),
    ("      - text: Chuyển tiền ngay", "      - text: No", "No", "false"),
])
def test_yes_no_on_off_are_refused_for_booleans(project: Path, old: str, new: str, raw: str, value: str) -> None:
    text = bank(old, new)
    write(project, BANK_FILE, text)
    lines = errors(project)
    line = only(lines, f"`{raw}` không có ngoặc kép nên YAML đọc thành {value}")
    assert line.startswith(f"{BANK_FILE}:{line_of(text, new.strip())}:") and "viết `true` hoặc `false`" in line
    assert len(lines) == 1, lines


def test_true_and_false_in_any_case_stay_accepted(project: Path) -> None:
    write(project, BANK_FILE, bank("    answer: false", "    answer: False"))
    assert errors(project) == []


def test_nfd_text_is_read_as_nfc_and_the_file_is_flagged(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    nfd = unicodedata.normalize("NFD", "Mã OTP có thể đọc cho nhân viên ngân hàng qua điện thoại.")
    text = bank("Mã OTP có thể đọc cho nhân viên ngân hàng qua điện thoại.", nfd)
    assert text != unicodedata.normalize("NFC", text)
    write(project, BANK_FILE, text)
    cat = load_catalog(project)
    prompt = cat.banks["chu-de/mau"].question("cau-hai").prompt  # type: ignore[union-attr]
    assert prompt == unicodedata.normalize("NFC", prompt) and "Mã OTP" in prompt
    code, lines, _ = check(capsys, project)
    assert code == 0  # read as NFC: nothing breaks…
    line = only(lines, "dạng tổ hợp (NFD)")  # …but the file is named, with the fix
    assert line.startswith(f"{BANK_FILE}:{line_of(text, 'prompt: Ma')}:") and "cảnh báo:" in line and "NFC" in line
    assert check(capsys, project, "--strict")[0] == 1


def test_nfd_lesson_builds_as_nfc_and_search_finds_it(project: Path, tmp_path: Path) -> None:
    write(project, LESSON_FILE, unicodedata.normalize("NFD", lesson("Nội dung.", "Nội dung về mật khẩu an toàn.")))
    out = tmp_path / "site"
    proc = mkdocs_build(project, out)
    assert proc.returncode == 0, proc.stderr
    page = (out / "chu-de/bai-mau/index.html").read_text("utf-8")
    assert "mật khẩu an toàn" in page and "<title>Bài mẫu" in page
    index = json.loads((out / "search/search_index.json").read_text("utf-8"))
    texts = [d["text"] for d in index["docs"] if d["location"].startswith("chu-de/bai-mau/")]
    assert any("mật khẩu an toàn" in text for text in texts), texts


@pytest.mark.parametrize("fence", ["```quizz", "```Quiz", "```qiuz", '```quiz title="Luyện tập"', "~~~quizzes"])
def test_fences_close_to_quiz_are_flagged(project: Path, fence: str) -> None:
    text = lesson("```quiz\nbank: chu-de/mau\nquestions: [cau-mot]\n```", f"{fence}\nbank: chu-de/mau\nquestions: [cau-mot]\n{fence[:3]}")
    write(project, LESSON_FILE, text)
    line = only(errors(project), "không phải khối câu hỏi — có phải ý bạn là ```` ```quiz ````?")
    assert line.startswith(f"{LESSON_FILE}:{line_of(text, fence)}:1:"), line


@pytest.mark.parametrize("fence", ["```python", "```yaml", "```text", "```"])
def test_other_fences_are_left_alone(project: Path, fence: str) -> None:
    write(project, LESSON_FILE, lesson("Nội dung.", f"{fence}\nquiz: x\n```\n\n````markdown\n```quizz\nbank: x\n```\n````"))
    assert errors(project) == []


def test_a_dash_indented_under_a_list_entry_is_caught(project: Path) -> None:
    text = lesson("objectives: [Nhận ra cuộc gọi lừa đảo]",
                  "objectives:\n  - Nhận ra cuộc gọi lừa đảo\n    - Gọi lại số chính thức để kiểm tra")
    write(project, LESSON_FILE, text)
    line = only(errors(project), "thụt lề sâu hơn mục ở trên, nên bị nối vào chữ của mục đó")
    assert line.startswith(f"{LESSON_FILE}:{line_of(text, '    - Gọi lại')}:5:"), line


def test_a_comma_that_cuts_a_sentence_in_two_is_flagged(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = lesson("keypoints: [Không đọc mã OTP cho ai]", "keypoints: [Không đọc mã OTP, kể cả cho công an]")
    write(project, LESSON_FILE, text)
    _, lines, _ = check(capsys, project)
    line = only(lines, "mục `kể cả cho công an` của danh sách `[ … ]` bắt đầu bằng chữ thường")
    assert line.startswith(f"{LESSON_FILE}:{line_of(text, 'keypoints:')}:") and "cảnh báo:" in line


def test_new_says_where_a_name_without_a_folder_goes(project: Path, capsys: pytest.CaptureFixture[str],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(project)
    capsys.readouterr()
    assert cli_main(["new", "lesson", "mat-khau"]) == 0
    out = capsys.readouterr().out
    assert (project / "courses/thu-vien/mat-khau.md").is_file()
    assert "Tên `mat-khau` không có thư mục, nên tệp nằm trong thu-vien/" in out and "`nong-dan/mat-khau`" in out
    assert cli_main(["new", "bank", "mat-khau", "--lang", "en"]) == 0
    assert "The name `mat-khau` has no folder, so the file is in thu-vien/" in capsys.readouterr().out
    assert cli_main(["new", "lesson", "nong-dan/gia-lua"]) == 0
    assert "không có thư mục" not in capsys.readouterr().out


# ---------------------------------------------------------------- YAML mistakes in plain words

ENGLISH_PARSER_WORDS = re.compile(r"expected|block|scanner|mapping values|token|flow|while (?:scanning|parsing)")


@pytest.mark.parametrize(("old", "new", "needle", "vi", "en"), [
    ("    answer: false\n", "\t  answer: false\n", "\t  answer", "thụt lề bằng phím Tab", "indented with the Tab key"),
    ("    type: single\n", "    type: single\n      prompt2: x\n", "      prompt2", "thụt lề không khớp", "indentation does not match"),
    ("  - id: cau-hai\n", "  - id: cau-hai\n   type: truefalse\n", "   type: truefalse", "thụt lề không khớp", "indentation does not match"),
    ("title: Ngân hàng mẫu", 'title: "Ngân hàng mẫu', "title:", "dấu ngoặc kép mở ở đây nhưng không được đóng",
     "a quote opens here but is never closed"),
    ("    prompt: Mã OTP", "    prompt: “Chú ý: mã OTP”", "“Chú ý", "ngoặc kép cong", "curly quotes"),
    ('competences: ["4.2"]', 'competences: ["4.2" "4.3"]', "competences:", "danh sách `[ … ]`", "the `[ … ]` list"),
    ("title: Ngân hàng mẫu", "title: Chú ý: ngân hàng mẫu", "title:", "dấu hai chấm và dấu cách `: ` ở giữa",
     "a colon and space `: ` inside"),
    ("title: Ngân hàng mẫu", 'title: "Ngân hàng" mẫu', "title:", "chữ trong ngoặc kép rồi còn chữ", "quoted words and goes on"),
    ("title: Ngân hàng mẫu", "title: @mẫu", "title:", "không được bắt đầu bằng ký tự `@`", "cannot start with `@`"),
])
def test_yaml_parser_errors_are_explained_in_plain_words(project: Path, old: str, new: str, needle: str, vi: str,
                                                           en: str) -> None:
    text = bank(old, new)
    write(project, BANK_FILE, text)
    lines = errors(project)
    line = only(lines, vi)
    assert line.startswith(f"{BANK_FILE}:{line_of(text, needle)}:"), line
    assert len(lines) == 1, lines
    assert not ENGLISH_PARSER_WORDS.search(line), line
    assert en in only(errors(project, "en"), en)


def test_a_quiz_block_with_a_broken_list_points_inside_the_lesson(project: Path) -> None:
    text = lesson("questions: [cau-mot]", "questions: [cau-mot, cau-hai")
    write(project, LESSON_FILE, text)
    line = only(errors(project), "danh sách `[ … ]`")
    assert line.startswith(f"{LESSON_FILE}:{line_of(text, 'questions: [cau-mot, cau-hai')}:"), line


# ---------------------------------------------------------------- errors in order of cause


def test_a_bank_that_failed_to_load_hides_the_knock_on_errors(project: Path) -> None:
    write(project, BANK_FILE, bank("title: Ngân hàng mẫu", "title: Chú ý: ngân hàng mẫu"))
    lines = errors(project)
    assert len(lines) == 1 and lines[0].startswith(f"{BANK_FILE}:2:"), lines  # the lesson's `quiz:` and block say nothing
    write(project, "quizzes/assessments/mau.yml",
          'schema_version: 1\ntitle: Mẫu\npass_percent: 70\nlevels: [2]\nbanks: [chu-de/mau]\ndraw:\n  - {domain: "4", count: 2}\n')
    write(project, COURSE_FILE, COURSE.replace("  lessons:\n", "  assessment: mau\n  lessons:\n"))
    lines = errors(project)
    assert lines[0].startswith(f"{BANK_FILE}:2:")
    assert not any("không có ngân hàng" in ln for ln in lines), lines
    consequence = only(lines, "miền `4` cần 2 câu")
    assert "hệ quả của lỗi trong quizzes/chu-de/mau.yml" in consequence and lines[-1] == consequence


def test_a_bank_that_lost_questions_makes_draw_shortfalls_consequences_listed_last(project: Path) -> None:
    write(project, BANK_FILE, bank("    type: truefalse\n", "    type: truefalse\n    answr: true\n"))
    write(project, "quizzes/assessments/mau.yml",
          'schema_version: 1\ntitle: Mẫu\npass_percent: 70\nlevels: [2]\ndraw:\n  - {domain: "4", count: 3}\n')
    write(project, COURSE_FILE, COURSE.replace("  lessons:\n", "  assessment: mau\n  lessons:\n"))
    lines = errors(project, "en")
    assert "unknown key `answr` — did you mean `answer`?" in lines[0]
    assert lines[-1].startswith("quizzes/assessments/mau.yml:6:")
    assert ": a consequence of the problems in quizzes/chu-de/mau.yml: domain `4` needs 3 questions" in lines[-1]


def test_a_course_listing_a_broken_lesson_says_nothing_more(project: Path) -> None:
    (project / LESSON_FILE).write_bytes(b"---\ntitle: B\xe0i\n---\n")
    lines = errors(project)
    assert len(lines) == 1 and "không phải mã UTF-8" in lines[0], lines
    write(project, LESSON_FILE, lesson("title: Bài mẫu", "title: Chú ý: bài mẫu"))
    lines = errors(project)
    assert len(lines) == 1 and lines[0].startswith(f"{LESSON_FILE}:2:"), lines


def test_thousands_of_broken_questions_are_capped_per_file(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = "".join(f"  - id: cau-{i}\n    type: single\n    options: [{{text: A, correct: true}}, {{text: B}}]\n"
                     for i in range(3000))
    write(project, BANK_FILE, BANK + broken)
    code, lines, err = check(capsys, project)
    assert code == 1
    assert len(lines) <= 70, len(lines)
    more = only(lines, "và 2975 lỗi tương tự nữa")
    assert more.startswith(f"{BANK_FILE}:") and " … " in more
    assert lines.index(more) == 25  # after the first 25 of the kind
    assert "3000 lỗi cần sửa" in err  # the total is still told
    _, lines, _ = check(capsys, project, "--lang", "en")
    assert any(ln.endswith("… and 2975 more like this") for ln in lines)


def test_hints_never_suggest_the_same_word(project: Path) -> None:
    write(project, BANK_FILE, bank("        correct: true\n", "    answer: 4\n"))
    line = only(errors(project), "khóa `answer`")
    assert "có phải ý bạn là `answer`" not in line
    assert "không dùng ở câu `single`: đó là khóa của câu loại truefalse" in line
    write(project, BANK_FILE, bank("    answer: false\n", "    answer: 4\n"))
    line = only(errors(project), "`answer`")
    assert "có phải ý bạn là" not in line and "phải là true hoặc false" in line


def test_a_key_indented_too_little_is_explained(project: Path) -> None:
    text = BANK + "explanation: Số 113 là số gọi cảnh sát.\n"  # meant for the last question, written at the bank's level
    write(project, BANK_FILE, text)
    line = only(errors(project), "khóa `explanation` không thuộc chỗ này")
    assert line.startswith(f"{BANK_FILE}:{line_of(text, 'explanation: Số 113')}:1:") and "thụt lề quá ít" in line


# ---------------------------------------------------------------- links, pictures, outside resources, headings


@pytest.mark.parametrize(("extra", "words"), [
    ("Xem [bài khác](bai-ba.md).", "liên kết tới `bai-ba.md` nhưng không có tệp đó trong courses/ — có phải ý bạn là `bai-"),
    ("Xem [mục](bai-hai.md#khong-co).", "trang `chu-de/bai-hai.md` không có đề mục hay mốc `#khong-co`"),
    ("Xem [mục](#phan-ba).", "trang `chu-de/bai-mau.md` không có đề mục hay mốc `#phan-ba` — có phải ý bạn là `#phan-hai`?"
     .replace("`#phan-hai`", "`phan-hai`")),
    ("![Sơ đồ ba bước gọi lại](img/khong-co.svg)", "không tìm thấy ảnh `img/khong-co.svg`"),
    ("![](img/hinh.svg)", "ảnh `img/hinh.svg` không có mô tả"),
    ("![Logo ngân hàng trên mạng](https://cdn.example.com/logo.png)", "`https://cdn.example.com/logo.png` được tải từ trang web khác"),
    ("# Phần một", "bài có đề mục `# …` (cấp 1)"),
])
def test_lesson_body_problems_are_found_at_the_markdown_line(project: Path, extra: str, words: str) -> None:
    write(project, "courses/chu-de/img/hinh.svg", SVG)
    text = lesson("Nội dung.", "Dòng trước.\n\n" + extra)
    write(project, LESSON_FILE, text)
    line = only(errors(project), words)
    assert line.startswith(f"{LESSON_FILE}:{line_of(text, extra)}:"), line


def test_good_links_pass(project: Path) -> None:
    write(project, "courses/chu-de/img/hinh.svg", SVG)
    write(project, "courses/tu-dien.md", "---\ntitle: Từ điển\n---\n\n## Mã OTP {#otp}\n\nMã.\n\n## Đường link {#duong-link}\n\nLink.\n")
    text = lesson("Nội dung.", "Xem [phần hai](#phan-hai), [bài hai](bai-hai.md), [OTP](../tu-dien.md#otp), "
                  "[đường link](../tu-dien.md#duong-link), [tiến độ](../tien-do.md), [khung](../khung-nang-luc.md#nl-4-2), "
                  "[trang chủ](../index.md), [tự đánh giá](../khoa-mau/tu-danh-gia.md) và [cổng](https://dichvucong.gov.vn).\n\n"
                  "![Sơ đồ ba bước gọi lại](img/hinh.svg)")
    write(project, LESSON_FILE, text)
    assert errors(project) == []


def test_anchors_are_the_ones_mkdocs_makes(project: Path) -> None:
    """Python-Markdown's slugs drop letters without an ASCII form: `## Đường link` gets `#uong-link`, so a link to
    `#duong-link` would land at the top of the page. The check says so, and offers the anchor MkDocs makes."""
    write(project, "courses/tu-dien.md", "---\ntitle: Từ điển\n---\n\n## Đường link\n\nLink.\n\n## Đường link\n\nLần hai.\n")
    text = lesson("Nội dung.", "[đường link](../tu-dien.md#duong-link) và [lần hai](../tu-dien.md#uong-link_1)")
    write(project, LESSON_FILE, text)
    line = only(errors(project), "#duong-link")
    assert "có phải ý bạn là `uong-link`" in line and "thêm `{#duong-link}` sau đề mục" in line


def test_outside_pictures_in_question_text_are_found_at_their_line(project: Path) -> None:
    text = bank("    explanation: Không bao giờ đọc mã OTP cho ai.",
                "    explanation: |\n      Không bao giờ đọc mã OTP cho ai.\n\n      ![Ảnh](https://example.com/a.png)")
    write(project, BANK_FILE, text)
    line = only(errors(project), "`https://example.com/a.png` được tải từ trang web khác")
    assert line.startswith(f"{BANK_FILE}:{line_of(text, '![Ảnh]')}:"), line


@pytest.mark.parametrize("extra", ["Xem [bài khác](khong-co.md).", "![Sơ đồ ba bước gọi lại](img/khong-co.svg)",
                                   "![Ảnh từ máy chủ khác](https://example.com/a.png)"])
def test_what_breaks_the_build_is_an_error_of_the_check(project: Path, tmp_path: Path, extra: str) -> None:
    """The check finds at the Markdown line what MkDocs (or the scan of the built site) would refuse after building."""
    write(project, LESSON_FILE, lesson("Nội dung.", extra))
    assert errors(project) != []
    hooks = project / "hooks" / "hocvuso_hooks.py"  # the build without hocvuso's own check: does MkDocs refuse it too?
    hooks.write_text(hooks.read_text("utf-8").replace("    on_config,\n", "    on_config as _on_config,\n") + (
        "\n\ndef on_config(config):\n    import hocvuso.content.rules as r\n    real = r.check_links\n"
        "    r.check_links = lambda cat, rep: None\n    try:\n        return _on_config(config)\n"
        "    finally:\n        r.check_links = real\n"), "utf-8")
    proc = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(project / "mkdocs.yml"), "-d",
                           str(tmp_path / "site")], cwd=project, capture_output=True, text=True, timeout=300,
                          env=dict(os.environ, NO_MKDOCS_2_WARNING="1"))  # not quiet: with -q MkDocs counts no warning
    assert proc.returncode != 0, proc.stderr


def test_writing_rules_warn_and_strict_makes_them_errors(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, lines, err = check(capsys, project)
    assert code == 0
    warnings = [ln for ln in lines if ": cảnh báo: " in ln and ln.startswith((LESSON_FILE, BANK_FILE))]
    text = (project / LESSON_FILE).read_text("utf-8")
    for words, where in (("bài mới có 1 mục tiêu, cần ít nhất 2", f"{LESSON_FILE}:{line_of(text, 'objectives:')}:"),
                         ("chưa có các bước đánh số", f"{LESSON_FILE}:{line_of(text, 'Mở đầu')}:"),
                         ("ngoài khoảng 600–1.500 chữ", f"{LESSON_FILE}:{line_of(text, 'Mở đầu')}:"),
                         ("bài mới có 0 ảnh, cần ít nhất 2", f"{LESSON_FILE}:{line_of(text, 'Mở đầu')}:"),
                         ("ngân hàng của bài trong lộ trình mới có 3 câu, cần ít nhất 10", f"{BANK_FILE}:{line_of(BANK, 'questions:')}:"),
                         ("câu `cau-ba` chưa có lời giải thích", f"{BANK_FILE}:{line_of(BANK, '  - id: cau-ba')}:")):
        assert only(warnings, words).startswith(where)
    assert re.search(r"^\d+ cảnh báo về cách viết bài và câu hỏi \(lỗi khi chạy với --strict\)\.$", err, re.M)
    code, _, err = check(capsys, project, "--strict")
    assert code == 1


def test_errors_come_before_warnings_in_the_output(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(project, BANK_FILE, bank("level: 2", "level: 9"))
    _, lines, _ = check(capsys, project)
    first_warning = next(i for i, ln in enumerate(lines) if ": cảnh báo: " in ln)
    assert all(": cảnh báo: " not in ln for ln in lines[:first_warning]) and first_warning >= 1
    assert lines[0].startswith(f"{BANK_FILE}:4:")


def test_pre_commit_pr_check_and_make_check_run_the_same_strict_check() -> None:
    import yaml

    config = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text("utf-8"))
    hook = next(h for r in config["repos"] for h in r["hooks"] if h["id"] == "hocvuso-check")
    assert hook["entry"] == ".venv/bin/hocvuso check --strict"
    makefile = (ROOT / "Makefile").read_text("utf-8")
    assert re.search(r"^check:.*\n\t\.venv/bin/hocvuso check --strict$", makefile, re.M)
    workflow = yaml.safe_load((ROOT / ".github/workflows/check.yml").read_text("utf-8"))
    assert any(step.get("run") == "make check" for step in workflow["jobs"]["check"]["steps"])
