"""Shared fixtures: small sites built in tmp_path, a static server on 127.0.0.1, Debian's chromium."""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic"]


def mkdocs_build(project: Path, out: Path, *, offline: bool = False, extra_env: dict[str, str] | None = None
                 ) -> subprocess.CompletedProcess[str]:
    """Run `mkdocs build --strict` of a project into ``out``; returns the finished process."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", **(extra_env or {}))
    if offline:
        env["HOCVUSO_OFFLINE"] = "true"
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f",
                           str(project / "mkdocs.yml"), "-d", str(out)],
                          cwd=project, env=env, capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="session")
def repo_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str]]:
    """The repository's own site, online edition, served on 127.0.0.1 at the address its site_url names,
    so that Material's instant navigation is live as on a real host. Built once per test session."""
    out = tmp_path_factory.mktemp("site-online")
    url, server = serve(out)
    proc = mkdocs_build(ROOT, out, extra_env={"SITE_URL": url})
    assert proc.returncode == 0, proc.stderr
    yield out, url
    server.shutdown()


SECOND_COURSE = """\
---
title: Khóa học thứ hai
summary: Một khóa học nhỏ để trang web có hai khóa học, như khi các nhóm khác có khóa học riêng.
course:
  id: khoa-hai
  audience: Người học thử
  lessons:
    - thu-vien/vneid.md
    - thu-vien/lua-dao-truc-tuyen.md
---

Khóa học này chỉ có trong bộ kiểm thử.
"""


@pytest.fixture(scope="session")
def two_course_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The repository's content plus a second course, online edition, served on 127.0.0.1: every
    page type must stay accessible when a site has several courses (named navigation sections)."""
    project = copy_project(tmp_path_factory.mktemp("two-courses"))
    (project / "courses" / "khoa-hai").mkdir()
    (project / "courses" / "khoa-hai" / "index.md").write_text(SECOND_COURSE, encoding="utf-8")
    out = project / "site"
    url, server = serve(out)
    proc = mkdocs_build(project, out, extra_env={"SITE_URL": url})
    assert proc.returncode == 0, proc.stderr
    yield url
    server.shutdown()


@pytest.fixture(scope="session")
def repo_site(repo_server: tuple[Path, str]) -> Path:
    """Folder of the online build."""
    return repo_server[0]


@pytest.fixture(scope="session")
def repo_site_offline(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The repository's own site, offline edition (opens from file://), built once per test session."""
    out = tmp_path_factory.mktemp("site-offline")
    proc = mkdocs_build(ROOT, out, offline=True)
    assert proc.returncode == 0, proc.stderr
    return out


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 (stdlib signature)
        pass

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """A missing page gets the site's own 404.html, as on GitHub Pages and most static hosts."""
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.is_file():
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


def serve(directory: Path) -> tuple[str, http.server.ThreadingHTTPServer]:
    """Serve a folder on 127.0.0.1 with a free port; returns (base URL, server)."""
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}/", server


@pytest.fixture(scope="session")
def site_url(repo_server: tuple[Path, str]) -> str:
    """Base URL of the online build served on 127.0.0.1 (instant navigation on)."""
    return repo_server[1]


@pytest.fixture(scope="session")
def offline_url(repo_site_offline: Path) -> str:
    """file:// URL of the offline build's folder (ends with a slash)."""
    return repo_site_offline.as_uri() + "/"


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """Debian's chromium driven by Playwright (never a downloaded browser)."""
    if not Path(CHROMIUM).exists():
        pytest.fail("Debian's chromium is missing: run `make test`, which installs it")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture()
def page(browser: object) -> Iterator[object]:
    """A fresh browser context and page; console errors and page errors are collected in page.errors."""
    context = browser.new_context(viewport={"width": 1024, "height": 800})  # type: ignore[attr-defined]
    pg = context.new_page()
    errors: list[str] = []
    pg.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.errors = errors  # type: ignore[attr-defined]
    yield pg
    context.close()


