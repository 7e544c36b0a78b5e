"""JSON Schema for editors, generated from the typed formats in :mod:`hocvuso.content.models`.

The schemas are never kept by hand: ``hocvuso schema`` writes them to
``schemas/`` from the pydantic models, then adds what the semantic checks can
say cheaply in JSON Schema (a ``single`` question has exactly one right
option, an ``order`` question at least two different items...). Editors that
understand the first line ``# yaml-language-server: $schema=...`` of a YAML
file (VS Code with the YAML extension, and others) then underline mistakes
and offer completions while the author types. ``hocvuso check`` stays the
authority: it also checks what no schema can see (references across files,
duplicate ids, competence codes that the framework does not have).

Titles and descriptions are in Vietnamese, for the authors; they come from the
word catalogue (:mod:`hocvuso.i18n.schema_words`).
"""

from __future__ import annotations

import copy
import json
import os
from pathlib import Path
from typing import Any

from pydantic.json_schema import GenerateJsonSchema, JsonSchemaValue
from pydantic_core import core_schema

from ..content.models import Assessment, Bank, Course, Framework, Lesson, is_bank_name_to_ref
from ..core.fields import Model, is_number_to_text
from ..i18n import DEFAULT_LANG, FIELD_TEXT, MODEL_TITLES, ROOT_TEXT
from ..questions import QUESTION_TYPES, TYPES, model_name

DRAFT = "https://json-schema.org/draft/2020-12/schema"
SCHEMA_DIR = "schemas"

#: kind -> (model, file name under schemas/)
KINDS: dict[str, tuple[type[Model], str]] = {
    "bank": (Bank, "bank.schema.json"),
    "assessment": (Assessment, "assessment.schema.json"),
    "framework": (Framework, "framework.schema.json"),
    # Front matter of courses/**/*.md (for editors that validate front matter against a schema).
    "lesson": (Lesson, "lesson.schema.json"),
    "course": (Course, "course.schema.json"),
}

LANG = DEFAULT_LANG  # editors show authors the Vietnamese titles

_TEXT_TYPES = ["string", "integer"]  # a whole number reads back as written; `50.000` does not


class _Generator(GenerateJsonSchema):
    """pydantic's generator, taught that ``Text`` also accepts whole numbers (``answers: [113]``) and that
    ``quiz: thu-vien/vneid`` is short for ``quiz: {bank: thu-vien/vneid}``."""

    def function_before_schema(self, schema: core_schema.BeforeValidatorFunctionSchema) -> JsonSchemaValue:
        inner = super().function_before_schema(schema)
        func = schema.get("function", {}).get("function")
        if is_number_to_text(func) and inner.get("type") == "string":
            return {**inner, "type": list(_TEXT_TYPES)}
        if is_bank_name_to_ref(func):
            return {"anyOf": [{"type": "string", "minLength": 1}, inner]}
        return inner


def _field_text(name: str, field: str) -> tuple[str, str] | None:
    entry = FIELD_TEXT.get(f"{name}.{field}") or FIELD_TEXT.get(field)
    if entry is None:
        return None
    title, desc = entry[LANG]
    return title, desc.format(types=", ".join(QUESTION_TYPES))


def _label(node: dict[str, Any], name: str, missing: list[str]) -> None:
    """Vietnamese titles and descriptions for one object schema."""
    if name in MODEL_TITLES:
        node["title"] = MODEL_TITLES[name][LANG]
    for field, prop in node.get("properties", {}).items():
        text = _field_text(name, field)
        if text is None:
            missing.append(f"{name}.{field}")
            continue
        prop["title"], desc = text
        if desc:
            prop["description"] = desc


_FIRST = ("$schema", "title", "description")


def _tidy(node: Any) -> Any:
    """Put ``title`` and ``description`` first in every schema node, for people who read the file."""
    if isinstance(node, list):
        return [_tidy(x) for x in node]
    if not isinstance(node, dict):
        return node
    out = {k: node[k] for k in _FIRST if k in node}
    for key, value in node.items():
        if key in out:
            continue
        if key in ("properties", "$defs"):  # maps of names, not schema nodes
            out[key] = {name: _tidy(sub) for name, sub in value.items()}
        else:
            out[key] = _tidy(value)
    return out


