"""Whole builds of small sites in tmp_path, asserting on the HTML learners get."""

from __future__ import annotations

import html
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import mkdocs_build
from hocvuso.build.external_refs import scan_site
from sample_project import BANK, LESSON, make_project, write

XSS_BANK = BANK.replace(
    "    prompt: Một người gọi điện xưng là công an và yêu cầu chuyển tiền.",
    "    prompt: 'Cẩn thận <script>alert(\"x\")</script> và <b>đậm</b> [link](https://example.gov.vn/x)'",
)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = make_project(tmp_path_factory.mktemp("proj"))
    write(root, "quizzes/chu-de/mau.yml", XSS_BANK)
    out = root / "out"
    proc = mkdocs_build(root, out)
    assert proc.returncode == 0, proc.stderr
    return out


def read(site: Path, rel: str) -> str:
    return (site / rel).read_text(encoding="utf-8")


def question_data(page: str) -> list[dict[str, object]]:
    return [json.loads(html.unescape(m)) for m in re.findall(r'data-hvs-q="([^"]*)"', page)]


def test_lesson_questions_are_fieldsets_with_legends_and_native_inputs(built: Path) -> None:
    page = read(built, "chu-de/bai-mau/index.html")
    assert page.count("<fieldset") == page.count("<legend") >= 3
    data = question_data(page)
    ids = [d["id"] for d in data]
    # inline block shows cau-mot; the end-of-lesson quiz shows the rest, not cau-mot again
    assert ids == ["cau-mot", "cau-hai", "cau-ba"]
    assert data[0]["correct"] == [1] and data[0]["type"] == "single"
    assert data[1]["answer"] is False and data[2]["answers"] == ["113"]
    assert re.search(r'<input type="radio" name="hvs-b1-chu-de-mau-cau-mot" value="1">', page)
    assert re.search(r'<input type="text" id="hvs-end-chu-de-mau-cau-ba-in"', page)
    assert '<label for="hvs-end-chu-de-mau-cau-ba-in">' in page


def test_author_html_is_escaped_never_run(built: Path) -> None:
    page = read(built, "chu-de/bai-mau/index.html")
    legend = re.search(r'<span class="hvs-q__prompt">(.*?)</span></legend>', page, re.S)
    assert legend is not None
    assert "&lt;script&gt;alert" in legend.group(1)
    assert "&lt;b&gt;đậm&lt;/b&gt;" in legend.group(1)
    assert "<script>alert" not in page
    assert "javascript:" not in page


def test_lesson_frame_from_front_matter(built: Path) -> None:
    page = read(built, "chu-de/bai-mau/index.html")
    assert 'data-hvs-lesson="chu-de/bai-mau"' in page
    assert "10 phút" in page and "Cấp độ 2 · Cơ bản" in page
    assert "Sau bài này, bạn sẽ" in page and "Nhận ra cuộc gọi lừa đảo" in page
    assert re.search(r'class="admonition tip hvs-keypoints"><p class="admonition-title">Ghi nhớ</p><ul><li>Không đọc mã OTP', page)
    assert 'href="https://example.gov.vn/a"' in page and "Nguồn tham khảo" in page
    assert re.search(r'href="\.\./bai-hai/"[^>]*rel="next"', page)
    assert "Khóa học Khóa mẫu: bài 1/2" in page
    second = read(built, "chu-de/bai-hai/index.html")
    assert re.search(r'href="\.\./bai-mau/"[^>]*rel="prev"', second)


def test_home_page_lists_courses_from_their_files(built: Path) -> None:
    home = read(built, "index.html")
    assert 'data-hvs-course-card="khoa-mau"' in home and "Khóa mẫu" in home
    assert 'href="khoa-mau/"' in home


def test_course_page_shows_learning_path(built: Path) -> None:
    page = read(built, "khoa-mau/index.html")
    assert re.search(r'<li class="hvs-path__item" data-hvs-lesson="chu-de/bai-mau">.*<strong>Bài mẫu</strong>', page)
    assert "2 bài · khoảng 15 phút" in page
    assert 'href="../chu-de/bai-hai/"' in page


