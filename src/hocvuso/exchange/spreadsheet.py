"""Question banks as spreadsheets (XLSX and CSV): one question per row, under a header row.

Columns (in any order; a header is recognised by the id in brackets, by the id alone or by its
Vietnamese or English label, e.g. ``Câu hỏi (prompt)``, ``prompt`` or ``Câu hỏi``):

========================  ===================================================================
``id``                    question id (optional: made from the prompt when empty)
``type``                  single, multiple, truefalse, text, order, match (optional: guessed)
``prompt``                the question (Markdown)
``option1`` … ``option10``  options; the steps in the right order (order); ``left => right`` (match)
``feedback1`` …           why option N is right or wrong
``correct``               the right options by letter or number (``B``, ``1, 3``); ``đúng``/``sai``
                          (or true/false) for truefalse; accepted answers separated by ``|`` for text
``explanation``, ``hint`` shown after answering / on request
``competences``           competence codes separated by commas (``4.2, 4.3``)
``level``                 1 to 8
========================  ===================================================================

``templates/ngan-hang-cau-hoi.xlsx`` and ``.csv`` are the template (written by :func:`write_template`).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from pathlib import Path

from ..core.textnorm import fold
from ..i18n import LANGS, t
from ..questions import QUESTION_TYPES
from .common import Draft, ExchangeError, Option, Parsed

OPTIONS = 10
TEMPLATE_OPTIONS = 4
BASE_COLUMNS = ("id", "type", "prompt")
TAIL_COLUMNS = ("correct", "explanation", "hint", "competences", "level")
_BRACKET = re.compile(r"\(([a-z0-9 _-]+)\)\s*$")
_SPLIT = re.compile(r"[,;\s]+")
_PAIR = re.compile(r"\s*(?:=>|->|→)\s*")
_TRUE = {"true", "t", "dung", "d", "1", "yes", "y", "co", "x"}
_FALSE = {"false", "f", "sai", "s", "0", "no", "n", "khong"}

# Example rows of the template, one per question type: content for teachers to replace, not words of the tool.
TEMPLATE_ROWS = [
    {"id": "cuoc-goi-gia-cong-an", "type": "single",
     "prompt": "Một người gọi điện xưng là công an và yêu cầu bạn chuyển tiền để \"xác minh\". Bạn làm gì?",
     "option1": "Chuyển tiền ngay để tránh rắc rối", "feedback1": "Công an không yêu cầu chuyển tiền qua điện thoại.",
     "option2": "Cúp máy, rồi gọi lại số chính thức để kiểm tra", "feedback2": "Đúng. Luôn kiểm tra qua số chính thức.",
     "option3": "Đọc số tài khoản để họ kiểm tra", "feedback3": "Kẻ gian dùng số tài khoản để lừa tiếp.",
     "correct": "B", "explanation": "Cơ quan công an làm việc trực tiếp hoặc bằng giấy mời, không qua điện thoại.",
     "competences": "4.2", "level": "2"},
    {"id": "dau-hieu-lua-dao", "type": "multiple", "prompt": "Những dấu hiệu nào cho thấy một tin nhắn có thể là lừa đảo?",
     "option1": "Giục bạn làm ngay kẻo mất quyền lợi", "feedback1": "Đúng: kẻ gian luôn tạo sự vội vàng.",
     "option2": "Có đường link lạ yêu cầu đăng nhập", "feedback2": "Đúng: trang giả lấy mật khẩu của bạn.",
     "option3": "Gửi từ tổng đài chính thức mà bạn đã lưu", "feedback3": "Tổng đài chính thức đã lưu là dấu hiệu đáng tin.",
     "correct": "A, B", "explanation": "Vội vàng và đường link lạ là hai dấu hiệu hay gặp nhất.", "competences": "4.2",
     "level": "2"},
    {"id": "otp-doc-cho-nhan-vien", "type": "truefalse", "prompt": "Có thể đọc mã OTP cho nhân viên ngân hàng qua điện thoại.",
     "correct": "sai", "explanation": "Không bao giờ đọc mã OTP cho ai, kể cả người xưng là nhân viên ngân hàng.",
     "competences": "4.2", "level": "1"},
    {"id": "so-canh-sat", "type": "text", "prompt": "Số điện thoại khẩn cấp của cảnh sát là số mấy?", "correct": "113",
     "explanation": "113 là số gọi cảnh sát; 114 cứu hỏa; 115 cấp cứu.", "competences": "4.2", "level": "1"},
    {"id": "buoc-sau-khi-bi-lua", "type": "order", "prompt": "Sắp xếp các việc cần làm ngay khi biết mình bị lừa chuyển tiền.",
     "option1": "Gọi ngân hàng để khóa tài khoản", "option2": "Lưu lại tin nhắn, số điện thoại, biên lai",
     "option3": "Báo công an nơi gần nhất", "explanation": "Khóa tài khoản trước để giữ tiền còn lại.",
     "competences": "4.2", "level": "2"},
    {"id": "ung-dung-va-viec", "type": "match", "prompt": "Ghép mỗi ứng dụng với việc nó làm.",
     "option1": "VNeID => Định danh điện tử", "option2": "VssID => Bảo hiểm xã hội",
     "option3": "Zalo => Nhắn tin và gọi điện", "explanation": "Cài ứng dụng chính thức từ kho ứng dụng.",
     "competences": "0.2", "level": "1"},
]


def columns(options: int = TEMPLATE_OPTIONS) -> list[str]:
    """Column ids in template order."""
    return [*BASE_COLUMNS, *(f"option{n}" for n in range(1, options + 1)),
            *(f"feedback{n}" for n in range(1, options + 1)), *TAIL_COLUMNS]


def label(column: str, lang: str) -> str:
    """A column's label: ``Lựa chọn 2`` for ``option2``."""
    m = re.fullmatch(r"(option|feedback)([0-9]+)", column)
    if m:
        return t(lang, f"exchange.col.{m.group(1)}", n=int(m.group(2)))
    return t(lang, f"exchange.col.{column}")


