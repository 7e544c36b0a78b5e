"""Question banks in and out: real-world files of each format imported into a project, round trips through
Moodle XML and GIFT, the spreadsheet template, and the SCORM package's manifest.

An import must leave a bank that ``hocvuso check`` refuses only for the FIXME markers the importer wrote
(exactly those lines, nothing else); what it could not import is reported with its line or row.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook

from conftest import ROOT
from hocvuso.adapters.cli import main
from hocvuso.content.catalog import load_catalog
from hocvuso.content.item_writing import check_item_writing
from hocvuso.content.rules import check_catalog
from hocvuso.core.markup import to_html
from hocvuso.exchange.common import ExchangeError
from hocvuso.exchange.importer import Imported, export_bank, import_bank
from hocvuso.exchange.spreadsheet import template_rows, write_template
from sample_project import make_project, write

FIXTURES = Path(__file__).resolve().parent / "exchange"


@pytest.fixture()
def project(tmp_path: Path) -> Path:
    return make_project(tmp_path / "p")


def checked(root: Path, bank: str) -> tuple[list[tuple[str, int]], list[str]]:
    """(problems as (code, line) in the bank, item-writing warning codes in it) as `hocvuso check` sees them."""
    cat = load_catalog(root)
    check_catalog(cat)
    check_item_writing(cat)
    file = (root / "quizzes" / f"{bank}.yml").resolve()
    problems = [(p.code, p.pos.line) for p in cat.report.sorted() if p.pos.file.resolve() == file]
    others = [p.format(root) for p in cat.report.sorted() if p.pos.file.resolve() != file]
    assert others == [], "the import breaks nothing else"
    warnings = [p.code for p in cat.report.sorted(warnings=True) if p.pos.file.resolve() == file]
    return problems, warnings


def only_fixme(root: Path, result: Imported, bank: str) -> list[str]:
    """Assert that check reports exactly the importer's FIXME lines; return the warnings' codes."""
    assert result.written is not None
    problems, warnings = checked(root, bank)
    assert problems == [("file.fixme", n) for n in result.written.fixme_lines]
    text = result.bank.read_text("utf-8")
    assert text.startswith("# yaml-language-server: $schema=../../schemas/bank.schema.json\n")
    assert [n for n, line in enumerate(text.splitlines(), 1) if "FIXME" in line] == result.written.fixme_lines
    return warnings


def findings(result: Imported) -> list[tuple[int, str, bool]]:
    return [(f.line, f.key, f.skipped) for f in result.findings]


def bank_data(root: Path, bank: str) -> list[dict[str, Any]]:
    cat = load_catalog(root)
    return [q.model_dump(exclude_none=True) for q in cat.banks[bank].model.questions]


# ---------------------------------------------------------------- imports of real-world files


def test_moodle_gift_examples(project: Path) -> None:
    result = import_bank(project, FIXTURES / "moodle-examples.gift", "nhap/gift")
    assert findings(result) == [
        (53, "exchange.numerical", True),  # {#3.1415:0.0005}: a tolerance
        (71, "exchange.answer_feedback", False),
        (78, "exchange.partial_credit", False),
        (105, "exchange.unsupported", True),  # essay
    ]
    warnings = only_fixme(project, result, "nhap/gift")
    assert set(warnings) <= {"item.near_duplicate"}, "Moodle's examples repeat the same questions on purpose"
    qs = {q["id"]: q for q in bank_data(project, "nhap/gift")}
    assert len(qs) == 20
    assert qs["grant-is-in-grant-s-tomb"]["prompt"] == "Grant is _____ in Grant's tomb."
    assert [o["correct"] for o in qs["grant-is-in-grant-s-tomb"]["options"]] == [False, True, False]
    assert qs["two-plus-two-equals"] == {**qs["two-plus-two-equals"], "type": "text", "answers": ["four", "4"]}
    assert qs["the-sun-rises-in-the-east"]["answer"] is True
    assert qs["match-the-following-countries-with-their"]["pairs"][-1] == ["India", "New Delhi"]
    assert qs["when-was-ulysses-s-grant-born"]["answers"] == ["1822"]
    assert qs["kanji-origins"]["type"] == "text"
    assert qs["who-s-buried-in-grant-s-tomb-3"]["prompt"] == "Who's buried in **Grant's tomb**?"
    assert qs["grant-is-buried-in-grant-s-tomb-2"]["explanation"] == "No one is buried in Grant's tomb."
    hometown = qs["jesus-hometown"]["options"]
    assert [o["correct"] for o in hometown] == [False, False, False, True]
    assert hometown[1]["feedback"] == "He was born here, but not raised here."
    two = qs["what-two-people-are-entombed-in-grant-s-tomb"]
    assert two["type"] == "multiple" and [o["correct"] for o in two["options"]] == [False, True, True, False]
    control = qs["gift-control-characters"]["options"]
    assert [o["text"] for o in control] == ["~", "=", "\\#", "{", "}", "\\"]
    assert control[-1]["correct"] and control[-1]["feedback"].startswith("Correct! \\ (backslash)")
    assert qs["what-is-the-capital-of-france"]["explanation"] == "Paris has been the capital since 987."


def test_moodle_xml_examples(project: Path) -> None:
    result = import_bank(project, FIXTURES / "moodle-examples.xml", "nhap/xml")
    assert findings(result) == [
        (51, "exchange.tf_feedback", False),  # "Correct!" and "Ooops!": the wrong answer's becomes the explanation
        (67, "exchange.partial_answer", False),
        (67, "exchange.answer_feedback", False),
        (87, "exchange.invalid", True),  # "O" twice on the left of Moodle's acronym example
        (135, "exchange.match_extra", False),
        (140, "exchange.unsupported", True),  # essay
        (164, "exchange.numerical", True),
        (176, "exchange.unsupported", True),  # description
        (184, "exchange.unsupported", True),  # cloze
    ]
    only_fixme(project, result, "nhap/xml")
    qs = {q["id"]: q for q in bank_data(project, "nhap/xml")}
    assert load_catalog(project).banks["nhap/xml"].model.title == "Moodle XML examples"
    assert list(qs) == ["name-of-question", "multiple-answers", "true-or-false", "short-answer", "capitals", "numerical"]
    assert qs["name-of-question"]["options"][0] == {"text": "The correct answer", "correct": True, "feedback": "Correct!"}
    assert qs["multiple-answers"]["prompt"] == "Which of these are **prime** numbers?"
    assert [o["correct"] for o in qs["multiple-answers"]["options"]] == [True, True, False]
    assert qs["true-or-false"]["answer"] is True and qs["true-or-false"]["explanation"] == "Ooops!"
    assert qs["short-answer"]["answers"] == ["The correct answer", "An alternative answer"]
    assert qs["capitals"]["pairs"] == [["Canada", "Ottawa"], ["Italy", "Rome"]]
    assert qs["numerical"]["answers"] == ["4"]


def test_moodle_xml_export_with_tags_hint_ordering_and_image(project: Path) -> None:
    result = import_bank(project, FIXTURES / "moodle-export.xml", "nhap/moodle")
    assert findings(result) == []
    only_fixme(project, result, "nhap/moodle")
    assert result.written is not None and len(result.written.fixme_lines) == 1, "only the ordering question's level"
    qs = {q["id"]: q for q in bank_data(project, "nhap/moodle")}
    q = qs["cuoc-goi-cong-an"]
    assert q["prompt"] == "Một người gọi điện xưng là **công an** và yêu cầu bạn chuyển tiền. Bạn làm gì?"
    assert q["image"] == {"src": "moodle-img/cuoc-goi.png", "alt": "Màn hình cuộc gọi lạ"}
    assert (project / "quizzes" / "nhap" / "moodle-img" / "cuoc-goi.png").read_bytes().startswith(b"\x89PNG")
    assert q["hint"] == "Công an có gọi điện đòi tiền không?"
    assert q["competences"] == ["4.2"] and q["level"] == 2
    assert q["explanation"] == "Công an không làm việc qua điện thoại."
    order = qs["sau-khi-bi-lua"]
    assert order["items"] == ["Gọi ngân hàng khóa tài khoản", "Lưu lại tin nhắn và biên lai", "Báo công an"]
    assert order["competences"] == ["4.2"] and "level" not in order


def test_aiken_examples(project: Path) -> None:
    result = import_bank(project, FIXTURES / "aiken-examples.txt", "nhap/aiken")
    assert findings(result) == [(26, "exchange.aiken.answer", True), (28, "exchange.aiken.no_answer", True)]
    only_fixme(project, result, "nhap/aiken")
    qs = bank_data(project, "nhap/aiken")
    assert [q["type"] for q in qs] == ["single"] * 4
    assert [o["correct"] for o in qs[1]["options"]] == [True] + [False] * 5
    assert qs[2]["prompt"] == "Số điện thoại khẩn cấp của cảnh sát là số mấy?"
    # Aiken has no feedback: one FIXME per wrong option, one per explanation, and the bank's defaults.
    assert result.written is not None and len(result.written.fixme_lines) == 3 + (3 + 5 + 2 + 2) + 4


def test_xlsx_made_with_openpyxl(project: Path, tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Câu hỏi", "Loại", "Lựa chọn 1", "Lựa chọn 2", "Lựa chọn 3", "Phản hồi 1", "Đáp án đúng", "Năng lực", "Cấp độ"])
    ws.append(["Mã OTP dùng để làm gì?", "chọn một", "Xác nhận giao dịch", "Đăng nhập Zalo", None, None, "A", "4.2", 2])
    ws.append(["Các số khẩn cấp", "multiple", 113, 114, 116, "Đúng", "1, 2", "0.1", 1])
    ws.append([])
    ws.append(["Wi-Fi công cộng luôn an toàn.", None, None, None, None, None, "sai", "4.2", 1])
    ws.append(["Số gọi cứu hỏa?", None, None, None, None, None, "114", None, None])
    ws.append(["Ghép", "match", "VNeID => Định danh", "VssID -> Bảo hiểm", None, None, None, "0.2", 1])
    ws.append(["Câu lỗi", "single", "A", "B", None, None, "C", "4.2", 1])
    ws.append(["Câu loại lạ", "essay", None, None, None, None, None, None, None])
    ws.append([None, "single", "A", "B"])
    ws.append(["Câu có mã lạ", "truefalse", None, None, None, None, "đúng", "9.9, 4.2", 12])
    path = tmp_path / "cau-hoi.xlsx"
    wb.save(path)
    result = import_bank(project, path, "nhap/bang-tinh")
    assert [(f.line, f.key, f.unit) for f in result.findings] == [
        (8, "exchange.sheet.correct", "row"), (9, "exchange.sheet.type", "row"), (10, "exchange.no_prompt", "row"),
        (11, "exchange.competence", "row"), (11, "exchange.level", "row")]
    assert result.findings[0].format("cau-hoi.xlsx", "en").startswith("cau-hoi.xlsx: spreadsheet row 8: not imported: ")
    only_fixme(project, result, "nhap/bang-tinh")
    qs = bank_data(project, "nhap/bang-tinh")
    assert [q["type"] for q in qs] == ["single", "multiple", "truefalse", "text", "match", "truefalse"]
    assert qs[5]["competences"] == ["4.2"] and "level" not in qs[5], "an unknown code and a bad level are dropped, reported"
    assert qs[1]["options"][0] == {"text": "113", "correct": True, "feedback": "Đúng"}
    assert qs[2]["answer"] is False and qs[3]["answers"] == ["114"]
    assert qs[4]["pairs"] == [["VNeID", "Định danh"], ["VssID", "Bảo hiểm"]]
    assert "competences" not in qs[3] and "level" not in qs[3], "the bank's FIXME defaults cover it"


def test_template_is_what_the_code_writes_and_imports_cleanly(project: Path, tmp_path: Path) -> None:
    fresh = write_template(tmp_path / "t")
    committed = ROOT / "templates"
    assert (committed / "ngan-hang-cau-hoi.csv").read_bytes() == fresh[1].read_bytes()
    rows = [[c.value or "" for c in r] for r in load_workbook(committed / "ngan-hang-cau-hoi.xlsx").worksheets[0].iter_rows()]
    assert [[str(v) for v in r] for r in rows] == template_rows()
    for name in ("ngan-hang-cau-hoi.xlsx", "ngan-hang-cau-hoi.csv"):
        bank = "nhap/" + name.replace(".", "-")
        project = make_project(tmp_path / name)
        result = import_bank(project, committed / name, bank)
        assert result.findings == []
        only_fixme(project, result, bank)
        assert result.written is not None and len(result.written.fixme_lines) == 1, "only the title"
        assert [q["type"] for q in bank_data(project, bank)] == ["single", "multiple", "truefalse", "text", "order", "match"]


# ---------------------------------------------------------------- bad input, never overwrite


def test_never_overwrites_and_bad_files_name_the_place(project: Path, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    before = (project / "quizzes" / "chu-de" / "mau.yml").read_text("utf-8")
    assert main(["import", str(FIXTURES / "aiken-examples.txt"), "--bank", "chu-de/mau", "--root", str(project),
                 "--lang", "en"]) == 1
    assert "quizzes/chu-de/mau.yml already exists and was not overwritten" in capsys.readouterr().err
    assert (project / "quizzes" / "chu-de" / "mau.yml").read_text("utf-8") == before
    broken = tmp_path / "broken.xml"
    broken.write_text('<?xml version="1.0"?>\n<quiz>\n  <question type="truefalse">\n  </quiz>\n', encoding="utf-8")
    with pytest.raises(ExchangeError) as err:
        import_bank(project, broken, "nhap/hong")
    assert err.value.text("en").startswith("broken.xml:4: XML syntax error: mismatched tag — ")
    bomb = tmp_path / "bomb.xml"
    bomb.write_text('<?xml version="1.0"?>\n<!DOCTYPE quiz [<!ENTITY a "aaaa">]>\n<quiz>&a;</quiz>\n', encoding="utf-8")
    with pytest.raises(ExchangeError, match="exchange.xml.doctype"):
        import_bank(project, bomb, "nhap/bom")
    empty = tmp_path / "nothing.gift"
    empty.write_text("// only a comment\n\nAn essay.{}\n", encoding="utf-8")
    assert main(["import", str(empty), "--bank", "nhap/rong", "--root", str(project), "--lang", "en"]) == 1
    err_text = capsys.readouterr().err
    assert "nothing.gift:3: not imported: question type `essay`" in err_text and "nothing was written" in err_text
    assert not (project / "quizzes" / "nhap").exists()


def test_cli_import_prints_the_bank_and_the_fixme_count(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import", str(FIXTURES / "moodle-examples.gift"), "--bank", "nhap/gift", "--root", str(project),
                 "--lang", "en"]) == 0
    out, err = capsys.readouterr()
    assert re.search(r"Wrote quizzes/nhap/gift\.yml: 20 questions, \d+ FIXME places to edit", out)
    assert "moodle-examples.gift:105: not imported: question type `essay`" in err
    assert "4 items were not imported or need checking (above)." in err


# ---------------------------------------------------------------- round trips

EVERY_TYPE = """\
schema_version: 1
title: Mọi loại câu hỏi
competences: ["4.2"]
level: 2
questions:
  - id: chon-mot
    type: single
    prompt: |
      Một người gọi điện xưng là **công an**: bạn làm gì?

      Chọn một việc.
    image: {src: hinh/cuoc-goi.svg, alt: Màn hình cuộc gọi lạ}
    options:
      - text: Chuyển tiền ngay
        feedback: Công an không yêu cầu chuyển tiền.
      - text: Cúp máy và gọi lại số chính thức
        correct: true
        feedback: Đúng, luôn kiểm tra lại.
      - text: "Đọc mã OTP: 1234 {thử} #5 ~ = \\\\ *"
        feedback: Không bao giờ đọc mã OTP.
    explanation: Công an làm việc trực tiếp.
    hint: Công an có gọi điện đòi tiền không?
    competences: ["4.3"]
    level: 3
  - id: chon-nhieu
    type: multiple
    prompt: Dấu hiệu lừa đảo?
    options:
      - {text: Giục làm ngay, correct: true}
      - {text: Link lạ, correct: true}
      - {text: Tổng đài đã lưu, feedback: Đáng tin.}
    explanation: Hai dấu hiệu hay gặp.
  - id: dung-sai
    type: truefalse
    prompt: Có thể đọc mã OTP cho nhân viên ngân hàng.
    answer: false
    explanation: Không bao giờ.
  - id: go-vao
    type: text
    prompt: Số gọi cảnh sát?
    answers: ["113", "một một ba"]
    explanation: "113."
  - id: thu-tu
    type: order
    prompt: Sắp xếp.
    items: [Khóa tài khoản, Lưu bằng chứng, Báo công an]
    explanation: Khóa trước.
  - id: ghep
    type: match
    prompt: Ghép.
    pairs: [[VNeID, Định danh điện tử], [VssID, Bảo hiểm xã hội]]
    explanation: Ứng dụng chính thức.