def test_generated_framework_and_progress_pages(built: Path) -> None:
    fw = read(built, "khung-nang-luc/index.html")
    assert 'id="nl-4-2"' in fw and "Bài mẫu" in fw and "Chưa có bài học" in fw
    progress = read(built, "tien-do/index.html")
    data = json.loads(html.unescape(re.search(r'data-hvs-progress="([^"]*)"', progress).group(1)))  # type: ignore[union-attr]
    assert data["courses"][0]["id"] == "khoa-mau"
    assert [lesson["id"] for lesson in data["courses"][0]["lessons"]] == ["chu-de/bai-mau", "chu-de/bai-hai"]


def test_search_index_finds_words_typed_without_accents(built: Path) -> None:
    index = json.loads(read(built, "search/search_index.json"))
    lesson = next(d for d in index["docs"] if d["location"] == "chu-de/bai-mau/")
    assert "bai" in lesson["text"] and "mau" in lesson["text"]


def test_no_page_loads_anything_from_outside(built: Path) -> None:
    assert scan_site(built) == []


def test_build_fails_on_outside_resource(tmp_path: Path) -> None:
    root = make_project(tmp_path / "p")
    text = LESSON + '\n![logo](https://cdn.example.com/logo.png)\n'
    write(root, "courses/chu-de/bai-mau.md", text)
    proc = mkdocs_build(root, tmp_path / "out")
    assert proc.returncode == 1  # found in the Markdown, at its line, before anything is rendered
    line = text[: text.index("![logo]")].count("\n") + 1
    assert f"courses/chu-de/bai-mau.md:{line}:1:" in proc.stderr and "https://cdn.example.com/logo.png" in proc.stderr


def test_build_fails_on_outside_resource_only_the_built_site_shows(tmp_path: Path) -> None:
    """What no content file says (a script from a CDN in the configuration) is still found in the built pages."""
    root = make_project(tmp_path / "p")
    config = root / "mkdocs.yml"
    config.write_text(config.read_text("utf-8") + "extra_javascript:\n  - https://cdn.example.com/x.js\n", "utf-8")
    proc = mkdocs_build(root, tmp_path / "out")
    assert proc.returncode == 1
    assert "chu-de/bai-mau/index.html" in proc.stderr and "https://cdn.example.com/x.js" in proc.stderr


def test_repository_site_builds_strictly(repo_site: Path) -> None:
    assert (repo_site / "index.html").is_file()
    assert (repo_site / "nguoi-dan" / "tu-danh-gia" / "index.html").is_file()
    guide = read(repo_site, "huong-dan/thanh-phan/index.html")
    types = {d["type"] for d in question_data(guide)}
    assert types == {"single", "multiple", "truefalse", "text", "order", "match"}
    assert '<img src="../../assets/hocvuso/quiz-img/huong-dan/so-do-qr.svg"' in guide


def test_assessment_questions_stay_out_of_search(repo_site: Path) -> None:
    index = json.loads(read(repo_site, "search/search_index.json"))
    locations = [d["location"] for d in index["docs"]]
    assert any(loc.startswith("thu-vien/") for loc in locations)
    assert not [loc for loc in locations if "tu-danh-gia" in loc]


def test_english_site_gets_english_words(tmp_path: Path) -> None:
    root = make_project(tmp_path / "p")
    config = root / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("language: custom", "language: en"), encoding="utf-8")
    out = tmp_path / "out"
    proc = mkdocs_build(root, out)
    assert proc.returncode == 0, proc.stderr
    page = read(out, "chu-de/bai-mau/index.html")
    for words in ("Question 1.", "End-of-lesson self-check", "After this lesson you will", "Remember", "Source (1)",
                  "Next lesson", "10 min", "Level 2"):
        assert words in page, words
    assert '&quot;lang&quot;:&quot;en&quot;' in page


def test_markdown_extension_works_outside_mkdocs(tmp_path: Path) -> None:
    """The same extension serves any Python-Markdown host (ProperDocs, Zensical) given the project folder."""
    import markdown

    root = make_project(tmp_path / "p")
    md = markdown.Markdown(extensions=["pymdownx.superfences", "hocvuso.adapters.markdown_ext"],
                           extension_configs={"hocvuso.adapters.markdown_ext": {"root": str(root), "lang": "en"}})
    out = md.convert("Intro\n\n```quiz\nbank: chu-de/mau\nquestions: [cau-hai, cau-ba]\n```\n\nAfter\n")
    data = question_data(out)
    assert [d["id"] for d in data] == ["cau-hai", "cau-ba"]
    assert "Question 1." in out and "<p>After</p>" in out and "```" not in out


# ---------------------------------------------------------------- a failing build leaves the previous site