def _known() -> dict[str, str]:
    """Every way of writing a header, folded and squeezed, to its column id."""
    out: dict[str, str] = {}
    for column in columns(OPTIONS):
        out[_squeeze(column)] = column
        for lang in LANGS:
            out[_squeeze(fold(label(column, lang)))] = column
    return out


def _squeeze(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text)


def header_map(header: list[object]) -> dict[int, str]:
    """Column index -> column id for the header cells that name a column."""
    known = _known()
    out: dict[int, str] = {}
    for i, cell in enumerate(header):
        text = fold(str(cell or ""))
        m = _BRACKET.search(text)
        key = _squeeze(m.group(1)) if m else _squeeze(text)
        if key in known:
            out[i] = known[key]
    return out


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).replace("\r\n", "\n").strip()


def _type_of(raw: str, row: dict[str, str], options: list[str]) -> str:
    """The row's type: as written (an id or its label), else guessed from what the row holds."""
    word = _squeeze(fold(raw))
    for kind in QUESTION_TYPES:
        if word in (_squeeze(kind), *(_squeeze(fold(t(lang, f"exchange.type.{kind}"))) for lang in LANGS)):
            return kind
    if word:
        return "?" + raw
    answer = fold(row.get("correct", ""))
    if not options:
        return "truefalse" if answer in _TRUE | _FALSE else "text"
    if all(_PAIR.search(o) for o in options):
        return "match"
    return "multiple" if len([x for x in _SPLIT.split(answer) if x]) > 1 else "single"


def _positions(answer: str, count: int) -> list[int] | None:
    """``B`` or ``2`` or ``A, C`` as 0-based option positions; None when a token names no option."""
    out = []
    for token in (x for x in _SPLIT.split(answer.strip().upper()) if x):
        if token.isdigit():
            n = int(token) - 1
        elif len(token) == 1 and "A" <= token <= "Z":
            n = ord(token) - ord("A")
        else:
            return None
        if not 0 <= n < count:
            return None
        out.append(n)
    return out


def read_rows(rows: Iterable[list[object]]) -> Parsed:
    """Drafts from spreadsheet rows (the first non-empty row is the header)."""
    parsed = Parsed(unit="row")
    cols: dict[int, str] | None = None
    for number, raw in enumerate(rows, 1):
        cells = [_cell(v) for v in raw]
        if not any(cells):
            continue
        if cols is None:
            cols = header_map(list(raw))
            if "prompt" not in cols.values():
                raise ExchangeError("exchange.sheet.no_header", row=number,
                                   columns=", ".join(label(c, "vi") + f" ({c})" for c in columns()))
            continue
        row = {cols[i]: v for i, v in enumerate(cells) if i in cols and v}
        _row(row, number, parsed)
    if cols is None:
        raise ExchangeError("exchange.sheet.empty")
    return parsed


