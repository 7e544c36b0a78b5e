"""The one catalogue of words people see, in Vietnamese (default) and English.

Everything shown to a person — problems reported to authors, words of generated
pages, navigation titles, command-line output, editor schema titles — is looked
up here by key. Both languages hold every key with the same placeholders
(tested). The browser engine has its own catalogue, ``static/assets/hocvuso/i18n.js``.
"""

from __future__ import annotations

import string

from .problems import DID_YOU_MEAN, PROBLEMS, SIDE_WORDS, TYPE_WORDS
from .schema_words import FIELD_TEXT, MODEL_TITLES, ROOT_TEXT
from .words import WORDS

LANGS = ("vi", "en")
DEFAULT_LANG = "vi"

__all__ = ["DEFAULT_LANG", "DID_YOU_MEAN", "FIELD_TEXT", "LANGS", "MODEL_TITLES", "PROBLEMS", "ROOT_TEXT",
           "SIDE_WORDS", "TYPE_WORDS", "WORDS", "lang_of", "placeholders", "problem_text", "t"]


def lang_of(lang: str | None) -> str:
    """A supported language: ``en`` for English, Vietnamese otherwise."""
    return "en" if lang and lang.startswith("en") else DEFAULT_LANG


def t(lang: str, key: str, **args: object) -> str:
    """The words for ``key`` in ``lang``, placeholders filled; a (one, other) pair follows ``n``."""
    entry = WORDS[key]
    text = entry.get(lang_of(lang)) or entry[DEFAULT_LANG]
    if isinstance(text, tuple):
        text = text[0] if args.get("n") == 1 else text[1]
    return text.format(**args)


def problem_text(code: str, lang: str, args: dict[str, object]) -> tuple[str, str]:
    """(what is wrong, how to fix it) for a problem code in ``lang``."""
    entry = PROBLEMS[code]
    msg, fix = entry.get(lang_of(lang)) or entry[DEFAULT_LANG]
    return msg.format(**args), fix.format(**args)


def placeholders(text: str) -> set[str]:
    """The ``{name}`` placeholders of a catalogue text (for the catalogue's own tests)."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}