def _snapshot(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("breakage", ["content", "outside-resource", "strict-warning"])
def test_a_failing_build_leaves_the_previous_site_untouched(breakage: str, tmp_path: Path) -> None:
    root = make_project(tmp_path / "p")
    out = root / "site"
    first = mkdocs_build(root, out)
    assert first.returncode == 0, first.stderr
    before = _snapshot(out)
    if breakage == "content":  # refused before anything is rendered
        write(root, "quizzes/chu-de/mau.yml", BANK.replace("level: 2", "level: 9"))
    elif breakage == "outside-resource":  # found only after rendering, by the outside-resource scan
        config = root / "mkdocs.yml"
        config.write_text(config.read_text("utf-8") + "extra_javascript:\n  - https://cdn.example.com/x.js\n", "utf-8")
    else:  # MkDocs itself warns (a navigation entry for a page that does not exist) and aborts in strict mode
        # (a link to a missing page is refused by the check before rendering; the navigation is not content)
        config = root / "mkdocs.yml"
        config.write_text(config.read_text("utf-8") + "nav:\n  - index.md\n  - chu-de/khong-co.md\n", "utf-8")
    if breakage == "strict-warning":  # not quiet: with -q MkDocs does not count its warnings
        second = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(root / "mkdocs.yml"),
                                 "-d", str(out)], cwd=root, capture_output=True, text=True,
                                env=dict(os.environ, NO_MKDOCS_2_WARNING="1"))
    else:
        second = mkdocs_build(root, out)
    assert second.returncode != 0
    assert _snapshot(out) == before, "the previous site is exactly as it was"
    assert sorted(p.name for p in out.parent.iterdir() if p.name.startswith("site.")) == [], "no half-written folder left"


def test_published_url_of_online_and_offline_pages() -> None:
    from hocvuso.adapters.mkdocs_hooks import published_url

    site = "https://example.org/hocvuso/"
    assert published_url(site, "thu-vien/vneid/") == "https://example.org/hocvuso/thu-vien/vneid/"
    assert published_url(site, "thu-vien/vneid.html") == "https://example.org/hocvuso/thu-vien/vneid/"
    assert published_url(site, "nguoi-dan/index.html") == "https://example.org/hocvuso/nguoi-dan/"
    assert published_url(site, "index.html") == published_url(site, "") == site


# ---------------------------------------------------------------- readable for every learner: theme words, frame, no JavaScript


def test_theme_words_in_plain_vietnamese(built: Path) -> None:
    """Material's words corrected from our catalogue (theme/partials/languages/custom.html), no colour switch."""
    page = read(built, "chu-de/bai-mau/index.html")
    for wrong in ("Trở lại mục lục", "Initializing search", "tài liệu liên quan", "Xoá", "Skip to content", 'class="md-top'):
        assert wrong not in page, wrong
    for right in ("Bỏ qua, đến nội dung bài", "Lên đầu trang", "Đang chuẩn bị tìm kiếm", 'lang="vi"'):
        assert right in page, right
    assert json.loads(re.search(r'<script id="__config" type="application/json">(.*?)</script>', page, re.S).group(1)
                      )["translations"]["search.result.other"] == "Tìm thấy # trang"
    assert "__palette" not in page, "one colour scheme: no hidden switch in the header"


def test_skip_link_lands_on_the_lesson_title(built: Path) -> None:
    page = read(built, "chu-de/bai-mau/index.html")
    assert re.search(r'<a href="#hvs-title" class="md-skip">\s*Bỏ qua, đến nội dung bài', page)
    title, frame, first_section = (page.index('<h1 id="hvs-title">Bài mẫu</h1>'), page.index('class="hvs-lesson"'),
                                   page.index('id="phan-hai"'))
    assert title < frame < first_section, "the title, then the lesson's facts and objectives, then its sections"
    toc = re.search(r'<nav class="md-nav md-nav--secondary".*?</nav>', page, re.S)
    assert toc is not None and "Phần hai" in toc.group(0) and "hvs-title" not in toc.group(0), "the contents list is unchanged"


def test_not_found_page_in_vietnamese_with_the_way_home(built: Path) -> None:
    page = read(built, "404.html")
    assert "Không tìm thấy trang này" in page and "404 - Not found" not in page
    assert re.search(r'<a class="md-button md-button--primary" href="/\.?">Về trang chủ</a>', page)
    assert "<title>Không tìm thấy trang này - " in page