"""
SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>'
FIELDS = ("id", "type", "prompt", "options", "answer", "answers", "items", "pairs", "explanation", "hint")


def with_every_type(root: Path) -> list[dict[str, Any]]:
    write(root, "quizzes/chu-de/moi-loai.yml", EVERY_TYPE)
    write(root, "quizzes/chu-de/hinh/cuoc-goi.svg", SVG)
    cat = load_catalog(root)
    check_catalog(cat)
    assert not cat.report, cat.report.format(root)
    bank = cat.banks["chu-de/moi-loai"]
    return [{**q.model_dump(exclude_none=True), "competences": bank.competences_of(q), "level": bank.level_of(q)}
            for q in bank.model.questions]


def rendered(q: dict[str, Any]) -> dict[str, Any]:
    """A question's fields with every author text rendered, as learners see them."""
    def html(x: Any) -> Any:
        if isinstance(x, str):
            return to_html(x)
        if isinstance(x, list):
            return [html(v) for v in x]
        if isinstance(x, dict):
            return {k: v if k in ("correct", "id", "type", "src") else html(v) for k, v in x.items()}
        return x
    return {k: (q.get(k) if k in ("id", "type", "answer", "answers", "competences", "level") else html(q.get(k)))
            for k in (*FIELDS, "competences", "level")}


