"""``hocvuso report``: three facilitators' tally files that overlap, merged into a report whose every figure is
checked against the example worked out by hand below; broken input is reported at its line and writes nothing."""

from __future__ import annotations

import csv
import io
import json
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from hocvuso.adapters.cli import main
from hocvuso.exchange.report import DOMAINS, HEADER, Result, figures, rounded
from sample_project import course, make_project, write

# The hand-computed example. Two courses (khoa-mau "Khóa mẫu", khoa-hai "Khóa hai"), questions in domains 0 and 4.
#
#   code      file   course    kind      commune   d0    d4    percent passed
#   A1        a, c   khoa-mau  entry     Tân Hồng  1/2   1/4   33      0
#   A2        a, b   khoa-mau  standard  Tân Hồng  2/2   3/4   83      1   (b's copy came from a paper sheet)
#   A3        a      khoa-mau  standard  Tân Hồng  1/2   2/4   50      0
#   B1        b      khoa-mau  entry     An Bình   0/2   2/4   33      0
#   B2        b, c   khoa-mau  standard  an bình   2/2   4/4   100     1   ("an bình" is the commune An Bình)
#   B3        b      khoa-hai  standard  Tân Hồng  -     3/3   100     1
#   C1        c      khoa-hai  entry     Tân Hồng  -     1/3   33      0
#   C2        c      khoa-hai  standard  (none)    -     2/3   66      0
#
# 11 rows, 3 duplicates (A1, A2, B2), 8 results.
# khoa-mau: 5 results, 2 entry, 3 standard, 2 passed, 66.7 %.
#   d0: entry (50 + 0)/2 = 25; standard (100 + 50 + 100)/3 = 83.33 -> 83.3; change 58.33 -> 58.3
#   d4: entry (25 + 50)/2 = 37.5; standard (75 + 50 + 100)/3 = 75.0; change 37.5
# khoa-hai: 3 results, 1 entry, 2 standard, 1 passed, 50.0 %.
#   d4: entry 33.33 -> 33.3; standard (100 + 66.67)/2 = 83.3; change 50.0
# Tân Hồng: 5 results, 2 entry, 3 standard, 2 passed, 66.7 %;
#   with khoa-mau: 3, 1, 2, 1 passed, 50.0 %; d0 change (100 + 50)/2 - 50 = 25.0; d4 (75 + 50)/2 - 25 = 37.5
#   with khoa-hai: 2, 1, 1, 1 passed, 100.0 %; d4 change 100 - 33.33 = 66.7
#   all courses: d0 75 - 50 = 25.0; d4 (75 + 50 + 100)/3 - (25 + 33.33)/2 = 75 - 29.17 = 45.8
# An Bình: 2 results, 1 entry, 1 standard, 1 passed, 100.0 %; khoa-mau d0 change 100.0, d4 change 50.0
# No commune: 1 result (khoa-hai, standard, not passed), 0.0 %, no change (no entry result).
# Targets: Tân Hồng khoa-mau 1 of 2 = 50.0 % vs 50 -> reached; An Bình khoa-mau 1 of 4 = 25.0 % vs 50 -> not;
#          Tân Hồng khoa-hai 1 of 3 = 33.3 % vs 90 -> not; Mỹ An khoa-mau 0 of 10 = 0.0 % vs 50 -> not.

