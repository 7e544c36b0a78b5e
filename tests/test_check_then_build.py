"""An author who passes `hocvuso check` passes the build and the content tests.

Every example of AUTHORING (the worked example followed literally, every question type, the bank head) is added to
a two-course project (the repository's content plus a second course, as when other groups add theirs). After a
clean check, `mkdocs build --strict` passes (not quiet, so that MkDocs' own warnings count), and whatever the
content tests (tests/test_content_rules.py) would find is among what the check printed.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, SECOND_COURSE, copy_project
from hocvuso.content.catalog import load_catalog
from hocvuso.content.item_writing import check_item_writing
from hocvuso.content.rules import check_catalog
from hocvuso.content.writing_rules import banks_on_paths, check_bank, check_lesson, lessons_on_paths
from hocvuso.core.diagnostics import Report
from test_scaffold import examples


def _run(project: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    env.pop("GITHUB_ACTIONS", None)
    return subprocess.run(list(argv), cwd=project, env=env, capture_output=True, text=True, timeout=600)


def _follow_the_guide(doc: str, project: Path) -> None:
    """The worked example as written (commands, files, the line added to a course), and every question example
    in one more bank."""
    for what, body in examples(doc):
        word, *args = what.split()
        if word == "run":
            for line in body.splitlines():
                line = line.strip()
                if line.startswith(".venv/bin/hocvuso new "):
                    assert _run(project, "sh", "-c", line).returncode == 0, line
        elif word == "file":
            (project / args[0]).write_text(body, encoding="utf-8")
        elif word == "add-lesson":
            course = project / args[0]
            text = course.read_text(encoding="utf-8")
            listed = re.search(r"  lessons:.*\n(?:    - .*\n)+", text)
            assert listed
            course.write_text(text[: listed.end()] + body.rstrip("\n").splitlines()[-1] + "\n" + text[listed.end():], "utf-8")
    header = next(b for w, b in examples(doc) if w == "bank-header")
    questions = "".join(b for w, b in examples(doc) if w == "question")
    (project / "quizzes/thu-vien/cac-loai-cau-hoi.yml").write_text(header + questions, encoding="utf-8")


@pytest.mark.parametrize("doc", ["AUTHORING.md", "AUTHORING.en.md"])
def test_a_clean_check_means_a_passing_build_and_passing_content_tests(doc: str, tmp_path: Path) -> None:
    project = copy_project(tmp_path / "p")
    (project / ".venv").symlink_to(ROOT / ".venv")
    (project / "courses/khoa-hai").mkdir()
    (project / "courses/khoa-hai/index.md").write_text(SECOND_COURSE, encoding="utf-8")
    _follow_the_guide(doc, project)

    check = _run(project, str(ROOT / ".venv/bin/hocvuso"), "check", "--lang", "en")
    assert check.returncode == 0 and "problems to fix" not in check.stderr, check.stdout
    printed = check.stdout.splitlines()

    build = _run(project, sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(tmp_path / "site"))
    assert build.returncode == 0, build.stderr
    assert (tmp_path / "site/thu-vien/mat-khau-manh/index.html").is_file()
    assert (tmp_path / "site/khoa-hai/index.html").is_file()

    # What the content tests would say about this project, the check has said already.
    cat = load_catalog(project)
    check_catalog(cat)
    check_item_writing(cat)
    assert cat.report.format(project, "en") == []
    found = Report()
    for page in lessons_on_paths(cat):
        check_lesson(page, found)
    for bank in banks_on_paths(cat):
        check_bank(bank, found)
    assert {"courses/thu-vien/mat-khau-manh.md", "quizzes/thu-vien/mat-khau-manh.yml"} & {
        p.format(project, "en").split(":")[0] for p in found.sorted(warnings=True)}, "the short example lesson gets advice"
    for p in found.sorted(warnings=True):
        line = p.format(project, "en")
        assert line in printed or any(ln.startswith(line.split(": warning:")[0]) and " … " in ln for ln in printed), line
