"""Accent-insensitive search: learners often type "an toan" for "an toàn".

Material's search (lunr) matches words exactly as typed. After the build, the
index gets the accent-free forms of a page's key words as compact added terms,
each distinct folded word once: on the page's first entry, the words of its
title, headings, first paragraph and emphasised words (**bold**, *italic*,
link texts — the terms a lesson teaches); on each section, its heading's. So
"an toan" or "mat khau" finds the page and the section, while the index, which
every cold page load fetches, grows by a small fraction. Previews are unchanged.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from ..core.textnorm import fold

_TAGS = re.compile(r"<[^>]+>")
_FIRST_PARAGRAPH = re.compile(r"<p>(.*?)</p>", re.S)
_EMPHASIS = re.compile(r"<(strong|b|em|i|a|code)\b[^>]*>(.*?)</\1>", re.S)


def key_text(doc: dict[str, str], first: bool) -> str:
    """The words of an index entry worth an accent-free form: its title, emphasised words and,
    for the page's first entry, its first paragraph."""
    text = doc.get("text", "")
    parts = [doc.get("title", "")] + [m.group(2) for m in _EMPHASIS.finditer(text)]
    if first and (m := _FIRST_PARAGRAPH.search(text)):
        parts.append(m.group(1))
    return " ".join(parts)
_WORD = re.compile(r"\w+", re.UNICODE)


def folded_extra(text: str) -> str:
    """Accent-free words of ``text`` that differ from the words already in it."""
    plain = _TAGS.sub(" ", text)
    have = {w.lower() for w in _WORD.findall(plain)}
    extra: list[str] = []
    seen: set[str] = set()
    for word in _WORD.findall(fold(plain)):
        if word not in have and word not in seen:
            seen.add(word)
            extra.append(word)
    return " ".join(extra)


def fold_search_index(index_file: Path) -> int:
    """Add accent-free terms to a lunr search index (JSON); returns the number of entries changed."""
    if not index_file.is_file():
        return 0
    index = json.loads(index_file.read_text(encoding="utf-8"))
    docs = index.get("docs", [])
    pages: dict[str, list[dict[str, str]]] = {}
    for doc in docs:
        pages.setdefault(doc.get("location", "").split("#", 1)[0], []).append(doc)
    changed = 0
    for entries in pages.values():
        whole = " ".join(key_text(d, first=n == 0) for n, d in enumerate(entries))
        for n, doc in enumerate(entries):
            # The page's first entry carries the page's key words; later sections only their heading's.
            extra = folded_extra(whole if n == 0 else doc.get("title", ""))
            if extra:
                # A hidden span keeps the folded words out of the result preview.
                doc["text"] = doc.get("text", "") + f'<span hidden class="hvs-fold"> {extra}</span>'
                changed += 1
    index_file.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    return changed
