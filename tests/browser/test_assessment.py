"""The course self-assessment end to end in Debian's chromium, over http and from file://.

A known mix of right and wrong answers (the right answer is read from each drawn question's data),
a reload mid-attempt, the results, a passing attempt and its certificate printed to PDF.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from hvs_page import arrange

pytestmark = pytest.mark.browser

ID = "nguoi-dan"
DRAWN = ".hvs-assessment fieldset.hvs-q:not([hidden])"


def url_of(mode: str, site_url: str, offline_url: str, page: str = "nguoi-dan/tu-danh-gia") -> str:
    return site_url + page + "/" if mode == "online" else offline_url + page + ".html"


def drawn(page) -> list[tuple[dict, str]]:
    """(data, "Câu N.") of every question shown, in order."""
    rows = page.eval_on_selector_all(DRAWN, "els => els.map(e => [e.getAttribute('data-hvs-q'), e.querySelector('.hvs-q__num').textContent])")
    return [(json.loads(d), n) for d, n in rows]


def answer(fs, d: dict, right: bool) -> None:
    """Answer one question right or wrong, as a learner would (clicks, typing, moving tiles)."""
    t = d["type"]
    if t in ("single", "multiple"):
        good = [str(i) for i in d["correct"]]
        bad = [str(i) for i in range(fs.locator("input").count()) if str(i) not in good]
        pick = good if right else ([bad[0]] if t == "single" else (good[:1] + bad[:1] if bad else good[:-1]))
        for v in pick:
            fs.locator(f'input[value="{v}"]').check()
    elif t == "truefalse":
        fs.locator(f'input[value="{str(d["answer"] == right).lower()}"]').check()
    elif t == "text":
        fs.locator("input").fill(d["answers"][0] if right else "không biết")
    else:  # order, match: the tiles in these rows, as "Lên"/"Xuống" would put them
        n = len(d["items"]) if t == "order" else d["pairs"]
        vals = [str(i) for i in range(n)]
        if not right:
            vals[0], vals[1] = vals[1], vals[0]
        arrange(fs, vals)


def expected(qs: list[dict], wrong: set[int]) -> tuple[int, int, dict[str, tuple[int, int, int]]]:
    """Right answers, percent and per-domain (right, total, percent), percent rounded down."""
    doms: dict[str, list[int]] = {}
    for i, d in enumerate(qs):
        x = doms.setdefault(d["domain"], [0, 0])
        x[1] += 1
        x[0] += i not in wrong
    right = len(qs) - len(wrong)
    return right, right * 100 // len(qs), {k: (r, n, r * 100 // n) for k, (r, n) in doms.items()}


def stored(page) -> dict:
    return page.evaluate("() => JSON.parse(localStorage.getItem('hvs:v1:' + HVS.view.config().site))")["assessments"][ID]


def responses(page) -> list:
    return page.eval_on_selector_all(DRAWN, "els => els.map(e => HVS.view.readResponse(e))")


def pdf_text(path: Path) -> tuple[str, str]:
    """(text, pdfinfo) of a PDF, with poppler-utils (pdftotext, pdfinfo)."""
    if not shutil.which("pdftotext"):
        pytest.fail("pdftotext is missing: apt-get install -y poppler-utils (make test installs it)")
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return text, info


@pytest.mark.parametrize("mode", ["online", "offline"])
def test_assessment_end_to_end(page, site_url: str, offline_url: str, tmp_path: Path, mode: str) -> None:
    page.goto(url_of(mode, site_url, offline_url))
    conf = json.loads(page.get_attribute(".hvs-assessment", "data-hvs-assessment"))
    total = sum(d["count"] for d in conf["draw"])
    intro = page.locator(".hvs-a__intro").inner_text()
    assert "tự đánh giá" in intro and "không phải bài thi chính thức" in intro
    assert f"{total} câu" in intro and f"{conf['passPercent']}%" in intro and "Không giới hạn thời gian" in intro
    assert page.locator(".hvs-assessment fieldset.hvs-q:visible").count() == 0, "no question before starting"

    # --- first attempt: draw, half the answers, reload, the rest ---
    page.get_by_role("button", name="Bắt đầu làm bài").click()
    rows = drawn(page)
    qs = [d for d, _ in rows]
    assert [n for _, n in rows] == [f"Câu {i}." for i in range(1, total + 1)]
    assert len({(d["bank"], d["id"]) for d in qs}) == total
    for spec in conf["draw"]:
        assert sum(d["domain"] == spec["domain"] for d in qs) == spec["count"], spec
    assert all(d["level"] in conf["levels"] for d in qs)
    assert page.locator(".hvs-assessment .hvs-result:visible, .hvs-mark").count() == 0, "no feedback before submitting"

    fss = page.locator(DRAWN)
    k = 10  # the first k answered wrong, the others right
    # left unanswered until the end: not steps or pairs, which always stand in some order
    left = max(i for i, d in enumerate(qs) if d["type"] not in ("order", "match"))
    for i in range(total // 2):
        if i != left:
            answer(fss.nth(i), qs[i], i >= k)
    before = responses(page)
    cur = stored(page)["current"]
    assert [tuple(q[:2]) for q in cur["questions"]] == [(d["bank"], d["id"]) for d in qs] and not cur["submitted"]

    page.reload()
    assert [d for d, _ in drawn(page)] == qs, "a reload shows the same questions"
    assert responses(page) == before, "and restores the answers"
    assert "làm dở" in page.locator(".hvs-a").inner_text()
    fss = page.locator(DRAWN)
    for i in range(total // 2, total):
        if i != left:
            answer(fss.nth(i), qs[i], i >= k)

    # one question left: an inline confirm, not only window.confirm
    page.get_by_role("button", name="Nộp bài", exact=True).click()
    confirm = page.locator(".hvs-a__confirm")
    assert confirm.is_visible() and "Còn 1 câu chưa trả lời" in confirm.inner_text()
    page.get_by_role("button", name="Làm tiếp").click()
    assert not confirm.is_visible()
    answer(fss.nth(left), qs[left], left >= k)
    page.get_by_role("button", name="Nộp bài", exact=True).click()

    right, pct, doms = expected(qs, set(range(k)))
    res = page.locator(".hvs-a").inner_text()
    assert f"đúng {right}/{total} câu ({pct}%): Chưa đạt" in res
    for dom, (r, n, p) in doms.items():
        assert f"{conf['domains'][dom]}: {r}/{n} câu ({p}%)" in res
    weak = [dom for dom, (_, _, p) in doms.items() if p < conf["passPercent"]]
    assert weak and "Nên ôn lại" in res
    # at most three lessons, ranked by the missed questions' competences (steps.js)
    links = page.eval_on_selector_all(".hvs-rank a", "as => as.map(a => a.getAttribute('href'))")
    missed = {c for i, q in enumerate(qs) if i < k for c in q.get("competences", [])}
    covering = {lsn["href"] for lsn in conf["lessons"] if missed & set(lsn["competences"])}
    assert 1 <= len(links) <= 3 and set(links) <= covering
    assert page.locator(f"{DRAWN} .hvs-result:visible").count() == total, "every question reviewed"
    assert page.locator(".hvs-a__cert").count() == 0, "no certificate without a pass"
    rec = stored(page)
    assert len(rec["attempts"]) == 1 and rec["best"]["percent"] == pct and rec["best"]["passed"] is False
    assert {d: (x["right"], x["total"]) for d, x in rec["best"]["domains"].items()} == {d: v[:2] for d, v in doms.items()}

    # --- second attempt: two wrong, passes ---
    page.get_by_role("button", name="Làm bài mới").click()
    qs = [d for d, _ in drawn(page)]
    first_shown = page.eval_on_selector_all(DRAWN, "els => els.map(e => e._hvsStart)")  # steps and pairs as first shown
    assert len(qs) == total and responses(page) == [None if d["type"] in ("single", "truefalse") else [] if d["type"] == "multiple"
                                                     else "" if d["type"] == "text" else first_shown[i] for i, d in enumerate(qs)]
    fss = page.locator(DRAWN)
    for i, d in enumerate(qs):
        answer(fss.nth(i), d, i not in (3, 17))
    page.get_by_role("button", name="Nộp bài", exact=True).click()
    right, pct, doms = expected(qs, {3, 17})
    assert f"đúng {right}/{total} câu ({pct}%): Đạt" in page.locator(".hvs-a").inner_text()
    rec = stored(page)
    assert len(rec["attempts"]) == 2 and rec["best"]["percent"] == pct and rec["best"]["passed"] is True

    # --- certificate ---
    page.evaluate("() => { window.print = () => { window.__printed = (window.__printed || 0) + 1; }; }")
    page.get_by_role("button", name="In giấy tự đánh giá").click()
    assert "Hãy nhập họ và tên" in page.locator(".hvs-a__err").inner_text()
    assert page.evaluate("window.__printed") is None
    name = "Nguyễn Thị Mai"
    page.get_by_label("Họ và tên in trên giấy tự đánh giá").fill(name)
    page.get_by_role("button", name="In giấy tự đánh giá").click()
    assert page.evaluate("window.__printed") == 1
    cert = page.locator(".hvs-cert").inner_text()
    date = page.evaluate("d => HVS.assess.fmtDate(d)", rec["best"]["date"])
    assert re.fullmatch(r"\d\d/\d\d/\d{4}", date)
    code = page.evaluate("f => HVS.assess.verificationCode(f)", {"name": name, "course": conf["course"], "date": date,
                                                                   "percent": pct, "domains": rec["best"]["domains"]})
    for text in ("Giấy tự đánh giá — không phải chứng chỉ chính thức", name, conf["courseTitle"], date,
                 f"{pct}%", code, "không chứng minh giấy là thật", "không phải chứng chỉ hay giấy xác nhận"):
        assert text in cert, text
    for dom, (r, n, p) in doms.items():
        assert f"{conf['domains'][dom]}: {r}/{n} câu ({p}%)" in cert
    assert stored(page)["certificateName"] == name

    page.emulate_media(media="print")
    pdf = tmp_path / "cert.pdf"
    page.pdf(path=str(pdf), prefer_css_page_size=True, print_background=True)
    text, info = pdf_text(pdf)
    flat = " ".join(text.split())
    for want in (name, f"{pct}%", code, "không phải chứng chỉ chính thức"):
        assert want in flat, (want, flat)
    assert "Câu 1." not in flat and "Nộp bài" not in flat and "Tìm kiếm" not in flat, "only the certificate prints"
    assert re.search(r"Pages:\s+1\n", info), info
    assert "pts (A4)" in info, info
    page.emulate_media(media="screen")

    # a reload shows the last results and the certificate form again, with the name kept
    page.reload()
    assert f"({pct}%): Đạt" in page.locator(".hvs-a").inner_text()
    assert page.get_by_label("Họ và tên in trên giấy tự đánh giá").input_value() == name

    # what is printed checks out on the progress page; a changed score does not
    data = page.evaluate("f => HVS.assess.line(f)", {"course": conf["course"], "date": date, "percent": pct, "domains": rec["best"]["domains"]})
    assert data in flat
    page.goto(url_of(mode, site_url, offline_url, "tien-do"))
    page.locator(".hvs-verify summary").click()
    form = page.locator(".hvs-verify form")
    form.get_by_label("Họ và tên").fill(name)
    form.get_by_label("Dữ liệu đối chiếu").fill(data)
    form.get_by_label("Mã đối chiếu").fill(code)
    form.get_by_role("button", name="Đối chiếu", exact=True).click()
    assert "Mã khớp" in form.inner_text()
    form.get_by_label("Dữ liệu đối chiếu").fill(data.replace(f"|{pct}|", "|100|"))
    form.get_by_role("button", name="Đối chiếu", exact=True).click()
    assert "Mã không khớp" in form.inner_text()
    assert page.errors == []


def test_certificate_code_is_checked_on_the_progress_page(page, site_url: str) -> None:
    fields = {"name": "Trần Văn Bình", "course": ID, "date": "05/03/2025", "percent": 83,
              "domains": {"0": {"right": 3, "total": 3}, "4": {"right": 5, "total": 7}}}
    page.goto(site_url + "tien-do/")
    code = page.evaluate("f => HVS.assess.verificationCode(f)", fields)
    page.locator(".hvs-verify summary").click()
    form = page.locator(".hvs-verify form")
    form.get_by_label("Họ và tên").fill("trần văn  bình")
    form.get_by_label("Dữ liệu đối chiếu").fill("nguoi-dan | 5/3/2025 | 83 | 0:3/3 4:5/7")
    form.get_by_label("Mã đối chiếu").fill(code.lower().replace("-", " "))
    form.get_by_role("button", name="Đối chiếu", exact=True).click()
    assert "Mã khớp" in form.inner_text()
    form.get_by_label("Dữ liệu đối chiếu").fill("nguoi-dan|05/03/2025|88|0:3/3 4:5/7")
    form.get_by_role("button", name="Đối chiếu", exact=True).click()
    assert "Mã không khớp" in form.inner_text()
    assert page.errors == []


def test_time_limit_warns_once_and_submits(page, site_url: str) -> None:
    """With a time limit (6 minutes here): announced at start, once at 5 minutes left, then submitted."""
    url = site_url + "nguoi-dan/tu-danh-gia/"

    def timed(route):
        body = route.fetch().text().replace("&quot;timeLimitMinutes&quot;:null", "&quot;timeLimitMinutes&quot;:6")
        route.fulfill(body=body, content_type="text/html; charset=utf-8")

    page.route(url, timed)
    page.clock.install()
    page.goto(url)
    assert "Thời gian: 6 phút" in page.locator(".hvs-a__intro").inner_text()
    page.get_by_role("button", name="Bắt đầu làm bài").click()
    live = page.locator(".hvs-a__live")
    assert "khoảng 6 phút" in live.inner_text()
    d = drawn(page)[0][0]
    answer(page.locator(DRAWN).first, d, True)
    page.clock.run_for("00:30")
    assert "khoảng 6 phút" in live.inner_text(), "no per-second countdown"
    page.clock.run_for("00:32")
    assert live.inner_text() == "Còn 5 phút."
    page.clock.run_for("04:50")
    assert page.locator(".hvs-a__bar").is_visible()
    page.clock.run_for("00:15")
    assert "Hết giờ" in live.inner_text()
    total = sum(x["count"] for x in json.loads(page.get_attribute(".hvs-assessment", "data-hvs-assessment"))["draw"])
    assert f"đúng 1/{total} câu" in page.locator(".hvs-a").inner_text()
    assert page.errors == []


def test_booting_again_is_harmless(page, site_url: str) -> None:
    """Material's instant navigation re-runs HVS.boot(): the assessment must not be set up twice."""
    page.goto(site_url + "nguoi-dan/tu-danh-gia/")
    page.get_by_role("button", name="Bắt đầu làm bài").click()
    qs = [d for d, _ in drawn(page)]
    answer(page.locator(DRAWN).first, qs[0], True)
    first = responses(page)
    page.evaluate("HVS.boot(); HVS.boot()")
    assert page.locator(".hvs-a").count() == 1 and page.locator(".hvs-a__bar").count() == 1
    assert page.locator(".hvs-verify").count() == 0
    assert [d for d, _ in drawn(page)] == qs and responses(page) == first
    page.get_by_role("button", name="Nộp bài", exact=True).click()
    page.get_by_role("button", name="Vẫn nộp bài").click()
    assert len(stored(page)["attempts"]) == 1
    assert f"đúng 1/{len(qs)} câu" in page.locator(".hvs-a").inner_text()
    assert page.errors == []
