"""Text folding for answers and search: case, spaces and Vietnamese accents ignored."""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")


class _Bare(dict[int, str]):
    """Each character without its accents, worked out the first time it is met (str.translate asks per character)."""

    def __missing__(self, code: int) -> str:
        bare = "".join(c for c in unicodedata.normalize("NFD", chr(code)) if unicodedata.category(c) != "Mn")
        self[code] = bare
        return bare


_BARE = _Bare()


def fold(text: str) -> str:
    """Lowercase, strip accents (đ -> d) and collapse white space."""
    return _SPACES.sub(" ", text.lower().translate(_BARE).replace("đ", "d")).strip()


def normalize_answer(text: str) -> str:
    """Form in which typed answers are compared; mirrors the browser's model.js."""
    return fold(text).strip(" .,;:!?\"'")
