"""Every page of both editions opens without a console error."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hvs_page import axe

from conftest import OpenedPage, pages_of

pytestmark = pytest.mark.browser


def test_no_console_errors_on_any_page_online(every_page: dict[str, OpenedPage]) -> None:
    assert len(every_page) >= 18
    assert {address: opened.errors for address, opened in every_page.items() if opened.errors} == {}
    print(f"\nhttp: {len(every_page)} pages opened without console errors")


def test_no_console_errors_on_any_page_offline(repo_site_offline: Path, offline_url: str, page: Any) -> None:
    pages = pages_of(repo_site_offline)
    assert len(pages) >= 18
    for rel in pages:
        page.goto(offline_url + rel)
        page.wait_for_function("document.documentElement.classList.contains('hvs-js')")
        assert page.errors == [], f"{rel}: {page.errors}"  # type: ignore[attr-defined]
    print(f"\nfile: {len(pages)} pages opened without console errors")


@pytest.mark.parametrize("rel", ["", "thu-vien/vneid/", "nguoi-dan/", "nguoi-dan/tu-danh-gia/", "tien-do/", "khung-nang-luc/",
                                 "khoa-hai/", "khong-co-trang-nay/"])  # the last: the site's 404 page
def test_whole_page_has_no_accessibility_violations(rel: str, two_course_url: str, page: Any) -> None:
    """The theme too, not only the lesson content: search dialog name and header contrast are fixed, and each
    course's navigation section is named after the course, on a site with two courses."""
    page.goto(two_course_url + rel)
    page.wait_for_function("document.documentElement.classList.contains('hvs-js')")
    assert axe(page, "html") == []
