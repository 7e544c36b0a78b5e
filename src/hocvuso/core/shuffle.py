"""Orders that look random to a learner but stay the same from build to build."""

from __future__ import annotations

import random
import zlib
from typing import TypeVar

T = TypeVar("T")


def stable_shuffle(items: list[T], key: str) -> list[T]:
    """Shuffle the same way on every build, so pages do not change for nothing."""
    out = list(items)
    random.Random(zlib.crc32(key.encode("utf-8"))).shuffle(out)
    if len(out) > 1 and out == items:
        out = out[1:] + out[:1]  # never show an order question already solved
    return out
