"""Base model and the value types that every content format shares."""

from __future__ import annotations

import re
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints

NUMBER_AS_TEXT = "number-as-text"


def _number_to_text(value: Any) -> Any:
    # Authors write `answers: [113]` or `items: [2020, 2025]`; those are text to a learner, and a whole number
    # reads back exactly as written (the loader refuses `0113` or `1_000`, whose text would change). A number with
    # a point never is text: `50.000` would show as "50.0", and a learner typing "500.000" would be marked wrong.
    if isinstance(value, float):
        raise ValueError(NUMBER_AS_TEXT)
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return value


SLUG_PATTERN = r"^[a-z0-9][a-z0-9-]*$"

Text = Annotated[str, BeforeValidator(_number_to_text), StringConstraints(min_length=1),
                 Field(json_schema_extra={"minLength": 1})]
_MARKUP = re.compile(r"[<>]|&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);", re.I)


def _plain(value: str) -> str:
    # The theme prints titles into the navigation, <title> and meta tags without escaping them.
    if _MARKUP.search(value):
        raise ValueError("markup")
    return value


PlainText = Annotated[str, BeforeValidator(_number_to_text), StringConstraints(min_length=1), AfterValidator(_plain),
                      Field(json_schema_extra={"minLength": 1})]
Slug = Annotated[str, StringConstraints(pattern=SLUG_PATTERN)]
Code = Annotated[str, StringConstraints(pattern=r"^[0-9]+(\.[0-9]+)?$")]
Level = Annotated[int, Field(ge=1, le=8)]
RefPath = Annotated[str, StringConstraints(min_length=1)]


def is_number_to_text(func: object) -> bool:
    """True for the validator that lets ``Text`` accept numbers (the JSON Schema says so too)."""
    return func is _number_to_text


def domain_of(code: str) -> str:
    """The domain code of a competence code ("4.2" -> "4")."""
    return code.split(".")[0]


class Model(BaseModel):
    """Strict base: unknown keys and wrong types are errors, never coerced."""

    model_config = ConfigDict(extra="forbid", strict=True)
