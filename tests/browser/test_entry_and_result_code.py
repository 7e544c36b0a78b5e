"""Before and after, and the result code: a farmer takes the entry check ("Kiểm tra đầu vào") from the course page,
then the self-assessment; the result shows each domain's change in plain names; "Gửi kết quả cho tổ công nghệ số"
shows a code whose QR code decodes (jsQR, from npm, run in the page on a canvas) to the same code, and the optional
commune and nickname change both live. At 360 px with the phone's text at 200 % nothing scrolls sideways."""

from __future__ import annotations

import json
import re
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hvs_page import answer, axe, submit, text_size

from conftest import ROOT

pytestmark = pytest.mark.browser

JSQR = ROOT / "node_modules" / "jsqr" / "dist" / "jsQR.js"
DRAWN = ".hvs-assessment fieldset.hvs-q:not([hidden])"
NOW = datetime(2026, 3, 15, 9, 41, tzinfo=ZoneInfo("Asia/Ho_Chi_Minh"))
# The QR code as the learner's phone shows it, drawn on a canvas with whole pixels per module, then read by jsQR.
DECODE = """async () => {
  const svg = document.querySelector('.hvs-send__qr svg').cloneNode(true), n = svg.viewBox.baseVal.width;
  svg.setAttribute('width', n * 8); svg.setAttribute('height', n * 8);
  const img = new Image();
  img.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(new XMLSerializer().serializeToString(svg));
  await img.decode();
  const c = document.createElement('canvas');
  c.width = img.naturalWidth; c.height = img.naturalHeight;
  const g = c.getContext('2d');
  g.imageSmoothingEnabled = false;
  g.drawImage(img, 0, 0);
  const found = jsQR(g.getImageData(0, 0, c.width, c.height).data, c.width, c.height);
  return found && found.data;
}"""


@pytest.fixture()
def phone(browser: Any) -> Any:
    """A 360 px phone in Vietnam's time zone, its clock pinned, the system text at 200 %."""
    context = browser.new_context(viewport={"width": 360, "height": 740}, timezone_id="Asia/Ho_Chi_Minh",
                                  device_scale_factor=2, is_mobile=True, has_touch=True)
    # the phone's share sheet (Zalo, messages), stubbed: what would be shared is kept for the test
    context.add_init_script("navigator.share = d => { window.__shared = d; return Promise.resolve(); };")
    page = context.new_page()
    page.clock.set_fixed_time(NOW)
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.errors = errors
    text_size(context, page, 200)
    yield page
    context.close()


def take(page: Any, right: bool) -> str:
    """Start, answer every drawn question (all right or all wrong), submit; the result's text."""
    page.get_by_role("button", name="Bắt đầu làm bài").click()
    for fs in page.locator(DRAWN).all():
        answer(fs, right=right)
    return submit(page)


def open_code(page: Any) -> str:
    """Open "Gửi kết quả cho tổ công nghệ số"; the code shown once its QR code is drawn."""
    page.locator(".hvs-send summary").click()
    page.locator(".hvs-send__qr svg").wait_for()
    return str(page.locator(".hvs-send__code").inner_text()).strip()


def decoded(page: Any, code: str) -> dict[str, Any]:
    """The code read back by the site's own decoder (resultcode.js)."""
    out = page.evaluate("c => HVS.resultCode.decode(c, ['nong-dan', 'nguoi-dan'])", code)
    assert out["ok"], out
    return dict(out["value"])


def no_sideways_scroll(page: Any) -> None:
    """The page does not scroll sideways, and nothing of the result code or of the change sticks out on the right."""
    out = page.evaluate("""() => [...document.querySelectorAll('.hvs-send, .hvs-send *, .hvs-change *, .hvs-change-page *')]
      .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
      .map(e => e.tagName + '.' + e.className + ': ' + e.textContent.slice(0, 40))""")
    assert out == []
    assert page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")


