"""The entry check ("Kiểm tra đầu vào"): a whole build of a small course that has one, and the checks that keep
``entry:`` and ``assessment:`` pointing at the right kind of assessment."""

from __future__ import annotations

import html
import json
import re
import subprocess
from pathlib import Path

import pytest

from conftest import ROOT, mkdocs_build
from hocvuso.content.catalog import load_catalog
from hocvuso.content.rules import check_catalog, result_code_hash
from hocvuso.i18n import t
from hocvuso.render import engine
from sample_project import assessment, course, make_project, write

ASSESSMENT = assessment(count=2)
RESULTCODE_JS = ROOT / "src" / "hocvuso" / "static" / "assets" / "hocvuso" / "resultcode.js"
ENTRY = ASSESSMENT.replace("title: Bài tự đánh giá mẫu", "title: Kiểm tra đầu vào mẫu\nkind: entry")


def project(root: Path, *, entry: str = ENTRY, course_text: str | None = None) -> Path:
    make_project(root)
    write(root, "quizzes/assessments/mau.yml", ASSESSMENT)
    write(root, "quizzes/assessments/mau-dau-vao.yml", entry)
    write(root, "courses/khoa-mau/index.md",
          course_text or course("  lessons:\n", "  entry: mau-dau-vao\n  assessment: mau\n  lessons:\n"))
    return root


def config_of(page: str, attr: str) -> dict[str, object]:
    found = re.search(rf'{attr}="([^"]*)"', page)
    assert found, attr
    return dict(json.loads(html.unescape(found.group(1))))


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = project(tmp_path_factory.mktemp("entry"))
    out = root / "out"
    proc = mkdocs_build(root, out)
    assert proc.returncode == 0, proc.stderr
    return out


def test_entry_page_is_built_like_the_assessment_page_and_kept_apart(built: Path) -> None:
    entry = (built / "khoa-mau" / "kiem-tra-dau-vao" / "index.html").read_text("utf-8")
    config = config_of(entry, "data-hvs-assessment")
    assert (config["id"], config["kind"], config["course"]) == ("mau-dau-vao", "entry", "khoa-mau")
    assert "entry" not in config
    # same banks, levels and domains as the course's assessment: one pool script for both, not the questions twice
    assert (config["pool"], config["poolId"]) == ("../../assets/hocvuso/pools/mau.js", "mau")
    assert (built / "assets" / "hocvuso" / "pools" / "mau.js").is_file()
    assert not (built / "assets" / "hocvuso" / "pools" / "mau-dau-vao.js").exists()
    standard = config_of((built / "khoa-mau" / "tu-danh-gia" / "index.html").read_text("utf-8"), "data-hvs-assessment")
    # the standard assessment knows its entry check, to show the change domain by domain
    assert (standard["id"], standard["kind"], standard["entry"], standard["poolId"]) == ("mau", "standard", "mau-dau-vao", "mau")
    assert standard["domains"] == {"4": "An toàn"}


def test_an_entry_check_drawing_other_questions_has_its_own_pool(tmp_path: Path) -> None:
    root = project(tmp_path, entry=ENTRY.replace("levels: [2]", "levels: [1, 2]"))
    out = root / "out"
    assert mkdocs_build(root, out).returncode == 0
    entry = config_of((out / "khoa-mau" / "kiem-tra-dau-vao" / "index.html").read_text("utf-8"), "data-hvs-assessment")
    assert (entry["pool"], entry["poolId"]) == ("../../assets/hocvuso/pools/mau-dau-vao.js", "mau-dau-vao")
    assert "mau-dau-vao" in (out / "assets" / "hocvuso" / "pools" / "mau-dau-vao.js").read_text("utf-8")


def test_course_path_shows_the_entry_check_first_and_optional(built: Path) -> None:
    page = (built / "khoa-mau" / "index.html").read_text("utf-8")
    entry = page.index('class="hvs-path__entry"')
    assert entry < page.index('<ol class="hvs-path">')
    assert re.search(r'<p class="hvs-path__entry"><a class="md-button" href="kiem-tra-dau-vao/">Kiểm tra đầu vào</a> '
                     r"Không bắt buộc\.", page)
    # in the course's menu too, right after the course page and before lesson 1
    assert '<link rel="next" href="kiem-tra-dau-vao/">' in page
    entry = (built / "khoa-mau" / "kiem-tra-dau-vao" / "index.html").read_text("utf-8")
    assert '<link rel="next" href="../../chu-de/bai-mau/">' in entry