ROWS = {
    "A1": ["khoa-mau", "entry", "2026-03-02", "33", "0", "Tân Hồng", "", "online", (1, 2), None, None, None, (1, 4)],
    "A2": ["khoa-mau", "standard", "2026-03-09", "83", "1", "Tân Hồng", "Út", "online", (2, 2), None, None, None, (3, 4)],
    "A3": ["khoa-mau", "standard", "2026-03-09", "50", "0", "Tân Hồng", "", "online", (1, 2), None, None, None, (2, 4)],
    "B1": ["khoa-mau", "entry", "2026-03-03", "33", "0", "An Bình", "", "online", (0, 2), None, None, None, (2, 4)],
    "B2": ["khoa-mau", "standard", "2026-03-10", "100", "1", "an bình", "", "online", (2, 2), None, None, None, (4, 4)],
    "B3": ["khoa-hai", "standard", "2026-03-10", "100", "1", "Tân Hồng", "", "online", None, None, None, None, (3, 3)],
    "C1": ["khoa-hai", "entry", "2026-03-04", "33", "0", "Tân Hồng", "", "online", None, None, None, None, (1, 3)],
    "C2": ["khoa-hai", "standard", "2026-03-11", "66", "0", "", "", "online", None, None, None, None, (2, 3)],
}


def line(code: str, source: str | None = None, **change: str) -> str:
    """The CSV line of a result of the example (a paper copy with ``source``; fields changed by name)."""
    fields = ROWS[code]
    out = [f"HV10-{code}00-0000", *fields[:7], source or fields[7]]
    for dom in [*fields[8:], None, None]:
        out += [str(dom[0]), str(dom[1])] if dom else ["", ""]
    cells = dict(zip(HEADER, out, strict=True))
    cells.update(change)
    out = list(cells.values())
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerow(out)
    return buf.getvalue()


def tally(*lines: str) -> str:
    """A tally file as the tally page exports it: BOM, header, rows."""
    return "\ufeff" + ",".join(HEADER) + "\r\n" + "".join(lines)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = make_project(tmp_path / "p")
    write(root, "courses/khoa-hai/index.md", course("id: khoa-mau", "id: khoa-hai").replace("Khóa mẫu", "Khóa hai"))
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.csv").write_text(tally(line("A1"), line("A2"), line("A3")), encoding="utf-8", newline="")
    (d / "b.csv").write_text(tally(line("A2", source="paper"), line("B1"), line("B2"), line("B3")),
                             encoding="utf-8", newline="")
    # The third facilitator's spreadsheet saved it without a BOM and with \n line ends.
    (d / "c.csv").write_text((",".join(HEADER) + "\n" + line("B2") + line("C1") + line("C2") + line("A1")).replace(
        "\r\n", "\n"), encoding="utf-8", newline="")
    (d / "targets.csv").write_text("\ufeffcommune,course,population,target_percent\r\n"
                                   "Tân Hồng,khoa-mau,2,50\r\nAn Bình,khoa-mau,4,50\r\n"
                                   "tân hồng,khoa-hai,3,90\r\nMỹ An,khoa-mau,10,50\r\n", encoding="utf-8")
    return root


def run(root: Path, *args: str) -> int:
    return main(["report", "--root", str(root), *args])


def inputs(root: Path, *names: str) -> list[str]:
    return [str(root.parent / "in" / n) for n in names]


def read_csv(path: Path) -> dict[tuple[str, str], dict[str, str]]:
    text = path.read_text("utf-8")
    assert text.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text[1:])))
    return {(r["commune"], r["course"]): r for r in rows}


