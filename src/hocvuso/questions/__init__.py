"""Question types: one module each, registered here in the order authors meet them.

Adding a type means one module here (model, checks, answer key, controls,
schema rules), its words in :mod:`hocvuso.i18n`, and one entry in the browser
registry (``static/assets/hocvuso/model.js``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import Field

from .base import Image, Option, Place, QuestionBase, QuestionType, fingerprint
from .match import Match
from .multiple import Multiple
from .order import Order
from .single import Single
from .text import TypedText
from .truefalse import TrueFalse

TYPES: dict[str, QuestionType] = {t.name: t for t in (Single(), Multiple(), TrueFalse(), TypedText(), Order(), Match())}
QUESTION_TYPES: tuple[str, ...] = tuple(TYPES)

if TYPE_CHECKING:
    Question = QuestionBase
else:  # the tagged union pydantic validates against, built from the registry
    Question = Annotated[Union[tuple(t.model for t in TYPES.values())], Field(discriminator="type")]  # noqa: UP007


def type_of(q: QuestionBase) -> QuestionType:
    """The type module's handler of a question."""
    return TYPES[q.type]


def model_name(kind: str) -> str:
    """Name of a type's model, as it appears under ``$defs`` of the JSON Schema."""
    return TYPES[kind].model.__name__


__all__ = ["QUESTION_TYPES", "TYPES", "fingerprint", "Image", "Option", "Place", "Question", "QuestionBase", "QuestionType",
           "model_name", "type_of"]
