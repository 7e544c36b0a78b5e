"""The facilitators' "Tổng hợp kết quả" in Debian's chromium, over http and from file://: pasted codes (counts per
course, kind and commune, pass rate, change per domain, a mistyped code refused with its line and reason), a QR code
read from a photo and from the camera, the CSV export, clearing; at 360 px with large text; and a paper sheet typed in scores the same
as the online self-assessment with the same draw."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
from pathlib import Path

import pytest
from hvs_page import arrange, axe, text_size
from test_assessment import DRAWN, drawn, pdf_text

from conftest import CHROMIUM, CHROMIUM_ARGS, ROOT, mkdocs_build
from sample_project import make_project

pytestmark = pytest.mark.browser

TALLY = "tong-hop-ket-qua"
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
# Five results, hand-made: (course, kind, passed, domains, commune, nickname)
RESULTS = [
    ("nong-dan", "entry", False, {"0": (1, 3), "4": (2, 4)}, "Tân Hồng", ""),
    ("nong-dan", "standard", True, {"0": (3, 3), "4": (3, 4)}, "Tân Hồng", ""),
    ("nong-dan", "standard", False, {"0": (2, 3), "4": (1, 4)}, "An Long", "Út"),
    ("nguoi-dan", "entry", False, {"1": (2, 5)}, "", ""),
    ("nong-dan", "entry", False, {"0": (0, 3)}, "An Long", ""),
]


def url_of(mode: str, site_url: str, offline_url: str, page: str = TALLY) -> str:
    return site_url + page + "/" if mode == "online" else offline_url + page + ".html"


def open_tally(page, url: str) -> None:
    page.goto(url)
    page.locator(".hvs-tl__summary h2").wait_for()


def encode(page, course: str, kind: str, passed: bool, domains: dict, commune: str, nickname: str, minute: int) -> str:
    return str(page.evaluate("r => HVS.resultCode.encode(r)", {
        "course": course, "kind": kind, "date": "2026-03-0" + str(1 + minute % 5), "minute": minute, "passed": passed,
        "domains": {d: {"right": r, "total": n} for d, (r, n) in domains.items()}, "commune": commune, "nickname": nickname}))


def mistype(code: str) -> str:
    """One character of the core changed (the sixth symbol after "HV": the length stays, the checksum catches it)."""
    i = 7
    wrong = ALPHABET[(ALPHABET.index(code[i]) + 5) % 32]
    return code[:i] + wrong + code[i + 1:]


def summary(page) -> str:
    return page.locator(".hvs-tl__summary").inner_text()


@pytest.mark.parametrize("mode", ["online", "offline"])
def test_pasted_codes_are_counted_and_exported(page, site_url: str, offline_url: str, mode: str) -> None:
    open_tally(page, url_of(mode, site_url, offline_url))
    assert "0 kết quả" in summary(page)
    codes = [encode(page, *r, minute=100 + i) for i, r in enumerate(RESULTS)]
    bad = mistype(codes[0])
    # two on a line separated by a comma; one in lower case without dashes; a duplicate; a mistyped one
    core, text = codes[2].split("~", 1)
    pasted = "\n".join([codes[0] + ", " + codes[1], core.lower().replace("-", "") + "~" + text, codes[3] + " " + codes[4],
                        codes[0], bad])
    page.get_by_label("Mã kết quả, mỗi dòng một mã").fill(pasted)
    page.get_by_role("button", name="Thêm các mã").click()
    report = page.locator(".hvs-tl__report").inner_text()
    assert "Đã thêm 5 mã, bỏ qua 1 mã trùng, 1 mã có lỗi." in page.locator(".hvs-tl__msg").inner_text()
    assert "Dòng 1: đã thêm (Kỹ năng số cho nông dân, đầu vào, 42%)" in report  # 3 right of 7
    assert "Dòng 4: mã này đã có, bỏ qua" in report
    assert f"Dòng 5: chưa thêm được. Mã có chỗ gõ sai (một ký tự sai hoặc hai ký tự đổi chỗ). Hãy xem lại mã. Mã: {bad}" in report
    assert page.get_by_label("Mã kết quả, mỗi dòng một mã").input_value() == pasted, "kept for correcting"

    # hand-computed: 5 results, 3 entry, 2 standard (1 passed); nông dân 2 + 2, người dân 1 entry
    s = summary(page)
    assert "5 kết quả: 3 bài kiểm tra đầu vào, 2 bài tự đánh giá." in s
    assert "Tỉ lệ đạt bài tự đánh giá: 1/2 người (50%)." in s
    assert "Kỹ năng số cho nông dân: 2 đầu vào, 2 tự đánh giá, 1 đạt" in s
    assert "Kỹ năng số cho người dân: 1 đầu vào, 0 tự đánh giá, 0 đạt" in s
    assert "Tân Hồng: 1 đầu vào, 1 tự đánh giá, 1 đạt" in s and "An Long: 1 đầu vào, 1 tự đánh giá, 0 đạt" in s
    assert "(không ghi xã, phường): 1 đầu vào, 0 tự đánh giá, 0 đạt" in s
    # nông dân, domain 0: entry (33.3 + 0) / 2 = 16.7, standard (100 + 66.7) / 2 = 83.3: +66.7
    # domain 4: entry 50 (one result), standard (75 + 25) / 2 = 50: no change. Người dân has no standard result.
    domains = json.loads(page.get_attribute(".hvs-tally", "data-hvs-tally"))["domains"]
    assert f"{domains['0']}: đầu vào 17%, tự đánh giá 83% (+67 điểm)" in s
    assert f"{domains['4']}: đầu vào 50%, tự đánh giá 50% (±0 điểm)" in s
    assert "Miền" not in s and page.locator(".hvs-tl__change li").count() == 2
    assert page.locator(".hvs-tl__summary svg, .hvs-tl__fill").count() > 0, "charts drawn on the page"

    page.reload()
    page.locator(".hvs-tl__summary h2").wait_for()
    assert "5 kết quả" in summary(page), "kept on this device"

    with page.expect_download() as info:
        page.get_by_role("button", name="Tải tệp CSV").click()
    download = info.value
    assert re.fullmatch(r".+-tong-hop-\d{4}-\d\d-\d\d\.csv", download.suggested_filename)
    raw = Path(download.path()).read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert rows[0] == ["code", "course", "kind", "date", "percent", "passed", "commune", "nickname", "source",
                       *[f"d{d}_{x}" for d in range(7) for x in ("right", "total")]]
    assert len(rows) == 6
    by_code = {r[0]: r for r in rows[1:]}
    want_codes = [page.evaluate("c => HVS.resultCode.normalize(c)", c) for c in codes]
    assert set(by_code) == set(want_codes)
    r = by_code[want_codes[2]]
    assert r[1:9] == ["nong-dan", "standard", r[3], "42", "0", "An Long", "Út", "online"]  # 3 of 7: 42 %
    assert r[9:11] == ["2", "3"] and r[11:17] == [""] * 6 and r[17:19] == ["1", "4"] and r[19:] == [""] * 4
    assert by_code[want_codes[1]][5] == "1"

    # "Xóa hết" asks first: "no" keeps everything, "yes" clears
    page.once("dialog", lambda d: d.dismiss())
    page.get_by_role("button", name="Xóa hết").click()
    assert "5 kết quả" in summary(page)
    page.once("dialog", lambda d: d.accept())
    page.get_by_role("button", name="Xóa hết").click()
    assert "0 kết quả" in summary(page)
    page.reload()
    page.locator(".hvs-tl__summary h2").wait_for()
    assert "0 kết quả" in summary(page)
    assert page.errors == []


@pytest.mark.parametrize("mode", ["online", "offline"])
def test_a_photo_of_a_qr_code_is_read(page, site_url: str, offline_url: str, tmp_path: Path, mode: str) -> None:
    import segno

    open_tally(page, url_of(mode, site_url, offline_url))
    code = encode(page, "nong-dan", "standard", True, {"0": (3, 3), "5": (2, 2)}, "Thường Phước", "Bé", minute=725)
    png = tmp_path / "ma.png"
    segno.make(code).save(str(png), scale=8)
    page.get_by_label("Chọn ảnh mã QR").set_input_files(str(png))
    page.locator(".hvs-tl__report li").wait_for()
    assert "Ảnh ma.png: đã thêm (Kỹ năng số cho nông dân, tự đánh giá, 100%)." in page.locator(".hvs-tl__report").inner_text()
    assert "1 kết quả: 0 bài kiểm tra đầu vào, 1 bài tự đánh giá." in summary(page)
    assert "Thường Phước: 0 đầu vào, 1 tự đánh giá, 1 đạt" in summary(page)
    # the same photo again: a duplicate, said so
    page.get_by_label("Chọn ảnh mã QR").set_input_files(str(png))
    page.locator(".hvs-tl__duplicate").wait_for()
    assert "1 kết quả" in summary(page)
    # a photo without a code
    blank = tmp_path / "trang.png"
    segno.make("x").save(str(blank), scale=8, dark="#fff")
    page.get_by_label("Chọn ảnh mã QR").set_input_files(str(blank))
    page.get_by_text("Không đọc được mã QR trong ảnh trang.png").wait_for()
    assert page.errors == []


def test_the_browsers_own_barcode_detector_is_used_where_it_has_one(browser, site_url: str, tmp_path: Path) -> None:
    """With BarcodeDetector (Android's Chrome has it; this Linux build does not, so a stand-in answers), the photo is
    read by it and the shipped decoder is never loaded."""
    import segno

    context = browser.new_context()
    try:
        page = context.new_page()
        open_tally(page, site_url + TALLY + "/")
        code = encode(page, "nong-dan", "entry", False, {"6": (2, 2)}, "", "", minute=9)
        stand_in = ("window.BarcodeDetector = class { constructor(o) { window.__formats = o.formats; } detect() { "
                    "window.__detected = (window.__detected || 0) + 1; return Promise.resolve([{rawValue: CODE}]); } };")
        context.add_init_script(stand_in.replace("CODE", json.dumps(code)))
        open_tally(page, site_url + TALLY + "/")
        png = tmp_path / "anh.png"
        segno.make("khác").save(str(png), scale=4)
        page.get_by_label("Chọn ảnh mã QR").set_input_files(str(png))
        page.locator(".hvs-tl__report li").wait_for()
        assert "Ảnh anh.png: đã thêm (Kỹ năng số cho nông dân, đầu vào, 100%)." in page.locator(".hvs-tl__report").inner_text()
        assert page.evaluate("[window.__formats, window.__detected, !!window.jsQR]") == [["qr_code"], 1, False]
        assert page.locator('script[src$="vendor/jsQR.js"]').count() == 0
    finally:
        context.close()


def y4m(text: str, path: Path, size: int = 480) -> None:
    """A short Y4M video of a QR code of ``text``, for Chromium's fake camera (grey levels on a white field)."""
    import segno

    rows = [list(r) for r in segno.make(text).matrix_iter(scale=6, border=4)]
    luma = bytearray([235]) * (size * size)
    top, left = (size - len(rows)) // 2, (size - len(rows[0])) // 2
    for r, row in enumerate(rows):
        for c, dark in enumerate(row):
            if dark:
                luma[(top + r) * size + left + c] = 16
    chroma = bytes([128]) * (size * size // 4)
    path.write_bytes(f"YUV4MPEG2 W{size} H{size} F10:1 Ip A1:1 C420jpeg\n".encode()
                     + (b"FRAME\n" + bytes(luma) + chroma + chroma) * 3)


def test_a_qr_code_shown_to_the_camera_is_read(browser, site_url: str, tmp_path: Path) -> None:
    """The camera (Chromium's fake one, showing a QR code): read once, added once, then turned off."""
    first = browser.new_page()
    try:
        open_tally(first, site_url + TALLY + "/")
        code = encode(first, "nguoi-dan", "entry", False, {"2": (1, 5)}, "Mỹ Thọ", "", minute=44)
    finally:
        first.close()
    video = tmp_path / "qr.y4m"
    y4m(code, video)
    camera = browser.browser_type.launch(executable_path=CHROMIUM, headless=True, args=[
        *CHROMIUM_ARGS, "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
        f"--use-file-for-fake-video-capture={video}"])
    try:
        page = camera.new_context(permissions=["camera"]).new_page()
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        open_tally(page, site_url + TALLY + "/")
        page.get_by_role("button", name="Quét bằng máy ảnh").click()
        page.locator(".hvs-tl__report li").wait_for()
        assert page.locator(".hvs-tl__report").inner_text() == "Máy ảnh: đã thêm (Kỹ năng số cho người dân, đầu vào, 20%)."
        assert page.locator(".hvs-tl__video").is_visible()
        page.get_by_role("button", name="Tắt máy ảnh").click()
        assert page.locator(".hvs-tl__video").is_hidden()
        assert "1 kết quả" in summary(page) and "Mỹ Thọ" in summary(page)
        assert errors == []
    finally:
        camera.close()


def test_tally_and_paper_test_on_a_phone_with_large_text(browser, site_url: str) -> None:
    context = browser.new_context(viewport={"width": 360, "height": 740})
    try:
        page = context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        text_size(context, page, 200)
        open_tally(page, site_url + TALLY + "/")
        codes = [encode(page, *r, minute=200 + i) for i, r in enumerate(RESULTS)]
        page.get_by_label("Mã kết quả, mỗi dòng một mã").fill("\n".join(codes + [mistype(codes[1])]))
        page.get_by_role("button", name="Thêm các mã").click()
        assert "Đã thêm 5 mã" in page.locator(".hvs-tl__msg").inner_text()
        # the tally's own part (the site's header is the engine's, checked by test_readable)
        wide = page.evaluate("""() => [...document.querySelectorAll('.hvs-tally, .hvs-tally *')]
            .filter(e => e.getBoundingClientRect().right > 360.5).map(e => e.tagName + '.' + e.className)""")
        assert wide == []
        assert axe(page) == []
        button = page.get_by_role("button", name="Tải tệp CSV").bounding_box()
        assert button and button["x"] >= 0 and button["x"] + button["width"] <= 360
        page.goto(site_url + "nguoi-dan/bai-kiem-tra-giay/")
        page.locator(".hvs-pq").first.wait_for()
        wide = page.evaluate("""() => [...document.querySelectorAll('.hvs-paper, .hvs-paper *')]
            .filter(e => e.getBoundingClientRect().right > 360.5).map(e => e.tagName + '.' + e.className)""")
        assert wide == []
        assert errors == []
    finally:
        context.close()


# ------------------------------------------------------------------ paper form = online draw

FORM = 3
COURSE = "nguoi-dan"
PIN = f"Math.random = () => {7000 + FORM} / 4294967296;"  # the attempt's seed: 7000 + n, as paper form n


def choose(d: dict, i: int, tiles: list[str]) -> tuple[object, str]:
    """A given answer for question i (right for some, wrong for others, some left empty): the response to give
    online and what the learner writes on paper."""
    t = d["type"]
    right = i % 3 != 1
    if i % 7 == 5 and t not in ("order", "match"):
        return None, ""
    letters = "ABCDEFGHIJ"
    if t == "single":
        k = d["correct"][0] if right else next(j for j in range(len(d["feedback"])) if j not in d["correct"])
        return str(k), letters[k].lower()
    if t == "multiple":
        ks = sorted(d["correct"] if right else d["correct"][:1] + [j for j in range(len(d["feedback"])) if j not in d["correct"]][:1])
        return [str(k) for k in ks], ", ".join(letters[k] for k in ks)
    if t == "truefalse":
        v = d["answer"] == right
        return str(v).lower(), "Đúng" if v else "s"
    if t == "text":
        return (d["answers"][0], " " + d["answers"][0].upper() + " ") if right else ("không biết", "không biết")
    n = len(tiles)
    order = [str(k) for k in range(n)]
    if not right:
        order[0], order[1] = order[1], order[0]
    written = [letters[tiles.index(v)] for v in order]
    if t == "order":
        return order, "".join(written)
    return order, " ".join(f"{row + 1}-{x}" for row, x in enumerate(written))


@pytest.mark.parametrize("mode", ["online", "offline"])
def test_paper_sheet_scores_like_the_online_test(browser, site_url: str, offline_url: str, mode: str) -> None:
    context = browser.new_context(viewport={"width": 1024, "height": 800})
    context.add_init_script(PIN)
    errors: list[str] = []
    try:
        page = context.new_page()
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(url_of(mode, site_url, offline_url, f"{COURSE}/tu-danh-gia"))
        page.get_by_role("button", name="Bắt đầu làm bài").click()
        qs = [d for d, _ in drawn(page)]
        online_prompts = page.eval_on_selector_all(DRAWN + " .hvs-q__prompt", "ps => ps.map(p => p.textContent)")
        fss = page.locator(DRAWN)
        tiles = page.eval_on_selector_all(DRAWN, "els => els.map(e => [...e.querySelectorAll('.hvs-tile')].map(x => x.dataset.hvsItem))")
        written = []
        for i, d in enumerate(qs):
            response, on_paper = choose(d, i, tiles[i])
            written.append(on_paper)
            fs = fss.nth(i)
            if d["type"] in ("order", "match"):
                arrange(fs, response)
            elif response is not None:
                fs.evaluate("(fs, r) => { HVS.view.setResponse(fs, r); fs.dispatchEvent(new Event('input', {bubbles: true})); }", response)
        assert any(w == "" for w in written) and len({d["type"] for d in qs}) >= 4
        page.get_by_role("button", name="Nộp bài", exact=True).click()
        page.get_by_role("button", name="Vẫn nộp bài").click()
        online = page.locator(".hvs-a").inner_text()
        best = page.evaluate("() => JSON.parse(localStorage.getItem('hvs:v1:' + HVS.view.config().site)).assessments['nguoi-dan'].best")
        total_line = re.search(r"Bạn đúng \d+/\d+ câu \(\d+%\): [^.]+\.", online).group(0)
        assert 0 < best["percent"] < 100

        # the paper form n holds the same questions in the same order
        page.goto(url_of(mode, site_url, offline_url, f"{COURSE}/bai-kiem-tra-giay"))
        page.locator(".hvs-pq").first.wait_for()
        page.get_by_label("Đề").select_option(str(FORM))
        assert page.locator(".hvs-paper h2").first.inner_text().endswith(f"Đề số {FORM}")
        prompts = page.eval_on_selector_all(".hvs-pq__prompt", "ps => ps.map(p => p.textContent)")
        assert len(prompts) == len(qs)
        for i, (p, o) in enumerate(zip(prompts, online_prompts, strict=True)):
            assert " ".join(p.split()) == f"Câu {i + 1}. " + " ".join(o.split())

        # typed into the tally page: the same score, per domain and verdict
        page.goto(url_of(mode, site_url, offline_url))
        page.locator(".hvs-tl__summary h2").wait_for()
        page.get_by_label("Khóa học").select_option(COURSE)
        page.locator(".hvs-tl__sec").nth(2).get_by_label("Đề").select_option(str(FORM))
        page.locator(f".hvs-tl__sheet[data-hvs-sheet='{COURSE}#{FORM}'] li").first.wait_for()
        sheet = page.locator(".hvs-tl__sheet li input")
        assert sheet.count() == len(qs)
        for i, w in enumerate(written):
            sheet.nth(i).fill(w)
        page.get_by_label("Xã, phường (không bắt buộc)").fill("Mỹ Trà 🌾")
        page.get_by_role("button", name="Chấm", exact=True).click()
        assert "tối đa 40 ký tự" in page.locator(".hvs-tl__result").inner_text(), "an emoji cannot travel in a code"
        assert "0 kết quả" in summary(page)
        page.get_by_label("Xã, phường (không bắt buộc)").fill("Mỹ Trà")
        page.get_by_role("button", name="Chấm", exact=True).click()
        result = page.locator(".hvs-tl__result").inner_text()
        assert total_line in result, (total_line, result)
        conf = json.loads(page.get_attribute(".hvs-tally", "data-hvs-tally"))
        for dom, x in best["domains"].items():
            line = f"{conf['domains'][dom]}: {x['right']}/{x['total']} câu ({x['right'] * 100 // x['total']}%)"
            assert line in online and line in result, line
        code = page.locator(".hvs-tl__result code").inner_text()
        value = page.evaluate("([c, ids]) => HVS.resultCode.decode(c, ids).value", [code, [c["id"] for c in conf["courses"]]])
        assert value["percent"] == best["percent"] and value["passed"] == best["passed"] and value["commune"] == "Mỹ Trà"
        assert {d: (x["right"], x["total"]) for d, x in value["domains"].items()} == \
            {d: (x["right"], x["total"]) for d, x in best["domains"].items()}
        assert "1 kết quả: 0 bài kiểm tra đầu vào, 1 bài tự đánh giá." in summary(page)
        stored = page.evaluate("() => JSON.parse(localStorage.getItem('hvs:tally:' + HVS.view.config().site)).items[0]")
        assert stored["source"] == "paper" and stored["code"] == code
        assert errors == []
    finally:
        context.close()


def test_paper_sheet_mistakes_are_named(page, site_url: str) -> None:
    open_tally(page, site_url + TALLY + "/")
    page.get_by_label("Khóa học").select_option(COURSE)
    page.locator(f".hvs-tl__sheet[data-hvs-sheet='{COURSE}#1'] li").first.wait_for()
    first_single = next(i for i, li in enumerate(page.locator(".hvs-tl__sheet li").all()) if "Ghi một chữ cái (A–D)" in li.inner_text())
    page.locator(".hvs-tl__sheet li input").nth(first_single).fill("E")
    page.get_by_role("button", name="Chấm", exact=True).click()
    assert "Không có chữ E trong câu này (chỉ từ A đến D)." in page.locator(".hvs-tl__sheet li").nth(first_single).inner_text()
    assert "chưa đọc được" in page.locator(".hvs-tl__result").inner_text()
    assert "0 kết quả" in summary(page), "nothing added until every answer can be read"
    assert page.errors == []


def test_paper_test_prints_with_its_answer_sheet_on_a_page_of_its_own(page, site_url: str, tmp_path: Path) -> None:
    page.goto(site_url + "nong-dan/bai-kiem-tra-giay/")
    page.locator(".hvs-pq").first.wait_for()
    assert axe(page) == []
    n = page.locator(".hvs-pq").count()
    first = page.locator(".hvs-pq__prompt").first.inner_text()
    page.emulate_media(media="print")
    pdf = tmp_path / "de.pdf"
    page.pdf(path=str(pdf), prefer_css_page_size=True, print_background=True)
    _, info = pdf_text(pdf)
    assert "pts (A4)" in info, info
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    texts = [" ".join(subprocess.run(["pdftotext", "-layout", "-f", str(k), "-l", str(k), str(pdf), "-"],
                                     capture_output=True, text=True, check=True).stdout.split()) for k in range(1, pages + 1)]
    flat = " ".join(texts)
    assert " ".join(first.split())[:40] in texts[0] and "Đề số 1" in texts[0]
    # the answer sheet starts a page of its own, the last one, with a line for every question
    sheet = [k for k, x in enumerate(texts) if "Phiếu trả lời" in x]
    assert sheet == [pages - 1] and pages >= 2, texts
    assert texts[-1].startswith("Phiếu trả lời") and all(f"Câu {i}." in texts[-1] for i in range(1, n + 1))
    assert " ".join(first.split())[:40] not in texts[-1]
    assert "In đề và phiếu trả lời" not in flat and "Tìm kiếm" not in flat and "Lên đầu trang" not in flat, "only the form prints"
    assert page.errors == []


def test_reached_by_instant_navigation_from_the_schools_page(page, site_url: str) -> None:
    """Online, Material swaps pages without reloading: the tally and a printed form still set themselves up, once."""
    page.goto(site_url + "nha-truong/")
    page.evaluate("window.__samePage = 1")
    page.locator("article a[href$='tong-hop-ket-qua/']").first.click()
    page.locator(".hvs-tl__summary h2").wait_for()
    page.locator(".hvs-tally__papers a[href*='nong-dan/']").click()
    page.locator(".hvs-pq").first.wait_for()
    assert page.locator(".hvs-paper__tools").count() == 1 and page.locator(".hvs-paper__sheet").count() == 1
    assert page.evaluate("window.__samePage") == 1, "no reload: instant navigation"
    page.go_back()
    page.locator(".hvs-tl__summary h2").wait_for()
    assert page.locator(".hvs-tl__summary").count() == 1
    assert page.errors == []


@pytest.mark.parametrize("mode", ["online", "offline"])
def test_a_learners_code_on_screen_reaches_the_tally(page, site_url: str, offline_url: str, tmp_path: Path, mode: str) -> None:
    """A learner finishes the self-assessment and shows "Gửi kết quả cho tổ công nghệ số"; the facilitator photographs
    the QR code on the phone's screen (a screenshot here) and the tally adds it; the code typed from the screen is then
    the same result, a duplicate."""
    from test_assessment import answer

    page.goto(url_of(mode, site_url, offline_url, "nong-dan/tu-danh-gia"))
    page.get_by_role("button", name="Bắt đầu làm bài").click()
    fss = page.locator(DRAWN)
    for i, (d, _) in enumerate(drawn(page)):
        answer(fss.nth(i), d, i != 0)
    page.get_by_role("button", name="Nộp bài", exact=True).click()
    percent = page.evaluate("() => JSON.parse(localStorage.getItem('hvs:v1:' + HVS.view.config().site)).assessments['nong-dan'].best.percent")
    page.locator(".hvs-send summary").click()
    page.locator(".hvs-send__qr svg").wait_for()
    shown = page.locator(".hvs-send__code").inner_text().strip()
    photo = tmp_path / "man-hinh.png"
    page.locator(".hvs-send__qr svg").screenshot(path=str(photo))

    open_tally(page, url_of(mode, site_url, offline_url))
    page.get_by_label("Chọn ảnh mã QR").set_input_files(str(photo))
    page.locator(".hvs-tl__report li").wait_for()
    assert f"Ảnh man-hinh.png: đã thêm (Kỹ năng số cho nông dân, tự đánh giá, {percent}%)." in page.locator(".hvs-tl__report").inner_text()
    page.get_by_label("Mã kết quả, mỗi dòng một mã").fill(shown.lower())
    page.get_by_role("button", name="Thêm các mã").click()
    assert "Dòng 1: mã này đã có, bỏ qua" in page.locator(".hvs-tl__report").inner_text()
    assert "1 kết quả: 0 bài kiểm tra đầu vào, 1 bài tự đánh giá." in summary(page)
    assert page.errors == []


def test_english_site_tally(tmp_path: Path, page) -> None:
    """An English site (which ships English and the Vietnamese fallback only) speaks English on the tally page."""
    root = make_project(tmp_path / "p")
    config = root / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("  hocvuso:\n", "  hocvuso:\n    lang: en\n"), encoding="utf-8")
    (root / "node_modules").symlink_to(ROOT / "node_modules", target_is_directory=True)
    out = tmp_path / "out"
    proc = mkdocs_build(root, out, offline=True)
    assert proc.returncode == 0, proc.stderr
    open_tally(page, (out / "tong-hop-ket-qua.html").as_uri())
    code = encode(page, "khoa-mau", "standard", True, {"4": (3, 3)}, "", "", minute=1)
    page.get_by_label("Result codes, one per line").fill(code + "\n" + mistype(code))
    page.get_by_role("button", name="Add the codes").click()
    report = page.locator(".hvs-tl__report").inner_text()
    assert "Line 1: added (" in report and "Line 2: not added. The code has a typing mistake" in report
    assert "Results: 1 (entry checks: 0, self-assessments: 1)." in summary(page)
    assert "Self-assessments passed: 1 of 1 (100%)." in summary(page)
    assert "Added: 1. Duplicates skipped: 0. With mistakes: 1." in page.locator(".hvs-tl__msg").inner_text()
    assert page.errors == []
