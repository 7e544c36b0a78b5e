"""Which questions an assessment may draw from, grouped by competence domain."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..core.fields import domain_of
from ..questions import Question
from .models import Assessment

if TYPE_CHECKING:
    from .catalog import BankDoc, Catalog

# The component guide's pages and bank demonstrate the formats; they are not learning material.
DEMO_FOLDER = "huong-dan/"


def is_demo(content_id: str) -> bool:
    """True for the component guide's lessons and banks (left out of coverage and assessments)."""
    return content_id.startswith(DEMO_FOLDER)


@dataclass(frozen=True)
class PoolItem:
    """One question that an assessment may draw."""

    bank: BankDoc
    question: Question


def question_domain(bank: BankDoc, q: Question) -> str:
    """The domain a question counts for: that of its first competence."""
    codes = bank.competences_of(q)
    return domain_of(codes[0]) if codes else ""


def pool_by_domain(cat: Catalog, assessment: Assessment) -> dict[str, list[PoolItem]]:
    """Questions at the assessment's levels, grouped by the domain of their first competence."""
    wanted = set(assessment.levels)
    banks = [cat.banks[b] for b in (assessment.banks or sorted(cat.banks)) if b in cat.banks]
    pool: dict[str, list[PoolItem]] = {}
    for bank in banks:
        if is_demo(bank.id):
            continue
        for q in bank.model.questions:
            level = bank.level_of(q)
            if not bank.competences_of(q) or level is None or level not in wanted:
                continue
            pool.setdefault(question_domain(bank, q), []).append(PoolItem(bank, q))
    return pool
