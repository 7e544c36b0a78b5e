"""The offline zip works from file:// with no request leaving the copy; the online build works under a sub-path."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import pytest

from conftest import ROOT, serve
from hocvuso.adapters.material import prune_offline
from hocvuso.build.offline_zip import build_offline


@pytest.fixture(scope="module")
def unzipped(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("offline")
    zip_path = build_offline(ROOT, work / "dist", work / "build", prune_offline)
    with zipfile.ZipFile(zip_path) as zf:
        names = zf.namelist()
        zf.extractall(work / "usb")
    size = zip_path.stat().st_size
    print(f"\noffline zip {zip_path.name}: {size / 1024 / 1024:.2f} MB, {len(names)} files")
    assert not [n for n in names if n.endswith(".map")], "no source maps"
    lunr = [n.split("/")[-1] for n in names if "/lunr/" in n and n.endswith(".js")]
    assert lunr and all(n.startswith(("lunr.vi", "lunr.multi", "lunr.stemmer")) for n in lunr), lunr
    return work / "usb" / "hocvuso"


def search(page: Any, query: str) -> list[str]:
    """Type a query into Material's search box and return the result titles."""
    # On a wide window Material hides the search label: type into the input itself.
    box = page.locator("input.md-search__input")
    box.click()
    page.keyboard.type(query, delay=20)
    page.wait_for_selector(".md-search-result__item", timeout=15000)
    return page.locator(".md-search-result__item h1, .md-search-result__item h2").all_inner_texts()


def answer_first_question_right(page: Any) -> None:
    """Answer the first single-choice question of the page correctly and check it."""
    fieldset = page.locator("fieldset.hvs-q--single").first
    data = json.loads(fieldset.get_attribute("data-hvs-q"))
    fieldset.locator(f"input[value='{data['correct'][0]}']").check()
    fieldset.locator("button", has_text="Kiểm tra").click()
    page.wait_for_timeout(200)


def test_offline_copy_from_file_url(unzipped: Path, page: Any) -> None:
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    base = unzipped.as_uri() + "/"
    page.goto(base + "index.html")
    assert page.locator(".hvs-card").count() >= 1
    titles = search(page, "an toan")
    assert titles, "searching without accents finds lessons"
    assert any("an toàn" in t.lower() for t in titles), titles
    page.goto(base + "thu-vien/lua-dao-truc-tuyen.html")
    answer_first_question_right(page)
    page.goto(base + "nguoi-dan/index.html")
    item = page.locator(".hvs-path__item[data-hvs-lesson='thu-vien/lua-dao-truc-tuyen']")
    assert item.locator(".hvs-path__status").inner_text().strip(), "progress shows on the course page"
    outside = [u for u in requests if not u.startswith(("file://", "data:", "blob:", "about:"))]
    assert outside == [], outside
    assert page.errors == []  # type: ignore[attr-defined]


def test_online_build_under_a_sub_path(repo_site: Path, tmp_path: Path, page: Any) -> None:
    (tmp_path / "hocvuso").symlink_to(repo_site, target_is_directory=True)
    url, server = serve(tmp_path)
    try:
        requests: list[str] = []
        page.on("request", lambda r: requests.append(r.url))
        page.goto(url + "hocvuso/")
        titles = search(page, "an toan")
        assert any("an toàn" in t.lower() for t in titles), titles
        page.goto(url + "hocvuso/")
        titles = search(page, "vneid")
        assert any("VNeID" in t for t in titles), titles
        page.goto(url + "hocvuso/thu-vien/lua-dao-truc-tuyen/")
        answer_first_question_right(page)
        assert page.locator("fieldset.hvs-q--single").first.inner_text().count("Đúng") >= 1
        outside = [u for u in requests if not u.startswith(url)]
        assert outside == [], outside
        assert page.errors == []  # type: ignore[attr-defined]
    finally:
        server.shutdown()
