"""A second site engine: ProperDocs 1.6 (the MkDocs fork) builds the repository's site from the same mkdocs.yml and hooks.

The lesson page with quizzes must come out as MkDocs makes it: the same article (header, question blocks with
their answer keys, end-of-lesson check, footer), the same engine files, accent-free search.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from html import unescape
from pathlib import Path

import pytest

from conftest import copy_project, mkdocs_build

LESSON = "thu-vien/vneid/index.html"


def properdocs_build(project: Path, out: Path) -> subprocess.CompletedProcess[str]:
    """`properdocs build --strict` of a project into ``out``."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    return subprocess.run([sys.executable, "-m", "properdocs", "build", "--strict", "-q", "-f", str(project / "mkdocs.yml"),
                           "-d", str(out)], cwd=project, env=env, capture_output=True, text=True, timeout=600)


def article(html: str) -> str:
    m = re.search(r"<article\b.*?</article>", html, re.S)
    assert m is not None
    return m.group(0)


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    project = copy_project(tmp_path_factory.mktemp("engines"))
    pd_out, mk_out = project / "site-properdocs", project / "site-mkdocs"
    proc = properdocs_build(project, pd_out)
    assert proc.returncode == 0, proc.stderr
    proc = mkdocs_build(project, mk_out)
    assert proc.returncode == 0, proc.stderr
    return pd_out, mk_out


def test_properdocs_builds_a_lesson_page_with_quizzes(sites: tuple[Path, Path]) -> None:
    pd_out, _ = sites
    html = (pd_out / LESSON).read_text("utf-8")
    questions = re.findall(r'<fieldset class="hvs-q hvs-q--(\w+)"[^>]*data-hvs-q="([^"]+)"', html)
    assert len(questions) >= 10 and {"single", "truefalse"} <= {kind for kind, _ in questions}
    for kind, data in questions:
        assert json.loads(unescape(data))["type"] == kind
    assert 'class="hvs-lesson" data-hvs-lesson="thu-vien/vneid"' in html
    assert "Tự kiểm tra cuối bài" in html and "```quiz" not in html
    for served in ("engine.css", "engine.js"):  # the engine's sources, joined into one file each
        assert f"assets/hocvuso/{served}" in html
        assert (pd_out / "assets" / "hocvuso" / served).is_file()
    assert not (pd_out / "assets" / "hocvuso" / "model.js").exists()
    assert not (pd_out / "assets" / "hocvuso" / "scorm.js").exists(), "the SCORM bridge only ships in packages"
    assert "hvs-fold" in (pd_out / "search" / "search_index.json").read_text("utf-8"), "the post-build hook ran"


def test_properdocs_and_mkdocs_make_the_same_lesson(sites: tuple[Path, Path]) -> None:
    pd_out, mk_out = sites
    assert article((pd_out / LESSON).read_text("utf-8")) == article((mk_out / LESSON).read_text("utf-8"))
    assert sorted(p.relative_to(pd_out).as_posix() for p in pd_out.rglob("*.html")) == \
        sorted(p.relative_to(mk_out).as_posix() for p in mk_out.rglob("*.html"))


def test_hosts_without_hooks_load_the_content_once(tmp_path: Path) -> None:
    """Zensical makes a Markdown instance (so an extension) per page: they share one catalog until a file changes."""
    import markdown

    from hocvuso.adapters.markdown_ext import QuizExtension
    from sample_project import make_project, write

    root = make_project(tmp_path / "p")
    page = "```quiz\nbank: chu-de/mau\nquestions: [cau-mot]\n```\n"
    first, second = QuizExtension(root=str(root)), QuizExtension(root=str(root))
    html = markdown.markdown(page, extensions=[first])
    assert 'data-hvs-q="' in html and first.catalog() is second.catalog()
    bank = root / "quizzes" / "chu-de" / "mau.yml"
    write(root, "quizzes/chu-de/mau.yml", bank.read_text("utf-8").replace("Chuyển tiền ngay", "Chuyển khoản ngay"))
    os.utime(bank, ns=(bank.stat().st_mtime_ns + 10**9,) * 2)
    third = QuizExtension(root=str(root))
    assert "Chuyển khoản ngay" in markdown.markdown(page, extensions=[third])