def test_codes_fold_into_the_teachers_notes(built: Path) -> None:
    page = read(built, "chu-de/bai-mau/index.html")
    notes = re.search(r'<details class="hvs-teacher"><summary>Dành cho giáo viên</summary>(.*?)</details>', page, re.S)
    assert notes is not None and "Cấp độ 2 · Cơ bản" in notes.group(1) and "4.2 " in notes.group(1)
    assert page.count("Cấp độ 2") == 1 and page.count(">4.2 ") == 1, "nowhere else on the page"
    assert "Cấp độ" not in read(built, "khoa-mau/index.html")


def test_without_javascript_every_question_shows_its_answer(built: Path) -> None:
    page = read(built, "chu-de/bai-mau/index.html")
    keys = re.findall(r'<details class="hvs-nojs hvs-q__key"><summary>Xem đáp án</summary>(.*?)</details>', page, re.S)
    assert len(keys) == page.count("<fieldset") == 3
    assert "Cúp máy và gọi lại số chính thức" in keys[0] and "Luôn kiểm tra lại qua số chính thức." in keys[0]
    assert "Câu nói trên là sai." in keys[1] and "113" in keys[2]
    progress = read(built, "tien-do/index.html")
    assert '<p class="hvs-nojs">Tiến độ học được lưu trong trình duyệt trên máy này' in progress


def test_typed_numbers_bring_up_the_digit_keyboard(built: Path) -> None:
    page = read(built, "chu-de/bai-mau/index.html")
    field = re.search(r'<input type="text" id="hvs-end-chu-de-mau-cau-ba-in"[^>]*>', page)
    assert field is not None and 'inputmode="numeric"' in field.group(0) and 'enterkeyhint="done"' in field.group(0)


def test_filler_words_of_a_bank_reach_the_browser(tmp_path: Path) -> None:
    root = make_project(tmp_path / "p")
    write(root, "quizzes/chu-de/mau.yml", BANK.replace("level: 2\n", "level: 2\nignore_words: [tổng, đài]\n", 1))
    out = tmp_path / "out"
    proc = mkdocs_build(root, out)
    assert proc.returncode == 0, proc.stderr
    typed = question_data(read(out, "chu-de/bai-mau/index.html"))[2]
    assert typed["ignore"] == ["tong", "dai"]


def test_tables_scroll_in_a_named_region(tmp_path: Path) -> None:
    import markdown

    root = make_project(tmp_path / "p")
    md = markdown.Markdown(extensions=["tables", "hocvuso.adapters.markdown_ext"],
                           extension_configs={"hocvuso.adapters.markdown_ext": {"root": str(root)}})
    out = md.convert("| Loại `câu` | Cách trả lời |\n|---|---|\n| a | b |\n\nGiữa\n\n| Loại `câu` | Cách trả lời |\n|---|---|\n| c | d |\n")
    regions = re.findall(r'<div aria-label="([^"]*)" class="hvs-table" role="region" tabindex="0"><table>', out)
    assert regions == ["Bảng: Loại câu, Cách trả lời", "Bảng: Loại câu, Cách trả lời (2)"], "named, never twice the same"
    assert out.count("</table></div>") == 2


def test_teachers_pages_are_out_of_the_learners_menu(repo_site: Path) -> None:
    lesson = read(repo_site, "thu-vien/vneid/index.html")
    menu = re.search(r'<nav class="md-nav md-nav--primary".*?</nav>\s*</div>\s*</div>\s*</div>', lesson, re.S)
    assert menu is not None and "tien-do/" in menu.group(0) and "nha-truong/" in menu.group(0)
    assert "khung-nang-luc/" not in menu.group(0) and "huong-dan/" not in menu.group(0)
    school = read(repo_site, "nha-truong/index.html")
    assert 'href="../khung-nang-luc/"' in school and 'href="../huong-dan/thanh-phan/"' in school


def test_search_keeps_its_entries_without_the_teachers_notes(repo_site: Path) -> None:
    """The title put first on each page adds no search entry; the teachers' notes stay out of the index."""
    index = json.loads(read(repo_site, "search/search_index.json"))
    assert [d["location"] for d in index["docs"] if "hvs-title" in d["location"]] == []
    assert [d["location"] for d in index["docs"] if " · Cơ bản" in d["text"] or "Năng lực:" in d["text"]] == []