@pytest.mark.parametrize("edition", ["online", "offline"])
def test_entry_check_then_assessment_change_and_result_code(edition: str, phone: Any, site_url: str,
                                                            offline_url: str) -> None:
    page = phone
    # the online edition's directory URLs, or the offline copy's .html files opened from file://
    at = (lambda p: site_url + p + "/") if edition == "online" else (lambda p: offline_url + p + ".html")
    page.goto(at("nong-dan/index").replace("/index/", "/"))
    entry_link = page.locator(".hvs-path__entry a")
    assert entry_link.inner_text() == "Kiểm tra đầu vào"
    assert "Không bắt buộc" in page.locator(".hvs-path__entry").inner_text()
    # first on the learning path: before lesson 1
    assert page.evaluate("document.querySelector('.hvs-path__entry').nextElementSibling.matches('ol.hvs-path')")
    entry_link.click()
    page.wait_for_url(at("nong-dan/kiem-tra-dau-vao"))
    config = json.loads(page.locator(".hvs-assessment").get_attribute("data-hvs-assessment"))
    assert config["kind"] == "entry" and config["id"] == "nong-dan-dau-vao"

    result = take(page, right=False)
    assert "Đây là điểm bắt đầu của bạn" in result
    assert page.locator(".hvs-a__cert").count() == 0, "no certificate for an entry check"
    assert "Miền" not in result
    code = open_code(page)
    assert re.fullmatch(r"HV[0-9A-Z]{2}(-[0-9A-Z]{4}){3,4}(-[0-9A-Z]{1,4})?", code), code
    assert "không phải giấy chứng nhận" in page.locator(".hvs-send__note").inner_text()
    page.add_script_tag(path=str(JSQR))
    assert page.evaluate(DECODE) == code, "the QR code decodes to the code shown"
    value = decoded(page, code)
    assert (value["course"], value["kind"], value["date"], value["minute"], value["percent"], value["passed"]) == (
        "nong-dan", "entry", "2026-03-15", 9 * 60 + 41, 0, False)
    assert {k: v["total"] for k, v in value["domains"].items()} == {d["domain"]: d["count"] for d in config["draw"]}

    # the optional commune and nickname change the code and its QR code as they are typed
    page.get_by_label("Xã/phường (không bắt buộc)").fill("Tân Hồng")
    page.get_by_label("Biệt danh (không bắt buộc)").fill("Út~")  # "~" cannot be typed inside
    page.wait_for_function("c => document.querySelector('.hvs-send__code').textContent !== c", arg=code)
    with_place = str(page.locator(".hvs-send__code").inner_text()).strip()
    assert with_place.endswith("~Tân Hồng~Út"), with_place
    assert page.evaluate(DECODE) == with_place, "the QR code follows the typed commune and nickname"
    assert (decoded(page, with_place)["commune"], decoded(page, with_place)["nickname"]) == ("Tân Hồng", "Út")
    no_sideways_scroll(page)
    assert axe(page, ".hvs-send") == []
    page.get_by_role("button", name="Gửi mã qua Zalo, tin nhắn").click()
    page.wait_for_function("!!window.__shared")
    assert with_place in page.evaluate("window.__shared.text"), "the code goes to Zalo as typed, nothing more"

    # after the course: the standard self-assessment, every answer right
    page.goto(at("nong-dan/tu-danh-gia"))
    result = take(page, right=True)
    change = page.locator(".hvs-change")
    change.wait_for()
    lines = change.locator("li").all_inner_texts()
    expected = [f"{config['domains'][d['domain']]}: 0/{d['count']} → {d['count']}/{d['count']}, tiến bộ"
                for d in sorted(config["draw"], key=lambda d: d["domain"])]
    assert lines == expected
    assert "So với bài kiểm tra đầu vào ngày" in change.inner_text()
    assert not re.search(r"Miền \d|\b\d\.\d\b", change.inner_text()), "plain names, never codes"
    standard = open_code(page)
    page.add_script_tag(path=str(JSQR))
    assert page.evaluate(DECODE) == standard
    value = decoded(page, standard)
    assert (value["kind"], value["percent"], value["passed"], value["commune"]) == ("standard", 100, True, "")
    assert standard != code
    no_sideways_scroll(page)
    assert axe(page, ".hvs-change") == []

    # the progress page shows the same change
    page.goto(at("tien-do"))
    progress = page.locator(".hvs-change-page")
    progress.wait_for()
    assert "Tiến bộ so với bài kiểm tra đầu vào" in progress.inner_text()
    assert progress.locator("li").all_inner_texts() == expected
    no_sideways_scroll(page)
    assert page.errors == []