def test_progress_page_knows_each_course_s_entry_check_and_domain_names(built: Path) -> None:
    data = config_of((built / "tien-do" / "index.html").read_text("utf-8"), "data-hvs-progress")
    first = data["courses"][0]  # type: ignore[index]
    assert first["entry"] == {"id": "mau-dau-vao", "href": "../khoa-mau/kiem-tra-dau-vao/"}
    assert first["domains"] == {"4": "An toàn"}


def test_qr_drawer_is_shipped_from_node_modules(built: Path) -> None:
    shipped = (built / "assets" / "vendor" / "qrcode-generator.js").read_text("utf-8")
    assert "stringToBytesFuncs" in shipped and len(shipped) > 10_000


def test_qr_drawer_comes_from_the_project_or_this_package_s_node_modules(tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    rel = next(iter(engine.VENDOR))
    assert engine.vendor_file(rel, tmp_path)  # the project has none: the one beside hocvuso's sources
    monkeypatch.setattr(engine, "PACKAGE_NODE_MODULES", tmp_path / "none")
    assert engine.vendor_file(rel, tmp_path) is None
    package = tmp_path / "node_modules" / "qrcode-generator" / "dist"
    package.mkdir(parents=True)
    (package / "qrcode.js").write_text("var qrcode = function () {};\n", encoding="utf-8")
    assert b"qrcode" in (engine.vendor_file(rel, tmp_path) or b"")


def test_build_without_the_qr_package_says_to_run_npm_ci() -> None:
    assert "npm ci" in t("vi", "build.no_vendor", package="qrcode-generator")
    assert "node_modules/qrcode-generator" in t("en", "build.no_vendor", package="qrcode-generator")


def test_a_course_without_entry_check_has_no_entry_page(tmp_path: Path) -> None:
    root = make_project(tmp_path / "p")
    out = root / "out"
    assert mkdocs_build(root, out).returncode == 0
    assert not (out / "khoa-mau" / "kiem-tra-dau-vao").exists()
    assert "hvs-path__entry" not in (out / "khoa-mau" / "index.html").read_text("utf-8")


@pytest.mark.parametrize(("course_lines", "code", "key"), [
    ("  entry: mau\n  assessment: mau\n", "course.entry_not_entry", "entry:"),
    ("  entry: mau-dau-vao\n  assessment: mau-dau-vao\n", "course.assessment_is_entry", "assessment:"),
    ("  entry: mau-dau-vo\n  assessment: mau\n", "ref.entry", "entry:"),
])
def test_entry_and_assessment_must_point_at_the_right_kind(course_lines: str, code: str, key: str, tmp_path: Path) -> None:
    text = course("  lessons:\n", course_lines + "  lessons:\n")
    root = project(tmp_path, course_text=text)
    problems = check_catalog(load_catalog(root)).problems
    # (the entry check that the course no longer names is also reported, as unused)
    assert {p.code for p in problems} - {"assessment.unused"} == {code}
    found = next(p for p in problems if p.code == code)
    assert found.pos.file.name == "index.md"
    assert found.pos.line == text[: text.index("  " + key)].count("\n") + 1, "the line to fix"
    if code == "ref.entry":
        assert "mau-dau-vao" in found.text("vi")[0], "the nearest entry check is suggested"


def test_course_hash_is_the_one_resultcode_js_computes() -> None:
    """The build's clash check and the browser's codes must agree on every course id's hash."""
    numbered = [f"khoa-{n:02d}" for n in range(1, 51)]  # ids a province numbering its courses would write
    ids = sorted(p.parent.name for p in (ROOT / "courses").glob("*/index.md")) + ["khoa-mau", "khoa-4727", "x", *numbered]
    script = (f"const R = require({json.dumps(str(RESULTCODE_JS))});"
              f"console.log(JSON.stringify({json.dumps(ids)}.map(R.courseHash)))")
    node = subprocess.run(["node", "-e", script], capture_output=True, text=True, check=True)
    assert json.loads(node.stdout) == [result_code_hash(i) for i in ids]
    assert result_code_hash("khoa-mau") == result_code_hash("khoa-4727")
    site = ids[: -3 - len(numbered)]
    assert len({result_code_hash(i) for i in site}) == len(site), "the site's courses are told apart"
    assert len({result_code_hash(i) for i in numbered}) == len(numbered), "ids that differ in their last digits too"
