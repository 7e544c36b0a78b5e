"""The facilitators' pages the build adds: "Tổng hợp kết quả" (every course, the framework's domains, what scoring a
paper sheet needs) and a "Bài kiểm tra trên giấy" page per course with a standard assessment; both out of the learners'
menu and out of search; the QR reader shipped from node_modules, with a clear error when it is missing."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest

from conftest import mkdocs_build
from hocvuso.content.links import GENERATED_PAGES
from hocvuso.render import engine
from hocvuso.render.site_pages import TALLY_PAGE
from sample_project import ROOT, make_project

JSQR = "assets/vendor/jsQR.js"


def data(page: str, attr: str) -> dict:
    return json.loads(html.unescape(re.search(attr + r'="([^"]*)"', page).group(1)))  # type: ignore[union-attr]


def test_tally_and_paper_pages(repo_site: Path) -> None:
    assert TALLY_PAGE in GENERATED_PAGES, "authors may link to the tally page"
    tally = (repo_site / "tong-hop-ket-qua" / "index.html").read_text(encoding="utf-8")
    conf = data(tally, "data-hvs-tally")
    ids = sorted(p.parent.name for p in (ROOT / "courses").glob("*/index.md"))
    assert sorted(c["id"] for c in conf["courses"]) == ids
    assert sorted(conf["domains"]) == ["0", "1", "2", "3", "4", "5", "6"]
    nong = next(c for c in conf["courses"] if c["id"] == "nong-dan")
    assert nong["paper"] == "../nong-dan/bai-kiem-tra-giay/"
    std = nong["standard"]
    assert std["id"] == "nong-dan" and std["passPercent"] == 70
    assert std["pool"] == f"../assets/hocvuso/pools/{std['poolId']}.js"  # the pool script the assessment page uses
    assert (repo_site / "assets" / "hocvuso" / "pools" / f"{std['poolId']}.js").is_file()
    assert "Trang cần JavaScript" in tally and 'href="../nong-dan/bai-kiem-tra-giay/"' in tally
    paper = (repo_site / "nong-dan" / "bai-kiem-tra-giay" / "index.html").read_text(encoding="utf-8")
    assert data(paper, "data-hvs-paper")["tally"] == "../../tong-hop-ket-qua/"
    for c in conf["courses"]:
        assert (repo_site / c["id"] / "bai-kiem-tra-giay" / "index.html").is_file() == bool(c["standard"]), c["id"]
    jsqr = (repo_site / "assets" / "vendor" / "jsQR.js").read_text(encoding="utf-8")
    assert "jsQR" in jsqr
    # for facilitators: linked from the schools' page, out of the learners' menu and of search
    school = (repo_site / "nha-truong" / "index.html").read_text(encoding="utf-8")
    assert 'href="../tong-hop-ket-qua/"' in school
    menu = re.search(r'<nav class="md-nav md-nav--primary".*?</nav>\s*</div>\s*</div>\s*</div>', school, re.S)
    assert menu is not None and "tong-hop-ket-qua/" not in menu.group(0) and "bai-kiem-tra-giay/" not in menu.group(0)
    index = json.loads((repo_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert not [d["location"] for d in index["docs"] if d["location"].startswith("tong-hop-ket-qua") or "/bai-kiem-tra-giay" in d["location"]]


def test_qr_reader_is_shipped_from_node_modules_or_asked_for(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A project of one's own content (no node_modules) gets jsQR from beside hocvuso's sources; where neither has
    it, the build asks for `npm ci` (the hook's message, tested with the QR drawer in test_entry_check)."""
    root = make_project(tmp_path / "proj")
    out = root / "out"
    proc = mkdocs_build(root, out)
    assert proc.returncode == 0, proc.stderr
    assert b"jsQR" in (out / "assets" / "vendor" / "jsQR.js").read_bytes() and (out / "tong-hop-ket-qua" / "index.html").is_file()
    assert not (out / "khoa-mau" / "bai-kiem-tra-giay").exists(), "no paper test for a course without an assessment"
    assert engine.VENDOR[JSQR] == ("jsqr", "dist/jsQR.js")
    monkeypatch.setattr(engine, "PACKAGE_NODE_MODULES", tmp_path / "none")
    assert engine.vendor_file(JSQR, root) is None