def cells(html: str) -> list[list[str]]:
    """Every table row's cells as text."""
    out = []
    for tr in re.findall(r"<tr>(.*?)</tr>", html, re.S):
        out.append([re.sub(r"<[^>]+>", "", c).strip() for c in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", tr, re.S)])
    return out


def test_report_figures_match_the_hand_computed_example(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = project.parent / "report"
    assert run(project, *inputs(project, "a.csv", "b.csv", "c.csv"), "--targets",
               inputs(project, "targets.csv")[0], "--out", str(out)) == 0
    assert "8 kết quả từ 3 tệp, bỏ 3 dòng trùng" in capsys.readouterr().out
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()) == [
        "csv/nhom-khoa-hai.csv", "csv/nhom-khoa-mau.csv", "csv/xa-an-binh.csv", "csv/xa-chua-ghi.csv",
        "csv/xa-my-an.csv", "csv/xa-tan-hong.csv", "index.html"]

    def fig(row: dict[str, str]) -> list[str]:
        return [row[k] for k in ("results", "entry", "standard", "passed", "pass_rate", "population", "target_percent",
                                 "passed_of_population", "target_reached", "d0_change", "d1_change", "d4_change")]

    tan_hong = read_csv(out / "csv/xa-tan-hong.csv")
    assert list(tan_hong) == [("Tân Hồng", "khoa-hai"), ("Tân Hồng", "khoa-mau"), ("Tân Hồng", "")] or list(
        tan_hong) == [("Tân Hồng", "khoa-mau"), ("Tân Hồng", "khoa-hai"), ("Tân Hồng", "")]
    assert fig(tan_hong[("Tân Hồng", "khoa-mau")]) == ["3", "1", "2", "1", "50.0", "2", "50", "50.0", "1", "25.0", "", "37.5"]
    assert tan_hong[("Tân Hồng", "khoa-mau")]["course_title"] == "Khóa mẫu"
    assert fig(tan_hong[("Tân Hồng", "khoa-hai")]) == ["2", "1", "1", "1", "100.0", "3", "90", "33.3", "0", "", "", "66.7"]
    assert fig(tan_hong[("Tân Hồng", "")]) == ["5", "2", "3", "2", "66.7", "", "", "", "", "25.0", "", "45.8"]
    an_binh = read_csv(out / "csv/xa-an-binh.csv")
    assert fig(an_binh[("An Bình", "khoa-mau")]) == ["2", "1", "1", "1", "100.0", "4", "50", "25.0", "0", "100.0", "", "50.0"]
    assert fig(an_binh[("An Bình", "")]) == ["2", "1", "1", "1", "100.0", "", "", "", "", "100.0", "", "50.0"]
    my_an = read_csv(out / "csv/xa-my-an.csv")
    assert fig(my_an[("Mỹ An", "khoa-mau")]) == ["0", "0", "0", "0", "", "10", "50", "0.0", "0", "", "", ""]
    unnamed = read_csv(out / "csv/xa-chua-ghi.csv")
    assert fig(unnamed[("Chưa ghi xã/phường", "khoa-hai")]) == ["1", "0", "1", "0", "0.0", "", "", "", "", "", "", ""]
    mau = read_csv(out / "csv/nhom-khoa-mau.csv")
    assert list(mau) == [("An Bình", "khoa-mau"), ("Mỹ An", "khoa-mau"), ("Tân Hồng", "khoa-mau"), ("", "khoa-mau")]
    assert fig(mau[("", "khoa-mau")]) == ["5", "2", "3", "2", "66.7", "", "", "", "", "58.3", "", "37.5"]
    hai = read_csv(out / "csv/nhom-khoa-hai.csv")
    assert list(hai) == [("Tân Hồng", "khoa-hai"), ("Chưa ghi xã/phường", "khoa-hai"), ("", "khoa-hai")]
    assert fig(hai[("", "khoa-hai")]) == ["3", "1", "2", "1", "50.0", "", "", "", "", "", "", "50.0"]

    html = (out / "index.html").read_text("utf-8")
    assert '<html lang="vi">' in html and 'name="viewport"' in html
    assert "<script" not in html and "src=" not in html and "http" not in html  # nothing runs, nothing is fetched
    assert html.count("<caption>") == 6  # by course, by commune, change in each of two courses and by commune, targets
    assert "8 kết quả từ 3 tệp (11 dòng, bỏ 3 dòng trùng)." in html
    rows = cells(html)
    # By course, then by commune: results, standard results, passed, pass rate
    assert ["Khóa mẫu", "5", "3", "2", "66.7"] in rows
    assert ["Khóa hai", "3", "2", "1", "50.0"] in rows
    assert rows.count(["Tổng cộng", "8", "5", "3", "60.0"]) == 2
    assert ["An Bình", "2", "1", "1", "100.0"] in rows
    assert ["Mỹ An", "0", "0", "0", "—"] in rows
    assert ["Tân Hồng", "5", "3", "2", "66.7"] in rows
    assert ["Chưa ghi xã/phường", "1", "1", "0", "0.0"] in rows
    # Change per domain, by the framework's plain domain names: entry, standard, change
    assert ["Sử dụng thiết bị và phần mềm", "25.0", "83.3", "+58.3"] in rows
    assert ["An toàn", "37.5", "75.0", "+37.5"] in rows
    assert ["An toàn", "33.3", "83.3", "+50.0"] in rows
    # Change by commune: domain 0, domain 4
    assert ["An Bình", "+100.0", "+50.0"] in rows
    assert ["Tân Hồng", "+25.0", "+45.8"] in rows
    assert ["Mỹ An", "—", "—"] in rows and ["Chưa ghi xã/phường", "—", "—"] in rows
    # Targets: commune, course, passed / population, share, target, outcome
    assert ["Tân Hồng", "Khóa mẫu", "1 / 2", "50.0", "50", "✓ Đạt chỉ tiêu"] in rows
    assert ["An Bình", "Khóa mẫu", "1 / 4", "25.0", "50", "✗ Chưa đạt chỉ tiêu"] in rows
    assert ["Tân Hồng", "Khóa hai", "1 / 3", "33.3", "90", "✗ Chưa đạt chỉ tiêu"] in rows
    assert ["Mỹ An", "Khóa mẫu", "0 / 10", "0.0", "50", "✗ Chưa đạt chỉ tiêu"] in rows
    assert 'aria-label="Tỉ lệ đạt: 66.7 %"><rect width="100" height="10" class="bg"/><rect width="66.7"' in html
    for name in ("csv/xa-tan-hong.csv", "csv/nhom-khoa-hai.csv"):
        assert f'href="{name}"' in html

    # Run again into the same folder: the old report is replaced whole; English on request.
    assert run(project, *inputs(project, "a.csv"), "--out", str(out), "--lang", "en") == 0
    assert "Wrote" in capsys.readouterr().out
    assert sorted(p.name for p in (out / "csv").iterdir()) == ["nhom-khoa-mau.csv", "xa-tan-hong.csv"]
    assert ["Khóa mẫu", "3", "2", "1", "50.0"] in cells((out / "index.html").read_text("utf-8"))
    assert "Device and software use" in (out / "index.html").read_text("utf-8")


def _fails(project: Path, capsys: pytest.CaptureFixture[str], *args: str) -> list[str]:
    out = project.parent / "report"
    assert run(project, *args, "--out", str(out)) == 1
    assert not out.exists()
    assert [p.name for p in project.parent.iterdir() if p.name.startswith(".report")] == []
    err = capsys.readouterr().err.splitlines()
    assert "chưa ghi gì" in err[-1]
    return err[:-1]


def test_every_problem_is_reported_at_its_line_and_nothing_is_written(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    d = project.parent / "in"
    (d / "bad.csv").write_text(tally(line("B1", kind="entree"), line("C2", percent="67"), line("B3", d4_right="4")),
                               encoding="utf-8")
    (d / "header.csv").write_text("code,course,kind\r\n" + line("A1"), encoding="utf-8")
    (d / "clash.csv").write_text(tally(line("C1"), line("A3", passed="1")), encoding="utf-8")
    (d / "bad_targets.csv").write_text("commune,course,population,target_percent\nTân Hồng,khoa-ba,0,120\n",
                                       encoding="utf-8")
    err = _fails(project, capsys, *inputs(project, "a.csv", "bad.csv", "header.csv", "clash.csv", "missing.csv"),
                 "--targets", inputs(project, "bad_targets.csv")[0])
    bad, header, clash, missing, targets = inputs(project, "bad.csv", "header.csv", "clash.csv", "missing.csv",
                                                  "bad_targets.csv")
    assert err == [
        f"{bad}:2: cột kind là `entree` — ghi entry (đầu vào) hoặc standard (tự đánh giá)",
        f"{bad}:3: cột percent là 67 nhưng số câu đúng cho 66 — dòng đã bị sửa tay; xuất lại tệp từ trang tổng hợp",
        f"{bad}:4: lĩnh vực 4: đúng `4` trên `3` không hợp lệ — ghi hai số nguyên, số câu đúng không quá tổng số câu "
        "(tổng ít nhất 1), hoặc để trống cả hai",
        f"{header}:1: dòng tiêu đề không đúng — dòng đầu phải đúng là: " + ",".join(HEADER),
        f"{clash}:3: cùng mã kết quả với {inputs(project, 'a.csv')[0]}:4 nhưng khác nội dung — giữ dòng đúng, xóa dòng kia",
        f"{missing}: không có tệp này — kiểm tra lại tên và thư mục",
        f"{targets}:2: không có khóa học `khoa-ba` trong dự án — ghi đúng mã khóa học, hoặc chạy với --root là dự án đã tạo mã",
        f"{targets}:2: số dân `0` không hợp lệ — ghi số người của nhóm trong xã, số nguyên lớn hơn 0",
        f"{targets}:2: chỉ tiêu `120` không hợp lệ — ghi số phần trăm nguyên từ 0 đến 100, ví dụ 70",
    ]


@pytest.mark.parametrize(("name", "text", "expected"), [
    ("short.csv", tally(",".join(line("A1").split(",")[:20]) + "\r\n"), ":2: dòng có 20 cột, cần 23"),
    ("date.csv", tally(line("A1", date="2026-02-30")), ":2: ngày `2026-02-30` không hợp lệ"),
    ("course.csv", tally(line("A1", course="khoa-ba")), ":2: không có khóa học `khoa-ba` trong dự án"),
    ("empty.csv", "", ":1: dòng tiêu đề không đúng"),
])
def test_a_single_bad_row_stops_the_report(project: Path, capsys: pytest.CaptureFixture[str],
                                           name: str, text: str, expected: str) -> None:
    (project.parent / "in" / name).write_text(text, encoding="utf-8")
    err = _fails(project, capsys, *inputs(project, "a.csv", name))
    assert len(err) == 1 and err[0].startswith(inputs(project, name)[0] + expected), err


def test_a_folder_with_other_files_is_not_overwritten(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = project.parent / "docs"
    out.mkdir()
    (out / "notes.txt").write_text("keep", encoding="utf-8")
    assert run(project, *inputs(project, "a.csv"), "--out", str(out)) == 1
    assert "không phải báo cáo" in capsys.readouterr().err
    assert [p.name for p in out.iterdir()] == ["notes.txt"]


CHANGE_VECTORS = Path(__file__).resolve().parent / "vectors" / "change_per_domain.json"


@pytest.mark.parametrize("case", json.loads(CHANGE_VECTORS.read_text(encoding="utf-8"))["cases"], ids=lambda c: c["name"])
def test_change_per_domain_is_the_tally_pages(case: dict[str, Any]) -> None:
    """The shared vectors (node runs the same file against the tally page): the report's change per domain."""
    results = [Result(code=f"HV{n}", course=x["course"], kind=x["kind"], date="2026-03-02", percent=0, passed=x["passed"],
                      commune="", nickname="", source="online",
                      domains=tuple(tuple(x["domains"][d]) if d in x["domains"] and x["domains"][d][1] else None
                                    for d in DOMAINS))
               for n, x in enumerate(case["results"])]
    got = {}
    for cid in sorted({r.course for r in results}):
        f = figures(r for r in results if r.course == cid)
        changes = {d: f.change(d) for d in DOMAINS if f.change(d) is not None}
        if changes:
            got[cid] = changes
    expected = {cid: {d: rounded(Decimal(repr(v))) for d, v in doms.items()} for cid, doms in case["change"].items()}
    assert got == expected
