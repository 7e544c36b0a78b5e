"""The certificate names the site and its published address (site_url, passed in the page config by the hooks)
and carries a QR code of it, drawn at build time (segno) and inlined, so it prints offline too. The printed PDF
shows the address (pdftotext) and the QR code decodes to it (jsQR, from npm, run in the page on a canvas)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path
from typing import Any

import pytest
from hvs_page import store_key, urls

from conftest import ROOT

pytestmark = pytest.mark.browser

JSQR = ROOT / "node_modules" / "jsqr" / "dist" / "jsQR.js"
DECODE = """async () => {
  const svg = document.querySelector('.hvs-cert__qr svg');
  const img = new Image();
  img.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(new XMLSerializer().serializeToString(svg));
  await img.decode();
  const c = document.createElement('canvas'), k = 3;
  c.width = img.naturalWidth * k; c.height = img.naturalHeight * k;
  const g = c.getContext('2d');
  g.fillStyle = '#fff'; g.fillRect(0, 0, c.width, c.height);
  g.imageSmoothingEnabled = false;
  g.drawImage(img, 0, 0, c.width, c.height);
  const found = jsQR(g.getImageData(0, 0, c.width, c.height).data, c.width, c.height);
  return found && found.data;
}"""
BEST = """k => localStorage.setItem(k, JSON.stringify({v: 1, rev: 2, lessons: {}, courses: {}, assessments: {'nguoi-dan':
  {current: null, attempts: [], best: {date: Date.UTC(2026, 0, 15), percent: 88, passed: true, domains: {}}}}}))"""


@pytest.mark.parametrize("edition", ["online", "offline"])
def test_certificate_shows_the_site_address_and_a_decodable_qr(edition: str, site_url: str, offline_url: str,
                                                               page: Any, tmp_path: Path) -> None:
    u = urls(edition, site_url, offline_url)
    assess = u["course"].replace("index.html", "tu-danh-gia.html") if edition == "offline" else site_url + "nguoi-dan/tu-danh-gia/"
    page.goto(assess)
    page.evaluate(BEST, store_key(page))
    page.reload()
    config = page.evaluate("JSON.parse(document.querySelector('.hvs-config').dataset.hvsConfig)")
    address = config["siteUrl"]
    assert address.startswith("http") and "<svg" in config["qr"]
    page.evaluate("() => { window.print = () => { window.__printed = 1; }; }")
    page.get_by_label("Họ và tên in trên giấy tự đánh giá").fill("Nguyễn Văn Tư")
    page.get_by_role("button", name="In giấy tự đánh giá").click()
    cert = page.locator(".hvs-cert")
    text = cert.inner_text()
    assert f"Trang {config['siteName']}: {address}" in text
    assert "88%" in text and "không phải chứng chỉ" in text
    assert cert.get_by_role("img", name=f"Mã QR dẫn tới {address}").is_visible()

    page.add_script_tag(path=str(JSQR))
    assert page.evaluate(DECODE) == address, "the QR code decodes to the site's address"

    page.emulate_media(media="print")
    pdf = tmp_path / "cert.pdf"
    page.pdf(path=str(pdf), prefer_css_page_size=True, print_background=True)
    printed = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert address in re.sub(r"\s+", "", printed) or address in printed, "the PDF shows the address"
    assert page.errors == []  # type: ignore[attr-defined]
