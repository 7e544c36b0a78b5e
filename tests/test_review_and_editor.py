"""`hocvuso preview` (a reviewer's page with the answers, outside the site) and the editor setup in .vscode/."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from conftest import ROOT, mkdocs_build
from hocvuso.adapters.cli import main as cli_main
from hocvuso.content.catalog import load_catalog
from hocvuso.content.rules import check_catalog
from hocvuso.core.yaml_source import load_yaml, split_front_matter
from sample_project import BANK, LESSON, make_project, write

VSCODE = ROOT / ".vscode"


@pytest.fixture()
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = make_project(tmp_path / "p")
    write(root, "quizzes/chu-de/mau.yml", BANK + (
        "  - id: cau-bon\n    type: order\n    prompt: Xếp các bước gọi lại.\n    items: [Cúp máy, Tìm số chính thức, Gọi lại]\n"
        "    explanation: Tự tìm số, không dùng số người lạ đưa.\n"
        "  - id: cau-nam\n    type: match\n    prompt: Ghép ứng dụng với việc.\n    pairs: [[VNeID, Định danh], [VssID, Bảo hiểm]]\n"
        "    hint: Nghĩ tới tên ứng dụng.\n    level: 1\n    competences: ['2.6', '4.2']\n"))
    monkeypatch.chdir(root)
    return root


def preview(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = cli_main(["preview", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_preview_of_a_bank_shows_every_answer_feedback_explanation_tag_and_level(project: Path,
                                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = preview(capsys, "chu-de/mau")
    assert (code, err) == (0, "")
    assert out == "Đã ghi review/chu-de-mau.html: 5 câu hỏi có đáp án. Mở tệp bằng trình duyệt để xem hoặc in.\n"
    page = (project / "review/chu-de-mau.html").read_text("utf-8")
    assert "Trang dành cho người duyệt bài: có đáp án. Không gửi cho người học." in page
    # single: the right option marked right, each option's feedback, the missing feedback said
    assert re.search(r'<li class="is-right"><span class="hvs-review__mark">✓ Đúng</span> Cúp máy và gọi lại số chính thức', page)
    assert re.search(r'<li class="is-wrong"><span class="hvs-review__mark">✗ Sai</span> Chuyển tiền ngay<div class="hvs-review__'
                     r'feedback">Phản hồi: Công an không yêu cầu chuyển tiền qua điện thoại.</div>', page)
    assert "(chưa có phản hồi)" in page
    assert "Đáp án: <strong>Sai</strong>" in page  # truefalse
    assert "Các câu trả lời được chấp nhận:</p><ul><li><strong>113</strong></li></ul>" in page  # text
    assert "Thứ tự đúng:</p><ol><li>Cúp máy</li><li>Tìm số chính thức</li><li>Gọi lại</li></ol>" in page  # order
    assert "<td>VNeID</td><td>→ Định danh</td>" in page  # match
    assert "Giải thích:</strong><p>Luôn kiểm tra lại qua số chính thức.</p>" in page
    assert "(chưa có lời giải thích)" in page  # cau-ba has none
    assert "Cấp độ: 2 · Cơ bản" in page and "Cấp độ: 1 · Cơ bản" in page
    assert "Năng lực: 4.2 " in page and "Năng lực: 2.6 " in page
    assert "Tính cho miền 2 (miền của năng lực đầu tiên)" in page and "Gợi ý:</strong> Nghĩ tới tên ứng dụng." in page
    # standalone: no script, nothing loaded from anywhere
    assert "<script" not in page and not re.search(r'(?:src|href)="(?:https?:)?//', page)


def test_preview_of_a_lesson_groups_its_questions_as_the_page_shows_them(project: Path,
                                                                          capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = preview(capsys, "courses/chu-de/bai-mau.md", "--out", "xem.html", "--lang", "en")
    assert code == 0 and out.startswith("Wrote xem.html: 5 questions with their answers.")
    page = (project / "xem.html").read_text("utf-8")
    assert "For reviewers: the answers are shown." in page and "<h1>Lesson: Bài mẫu</h1>" in page
    practice, end = page.index("Practice inside the lesson (block 1)"), page.index("End-of-lesson self-check")
    assert practice < page.index("cau-mot") < end < page.index("cau-hai")  # cau-mot inside, the rest at the end
    assert page.count('class="hvs-review__q"') == 5


def test_preview_names_what_it_cannot_find(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = preview(capsys, "chu-de/mua")
    assert (code, out) == (1, "")
    assert "không có ngân hàng hay bài học `chu-de/mua` — có phải ý bạn là `chu-de/mau`?" in err
    write(project, "quizzes/chu-de/mau.yml", BANK.replace("title: Ngân hàng mẫu", "title: Chú ý: mẫu"))
    code, _, err = preview(capsys, "quizzes/chu-de/mau.yml")
    assert code == 1 and "chưa đọc được vì còn lỗi — chạy .venv/bin/hocvuso check quizzes/chu-de/mau.yml" in err


def test_review_page_is_never_part_of_the_site(project: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert preview(capsys, "chu-de/mau")[0] == 0
    out = tmp_path / "site"
    proc = mkdocs_build(project, out)
    assert proc.returncode == 0, proc.stderr
    assert not list(out.rglob("review")) and not list(out.rglob("chu-de-mau.html"))
    for html in out.rglob("*.html"):
        assert "Trang dành cho người duyệt bài" not in html.read_text("utf-8"), html
    index = (out / "search/search_index.json").read_text("utf-8")
    assert "người duyệt bài" not in index and "Phản hồi: Công an" not in index
    assert "review/" in (ROOT / ".gitignore").read_text("utf-8").splitlines()


def test_review_of_every_shipped_bank_is_written(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    cat = load_catalog(ROOT)
    for bank_id in ("thu-vien/vneid", "huong-dan/thanh-phan"):
        out = tmp_path / f"{bank_id.replace('/', '-')}.html"
        assert preview(capsys, bank_id, "--out", str(out))[0] == 0
        page = out.read_text("utf-8")
        assert page.count('class="hvs-review__q"') == len(cat.banks[bank_id].model.questions)
    assert "data:image/svg+xml;base64," in (tmp_path / "huong-dan-thanh-phan.html").read_text("utf-8")  # its picture, inside


# ---------------------------------------------------------------- .vscode

SNIPPET_VAR = re.compile(r"\$\{\d+\|([^,|]*)[^}]*\}|\$\{\d+:([^}]*)\}|\$\{\d+\}|\$\d+")


def filled(body: list[str]) -> str:
    """A snippet's body as inserted with every default kept, then every FIXME done (as tests/test_scaffold.py does)."""
    text = "\n".join(body).replace("\\$", "$")
    text = SNIPPET_VAR.sub(lambda m: m.group(1) or m.group(2) or "", text)
    return re.sub(r"FIXME:? ?", "", text).replace("ma-cau-hoi", "cau-vi-du") + "\n"


