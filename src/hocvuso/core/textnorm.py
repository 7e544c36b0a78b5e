"""Text folding for answers and search: case, spaces and Vietnamese accents ignored."""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """Lowercase, strip accents (đ -> d) and collapse white space."""
    decomposed = unicodedata.normalize("NFD", text.lower())
    bare = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    return _SPACES.sub(" ", bare.replace("đ", "d")).strip()


def normalize_answer(text: str) -> str:
    """Form in which typed answers are compared; mirrors the browser's model.js."""
    return fold(text).strip(" .,;:!?\"'")