def test_round_trip_through_moodle_xml_keeps_every_field(project: Path, tmp_path: Path) -> None:
    ours = with_every_type(project)
    text, notes, _ = export_bank(project, "chu-de/moi-loai", "moodle-xml")
    assert notes == []
    ET.fromstring(text.encode("utf-8"))  # well-formed
    assert "<generalfeedback format=\"html\">" in text and "<tag>" in text and "<idnumber>chon-mot</idnumber>" in text
    out = tmp_path / "moi-loai.xml"
    out.write_text(text, encoding="utf-8")
    result = import_bank(project, out, "nhap/tro-lai")
    assert result.findings == []
    assert result.written is not None and result.written.fixme_lines == [], "nothing missing: no FIXME"
    back = bank_data(project, "nhap/tro-lai")
    assert load_catalog(project).banks["nhap/tro-lai"].model.title == "Mọi loại câu hỏi"
    # Moodle XML carries HTML: texts come back as Markdown that renders the same (escapes may differ).
    for a, b in zip(ours, back, strict=True):
        assert rendered(a) == rendered(b)
    assert back[0]["image"]["alt"] == "Màn hình cuộc gọi lạ"
    assert (project / "quizzes" / "nhap" / back[0]["image"]["src"]).read_text("utf-8") == SVG


