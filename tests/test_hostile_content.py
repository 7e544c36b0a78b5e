"""Content from an outside author that tries to run script, publish the build machine's files or hang the build:
`hocvuso check` refuses each case with its file and line, quickly, without a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from hocvuso.content.catalog import load_catalog
from hocvuso.content.rules import check_catalog
from hocvuso.render.sanitize import sanitize
from sample_project import BANK, COURSE, LESSON, bank, lesson, make_project, write

BANK_FILE = "quizzes/chu-de/mau.yml"
LESSON_FILE = "courses/chu-de/bai-mau.md"
COURSE_FILE = "courses/khoa-mau/index.md"
EVIL = "<img src=x onerror=alert(1)>"
BOMB = "".join(f"{c}: &{c} [{', '.join([f'*{p}'] * 9)}]\n" for p, c in zip("abcdefgh", "bcdefghi", strict=True))
BOMB = 'a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]\n' + BOMB


@dataclass(frozen=True)
class Hostile:
    name: str
    code: str
    files: dict[str, str | bytes]
    where: str
    needle: str = ""




def body(extra: str) -> str:
    return LESSON.replace("## Phần hai\n", extra + "\n\n## Phần hai\n")


SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">{}</svg>'
CASES = [
    Hostile("lesson title", "text.markup", {LESSON_FILE: lesson("title: Bài mẫu", f'title: "Bài {EVIL}"')}, LESSON_FILE, "title:"),
    Hostile("course title", "text.markup", {COURSE_FILE: COURSE.replace("title: Khóa mẫu", f'title: "Khóa {EVIL}"')},
            COURSE_FILE, "title:"),
    Hostile("entity in a title", "text.markup", {LESSON_FILE: lesson("title: Bài mẫu", 'title: "Bài &lt;b&gt;"')}, LESSON_FILE,
            "title:"),
    Hostile("description", "text.markup", {LESSON_FILE: lesson("title: Bài mẫu", f'title: Bài mẫu\ndescription: "{EVIL}"')},
            LESSON_FILE, "description:"),
    Hostile("status key", "schema.unknown_key", {LESSON_FILE: lesson("title: Bài mẫu", 'title: Bài mẫu\nstatus: "new"')},
            LESSON_FILE, "status:"),
    Hostile("template key", "schema.unknown_key", {LESSON_FILE: lesson("title: Bài mẫu", "title: Bài mẫu\ntemplate: x.html")},
            LESSON_FILE, "template:"),
    Hostile("icon key", "schema.unknown_key", {LESSON_FILE: lesson("title: Bài mẫu", "title: Bài mẫu\nicon: ../../x")},
            LESSON_FILE, "icon:"),
    Hostile("assessment title", "text.markup", {
        "quizzes/assessments/mau.yml": f'schema_version: 1\ntitle: "T {EVIL}"\npass_percent: 70\nlevels: [2]\n'
                                       'draw:\n  - {domain: "4", count: 1}\n',
        COURSE_FILE: COURSE.replace("  lessons:\n", "  assessment: mau\n  lessons:\n")}, "quizzes/assessments/mau.yml", "title:"),
    Hostile("bank title", "text.markup", {BANK_FILE: bank("title: Ngân hàng mẫu", f'title: "{EVIL}"')}, BANK_FILE, "title:"),
    Hostile("script in a body", "html.tag", {LESSON_FILE: body("<script>alert(1)</script>")}, LESSON_FILE, "<script>"),
    Hostile("img with onerror in a body", "html.tag", {LESSON_FILE: body(EVIL)}, LESSON_FILE, EVIL),
    Hostile("event attribute on an allowed tag", "html.attribute", {LESSON_FILE: body('<div onclick="alert(1)">x</div>')},
            LESSON_FILE, "<div onclick"),
    Hostile("iframe", "html.tag", {LESSON_FILE: body('<iframe src="https://example.com"></iframe>')}, LESSON_FILE, "<iframe"),
    Hostile("object", "html.tag", {LESSON_FILE: body('<object data="x.swf"></object>')}, LESSON_FILE, "<object"),
    Hostile("attribute list", "html.attr_list", {LESSON_FILE: body('Chữ {: onerror="alert(1)" }')}, LESSON_FILE, "Chữ {:"),
    Hostile("javascript link", "link.unsafe", {LESSON_FILE: body("[bấm](javascript:alert(1))")}, LESSON_FILE, "[bấm]"),
    Hostile("entity-spelled javascript", "link.unsafe", {LESSON_FILE: body("[bấm](javascript&#58;alert(1))")}, LESSON_FILE, "[bấm]"),
    Hostile("named entity colon", "link.unsafe", {LESSON_FILE: body("[bấm](javascript&colon;alert(1))")}, LESSON_FILE, "[bấm]"),
    Hostile("mixed case", "link.unsafe", {LESSON_FILE: body("[bấm](JaVaScRiPt:alert(1))")}, LESSON_FILE, "[bấm]"),
    Hostile("tab inside the scheme", "link.unsafe", {LESSON_FILE: body("[bấm](java&#9;script:alert(1))")}, LESSON_FILE, "[bấm]"),
    Hostile("reference link", "link.unsafe", {LESSON_FILE: body("[bấm][x]\n\n[x]: javascript:alert(1)")}, LESSON_FILE, "[x]: java"),
    Hostile("data URL image", "link.unsafe", {LESSON_FILE: body("![a b c](data:image/svg+xml,<svg onload=alert(1)>)")},
            LESSON_FILE, "![a b c]"),
    Hostile("javascript in a prompt", "link.unsafe", {BANK_FILE: bank("prompt: Mã OTP", "prompt: '[xem](javascript&#58;alert(1))' # Mã OTP")},
            BANK_FILE, "[xem]"),
    Hostile("javascript in feedback", "link.unsafe", {
        BANK_FILE: bank("feedback: Công an không", "feedback: '[x](javascript&colon;alert(1))' # Công an không")}, BANK_FILE, "[x]("),
    Hostile("javascript in an objective", "link.unsafe", {
        LESSON_FILE: lesson("objectives: [Nhận ra cuộc gọi lừa đảo]", 'objectives: ["[x](javascript:alert(1))"]')}, LESSON_FILE,
            "objectives:"),
    Hostile("html file", "file.type", {"courses/chu-de/trang.html": "<script>alert(1)</script>"}, "courses/chu-de/trang.html"),
    Hostile("js file", "file.type", {"courses/chu-de/x.js": "alert(1)"}, "courses/chu-de/x.js"),
    Hostile("svg with script", "svg.unsafe", {"courses/chu-de/a.svg": SVG.format("<script>alert(1)</script>")}, "courses/chu-de/a.svg"),
    Hostile("svg with onload", "svg.unsafe", {"courses/chu-de/a.svg": SVG.replace("<svg ", '<svg onload="alert(1)" ').format("")},
            "courses/chu-de/a.svg"),
    Hostile("svg with outside link", "svg.unsafe", {"courses/chu-de/a.svg": SVG.format('<image href="https://example.com/x.png"/>')},
            "courses/chu-de/a.svg"),
    Hostile("svg with foreignObject", "svg.unsafe", {"courses/chu-de/a.svg": SVG.format("<foreignObject><p>x</p></foreignObject>")},
            "courses/chu-de/a.svg"),
    Hostile("svg entity bomb", "svg.unsafe", {"courses/chu-de/a.svg": '<?xml version="1.0"?><!DOCTYPE s [<!ENTITY a "aaaa">]>'
                                              + SVG.format("&a;")}, "courses/chu-de/a.svg"),
    Hostile("question image outside", "image.outside", {BANK_FILE: bank("    answer: false\n", "    answer: false\n"
                                                                        "    image: {src: /etc/passwd, alt: Ảnh mật khẩu}\n")},
            BANK_FILE, "/etc/passwd"),
    Hostile("question image up the tree", "image.outside", {BANK_FILE: bank("    answer: false\n", "    answer: false\n    image: "
                                                                            "{src: ../../../etc/hosts, alt: Ảnh máy}\n")},
            BANK_FILE, "../../../etc/hosts"),
    Hostile("question image on the web", "image.outside", {BANK_FILE: bank("    answer: false\n", "    answer: false\n    image: "
                                                                           "{src: 'https://example.com/x.png', alt: Ảnh}\n")},
            BANK_FILE, "https://example.com"),
    Hostile("bank name with quotes", "file.name", {'quizzes/chu-de/a"b.yml': BANK}, 'quizzes/chu-de/a"b.yml'),
    Hostile("yml and yaml of one bank", "file.two_banks", {"quizzes/chu-de/mau.yaml": BANK}, "quizzes/chu-de/mau.yml"),
    Hostile("alias bomb", "yaml.anchor", {BANK_FILE: BOMB}, BANK_FILE, "a: &a"),
    Hostile("recursive alias", "yaml.anchor", {BANK_FILE: "a: &x [*x]\n"}, BANK_FILE, "a: &x"),
    Hostile("deep nesting", "yaml.too_deep", {BANK_FILE: "a: " + "[" * 5000 + "]" * 5000 + "\n"}, BANK_FILE, "a: "),
    Hostile("control character", "yaml.control_char", {BANK_FILE: bank("title: Ngân hàng mẫu", "title: Ngân hàng\x07 mẫu")}, BANK_FILE,
            "title:"),
    Hostile("unknown tag", "yaml.tag", {BANK_FILE: bank("title: Ngân hàng mẫu", "title: !vi Ngân hàng mẫu")}, BANK_FILE, "title:"),
    Hostile("int tag on words", "yaml.tag", {BANK_FILE: bank("level: 2", "level: !!int một")}, BANK_FILE, "level:"),
    Hostile("merge key", "yaml.merge", {BANK_FILE: "<<: {title: x}\n" + BANK}, BANK_FILE, "<<"),
    Hostile("svg that is not XML", "svg.invalid", {"courses/chu-de/a.svg": "<svg><g></svg>"}, "courses/chu-de/a.svg"),
    Hostile("list as a key", "yaml.complex_key", {BANK_FILE: "? [a, b]\n: x\n" + BANK}, BANK_FILE, "? [a"),
    Hostile("front matter alias", "yaml.anchor", {LESSON_FILE: lesson("title: Bài mẫu", "title: &t Bài mẫu\ndescription: *t")},
            LESSON_FILE, "title: &t"),
]


def reported(root: Path) -> list[tuple[str, int, str]]:
    cat = load_catalog(root)
    check_catalog(cat)
    return [(os.path.relpath(p.pos.file, root), p.pos.line, p.code) for p in cat.report.sorted()]


def apply(root: Path, files: dict[str, str | bytes]) -> None:
    for rel, text in files.items():
        if isinstance(text, bytes):
            (root / rel).write_bytes(text)
        else:
            write(root, rel, text)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_hostile_content_is_refused_at_its_line(case: Hostile, tmp_path: Path) -> None:
    root = make_project(tmp_path / "p")
    apply(root, case.files)
    start = time.monotonic()
    found = reported(root)
    assert time.monotonic() - start < 5, "checked within a few seconds"
    line = 1
    if case.needle:
        text = (root / case.where).read_text("utf-8")
        line = text[: text.index(case.needle)].count("\n") + 1
    assert (case.where, line, case.code) in found, found


@pytest.mark.parametrize("target", ["/etc/passwd", "/proc/self/environ", "/etc"])
def test_symbolic_links_are_refused(target: str, tmp_path: Path) -> None:
    root = make_project(tmp_path / "p")
    (root / "courses" / "chu-de" / "lien-ket.md").symlink_to(target)
    (root / "quizzes" / "chu-de" / "lien-ket.yml").symlink_to(target)
    found = reported(root)
    assert ("courses/chu-de/lien-ket.md", 1, "file.symlink") in found
    assert ("quizzes/chu-de/lien-ket.yml", 1, "file.symlink") in found
    proc = subprocess.run([sys.executable, "-m", "hocvuso.adapters.cli", "check", str(root)], capture_output=True, text=True)
    assert proc.returncode == 1 and "root:" not in proc.stdout, "the target's content is never read or shown"


def test_the_whole_hostile_corpus_fails_fast_without_a_traceback(tmp_path: Path) -> None:
    root = make_project(tmp_path / "p")
    for n, case in enumerate(CASES):  # each case in its own files, so they do not hide each other
        for rel, text in case.files.items():
            if rel == BANK_FILE:
                rel = f"quizzes/ca-{n}/mau.yml"
            elif rel == LESSON_FILE:
                rel = f"courses/ca-{n}/bai.md"
            elif rel == COURSE_FILE:
                continue
            apply(root, {rel: text.replace("chu-de/mau", f"ca-{n}/mau") if isinstance(text, str) else text})
    start = time.monotonic()
    proc = subprocess.run([sys.executable, "-m", "hocvuso.adapters.cli", "check", str(root)], capture_output=True, text=True,
                          timeout=60)
    took = time.monotonic() - start
    print(f"\nhostile corpus: {len(proc.stdout.splitlines())} problems reported in {took:.1f} s")
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr + proc.stdout
    assert took < 20


def test_names_and_values_cannot_forge_output_lines(tmp_path: Path) -> None:
    root = make_project(tmp_path / "p")
    write(root, "quizzes/chu-de/a\nb::error file=x::forged.yml", BANK)
    write(root, BANK_FILE, bank("  - id: cau-mot", "  - id: \"cau\u202emot\u200b\""))
    proc = subprocess.run([sys.executable, "-m", "hocvuso.adapters.cli", "check", "--github", str(root)], capture_output=True,
                          text=True)
    lines = proc.stdout.splitlines()
    assert not any(ln.startswith("b::error") for ln in lines), "a newline in a file name starts no line of its own"
    assert any("a\\u000ab::error" in ln for ln in lines)
    assert any("\\u202e" in ln and "\\u200b" in ln for ln in lines), "bidi and zero-width characters are shown escaped"
    assert all("\u202e" not in ln and "\u200b" not in ln for ln in lines)


def test_check_of_a_missing_file_is_an_error(tmp_path: Path) -> None:
    root = make_project(tmp_path / "p")
    proc = subprocess.run([sys.executable, "-m", "hocvuso.adapters.cli", "check", "khong-co.yml"], capture_output=True,
                          text=True, cwd=root)
    assert proc.returncode == 2 and "khong-co.yml" in proc.stderr


@pytest.mark.parametrize("html", [
    "<script>alert(1)</script>", '<img src=x onerror="alert(1)">', '<a href="javascript:alert(1)">x</a>',
    '<a href="java&#x09;script:alert(1)">x</a>', '<iframe src="https://example.com"></iframe>', '<div onmouseover="x()">y</div>',
    '<svg><script>alert(1)</script></svg>', '<input type="text" onfocus="alert(1)" autofocus>', '<style>*{}</style>',
    '<form action="https://example.com"><button formaction="javascript:alert(1)">x</button></form>',
])
def test_sanitiser_removes_what_could_run(html: str) -> None:
    out = sanitize(html).lower()
    for bad in ("<script", "onerror", "onmouseover", "onfocus", "javascript", "<iframe", "<style", "formaction", "action="):
        assert bad not in out, out


def test_sanitiser_keeps_the_engines_questions() -> None:
    html = ('<fieldset class="hvs-q" id="q1" data-hvs-q="{&quot;a&quot;:1}"><legend>Câu 1</legend>'
            '<ul class="hvs-options"><li class="hvs-opt"><label><input type="radio" name="q1" value="0"> A</label></li></ul>'
            '<select id="s" name="s"><option value="">—</option></select><details open><summary>Gợi ý</summary>x</details>'
            '<a href="../tu-dien.md#otp">OTP</a><img src="img/a.svg" alt="Ảnh" loading="lazy"></fieldset>')
    assert sanitize(html) == html.replace("<details open>", '<details open="">')
