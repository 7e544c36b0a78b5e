"""`hocvuso new`: starting files in the right place, FIXMEs refused by the checker, filled files built into pages.

Also the checker's output as authors and CI see it (Vietnamese, English, GitHub
annotations), and AUTHORING.md's worked example followed literally.
"""

from __future__ import annotations

import html
import json
import os
import re
import subprocess
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from conftest import copy_project, mkdocs_build
from hocvuso.adapters.cli import main as cli_main
from hocvuso.authoring.json_schema import build_schema
from hocvuso.authoring.scaffold import slugify
from hocvuso.core.yaml_source import load_yaml

ROOT = Path(__file__).resolve().parent.parent

# A course the repository does not have (its content grows: nong-dan exists since the farmers' course).
NEW_FILES = {
    ("lesson", "thu-vien/mat-khau"): "courses/thu-vien/mat-khau.md",
    ("bank", "thu-vien/mat-khau"): "quizzes/thu-vien/mat-khau.yml",
    ("course", "khoa-thu"): "courses/khoa-thu/index.md",
    ("assessment", "khoa-thu"): "quizzes/assessments/khoa-thu.yml",
}


@pytest.fixture()
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the repository's project, as the current folder."""
    root = copy_project(tmp_path / "p")
    monkeypatch.chdir(root)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    return root


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """``hocvuso ARGV...`` in the current folder: (exit code, stdout, stderr)."""
    capsys.readouterr()
    code = cli_main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def new_all(capsys: pytest.CaptureFixture[str]) -> None:
    for (kind, name) in NEW_FILES:
        code, out, err = run(capsys, "new", kind, name)
        assert code == 0, err


def fill(path: Path) -> None:
    """What an author does: every FIXME replaced by real text (comments that only say FIXME deleted)."""
    text = path.read_text(encoding="utf-8")
    text = re.sub(r"[ \t]+# FIXME[^\n]*", "", text)
    text = text.replace("FIXME: ", "").replace("FIXME", "vi-du")
    path.write_text(text, encoding="utf-8")


def fixme_lines(path: Path) -> list[int]:
    return [n for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if "FIXME" in line]


# ---------------------------------------------------------------- writing starting files