SNIPPETS = json.loads((VSCODE / "hocvuso.code-snippets").read_text("utf-8"))
QUESTION_SNIPPETS = {name: s for name, s in SNIPPETS.items() if s["prefix"] in
                     ("hvs-single", "hvs-multiple", "hvs-truefalse", "hvs-text", "hvs-order", "hvs-match")}


def test_a_snippet_for_each_question_type() -> None:
    types = {load_yaml(filled(s["body"]), Path("q.yml"))[0][0]["type"] for s in QUESTION_SNIPPETS.values()}
    assert types == {"single", "multiple", "truefalse", "text", "order", "match"}
    for s in SNIPPETS.values():
        assert s["scope"] in ("yaml", "markdown") and s["description"] and s["prefix"].startswith("hvs-")


def test_question_snippets_filled_in_pass_the_check(tmp_path: Path) -> None:
    root = make_project(tmp_path / "p")
    header = filled(next(s for s in SNIPPETS.values() if s["prefix"] == "hvs-bank")["body"])
    questions = ""
    for n, s in enumerate(QUESTION_SNIPPETS.values()):
        body = filled(s["body"]).replace("cau-vi-du", f"cau-{n}")
        questions += "".join(f"  {line}\n" if line else "\n" for line in body.rstrip("\n").splitlines())
    assert header.startswith("# yaml-language-server: $schema=../../schemas/bank.schema.json\n")
    write(root, "quizzes/chu-de/vi-du.yml", header.rstrip().rstrip("-").rstrip() + "\n" + questions)
    cat = load_catalog(root)
    check_catalog(cat)
    assert cat.report.format(root) == []
    assert len(cat.banks["chu-de/vi-du"].model.questions) == 6