def _bank_rules(schema: dict[str, Any]) -> None:
    """What the bank checks can say in JSON Schema: each question type adds its own rules."""
    defs = schema["$defs"]
    for kind, qtype in TYPES.items():
        qtype.schema_rules(defs[model_name(kind)])

    # One question: a `type` from the list, then the fields of that type. if/then (rather than
    # pydantic's oneOf) gives one clear message per mistake in editors and in `jsonschema`.
    title, desc = _field_text("", "type") or ("", "")
    question: dict[str, Any] = {
        "title": MODEL_TITLES["Question"][LANG],
        "type": "object",
        "properties": {"type": {"title": title, "description": desc, "enum": list(QUESTION_TYPES)}},
        "required": ["type"],
        "allOf": [
            {"if": {"properties": {"type": {"const": kind}}, "required": ["type"]},
             "then": {"$ref": f"#/$defs/{model_name(kind)}"}}
            for kind in QUESTION_TYPES
        ],
    }
    defs["Question"] = question
    schema["properties"]["questions"]["items"] = {"$ref": "#/$defs/Question"}

    # Every question needs competences and a level: its own, or the bank's default.
    schema["allOf"] = [
        {"if": {"properties": {"competences": {"maxItems": 0}}},
         "then": {"properties": {"questions": {"items": {
             "required": ["competences"], "properties": {"competences": {"type": "array", "minItems": 1}}}}}}},
        {"if": {"properties": {"level": {"type": "null"}}},
         "then": {"properties": {"questions": {"items": {
             "required": ["level"], "properties": {"level": {"type": "integer"}}}}}}},
    ]


def _build(kind: str, missing: list[str]) -> dict[str, Any]:
    model, _ = KINDS[kind]
    raw = model.model_json_schema(schema_generator=_Generator, mode="validation")
    raw = copy.deepcopy(raw)
    defs: dict[str, Any] = raw.pop("$defs", {})
    for name, node in defs.items():
        _label(node, name, missing)
    _label(raw, model.__name__, missing)
    title, desc = ROOT_TEXT[kind][LANG]
    out: dict[str, Any] = {"$schema": DRAFT, "title": title, "description": desc}
    out.update((k, v) for k, v in raw.items() if k not in ("title", "description"))
    if defs:
        out["$defs"] = dict(sorted(defs.items()))
    if kind == "bank":
        _bank_rules(out)
        out["$defs"] = dict(sorted(out["$defs"].items()))
    tidy: dict[str, Any] = _tidy(out)
    return tidy


def build_schema(kind: str) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of one content format: ``bank``, ``assessment``, ``framework``, or the
    front matter of a ``lesson`` or ``course``."""
    return _build(kind, [])


def build_schemas() -> dict[str, dict[str, Any]]:
    """Every shipped schema, by kind."""
    return {kind: build_schema(kind) for kind in KINDS}


def untitled_fields() -> list[str]:
    """Fields that have no Vietnamese title in :data:`FIELD_TEXT` (should be empty)."""
    missing: list[str] = []
    for kind in KINDS:
        _build(kind, missing)
    return sorted(set(missing))


def schema_text(kind: str) -> str:
    """The schema of one kind exactly as written to disk (UTF-8 JSON, 2-space indent)."""
    return json.dumps(build_schema(kind), ensure_ascii=False, indent=2) + "\n"


def write_schemas(out_dir: Path) -> list[Path]:
    """Write every schema of :data:`KINDS` under ``out_dir``; returns the paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for kind, (_, name) in KINDS.items():
        path = out_dir / name
        path.write_text(schema_text(kind), encoding="utf-8")
        written.append(path)
    return written


def stale_schemas(out_dir: Path) -> list[Path]:
    """Schema files under ``out_dir`` that are missing or differ from freshly generated ones."""
    stale = []
    for kind, (_, name) in KINDS.items():
        path = out_dir / name
        if not path.is_file() or path.read_text(encoding="utf-8") != schema_text(kind):
            stale.append(path)
    return stale


def kind_of(rel: str) -> str:
    """Which schema a YAML file under quizzes/ follows, from its path there (``thu-vien/vneid.yml``)."""
    rel = rel.replace("\\", "/")
    if rel in ("framework.yml", "framework.yaml"):
        return "framework"
    if rel.startswith("assessments/"):
        return "assessment"
    return "bank"


def modeline(file: Path, root: Path, kind: str) -> str:
    """The first line that points editors at the schema: ``# yaml-language-server: $schema=../schemas/...``."""
    target = root / SCHEMA_DIR / KINDS[kind][1]
    rel = Path(os.path.relpath(target, file.parent)).as_posix()
    return f"# yaml-language-server: $schema={rel}"