def test_round_trip_through_gift_keeps_what_gift_can_carry(project: Path, tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    ours = with_every_type(project)
    out = tmp_path / "moi-loai.gift"
    assert main(["export", "gift", "chu-de/moi-loai", "--out", str(out), "--root", str(project), "--lang", "en"]) == 0
    err = capsys.readouterr().err
    assert "quizzes/chu-de/moi-loai.yml:6: partly exported: the image of question `chon-mot` is left out" in err
    assert re.search(r"moi-loai\.yml:\d+: not exported: question `thu-tu` \(order\) is not exported: GIFT has no ordering", err)
    result = import_bank(project, out, "nhap/tu-gift")
    assert result.findings == []
    assert result.written is not None and result.written.fixme_lines == []
    back = bank_data(project, "nhap/tu-gift")
    kept = [q for q in ours if q["type"] != "order"]
    for a, b in zip(kept, back, strict=True):
        assert {k: a.get(k) for k in (*FIELDS, "competences", "level")} == {k: b.get(k) for k in (*FIELDS, "competences", "level")}


def test_export_to_the_screen_and_refusals(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "moodle-xml", "chu-de/mau", "--out", "-", "--root", str(project)]) == 0
    assert capsys.readouterr().out.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<quiz>')
    assert main(["export", "gift", "chu-de/mao", "--root", str(project), "--lang", "en"]) == 1
    assert "there is no question bank `chu-de/mao` (chu-de/mau?)" in capsys.readouterr().err
    write(project, "quizzes/chu-de/mau.yml", (project / "quizzes/chu-de/mau.yml").read_text("utf-8").replace("level: 2", "level: 9"))
    assert main(["export", "gift", "chu-de/mau", "--root", str(project), "--lang", "en"]) == 1
    assert "bank `chu-de/mau` has 1 problems to fix" in capsys.readouterr().err