def copy_project(dest: Path, *, content: bool = True) -> Path:
    """A copy of the project's config, hooks, theme folder and (optionally) content, for builds in tmp_path."""
    dest.mkdir(parents=True, exist_ok=True)
    for name in ("mkdocs.yml",):
        shutil.copy(ROOT / name, dest / name)
    shutil.copytree(ROOT / "hooks", dest / "hooks")
    shutil.copytree(ROOT / "theme", dest / "theme")
    if content:
        shutil.copytree(ROOT / "courses", dest / "courses")
        shutil.copytree(ROOT / "quizzes", dest / "quizzes")
    return dest


BROWSER_TESTS = Path(__file__).resolve().parent / "browser"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every test under tests/browser drives Debian's chromium: mark it ``browser`` (``-m "not browser"`` skips them)."""
    for item in items:
        if BROWSER_TESTS in Path(str(item.fspath)).resolve().parents:
            item.add_marker(pytest.mark.browser)


# ---------------------------------------------------------------- every page of the site, opened once

# What a learner reads on a page: its visible text, the names of what it shows (labels, titles, alt texts,
# placeholders) and the page's title.
VISIBLE_TEXT_JS = """() => {
    const names = [...document.querySelectorAll('[aria-label], [title], [alt], [placeholder]')].filter(e => e.checkVisibility())
      .map(e => ['aria-label', 'title', 'alt', 'placeholder'].map(a => e.getAttribute(a) || '').join(' '));
    return document.body.innerText + '\\n' + names.join('\\n') + '\\n' + document.title;
}"""
# Text in the article (its own words, visible) set below 16 px.
SMALL_TEXT_JS = """() => {
    const out = [];
    for (const e of document.querySelectorAll('article *')) {
      const own = [...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
      if (!own || !e.checkVisibility() || e.closest('.hvs-sr')) continue;
      const size = parseFloat(getComputedStyle(e).fontSize);
      if (size < 15.99) out.push(e.tagName + '.' + e.className + ' ' + size + 'px: ' + e.textContent.trim().slice(0, 30));
    }
    return out.slice(0, 8);
}"""
NOT_FOUND = "khong-co-trang-nay/"  # an address the site does not have: its 404 page answers


def pages_of(site: Path) -> list[str]:
    """Every HTML page of a build, relative to its folder (404 page left out)."""
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html") if p.name != "404.html")


@dataclass
class OpenedPage:
    """One page of the online build as a learner's browser opened it."""

    kind: str  # "lesson", "course" or "other"
    errors: list[str]  # the console's errors and the page's uncaught exceptions
    text: str  # what a learner reads as the page opens (VISIBLE_TEXT_JS)
    small: list[str]  # lessons only: text set below 16 px once every fold is open


@pytest.fixture(scope="session")
def every_page(repo_site: Path, site_url: str, browser: Any) -> dict[str, OpenedPage]:
    """Every HTML page of the online build, and the 404 page at an address that does not exist, each opened once over
    http, by its address relative to the site ("thu-vien/vneid/"). Several tests read it: one pass over the site keeps
    the suite short."""
    context = browser.new_context(viewport={"width": 1024, "height": 800})
    page = context.new_page()
    errors: list[str] = []

    def console(m: Any) -> None:
        # The 404 page's own status is not an error of the page; anything else it fails to load is.
        if m.type == "error" and not (m.location.get("url") == page.url and "status of 404" in m.text):
            errors.append(m.text)

    page.on("console", console)
    page.on("pageerror", lambda e: errors.append(str(e)))
    opened: dict[str, OpenedPage] = {}
    for rel, html in [*((rel, (repo_site / rel).read_text("utf-8")) for rel in pages_of(repo_site)), (NOT_FOUND, "")]:
        address = rel[: -len("index.html")] if rel.endswith("index.html") else rel
        kind = "lesson" if 'class="hvs-lesson"' in html else "course" if 'class="hvs-course"' in html else "other"
        errors.clear()
        page.goto(site_url + address)
        page.wait_for_function("document.documentElement.classList.contains('hvs-js')")
        text = page.evaluate(VISIBLE_TEXT_JS)
        small: list[str] = []
        if kind == "lesson":
            page.evaluate("document.querySelectorAll('article details').forEach(d => { d.open = true; })")
            small = page.evaluate(SMALL_TEXT_JS)
        opened[address] = OpenedPage(kind, list(errors), text, small)
    context.close()
    return opened
