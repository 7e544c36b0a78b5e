"""Every page of both editions opens without a console error."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hvs_page import axe

pytestmark = pytest.mark.browser


def pages_of(site: Path) -> list[str]:
    """Every HTML page of a build, relative to its folder (404 page left out)."""
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html") if p.name != "404.html")


@pytest.mark.parametrize("edition", ["http", "file"])
def test_no_console_errors_on_any_page(edition: str, repo_site: Path, repo_site_offline: Path, site_url: str,
                                       offline_url: str, page: Any) -> None:
    site, base = (repo_site, site_url) if edition == "http" else (repo_site_offline, offline_url)
    pages = pages_of(site)
    assert len(pages) >= 18
    for rel in pages:
        url = base + (rel[: -len("index.html")] if edition == "http" and rel.endswith("index.html") else rel)
        page.goto(url)
        page.wait_for_function("document.documentElement.classList.contains('hvs-js')")
        assert page.errors == [], f"{rel}: {page.errors}"  # type: ignore[attr-defined]
    print(f"\n{edition}: {len(pages)} pages opened without console errors")


@pytest.mark.parametrize("rel", ["", "thu-vien/vneid/", "nguoi-dan/", "nguoi-dan/tu-danh-gia/", "tien-do/", "khung-nang-luc/",
                                 "khoa-hai/", "khong-co-trang-nay/"])  # the last: the site's 404 page
def test_whole_page_has_no_accessibility_violations(rel: str, two_course_url: str, page: Any) -> None:
    """The theme too, not only the lesson content: search dialog name and header contrast are fixed, and each
    course's navigation section is named after the course, on a site with two courses."""
    page.goto(two_course_url + rel)
    page.wait_for_function("document.documentElement.classList.contains('hvs-js')")
    assert axe(page, "html") == []
