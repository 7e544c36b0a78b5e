"""Item-writing rules: advice that keeps questions fair (CONTENT.md, "How questions are written").

They are warnings (``hocvuso check`` reports them; ``--strict`` makes them errors). Rules about one
question live with its type (:meth:`hocvuso.questions.QuestionType.advise`); the rules here look at a
whole bank, or across banks:
- the right option is the longest in more than half of a bank's one-right-option questions;
- the right option sits in the same place in more than half of them;
- near-duplicate prompts, in one bank or across banks.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from ..core.diagnostics import Problem, Report
from ..core.second_process import shared
from ..core.textnorm import fold_words
from ..questions import Place, type_of
from .catalog import BankDoc, Catalog
from .pool import is_demo
from .writing_rules import check_writing_rules

LONGEST_SHARE = 0.5  # the right option may be the longest in at most half of a bank's questions
POSITION_SHARE = 0.5
MIN_QUESTIONS = 4  # the shares say something from four questions on
SHINGLE = 3  # words per shingle when comparing prompts
NEAR = 0.8  # share of shared shingles that makes two prompts near-duplicates
COMMON = 40  # a shingle found in more prompts than this says nothing about any two of them
_WORD = re.compile(r"\w+")


def check_item_writing(cat: Catalog) -> None:
    """Add item-writing warnings for every bank (the component guide's demonstrations left out), and the
    writing rules of lessons and banks on a course path (:mod:`hocvuso.content.writing_rules`)."""
    check_each_bank(cat)
    check_near_duplicates(cat)


def check_each_bank(cat: Catalog) -> None:
    """The rules about one question and one bank, and the writing rules."""
    for bank in _banks(cat):
        for q in bank.model.questions:
            type_of(q).advise(q, Place(bank.smap, ("questions", bank.raw_index[q.id]), cat.report))
        _balance(bank, cat)
    check_writing_rules(cat)


def check_near_duplicates(cat: Catalog) -> None:
    """Near-duplicate prompts, in one bank or across banks."""
    _near_duplicates(_banks(cat), cat.report)


def _banks(cat: Catalog) -> list[BankDoc]:
    return sorted((b for b in cat.banks.values() if not is_demo(b.id)), key=lambda b: b.id)


def near_duplicate_problems() -> list[Problem]:
    """What :func:`check_near_duplicates` finds in the shared catalogue (:func:`hocvuso.core.second_process.shared`),
    as a list rather than added to its report: a job for the second process while the other checks run."""
    cat: Catalog = shared()
    found = Report()
    _near_duplicates(_banks(cat), found)
    return found.problems + found.warnings


def _balance(bank: BankDoc, cat: Catalog) -> None:
    found = [r for q in bank.model.questions if (r := type_of(q).one_right_option(q)) is not None]
    if len(found) < MIN_QUESTIONS:
        return
    longest = sum(1 for right, texts in found if len(texts[right]) >= max(len(t) for t in texts))
    places = Counter(right for right, _ in found)
    where = bank.smap.pos(("questions",), key=True)
    if longest > LONGEST_SHARE * len(found):
        cat.report.warn(where, "item.longest_correct", count=longest, total=len(found),
                        share=round(100 * longest / len(found)))
    place, count = places.most_common(1)[0]
    if count > POSITION_SHARE * len(found):
        cat.report.warn(where, "item.same_position", count=count, total=len(found), place=place + 1)


def _shingles(prompt: str) -> set[str]:
    words = _WORD.findall(fold_words(prompt))
    if len(words) < SHINGLE:
        return {" ".join(words)}
    return {" ".join(t) for t in zip(*(words[i:] for i in range(SHINGLE)), strict=False)}  # the shorter tails end it


def _near_duplicates(banks: list[BankDoc], report: Report) -> None:
    """Prompts that share most of their word triples, found through an index so it stays fast at 10,000 questions:
    each prompt is compared only with the earlier prompts that share one of its uncommon triples."""
    entries: list[tuple[BankDoc, str, set[str]]] = [
        (bank, q.id, _shingles(q.prompt)) for bank in banks for q in bank.model.questions]
    seen_in = Counter(s for _, _, shingles in entries for s in shingles)
    index: dict[str, list[int]] = defaultdict(list)
    for n, (bank, qid, shingles) in enumerate(entries):
        telling = [s for s in shingles if seen_in[s] <= COMMON]
        shared: Counter[int] = Counter()
        for s in telling:
            posting = index[s]
            if posting:
                shared.update(posting)  # only earlier prompts are in the index yet
            posting.append(n)
        if not shared:
            continue
        m, count = shared.most_common(1)[0]
        other_bank, other_id, other = entries[m]
        if count >= NEAR * min(len(shingles), len(other)):
            report.warn(bank.smap.pos(("questions", bank.raw_index[qid], "prompt")), "item.near_duplicate",
                        bank=other_bank.id, qid=other_id)
