"""Lighthouse's accessibility score is 1.00 on every page type a learner opens (mobile emulation, Debian's chromium).

Lighthouse comes from npm (`lighthouse` 12.2.3, exact, in package.json; 13.x needs Node 22) and refuses file://,
so it runs against the online build served on 127.0.0.1."""

from __future__ import annotations

import json
import os
import subprocess
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

from conftest import CHROMIUM, CHROMIUM_ARGS, ROOT

pytestmark = pytest.mark.browser

LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
# The 404 page is scored at /404.html: Lighthouse refuses to score a page answered with status 404.
PAGES = {"lesson": "thu-vien/vneid/", "course": "nguoi-dan/", "assessment": "nguoi-dan/tu-danh-gia/", "progress": "tien-do/",
         "404": "404.html"}


def lighthouse(url: str) -> subprocess.CompletedProcess[str]:
    """Lighthouse's accessibility audits of one page, as JSON on stdout."""
    flags = " ".join(["--headless=new", *(a for a in CHROMIUM_ARGS if a != "--disable-quic")])
    return subprocess.run([str(LIGHTHOUSE), url, "--only-categories=accessibility", "--output=json",
                           "--output-path=stdout", "--quiet", f"--chrome-flags={flags}"],
                          capture_output=True, text=True, timeout=300, env=dict(os.environ, CHROME_PATH=CHROMIUM))


@pytest.fixture(scope="module")
def reports(site_url: str) -> dict[str, Any]:
    """Every page type's run, three at a time: the accessibility audits do not depend on timing, and each run mostly
    waits for its own chromium to start."""
    if not LIGHTHOUSE.exists():
        pytest.fail("Lighthouse is missing: run `npm ci` (make test does)")
    with ThreadPoolExecutor(max_workers=3) as pool:
        return dict(zip(PAGES, pool.map(lighthouse, [site_url + rel for rel in PAGES.values()]), strict=True))


@pytest.mark.parametrize("kind", PAGES)
def test_lighthouse_accessibility_is_perfect(kind: str, reports: dict[str, Any]) -> None:
    proc = reports[kind]
    assert proc.returncode == 0, proc.stderr[-3000:]
    report = json.loads(proc.stdout)
    assert report.get("runtimeError") is None, report["runtimeError"]
    failed = {k: a["title"] for k, a in report["audits"].items()
              if a.get("scoreDisplayMode") == "binary" and a.get("score") is not None and a["score"] < 1}
    score = report["categories"]["accessibility"]["score"]
    print(f"\nLighthouse accessibility, {kind} ({PAGES[kind]}): {score:.2f}")
    assert failed == {} and score == 1, failed