def test_new_writes_each_kind_in_the_right_place(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for (kind, name), rel in NEW_FILES.items():
        code, out, err = run(capsys, "new", kind, name)
        assert (code, err) == (0, "")
        assert out.startswith(f"Đã tạo {rel}. Sửa mọi chỗ có chữ FIXME, rồi chạy: .venv/bin/hocvuso check\n")
        assert (project / rel).is_file()
        assert fixme_lines(project / rel), f"{rel} marks the places to edit with FIXME"
    assert "Tiếp theo: tạo ngân hàng câu hỏi của bài: .venv/bin/hocvuso new bank thu-vien/khac" in (
        run(capsys, "new", "lesson", "thu-vien/khac")[1])


def test_new_speaks_english_on_request(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "new", "bank", "chu-de/ngan-hang", "--lang", "en")
    assert code == 0
    assert out.startswith("Created quizzes/chu-de/ngan-hang.yml. Edit every place marked FIXME")


def test_names_are_normalised_and_short_names_go_to_the_shared_library(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "new", "lesson", "courses/thu-vien/bai-mot.md")[0] == 0
    assert (project / "courses/thu-vien/bai-mot.md").is_file()
    assert run(capsys, "new", "lesson", "bai-hai")[0] == 0
    assert (project / "courses/thu-vien/bai-hai.md").is_file()
    assert run(capsys, "new", "bank", "quizzes/chu-de/con/sau.yml")[0] == 0
    bank = project / "quizzes/chu-de/con/sau.yml"
    assert bank.read_text(encoding="utf-8").splitlines()[0] == (
        "# yaml-language-server: $schema=../../../schemas/bank.schema.json")


def test_new_never_overwrites(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    existing = project / "courses/thu-vien/vneid.md"
    before = existing.read_bytes()
    code, out, err = run(capsys, "new", "lesson", "thu-vien/vneid")
    assert (code, out) == (1, "")
    assert err == ("hocvuso new: tệp courses/thu-vien/vneid.md đã có; không ghi đè lên tệp đó — chọn tên khác, "
                   "hoặc mở tệp courses/thu-vien/vneid.md để sửa\n")
    code, _, err = run(capsys, "new", "lesson", "thu-vien/vneid", "--lang", "en")
    assert code == 1 and "courses/thu-vien/vneid.md already exists; it was not overwritten" in err
    assert existing.read_bytes() == before
    for (kind, name), rel in NEW_FILES.items():
        assert run(capsys, "new", kind, name)[0] == 0
        (project / rel).write_text("đã sửa\n", encoding="utf-8")
        code, _, err = run(capsys, "new", kind, name)
        assert code == 1 and rel in err
        assert (project / rel).read_text(encoding="utf-8") == "đã sửa\n"
    code, _, err = run(capsys, "new", "assessment", "nguoi-dan")
    assert code == 1 and "quizzes/assessments/nguoi-dan.yml" in err


@pytest.mark.parametrize(("kind", "name", "vi", "en"), [
    ("lesson", "thu-vien/Mật khẩu mạnh", "có phải ý bạn là `thu-vien/mat-khau-manh`?", "did you mean `thu-vien/mat-khau-manh`?"),
    ("bank", "thu-vien/Đổi mật khẩu", "có phải ý bạn là `thu-vien/doi-mat-khau`?", "did you mean `thu-vien/doi-mat-khau`?"),
    ("course", "khoa-thu/khac", "chỉ được có một phần", "must be a single part"),
    ("lesson", "khoa-thu/index", "không dùng được tên `khoa-thu/index` cho bài học", "cannot be used for a lesson"),
    ("bank", "assessments/x", "cho ngân hàng câu hỏi", "cannot be used for a question bank"),
    ("assessment", "", "không hợp lệ", "is not valid"),
])
def test_bad_names_are_explained(project: Path, capsys: pytest.CaptureFixture[str], kind: str, name: str, vi: str, en: str) -> None:
    before = sorted(p for p in project.rglob("*"))
    code, out, err = run(capsys, "new", kind, name)
    assert (code, out) == (1, "") and vi in err
    code, out, err = run(capsys, "new", kind, name, "--lang", "en")
    assert (code, out) == (1, "") and en in err
    assert sorted(p for p in project.rglob("*")) == before, "nothing is written"


def test_slugify() -> None:
    assert slugify("Đăng ký VNeID mức 2") == "dang-ky-vneid-muc-2"


def test_new_refuses_to_run_outside_a_project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, err = run(capsys, "new", "course", "khoa-thu")
    assert code == 1 and "không tìm thấy dự án" in err
    assert not (tmp_path / "courses").exists()


# ---------------------------------------------------------------- the checker refuses FIXMEs


def test_checker_flags_every_fixme_with_file_and_line(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    new_all(capsys)
    code, out, err = run(capsys, "check")
    assert code == 1
    lines = out.splitlines()
    for rel in NEW_FILES.values():
        for n in fixme_lines(project / rel):
            assert any(ln.startswith(f"{rel}:{n}:") and ": còn chỗ đánh dấu FIXME chưa sửa — thay FIXME bằng nội dung thật" in ln
                       for ln in lines), f"{rel}:{n} not reported in:\n{out}"
    assert re.search(r"^\d+ lỗi cần sửa\.$", err, re.M)  # after the count of writing warnings, if any
    assert "::error" not in out


def test_checker_speaks_english_with_lang_en(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    new_all(capsys)
    code, out, err = run(capsys, "check", "--lang", "en")
    assert code == 1
    assert "courses/thu-vien/mat-khau.md:2:9: a FIXME marker is still here — replace FIXME with the real content" in out
    assert "còn chỗ" not in out
    assert re.search(r"^\d+ problems to fix\.$", err, re.M)


def test_checker_on_one_file_reports_only_that_file(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    new_all(capsys)
    code, out, _ = run(capsys, "check", "quizzes/thu-vien/mat-khau.yml")
    assert code == 1
    assert {ln.split(":")[0] for ln in out.splitlines()} == {"quizzes/thu-vien/mat-khau.yml"}
    code, out, _ = run(capsys, "check", "courses/thu-vien/vneid.md", "quizzes/thu-vien/vneid.yml")
    assert code == 0 and out.startswith("Không có lỗi")


def test_github_annotations_in_ci(project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    new_all(capsys)
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    code, out, _ = run(capsys, "check")
    assert code == 1
    plain = [ln for ln in out.splitlines() if not ln.startswith("::") and ": cảnh báo: " not in ln and " … " not in ln]
    notes = [ln for ln in out.splitlines() if ln.startswith("::error ")]
    assert len(notes) == len(plain) > 0
    assert ("::error file=courses/thu-vien/mat-khau.md,line=2,col=9,title=hocvuso check::"
            "còn chỗ đánh dấu FIXME chưa sửa — thay FIXME bằng nội dung thật") in notes
    for note in notes:
        assert re.fullmatch(r"::error file=[^,]+,line=\d+,col=\d+,title=hocvuso check::[^\r\n]+", note), note
    code, out, _ = run(capsys, "check", "--lang", "en")
    assert "::error file=courses/thu-vien/mat-khau.md,line=2,col=9,title=hocvuso check::a FIXME marker is still here" in out
    monkeypatch.delenv("GITHUB_ACTIONS")
    assert "::error" not in run(capsys, "check")[1]
    assert "::error file=" in run(capsys, "check", "--github")[1]


def test_github_annotation_text_is_escaped(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bank = project / "quizzes/thu-vien/vneid.yml"
    bank.write_text(bank.read_text(encoding="utf-8").replace("schema_version: 1\n", "schema_version: 1\n\"100%\\nx\": 1\n", 1),
                    encoding="utf-8")
    code, out, _ = run(capsys, "check", "--github")
    assert code == 1
    note = next(ln for ln in out.splitlines() if ln.startswith("::error") and "vneid.yml" in ln)
    assert "100%25\\u000ax" in note and "\n" not in note, "the newline is shown escaped, never a line of its own"


# ---------------------------------------------------------------- filled in, checked, built


def test_filled_files_pass_the_checker_and_build_into_pages(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    new_all(capsys)
    for rel in NEW_FILES.values():
        fill(project / rel)
        assert fixme_lines(project / rel) == []
    course = project / "courses/khoa-thu/index.md"
    text = course.read_text(encoding="utf-8")
    text = re.sub(r"(  lessons:.*\n(?:    - .*\n)+)", r"\1    - thu-vien/mat-khau.md\n", text)
    text = text.replace("  # assessment: khoa-thu\n", "  assessment: khoa-thu\n")
    course.write_text(text, encoding="utf-8")

    code, out, err = run(capsys, "check")
    assert code == 0 and "lỗi cần sửa" not in err, out  # writing warnings (a short lesson) are advice here
    assert out.splitlines()[-1].startswith("Không có lỗi:")

    for rel, kind in (("quizzes/thu-vien/mat-khau.yml", "bank"), ("quizzes/assessments/khoa-thu.yml", "assessment")):
        data, _, _ = load_yaml((project / rel).read_text(encoding="utf-8"), project / rel)
        assert list(Draft202012Validator(build_schema(kind)).iter_errors(data)) == []
        assert {q["type"] for q in data.get("questions", [])} in ({"single", "truefalse", "order"}, set())

    out_dir = project.parent / "site"
    proc = mkdocs_build(project, out_dir)
    assert proc.returncode == 0, proc.stderr
    page = (out_dir / "thu-vien/mat-khau/index.html").read_text(encoding="utf-8")
    qs = [json.loads(html.unescape(m)) for m in re.findall(r'data-hvs-q="([^"]*)"', page)]
    assert {(q["bank"], q["id"], q["type"]) for q in qs} == {
        ("thu-vien/mat-khau", "vi-du-chon-mot", "single"),
        ("thu-vien/mat-khau", "vi-du-dung-sai", "truefalse"),
        ("thu-vien/mat-khau", "vi-du-thu-tu", "order"),
    }
    assert "Tên bài học, nói việc người học sẽ làm được" in page
    course_page = (out_dir / "khoa-thu/index.html").read_text(encoding="utf-8")
    assert "thu-vien/mat-khau/" in course_page
    assert (out_dir / "khoa-thu/tu-danh-gia/index.html").is_file()


def test_unfilled_files_stop_the_build(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "new", "lesson", "thu-vien/mat-khau")[0] == 0
    proc = mkdocs_build(project, project.parent / "site")
    assert proc.returncode != 0
    assert "courses/thu-vien/mat-khau.md:2:9: còn chỗ đánh dấu FIXME chưa sửa" in proc.stderr
    assert not (project.parent / "site/thu-vien/mat-khau/index.html").exists()


# ---------------------------------------------------------------- AUTHORING.md, followed literally

EXAMPLE_RE = re.compile(r"<!-- hocvuso-example: (?P<what>[^>]*?) -->\s*\n(?P<fence>`{3,})[^\n]*\n(?P<body>.*?)\n(?P=fence)\n", re.S)


def examples(doc: str) -> list[tuple[str, str]]:
    """The example blocks of a guide: (what, text), in order."""
    text = (ROOT / doc).read_text(encoding="utf-8")
    return [(m.group("what").strip(), m.group("body") + "\n") for m in EXAMPLE_RE.finditer(text)]


def hocvuso_shell(project: Path, line: str) -> subprocess.CompletedProcess[str]:
    """Run one command line from a guide, as written, in the project folder."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    env.pop("GITHUB_ACTIONS", None)
    return subprocess.run(line, shell=True, cwd=project, env=env, capture_output=True, text=True, timeout=300)


@pytest.mark.parametrize("doc", ["AUTHORING.md", "AUTHORING.en.md"])
def test_authoring_guide_worked_example(doc: str, tmp_path: Path) -> None:
    """Add a lesson with a bank of three question types exactly as the guide says, then check and build."""
    project = copy_project(tmp_path / "p")
    (project / ".venv").symlink_to(ROOT / ".venv")
    steps = [(w, b) for w, b in examples(doc) if w.split()[0] in ("run", "file", "add-lesson")]
    assert steps, f"{doc} has no worked example"
    ran = 0
    lesson_rel = ""
    for what, body in steps:
        word, *args = what.split()
        if word == "run":
            for line in body.splitlines():
                line = line.strip()
                if not line or line.startswith("#"):
                    continue
                if line == "make serve":  # blocks forever; a build is what it serves
                    proc = mkdocs_build(project, tmp_path / "site")
                else:
                    assert line.startswith(".venv/bin/hocvuso "), f"{doc}: unexpected command {line!r}"
                    proc = hocvuso_shell(project, line)
                assert proc.returncode == 0, f"{doc}: `{line}` failed:\n{proc.stdout}\n{proc.stderr}"
                ran += 1
        elif word == "file":
            target = project / args[0]
            assert target.is_file(), f"{doc}: {args[0]} should exist (made by `hocvuso new`) before it is edited"
            target.write_text(body, encoding="utf-8")
            if args[0].startswith("courses/"):
                lesson_rel = args[0][len("courses/"):]
        elif word == "add-lesson":
            course = project / args[0]
            new_line = body.rstrip("\n").splitlines()[-1]
            text = course.read_text(encoding="utf-8")
            path_list = re.search(r"  lessons:.*\n(?:    - .*\n)+", text)
            assert path_list, f"{args[0]} has no `lessons:` list"
            text = text[: path_list.end()] + new_line + "\n" + text[path_list.end():]
            course.write_text(text, encoding="utf-8")
    assert ran >= 4 and lesson_rel
    page = (tmp_path / "site" / lesson_rel.removesuffix(".md") / "index.html").read_text(encoding="utf-8")
    types = {json.loads(html.unescape(m))["type"] for m in re.findall(r'data-hvs-q="([^"]*)"', page)}
    assert len(types) >= 3, types


@pytest.mark.parametrize("doc", ["AUTHORING.md", "AUTHORING.en.md"])
def test_authoring_guide_question_examples_are_valid(doc: str, tmp_path: Path) -> None:
    """Every question-type example of the guide, put in one bank, passes the checker and the schema."""
    project = copy_project(tmp_path / "p")
    questions = [b for w, b in examples(doc) if w == "question"]
    types = set()
    for body in questions:
        data, _, problems = load_yaml(body, Path("q.yml"))
        assert not problems and isinstance(data, list) and len(data) == 1, body
        types.add(data[0]["type"])
    assert types == {"single", "multiple", "truefalse", "text", "order", "match"}
    header = next(b for w, b in examples(doc) if w == "bank-header")
    text = header + "".join(questions)
    (project / "quizzes/thu-vien/cac-loai.yml").write_text(text, encoding="utf-8")
    proc = hocvuso_shell(project, f"{ROOT / '.venv/bin/hocvuso'} check")
    assert proc.returncode == 0, proc.stdout
    data, _, _ = load_yaml(text, Path("b.yml"))
    assert list(Draft202012Validator(build_schema("bank")).iter_errors(data)) == []


@pytest.mark.parametrize(("doc", "lang"), [("AUTHORING.md", "vi"), ("AUTHORING.en.md", "en")])
def test_authoring_guide_error_example_is_real_output(doc: str, lang: str, tmp_path: Path) -> None:
    """The guide's "how to read an error" shows exactly what `hocvuso check` prints for its broken file."""
    project = copy_project(tmp_path / "p")
    (project / ".venv").symlink_to(ROOT / ".venv")
    blocks = examples(doc)
    broken = [(w, b) for w, b in blocks if w.startswith("broken ")]
    output = [b for w, b in blocks if w == "output"]
    assert len(broken) == 1 and len(output) == 1, f"{doc}: one broken file and its output"
    rel = broken[0][0].split()[1]
    (project / rel).parent.mkdir(parents=True, exist_ok=True)
    (project / rel).write_text(broken[0][1], encoding="utf-8")
    command, *expected = output[0].rstrip("\n").splitlines()
    assert command.startswith("$ .venv/bin/hocvuso check")
    proc = hocvuso_shell(project, command[2:])
    assert proc.returncode == 1
    assert (proc.stdout + proc.stderr).splitlines() == expected, (
        f"the checker's messages changed: paste its real output into {doc}'s example")


# ---------------------------------------------------------------- pre-commit


def test_pre_commit_hooks_run_the_checker_on_content_changes() -> None:
    import yaml

    config = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    (local,) = [r for r in config["repos"] if r["repo"] == "local"]
    hook = next(h for h in local["hooks"] if h["id"] == "hocvuso-check")
    assert hook["language"] == "system" and hook["entry"] == ".venv/bin/hocvuso check --strict"
    assert hook["pass_filenames"] is False  # the whole project: one change can break another file
    files = re.compile(hook["files"])
    assert files.search("courses/thu-vien/vneid.md") and files.search("quizzes/thu-vien/vneid.yml")
    assert not files.search("src/hocvuso/cli.py") and not files.search("README.md")
    manifest = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    ids = {h["id"]: h for h in manifest}
    assert ids["hocvuso-check"]["entry"] == "hocvuso check --strict" and ids["hocvuso-check"]["language"] == "python"
    for h in manifest:
        assert {"id", "name", "entry", "language"} <= set(h)
