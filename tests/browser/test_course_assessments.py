"""Every course's self-assessment passes when every answer is right and fails when every answer is wrong,
with a result for each domain it draws from."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hvs_page import answer, submit

from conftest import ROOT

DRAWN = ".hvs-assessment fieldset.hvs-q:not([hidden])"
COURSES = sorted(p.parent.name for p in (ROOT / "courses").glob("*/index.md")
                 if "assessment:" in p.read_text(encoding="utf-8"))



def test_every_course_has_its_assessment() -> None:
    assert len(COURSES) >= 11


@pytest.mark.parametrize("course", COURSES)
def test_course_assessment_passes_and_fails_as_expected(course: str, site_url: str, page: Any) -> None:
    page.goto(f"{site_url}{course}/tu-danh-gia/")
    config = json.loads(page.locator(".hvs-assessment").get_attribute("data-hvs-assessment"))
    page.get_by_role("button", name="Bắt đầu làm bài").click()
    drawn = page.locator(DRAWN)
    assert drawn.count() == sum(d["count"] for d in config["draw"])
    for fs in drawn.all():
        answer(fs, right=True)
    result = submit(page)
    assert "(100%): Đạt" in result, result
    for domain in config["draw"]:
        assert config["domains"][domain["domain"]] in result, domain
    page.get_by_role("button", name="Làm bài mới").click()
    for fs in page.locator(DRAWN).all():
        answer(fs, right=False)
    result = submit(page)
    assert "(0%): Chưa đạt" in result, result
    assert page.errors == []  # type: ignore[attr-defined]