def _row(row: dict[str, str], number: int, parsed: Parsed) -> None:
    prompt = row.get("prompt", "")
    if not prompt:
        parsed.skip(number, "exchange.no_prompt")
        return
    options = [(n, row[f"option{n}"]) for n in range(1, OPTIONS + 1) if row.get(f"option{n}")]
    kind = _type_of(row.get("type", ""), row, [o for _, o in options])
    if kind.startswith("?"):
        parsed.skip(number, "exchange.sheet.type", got=kind[1:], allowed=", ".join(QUESTION_TYPES))
        return
    d = Draft(kind, prompt, number, id=row.get("id") or None, explanation=row.get("explanation") or None,
              hint=row.get("hint") or None)
    answer = row.get("correct", "")
    if kind in ("single", "multiple"):
        right = _positions(answer, len(options))
        if not right:
            parsed.skip(number, "exchange.sheet.correct", got=answer, count=len(options))
            return
        d.options = [Option(text, i in right, row.get(f"feedback{n}") or None) for i, (n, text) in enumerate(options)]
    elif kind == "truefalse":
        word = fold(answer)
        if word not in _TRUE | _FALSE:
            parsed.skip(number, "exchange.sheet.truefalse", got=answer)
            return
        d.answer = word in _TRUE
    elif kind == "text":
        d.answers = [a.strip() for a in re.split(r"\||\n", answer) if a.strip()] or [o for _, o in options]
    elif kind == "order":
        d.items = [o for _, o in options]
    else:
        for _, text in options:
            sides = _PAIR.split(text, maxsplit=1)
            if len(sides) != 2:
                parsed.skip(number, "exchange.sheet.pair", got=text)
                return
            d.pairs.append((sides[0].strip(), sides[1].strip()))
    if row.get("competences"):
        d.competences = [c for c in _SPLIT.split(row["competences"]) if c]
    if row.get("level"):
        if not row["level"].isdigit():
            parsed.skip(number, "exchange.sheet.level", got=row["level"])
            return
        d.level = int(row["level"])
    parsed.drafts.append(d)


def read_csv(data: bytes, file: str) -> Parsed:
    """A CSV bank (UTF-8, with or without BOM; comma, semicolon or tab separated)."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise ExchangeError("exchange.not_utf8", file=file, offset=err.start) from err
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows: list[list[object]] = [list(r) for r in csv.reader(io.StringIO(text), dialect)]
    return read_rows(rows)


def read_xlsx(path: Path) -> Parsed:
    """An XLSX bank: the first worksheet."""
    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as err:  # openpyxl raises many kinds for a file that is not a workbook
        raise ExchangeError("exchange.xlsx.unreadable", file=path.name, problem=str(err) or type(err).__name__) from err
    try:
        return read_rows([list(r) for r in wb.worksheets[0].iter_rows(values_only=True)])
    finally:
        wb.close()


# ---------------------------------------------------------------- template


def template_rows(lang: str = "vi") -> list[list[str]]:
    """The template's header (labels with their ids) and example rows."""
    cols = columns()
    return [[f"{label(c, lang)} ({c})" for c in cols], *[[r.get(c, "") for c in cols] for r in TEMPLATE_ROWS]]


def write_template(folder: Path, lang: str = "vi") -> list[Path]:
    """Write ``ngan-hang-cau-hoi.xlsx`` and ``.csv`` (the column guide on the workbook's second sheet)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    folder.mkdir(parents=True, exist_ok=True)
    rows = template_rows(lang)
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = t(lang, "exchange.sheet.questions")
    for r in rows:
        ws.append(r)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for col in ws.columns:
        ws.column_dimensions[col[0].column_letter].width = 28
        for cell in col:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "A2"
    guide = wb.create_sheet(t(lang, "exchange.sheet.guide"))
    guide.append([t(lang, "exchange.sheet.column"), t(lang, "exchange.sheet.meaning")])
    for c in (*BASE_COLUMNS, "option1", "feedback1", *TAIL_COLUMNS):
        guide.append([f"{label(c, lang)} ({c})", t(lang, f"exchange.help.{re.sub(r'[0-9]+$', '', c)}")])
    guide.column_dimensions["A"].width = 28
    guide.column_dimensions["B"].width = 100
    xlsx = folder / "ngan-hang-cau-hoi.xlsx"
    # A fixed date keeps the template's bytes the same from one run to the next.
    import datetime as dt

    wb.properties.created = wb.properties.modified = dt.datetime(2025, 1, 1)
    wb.save(xlsx)
    csv_path = folder / "ngan-hang-cau-hoi.csv"
    with csv_path.open("w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh).writerows(rows)
    return [xlsx, csv_path]
