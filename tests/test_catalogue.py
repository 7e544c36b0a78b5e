"""One catalogue of words: both languages hold every key with the same placeholders, English plurals agree,
and no words for people are written outside it (the browser's own catalogue is tested by node --test)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from hocvuso import i18n

SRC = Path(__file__).resolve().parent.parent / "src" / "hocvuso"
VIETNAMESE = re.compile(r"[ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]")
# Starting files that `hocvuso new` writes, and the spreadsheet template's example rows, are content, not words of the tool.
TEMPLATES = {"authoring/scaffold.py": {"LESSON", "BANK", "COURSE", "COURSE_NO_ASSESSMENT", "ASSESSMENT"},
             "exchange/spreadsheet.py": {"TEMPLATE_ROWS"}}


def _texts(entry: object) -> list[str]:
    if isinstance(entry, tuple):
        return [x for part in entry for x in _texts(part)]
    return [entry] if isinstance(entry, str) else []


TABLES = {
    "words": i18n.WORDS, "problems": i18n.PROBLEMS, "schema fields": i18n.FIELD_TEXT, "schema models": i18n.MODEL_TITLES,
    "schema roots": i18n.ROOT_TEXT, "type words": i18n.TYPE_WORDS, "side words": i18n.SIDE_WORDS,
}


@pytest.mark.parametrize("name", TABLES)
def test_both_languages_have_every_key_with_the_same_placeholders(name: str) -> None:
    for key, entry in TABLES[name].items():  # type: ignore[attr-defined]
        assert set(entry) == set(i18n.LANGS), f"{name}: {key}"
        vi, en = entry["vi"], entry["en"]
        if name == "words":  # a text, or (one, other) plural forms that share their placeholders
            forms = _texts(vi) + _texts(en)
            assert all(i18n.placeholders(f) == i18n.placeholders(forms[0]) for f in forms), f"{key}: {forms}"
        else:  # (what is wrong, how to fix it) or (title, description): position by position
            assert [i18n.placeholders(x) for x in _texts(vi)] == [i18n.placeholders(x) for x in _texts(en)], f"{name}: {key}"


def test_english_plurals() -> None:
    assert i18n.t("en", "cli.found", n=1) == "1 problem to fix."
    assert i18n.t("en", "cli.found", n=3) == "3 problems to fix."
    assert i18n.t("en", "cli.ok", n=1) == "No problems: 1 content file checked."
    assert i18n.t("vi", "cli.found", n=1) == "1 lỗi cần sửa."


def _string_constants(tree: ast.AST) -> list[tuple[int, str, str | None]]:
    """(line, text, name of the constant it is assigned to) of every string literal that is not a docstring."""
    docstrings = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                docstrings.add(id(first.value))
    for node in ast.walk(tree):  # patterns given to re.compile are not words for people
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "compile":
            docstrings.update(id(sub) for sub in ast.walk(node))
    owners = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            for sub in ast.walk(node.value):
                owners[id(sub)] = node.targets[0].id
    return [(n.lineno, n.value, owners.get(id(n))) for n in ast.walk(tree)
            if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docstrings]


def test_no_words_for_people_outside_the_catalogue() -> None:
    found = []
    for path in sorted(SRC.rglob("*.py")):
        rel = path.relative_to(SRC).as_posix()
        if rel.startswith("i18n/"):
            continue
        for line, text, owner in _string_constants(ast.parse(path.read_text("utf-8"))):
            if len(text) > 2 and VIETNAMESE.search(text) and owner not in TEMPLATES.get(rel, set()):
                found.append(f"{rel}:{line}: {text[:60]!r}")
    assert found == []


def test_no_engine_words_outside_the_browser_catalogue() -> None:
    found = []
    for path in sorted((SRC / "static").rglob("*.js")):
        if path.name in ("i18n.js", "words.js", "tallywords.js"):  # the catalogue: every page's, on demand, the tally's
            continue
        code = re.sub(r"/\*.*?\*/|//[^\n]*", "", path.read_text("utf-8"), flags=re.S)
        for m in re.finditer(r"([\"'`])(?:(?!\1).)*\1", code):
            if VIETNAMESE.search(m.group(0)):
                found.append(f"{path.name}: {m.group(0)[:60]}")
    assert found == []
