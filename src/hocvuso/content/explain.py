"""Check parsed YAML against the typed formats and explain failures to authors."""

from __future__ import annotations

import types
import typing
from typing import Annotated, Any, TypeVar, Union, get_args, get_origin

import annotated_types
from pydantic import BaseModel, ValidationError

from ..core.diagnostics import Problem, nearest
from ..core.fields import NUMBER_AS_TEXT, Model
from ..core.yaml_source import PathKey, SourceMap
from ..questions import QUESTION_TYPES, TYPES

M = TypeVar("M", bound=Model)

_TYPE_OF_ERROR = {
    "string_type": "string", "int_type": "integer", "bool_type": "boolean", "list_type": "list",
    "model_type": "mapping", "dict_type": "mapping", "model_attributes_type": "mapping",
    "int_from_float": "integer", "float_type": "number",
}


def type_word(value: Any) -> str:
    """The word for a value's type, as used in messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "list"
    if isinstance(value, dict):
        return "mapping"
    return type(value).__name__


def validate_model(model: type[M], data: Any, smap: SourceMap, base: PathKey = ()) -> tuple[M | None, list[Problem]]:
    """Validate ``data`` as ``model``; on failure, one problem per error, placed on its line."""
    try:
        return model.model_validate(data), []
    except ValidationError as exc:
        return None, explain_errors(exc, data, smap, model, base)


def explain_errors(exc: ValidationError, data: Any, smap: SourceMap, root: Any, base: PathKey = ()) -> list[Problem]:
    """One problem per validation error of ``data`` (of type ``root``, found at ``base`` in the file); none for
    a value the loader refused and reported already (``50.000``, ``no``)."""
    out = []
    for err in exc.errors():
        path, _ = _data_path(tuple(err["loc"]), data)
        if base + path in smap.refused:
            continue
        out.append(_explain(err, data, smap, root, base))
    return out


# ---------------------------------------------------------------- what the models say about a place

def _members(tp: Any) -> list[Any]:
    """The types a type stands for: Annotated and Optional unwrapped, unions split."""
    if get_origin(tp) is Annotated:
        return _members(get_args(tp)[0])
    if get_origin(tp) in (Union, types.UnionType):
        return [m for arg in get_args(tp) for m in _members(arg) if m is not type(None)]
    return [tp]


def _constraints(tp: Any) -> list[Any]:
    """The annotated-types constraints (Ge, Le…) written on a type, through Annotated and Optional."""
    out: list[Any] = []
    if get_origin(tp) is Annotated:
        for meta in get_args(tp)[1:]:
            out += list(getattr(meta, "metadata", [])) + [meta]
        out += _constraints(get_args(tp)[0])
    elif get_origin(tp) in (Union, types.UnionType):
        for arg in get_args(tp):
            out += _constraints(arg)
    return out


def _step(tp: Any, part: str | int) -> tuple[Any, list[Any]] | None:
    """The type one step down an error location, with the constraints met on the way."""
    for member in _members(tp):
        if isinstance(member, type) and issubclass(member, BaseModel):
            if isinstance(part, str) and part in member.model_fields:
                info = member.model_fields[part]
                return info.annotation, list(info.metadata)
            tag = member.model_fields.get("type")
            if tag is not None and get_args(tag.annotation) == (part,):  # a tagged union's member
                return member, []
        elif get_origin(member) in (list, typing.List) and isinstance(part, int):  # noqa: UP006
            return get_args(member)[0], []
    return None


def _walk(root: Any, loc: tuple[Any, ...]) -> tuple[Any, list[Any]] | None:
    tp: Any = root
    found: list[Any] = []
    for part in loc:
        step = _step(tp, part)
        if step is None:
            return None
        tp, found = step
    return tp, found + _constraints(tp)


def allowed_keys(root: Any, loc: tuple[Any, ...]) -> list[str]:
    """The keys allowed in the mapping that holds the last key of ``loc`` ("did you mean" draws only on these)."""
    walked = _walk(root, loc[:-1])
    if walked is None:
        return []
    return [name for m in _members(walked[0]) if isinstance(m, type) and issubclass(m, BaseModel)
            for name in m.model_fields]


def bounds(root: Any, loc: tuple[Any, ...]) -> tuple[int | None, int | None]:
    """The lowest and highest values the models allow at ``loc``."""
    walked = _walk(root, loc)
    low = high = None
    for c in walked[1] if walked else []:
        if isinstance(c, annotated_types.Ge):
            low = int(c.ge)  # type: ignore[call-overload]
        elif isinstance(c, annotated_types.Le):
            high = int(c.le)  # type: ignore[call-overload]
    return low, high


def _data_path(loc: tuple[Any, ...], data: Any) -> tuple[PathKey, bool]:
    """Turn a pydantic error location into a path in the data (dropping union tags)."""
    path: list[str | int] = []
    cur = data
    for i, part in enumerate(loc):
        last = i == len(loc) - 1
        if isinstance(cur, list) and isinstance(part, int) and 0 <= part < len(cur):
            path.append(part)
            cur = cur[part]
        elif isinstance(cur, dict) and part in cur:
            path.append(part)
            cur = cur[part]
        elif isinstance(cur, dict) and last:
            path.append(part)  # a missing key: point at its parent mapping
            return tuple(path), False
        # otherwise: a union tag or a validator name, which is not in the data
    return tuple(path), True


def _get(data: Any, path: PathKey) -> Any:
    cur = data
    for part in path:
        cur = cur[part]
    return cur


def _explain(err: Any, data: Any, smap: SourceMap, root: Any, base: PathKey) -> Problem:
    kind = err["type"]
    path, present = _data_path(tuple(err["loc"]), data)
    field = ".".join(str(p) for p in path if not isinstance(p, int)).split(".")[-1] if path else "?"
    if path and isinstance(path[-1], int):
        field = f"{field}[{path[-1]}]" if field != "?" else f"[{path[-1]}]"
    full = base + path
    value = _get(data, path) if present else None
    ctx = err.get("ctx") or {}
    if kind == "missing" and path and path[-1] == "alt":
        src = (_get(data, path[:-1]) or {}).get("src", "?")
        return Problem(smap.pos(full[:-1]), "image.no_alt", {"src": src})
    if kind == "missing":
        return Problem(smap.pos(full[:-1]), "schema.missing", {"field": path[-1] if path else "?"})
    if kind == "extra_forbidden":
        name = str(path[-1]) if path else "?"
        allowed = allowed_keys(root, tuple(err["loc"]))
        suggestion = nearest(name, allowed)
        if suggestion is None:
            misplaced = _misplaced(root, tuple(err["loc"]), name)
            if misplaced is not None:
                return Problem(smap.pos(full, key=True), misplaced[0], {"field": name, **misplaced[1]})
        return Problem(smap.pos(full, key=True), "schema.unknown_key", {"field": name, "suggestion": suggestion})
    pos = smap.pos(full)
    if kind == "union_tag_invalid":
        tag = str(ctx.get("tag", value))
        return Problem(smap.pos(full + ("type",)), "schema.bad_type_tag",
                       {"got": tag, "allowed": ", ".join(QUESTION_TYPES),
                        "suggestion": nearest(tag, QUESTION_TYPES)})
    if kind == "union_tag_not_found":
        return Problem(pos, "schema.no_type_tag", {"allowed": ", ".join(QUESTION_TYPES)})
    if kind == "value_error" and "markup" in str(ctx.get("error", "")):
        return Problem(pos, "text.markup", {"field": field})
    if kind == "value_error" and NUMBER_AS_TEXT in str(ctx.get("error", "")):
        return Problem(pos, "text.number", {"field": field, "got": str(value)})
    if kind == "literal_error" and path and path[-1] == "schema_version":
        return Problem(pos, "schema.version")
    if kind in ("string_too_short", "string_type", "too_short") and (value is None or value == ""):
        return Problem(pos, "schema.empty_text", {"field": field})
    if kind == "string_pattern_mismatch":
        if "competences" in path or (path and path[-1] in ("domain", "digcomp", "code")):
            return Problem(pos, "schema.other", {"field": field, "detail": f"`{value}`"})
        if path and path[-1] == "url":
            return Problem(pos, "schema.other", {"field": field, "detail": f"`{value}` (https://…)"})
        return Problem(pos, "schema.pattern", {"field": field, "got": value})
    if kind == "string_type" and isinstance(value, float) and _is_code_path(path):
        return Problem(pos, "schema.code_quotes", {"got": repr(value)})
    if kind in _TYPE_OF_ERROR:
        return Problem(pos, "schema.type", {"field": field, "expected": _TYPE_OF_ERROR[kind],
                                            "got_type": type_word(value)})
    if kind in ("greater_than_equal", "less_than_equal", "greater_than", "less_than"):
        low, high = bounds(root, tuple(err["loc"]))
        if high is None:
            return Problem(pos, "schema.min", {"field": field, "low": low, "got": value})
        return Problem(pos, "schema.range", {"field": field, "low": low, "high": high, "got": value})
    if kind == "too_short":
        return Problem(pos, "schema.too_short", {"field": field, "low": ctx.get("min_length", 1)})
    return Problem(pos, "schema.other", {"field": field, "detail": err.get("msg", kind)})


def _is_code_path(path: PathKey) -> bool:
    return any(p in ("competences", "domain", "code", "digcomp") for p in path)



def _models_below(tp: Any) -> list[type[BaseModel]]:
    """The models one step inside a model's fields (list items and nested mappings)."""
    out: list[type[BaseModel]] = []
    for member in _members(tp):
        if isinstance(member, type) and issubclass(member, BaseModel):
            for info in member.model_fields.values():
                for inner in _members(info.annotation):
                    if get_origin(inner) in (list, typing.List):  # noqa: UP006
                        inner = get_args(inner)[0]
                    out += [m for m in _members(inner) if isinstance(m, type) and issubclass(m, BaseModel)]
    return out


def _misplaced(root: Any, loc: tuple[Any, ...], name: str) -> tuple[str, dict[str, object]] | None:
    """Why a key that exists elsewhere is not allowed here: it belongs to another question type (``answer`` on a
    ``single`` question), or to the part one level in, so its line is indented too little (``options`` under a
    bank instead of under its question)."""
    walked = _walk(root, loc[:-1])
    if walked is None:
        return None
    for member in _members(walked[0]):
        tag = member.model_fields.get("type") if isinstance(member, type) and issubclass(member, BaseModel) else None
        if tag is not None and member.__name__.endswith("Question"):
            types = [kind for kind, qtype in TYPES.items() if name in qtype.model.model_fields]
            if types:
                return "schema.key_other_type", {"types": ", ".join(types), "kind": str(get_args(tag.annotation)[0])}
    for model in _models_below(walked[0]):
        if name in model.model_fields and name not in ("title", "description"):
            return "schema.key_misplaced", {"model": "Question" if model.__name__.endswith("Question") else model.__name__}
    return None
