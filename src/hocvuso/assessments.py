"""Which questions an assessment may draw from, grouped by competence domain."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .catalog import is_demo
from .models import Assessment, Question

if TYPE_CHECKING:
    from .catalog import BankDoc, Catalog


@dataclass(frozen=True)
class PoolItem:
    """One question that an assessment may draw."""

    bank: BankDoc
    question: Question
    domain: str
    level: int


def pool_by_domain(cat: Catalog, assessment: Assessment) -> dict[str, list[PoolItem]]:
    """Questions at the assessment's levels, grouped by the domain of their first competence."""
    wanted = set(assessment.levels)
    banks = [cat.banks[b] for b in (assessment.banks or sorted(cat.banks)) if b in cat.banks]
    pool: dict[str, list[PoolItem]] = {}
    for bank in banks:
        if is_demo(bank.id):
            continue
        for q in bank.model.questions:
            codes = bank.competences_of(q)
            level = bank.level_of(q)
            if not codes or level is None or level not in wanted:
                continue
            domain = codes[0].split(".")[0]
            pool.setdefault(domain, []).append(PoolItem(bank, q, domain, level))
    return pool
