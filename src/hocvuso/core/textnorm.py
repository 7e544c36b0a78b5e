"""Text folding for answers and search: case, spaces and Vietnamese accents ignored."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

_SPACES = re.compile(r"\s+")

# Words learners put around a typed answer that change nothing: "gọi 113", "số 113", "năm 2026", "mồng 10".
# A bank or a question may list its own (``ignore_words``); an answer made only of these words keeps them.
# Written folded, as they are compared: gọi, số, năm, ngày, mùng, mồng (model.js has the same list).
DEFAULT_IGNORE_WORDS: tuple[str, ...] = ("goi", "so", "nam", "ngay", "mung", "mong")
# Quotes and punctuation around an answer, and a web address's trailing "/".
_EDGES = " .,;:!?\"'“”‘’()/"
_SCHEME = re.compile(r"^(?:https?://)?(?:www\.)?")
_AROUND_MARKS = re.compile(r" ?([./:-]) ?")
_DAY_MONTH = re.compile(r"\b([0-9]{1,2}) thang ([0-9]{1,2})\b")
_NUMBER = re.compile(r"[0-9]+")


class _Bare(dict[int, str]):
    """Each character without its accents, worked out the first time it is met (str.translate asks per character)."""

    def __missing__(self, code: int) -> str:
        bare = "".join(c for c in unicodedata.normalize("NFD", chr(code)) if unicodedata.category(c) != "Mn")
        self[code] = bare
        return bare


_BARE = _Bare()


def fold(text: str) -> str:
    """Lowercase, strip accents (đ -> d) and collapse white space."""
    return _SPACES.sub(" ", fold_words(text)).strip()


def fold_words(text: str) -> str:
    """Lowercase and strip accents (đ -> d), white space as it is: for text split into words next."""
    return text.lower().translate(_BARE).replace("đ", "d")


def normalize_answer(text: str, ignore: Iterable[str] = DEFAULT_IGNORE_WORDS) -> str:
    """Form in which typed answers are compared; mirrors ``normalizeAnswer`` in the browser's model.js
    (the shared vectors in tests/vectors/text_answers.json hold for both).

    Case, accents, spaces and surrounding punctuation do not count; nor do filler words (``ignore``), the
    parts of a web address people add or leave out (``https://``, ``www.``, a final ``/``), spaces around
    ``. / : -``, and "10 tháng 10" against "10/10"."""
    skip = {fold(w) for w in ignore}
    words = fold(text).strip(_EDGES).split(" ")
    kept = [w for w in words if w not in skip]
    out = " ".join(kept) if kept else " ".join(words)
    out = _SCHEME.sub("", out.strip(_EDGES))
    out = _AROUND_MARKS.sub(r"\1", out)
    out = _DAY_MONTH.sub(r"\1/\2", out)
    return out.strip(_EDGES)


def is_number_answer(text: str, ignore: Iterable[str] = DEFAULT_IGNORE_WORDS) -> bool:
    """True when an accepted answer is only digits once normalised ("113", "số 113"): phones then show digits."""
    return _NUMBER.fullmatch(normalize_answer(text, ignore)) is not None