def test_markdown_snippets_filled_in_pass_the_check(tmp_path: Path) -> None:
    root = make_project(tmp_path / "p")
    write(root, "courses/chu-de/img/ten-bai-noi-dung.svg", '<svg xmlns="http://www.w3.org/2000/svg"/>')
    write(root, "courses/chu-de/img/ten-bai-buoc-mot.svg", '<svg xmlns="http://www.w3.org/2000/svg"/>')
    by = {s["prefix"]: filled(s["body"]) for s in SNIPPETS.values() if s["scope"] == "markdown"}
    front = by["hvs-lesson"].replace("thu-vien/ten-bai", "chu-de/mau").replace('"https://"', '"https://example.gov.vn/"')
    body = by["hvs-quiz"].replace("thu-vien/ten-bai", "chu-de/mau").replace("cau-vi-du", "cau-mot")
    text = front + "Mở đầu.\n\n" + body + "\n" + by["hvs-anh"] + "\n" + by["hvs-buoc"]
    write(root, "courses/chu-de/bai-ba.md", text)
    doc, problems = split_front_matter(text, Path("x.md"))
    assert problems == [] and doc.meta and doc.meta["quiz"] == "chu-de/mau"
    cat = load_catalog(root)
    check_catalog(cat)
    assert cat.report.format(root) == []
    assert cat.pages["chu-de/bai-ba.md"].lesson is not None and len(cat.pages["chu-de/bai-ba.md"].blocks) == 1


def test_vscode_recommends_the_yaml_extension_and_maps_every_yaml_schema() -> None:
    assert "redhat.vscode-yaml" in json.loads((VSCODE / "extensions.json").read_text("utf-8"))["recommendations"]
    settings = json.loads((VSCODE / "settings.json").read_text("utf-8"))
    mapped = settings["yaml.schemas"]
    for schema in mapped:
        assert (ROOT / schema).is_file(), schema
    assert {Path(s).name for s in mapped} == {"bank.schema.json", "assessment.schema.json", "framework.schema.json"}
    assert settings["[yaml]"]["editor.insertSpaces"] is True and settings["files.encoding"] == "utf8"


def test_vscode_task_turns_the_check_into_editor_problems(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The task's problem matchers (JavaScript regular expressions, the same in Python here) read every line
    `hocvuso check` prints: errors as errors, warnings as warnings, with file, line and column."""
    tasks = json.loads((VSCODE / "tasks.json").read_text("utf-8"))["tasks"]
    task = next(t for t in tasks if t["label"] == "hocvuso check")
    assert task["command"] == "${workspaceFolder}/.venv/bin/hocvuso check" and task["group"]["isDefault"] is True
    matchers = {m["severity"]: re.compile(m["pattern"]["regexp"]) for m in task["problemMatcher"]}
    root = make_project(tmp_path / "p")
    write(root, "quizzes/chu-de/mau.yml", BANK.replace("level: 2", "level: 9"))
    capsys.readouterr()
    cli_main(["check", str(root)])
    lines = capsys.readouterr().out.splitlines()
    assert lines
    for line in lines:
        kinds = [sev for sev, rx in matchers.items() if rx.match(line)]
        assert kinds == (["warning"] if ": cảnh báo: " in line else ["error"]), line
    m = matchers["error"].match(lines[0])
    assert m and (m.group(1), m.group(2), m.group(3)) == ("quizzes/chu-de/mau.yml", "4", "8")


def test_authoring_guides_describe_the_editor_setup() -> None:
    for doc in ("AUTHORING.md", "AUTHORING.en.md"):
        text = (ROOT / doc).read_text("utf-8")
        for words in (".vscode/", "hvs-single", "redhat.vscode-yaml", "lesson.schema.json", "hocvuso preview"):
            assert words in text, f"{doc}: {words}"
    assert LESSON  # the sample lesson is what the guides' examples follow
