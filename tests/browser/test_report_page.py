"""The report ``hocvuso report`` writes, opened from file:// on a phone: readable without sideways scrolling at large
text, accessible (axe), and asking for nothing outside its folder."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hvs_page import axe

from sample_project import course, make_project, write
from test_report import inputs, line, run, tally

pytestmark = pytest.mark.browser


def test_report_page_reads_on_a_phone_and_passes_axe(tmp_path: Path, browser: Any) -> None:
    root = make_project(tmp_path / "p")
    write(root, "courses/khoa-hai/index.md", course("id: khoa-mau", "id: khoa-hai").replace("Khóa mẫu", "Khóa hai"))
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.csv").write_text(tally(*(line(c) for c in ("A1", "A2", "A3", "B1", "B2", "B3", "C1", "C2"))),
                                           encoding="utf-8")
    (tmp_path / "in" / "t.csv").write_text("commune,course,population,target_percent\nTân Hồng,khoa-mau,2,50\n",
                                           encoding="utf-8")
    out = tmp_path / "bao-cao"
    assert run(root, *inputs(root, "a.csv"), "--targets", inputs(root, "t.csv")[0], "--out", str(out)) == 0
    context = browser.new_context(viewport={"width": 360, "height": 740})
    try:
        page = context.new_page()
        requests: list[str] = []
        page.on("request", lambda r: requests.append(r.url))
        page.goto((out / "index.html").as_uri())
        page.evaluate("document.documentElement.style.fontSize = '200%'")  # large system text
        assert page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")
        assert page.locator("caption").count() == 6
        assert page.get_by_role("img", name="Tỉ lệ đạt: 66.7 %").count() == 2  # Khóa mẫu, and Tân Hồng
        assert axe(page, "html") == []
        assert requests == [(out / "index.html").as_uri()]
    finally:
        context.close()
