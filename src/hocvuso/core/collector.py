"""Loading a large project without Python's cycle collector running through it again and again."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Run the block with the cycle collector off; then set what it made aside from later collections, and put
    the collector back as it was.

    Loading a thousand lessons creates hundreds of thousands of objects that stay alive (parsed values, their
    positions, validated models). With the collector on, it starts every 700 new objects and now and then walks
    all of them: a third of `hocvuso check`'s time at that size, for no garbage (what loading drops is freed by
    reference counting, which this does not change). Frozen objects are still freed when no longer referenced;
    only a reference cycle among them would stay. Nesting is allowed; the outermost block does the rest."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.freeze()  # else the first collection after this walks everything made in the block
            gc.enable()
