"""``hocvuso import FILE --bank ID`` and ``hocvuso export moodle-xml|gift BANK``: banks in and out.

Import never overwrites: not the bank, not an image beside it. What could not be imported, or was
imported with a loss, comes back as findings with the source's line or row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ..authoring.json_schema import modeline
from ..authoring.scaffold import target_path
from ..content.catalog import BankDoc, Catalog, load_catalog, load_yaml_file
from ..content.explain import validate_model
from ..content.models import Framework
from ..content.rules import check_catalog
from ..core.diagnostics import display_path, nearest
from ..questions import QuestionBase
from .aiken import read_aiken
from .bank_writer import Written, write_bank
from .common import ExchangeError, Finding, Parsed
from .gift import read_gift, write_gift
from .moodle_xml import image_folder_for, read_moodle_xml, write_moodle_xml
from .spreadsheet import read_csv, read_xlsx

FORMATS = ("xlsx", "csv", "gift", "moodle-xml", "aiken")
FORMAT_NAMES = {"xlsx": "XLSX", "csv": "CSV", "gift": "GIFT", "moodle-xml": "Moodle XML", "aiken": "Aiken"}
_AIKEN_ANSWER = re.compile(r"^\s*ANSWER\s*:", re.I | re.M)


def detect(path: Path, data: bytes) -> str:
    """The format of a source, from its extension (and, for ``.txt``, its content)."""
    ext = path.suffix.lower()
    if ext in (".xlsx", ".xlsm"):
        return "xlsx"
    if ext in (".csv", ".tsv"):
        return "csv"
    if ext == ".xml":
        return "moodle-xml"
    if ext == ".gift":
        return "gift"
    text = data[:65536].decode("utf-8", errors="replace")
    if text.lstrip().startswith("<?xml") or "<quiz>" in text:
        return "moodle-xml"
    if _AIKEN_ANSWER.search(text) and "{" not in text:
        return "aiken"
    if "{" in text:
        return "gift"
    raise ExchangeError("exchange.unknown_format", file=path.name, formats=", ".join(FORMATS))


def _text(data: bytes, file: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise ExchangeError("exchange.not_utf8", file=file, offset=err.start) from err


def read_source(path: Path, fmt: str, image_folder: str) -> Parsed:
    """A source file read in its format."""
    data = path.read_bytes()
    if fmt == "xlsx":
        return read_xlsx(path)
    if fmt == "csv":
        return read_csv(data, path.name)
    if fmt == "moodle-xml":
        return read_moodle_xml(data, path.name, image_folder)
    if fmt == "gift":
        return read_gift(_text(data, path.name))
    return read_aiken(_text(data, path.name))


def fit_to_framework(parsed: Parsed, root: Path) -> None:
    """Competence codes the framework lacks and levels outside 1-8 are dropped and reported: the bank's FIXME
    defaults then stand in for them, so `hocvuso check` finds nothing but the FIXME markers."""
    fw_file = root / "quizzes" / "framework.yml"
    codes: set[str] | None = None
    if fw_file.is_file():
        data, smap, _ = load_yaml_file(fw_file)
        framework, _ = validate_model(Framework, data, smap) if data is not None else (None, [])
        if framework is not None:
            codes = {c.code for d in framework.domains for c in d.competences}
    for d in parsed.drafts:
        if d.competences and codes is not None:
            unknown = [c for c in d.competences if c not in codes]
            for code in unknown:
                parsed.change(d.line, "exchange.competence", code=code, hint=nearest(code, codes) or "—")
            d.competences = [c for c in d.competences if c in codes] or None
        if d.level is not None and not 1 <= d.level <= 8:
            parsed.change(d.line, "exchange.level", level=d.level)
            d.level = None


@dataclass
class Imported:
    """What an import wrote (nothing when no question could be imported) and what it found."""

    bank: Path
    fmt: str
    written: Written | None
    findings: list[Finding] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)


def import_bank(root: Path, source: Path, bank_id: str, fmt: str | None = None, lang: str = "vi") -> Imported:
    """Read ``source`` and write ``quizzes/<bank_id>.yml`` under ``root`` (never over an existing file).

    Raises :class:`ExchangeError` for a source that cannot be read at all or a bank that already exists,
    and :class:`hocvuso.authoring.scaffold.ScaffoldError` for a bank id that is not valid.
    """
    root = root.resolve()
    target, _ = target_path(root, "bank", bank_id)
    if target.exists():
        raise ExchangeError("exchange.exists", path=display_path(target, root))
    if not source.is_file():
        raise ExchangeError("exchange.no_source", file=str(source))
    kind = fmt or detect(source, source.read_bytes()[:65536])
    parsed = read_source(source, kind, image_folder_for(target))
    fit_to_framework(parsed, root)
    written = write_bank(parsed, modeline=modeline(target, root, "bank"), title_fallback=source.stem,
                         source=source.name, fmt=FORMAT_NAMES[kind], lang=lang)
    result = Imported(target, kind, None, sorted(parsed.findings, key=lambda f: f.line))
    if written.count == 0:
        return result
    images = {target.parent / rel: data for rel, data in parsed.files.items()}
    for path in images:
        if path.exists():
            raise ExchangeError("exchange.exists", path=display_path(path, root))
    target.parent.mkdir(parents=True, exist_ok=True)
    for path, data in images.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("xb") as fh:
            fh.write(data)
    with target.open("x", encoding="utf-8", newline="\n") as fh:  # "x": never overwrite, even in a race
        fh.write(written.text)
    result.written, result.files = written, sorted(images)
    return result


# ---------------------------------------------------------------- export


def loaded_bank(root: Path, bank_id: str) -> tuple[Catalog, BankDoc]:
    """The project's catalog and one of its banks, refused while that bank has problems to fix."""
    cat = load_catalog(root)
    check_catalog(cat)
    bank_id = bank_id.removeprefix("quizzes/").removesuffix(".yml").removesuffix(".yaml")
    bank = cat.banks.get(bank_id)
    if bank is None:
        near = nearest(bank_id, cat.banks)
        raise ExchangeError("exchange.no_bank", bank=bank_id, hint=f" ({near}?)" if near else "")
    own = [p for p in cat.report.sorted() if p.pos.file.resolve() == bank.file.resolve()]
    if own:
        raise ExchangeError("exchange.bank_problems", bank=bank_id, n=len(own))
    return cat, bank


def export_bank(root: Path, bank_id: str, fmt: str) -> tuple[str, list[Finding], BankDoc]:
    """A bank as ``moodle-xml`` or ``gift`` text, with the questions the format could not carry whole."""
    cat, bank = loaded_bank(root, bank_id)

    def line_of(q: QuestionBase) -> int:
        return bank.smap.pos(("questions", bank.raw_index[q.id])).line

    if fmt == "gift":
        text, notes = write_gift(bank, line_of)
    else:
        text, notes = write_moodle_xml(cat, bank, line_of)
    return text, notes, bank