# ---------------------------------------------------------------- SCORM manifest


ADLCP = "{http://www.adlnet.org/xsd/adlcp_rootv1p2}"
CP = "{http://www.imsproject.org/xsd/imscp_rootv1p1p2}"


def test_scorm_manifest_structure(tmp_path: Path) -> None:
    from hocvuso.adapters.material import prune_offline
    from hocvuso.build.external_refs import scan_site
    from hocvuso.exchange.scorm import build_scorm

    zip_path, count = build_scorm(ROOT, "nguoi-dan", tmp_path / "dist", prune_offline)
    with zipfile.ZipFile(zip_path) as zf:
        names = set(zf.namelist())
        manifest = ET.fromstring(zf.read("imsmanifest.xml"))
        zf.extractall(tmp_path / "pkg")
    assert len(names) == count and "imsmanifest.xml" in names and "index.html" in names
    assert manifest.tag == CP + "manifest"
    meta = manifest.find(CP + "metadata")
    assert meta is not None and meta.findtext(CP + "schema") == "ADL SCORM" and meta.findtext(CP + "schemaversion") == "1.2"
    ids = [e.get("identifier") for e in manifest.iter() if e.get("identifier")]
    assert len(ids) == len(set(ids)), "identifiers are unique"
    orgs = manifest.find(CP + "organizations")
    assert orgs is not None and orgs.get("default") in ids
    items = list(manifest.iter(CP + "item"))
    resources = {r.get("identifier"): r for r in manifest.iter(CP + "resource")}
    assert len(items) == 1 and items[0].get("identifierref") in resources
    assert items[0].findtext(ADLCP + "masteryscore") == "70"
    sco = resources[items[0].get("identifierref")]
    assert sco.get(ADLCP + "scormtype") == "sco" and sco.get("type") == "webcontent" and sco.get("href") in names
    listed = {f.get("href") for f in sco.iter(CP + "file")}
    assert listed == names - {"imsmanifest.xml"}, "every file is listed, and every listed file is in the zip"
    pages = {n for n in names if n.endswith(".html")}
    assert "hocvuso/nguoi-dan/index.html" in pages and "hocvuso/nguoi-dan/tu-danh-gia.html" in pages
    assert "hocvuso/thu-vien/vneid.html" in pages and "hocvuso/nong-dan/index.html" not in pages
    assert "hocvuso/tien-do.html" not in pages and "hocvuso/index.html" not in pages
    assert scan_site(tmp_path / "pkg") == [], "nothing is loaded from outside the package"
    lesson = (tmp_path / "pkg" / "hocvuso" / "thu-vien" / "vneid.html").read_text("utf-8")
    assert "assets/hocvuso/scorm.js" in lesson
    assert not re.search(r'href="[^"]*nong-dan/', lesson), "no link to another course"


def test_spreadsheets_that_cannot_be_read(project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fake = tmp_path / "not-a-workbook.xlsx"
    fake.write_text("hello", encoding="utf-8")
    assert main(["import", str(fake), "--bank", "nhap/x", "--root", str(project), "--lang", "en"]) == 1
    assert "not-a-workbook.xlsx: the XLSX file cannot be read (" in capsys.readouterr().err
    no_header = tmp_path / "rows.csv"
    no_header.write_text("\n\nMột câu hỏi;A;B\n", encoding="utf-8")
    assert main(["import", str(no_header), "--bank", "nhap/x", "--root", str(project), "--lang", "en"]) == 1
    assert "row 3 (the header) has no prompt column — the first row must name the columns" in capsys.readouterr().err
    assert main(["import", str(no_header), "--bank", "nhap/Mật khẩu", "--root", str(project), "--lang", "en"]) == 1
    assert "`nhap/mat-khau`" in capsys.readouterr().err, "a bank name with accents gets a suggestion"
    assert main(["export", "scorm", "nguoi-dann", "--root", str(project), "--lang", "en"]) == 1
    assert "there is no course `nguoi-dann`" in capsys.readouterr().err
