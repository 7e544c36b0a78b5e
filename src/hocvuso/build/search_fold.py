"""Accent-insensitive search: learners often type "an toan" for "an toàn".

Material's search (lunr) matches words exactly as typed. After the build, each
entry of the search index gets the accent-free forms of its words appended, so
both "an toàn" and "an toan" find the page. Pages and previews are unchanged.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from ..core.textnorm import fold

_TAGS = re.compile(r"<[^>]+>")
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
    """Add accent-free words to a lunr search index (JSON); returns the number of entries changed."""
    if not index_file.is_file():
        return 0
    index = json.loads(index_file.read_text(encoding="utf-8"))
    changed = 0
    for doc in index.get("docs", []):
        extra = folded_extra(doc.get("title", "") + " " + doc.get("text", ""))
        if extra:
            # A hidden span keeps the folded words out of the result preview.
            doc["text"] = doc.get("text", "") + f'<span hidden class="hvs-fold"> {extra}</span>'
            changed += 1
    index_file.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    return changed
