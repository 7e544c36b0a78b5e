"""Author Markdown in YAML (prompts, options, explanations): the shortcuts for plain text and for a line with bold
words give exactly what Python-Markdown gives, on a seeded corpus of strings made to hit their edges."""

from __future__ import annotations

import random

from hocvuso.core import markup

PIECES = ["**", "**a**", "**Đúng.**", "** a**", "**a **", "*", "a", "b", " ", ".", "Đ", "1.", "1)", ":", "-", "+", "#",
          ">", "!", "(", ")", '"', "'", "/", "é", "\u00a0", "x y", "0", "__", "_", "`", "&", "<", "[", "]", "\\", "|",
          "=", "~", "{", "}", "\t"]


_MD = markup._new()  # the extensions the package uses, without the shortcuts


def _markdown(text: str) -> str:
    _MD.reset()
    return _MD.convert(text.strip())


def test_shortcuts_give_what_markdown_gives() -> None:
    rng = random.Random(2026)
    took_bold = 0
    for _ in range(20000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 7)))
        markup.to_html.cache_clear()
        assert markup.to_html(text) == _markdown(text), repr(text)
        plain = text.strip()
        took_bold += "**" in plain and bool(markup._BOLD_LINE.fullmatch(plain)) and not markup._BOLD_LINE_START.match(plain)
    print(f"{took_bold} of 20000 strings took the bold-words shortcut")
    assert took_bold > 300  # the corpus reaches the shortcut often, or it proves nothing about it


def test_bold_words_as_explanations_start() -> None:
    assert markup.to_html("**Đúng.** Gọi 113 khi cần công an.") == "<p><strong>Đúng.</strong> Gọi 113 khi cần công an.</p>"
    assert markup.to_inline_html("Bấm **Xác nhận** rồi **Gửi**") == "Bấm <strong>Xác nhận</strong> rồi <strong>Gửi</strong>"
