"""Cheap pre-check that tells which rules could possibly match a message, before spaCy's Matcher runs.

spaCy's Matcher tries every pattern at every token; with about three thousand patterns that costs several
milliseconds. Almost every pattern needs at least one specific word ("kill", "suicide", "breathing"), so
each pattern gets an *anchor*: its most selective required word set. A rule's Matcher runs only when one of
its anchors occurs in the message (a rule's patterns are grouped by anchor, one small Matcher each). This
changes speed, never results: a pattern without an anchor always runs, and typo-tolerant (FUZZY) anchors
are checked with the same edit-distance test spaCy uses (tests/safety/test_rules.py checks the equality).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict, FrozenSet, Iterable, List, Mapping, Optional, Sequence, Tuple

import numpy
from spacy.matcher.levenshtein import levenshtein_compare
from spacy.strings import get_string_id

#: Words so common that they make poor anchors.
_COMMON = frozenset("""
i me my we us you he she it they him her them his their a an the to of and or but is am are was were be been
do does did not no have has had will would can could in on at for with that this so just like get got go
going want think thinking know feel feeling said says say tell told now back all time day night today some
one about out up down there here what when how really very much more still again also even kid kids son
daughter baby take make see come keep need try tried trying love help please thanks sleep good bad tired
lol ok okay my our your if then than because
by never 's way next better keeps let being over getting gone top little car ready after before every from into
off only too as any thing things people mom dad home house school work right last first ever where who why should
been other someone anyone something anything around through while until cause sure man guy
""".split())
_OPTIONAL_OPS = ("?", "*")


@dataclass(frozen=True)
class Anchor:
    """One requirement: the message has a word (by LOWER or LEMMA) from ``words``, or a fuzzy look-alike."""

    attr: str  # "LOWER" | "LEMMA" | "FUZZY"
    words: FrozenSet[str]
    fuzzy: Tuple[Tuple[str, int], ...] = ()

    def present(self, lowers: FrozenSet[str], lemmas: FrozenSet[str], memo: Dict[Tuple[str, int], bool]) -> bool:
        if self.attr == "LOWER":
            return not self.words.isdisjoint(lowers)
        if self.attr == "LEMMA":
            return not self.words.isdisjoint(lemmas)
        for word, edits in self.fuzzy:
            key = (word, edits)
            if key not in memo:
                # The same comparison spaCy's FUZZY operator makes, only on words of a plausible length.
                limit = edits if edits >= 0 else max(2, round(0.3 * len(word)))
                memo[key] = any(abs(len(tok) - len(word)) <= limit and levenshtein_compare(tok, word, edits)
                                for tok in lowers)
            if memo[key]:
                return True
        return False


def _required(spec: Mapping[str, Any]) -> bool:
    op = spec.get("OP")
    if op in _OPTIONAL_OPS:
        return False
    if isinstance(op, str) and op.startswith("{"):
        return not op.startswith("{0") and not op.startswith("{,")
    return True


def _anchor_of(spec: Mapping[str, Any]) -> Optional[Anchor]:
    for attr in ("LOWER", "LEMMA"):
        value = spec.get(attr)
        if isinstance(value, str):
            return Anchor(attr, frozenset([value]))
        if isinstance(value, dict):
            if "IN" in value and len(value) == 1:
                return Anchor(attr, frozenset(value["IN"]))
            fuzzy = [(v, int(k[5:]) if k[5:] else -1) for k, v in value.items() if k.startswith("FUZZY")]
            if fuzzy and attr == "LOWER":
                return Anchor("FUZZY", frozenset(), tuple(fuzzy))
    return None


def _cost(anchor: Anchor) -> Tuple[int, int]:
    """Lower is more selective: few common words first, then few words."""
    if anchor.attr == "FUZZY":
        return (0, 50)
    return (len(anchor.words & _COMMON), len(anchor.words))


#: Besides its anchor, a gate checks up to this many more required word sets (all must be in the message):
#: "hit ... his head ... vomiting" runs only when all three kinds of word are there.
MAX_EXTRA_ANCHORS = 6


def pattern_anchors(pattern: Sequence[Mapping[str, Any]]) -> List[Anchor]:
    """Every required word set of one spaCy pattern, most selective first (fuzzy ones only as the first)."""
    found: List[Anchor] = []
    for spec in pattern:
        if not _required(spec):
            continue
        anchor = _anchor_of(spec)
        if anchor is not None and anchor not in found:
            found.append(anchor)
    found.sort(key=_cost)
    return found


def pattern_anchor(pattern: Sequence[Mapping[str, Any]]) -> Optional[Anchor]:
    """The most selective required word set of one spaCy pattern, or None when it has none."""
    found = pattern_anchors(pattern)
    return found[0] if found else None


@dataclass(frozen=True)
class Gate:
    """Opens when its anchor (and every extra anchor) is in the message; with no anchor it is always open."""

    anchor: Optional[Anchor]
    extra: Tuple[Anchor, ...] = ()

    def open(self, lowers: FrozenSet[str], lemmas: FrozenSet[str], memo: Dict[Tuple[str, int], bool]) -> bool:
        return self.anchor is None or (self.anchor.present(lowers, lemmas, memo)
                                       and all(a.present(lowers, lemmas, memo) for a in self.extra))


Pattern = List[Dict[str, Any]]


def group_by_anchor(patterns: Iterable[Pattern]) -> List[Tuple[Gate, List[Pattern]]]:
    """Split one rule's patterns into groups that share an anchor, each behind its own gate."""
    groups: Dict[Tuple[Optional[Anchor], Tuple[Anchor, ...]], Tuple[Gate, List[Pattern]]] = {}
    for pattern in patterns:
        found = pattern_anchors(pattern)
        anchor = found[0] if found else None
        extra = tuple(a for a in found[1:] if a.attr != "FUZZY")[:MAX_EXTRA_ANCHORS]
        key = (anchor, extra)
        if key not in groups:
            groups[key] = (Gate(anchor, extra), [])
        groups[key][1].append(pattern)
    return list(groups.values())


class AnchorIndex:
    """Which gates a message opens, found by looking its words up instead of testing every gate.

    Every distinct anchor (a gate's first one and its extras) is numbered once. Each word maps to the anchors
    it satisfies and to the *candidate* gates, those whose first anchor it satisfies. A message's candidates
    are then checked all at once with numpy: a gate opens when every one of its extras is present (the same
    test as ``Gate.open``). Words are looked up by their spaCy hash (the rows of
    ``doc.to_array([LOWER, LEMMA])``), so no string is built per token; what a lower-case word satisfies,
    fuzzy anchors included, is cached. (A Python loop over the few hundred candidates cost ~0.1 ms a message.)
    """

    #: Cap on the per-word cache (lower-case words seen); past it, words are still looked up, just not kept.
    CACHE_SIZE = 50_000

    def __init__(self, gates: Sequence[Gate]) -> None:
        self._gates = list(gates)
        numbers: Dict[Anchor, int] = {}
        self._anchors: List[Anchor] = []

        def number(anchor: Anchor) -> int:
            if anchor not in numbers:
                numbers[anchor] = len(self._anchors)
                self._anchors.append(anchor)
            return numbers[anchor]

        self._always: List[int] = []
        self._first: List[Optional[int]] = []  # gate -> its first anchor's number (None: always open)
        first_of: Dict[int, List[int]] = {}  # anchor number -> gates it is the first anchor of
        extras: List[List[int]] = []
        for i, gate in enumerate(gates):
            extras.append([number(a) for a in gate.extra])  # extra anchors are never fuzzy
            if gate.anchor is None:
                self._always.append(i)
                self._first.append(None)
            else:
                self._first.append(number(gate.anchor))
                first_of.setdefault(self._first[-1], []).append(i)
        # One row per gate: its extras, padded with an anchor that is always present (the last number).
        self._present_pad = len(self._anchors)
        width = max((len(e) for e in extras), default=0) or 1
        self._extras = numpy.full((len(gates), width), self._present_pad, dtype=numpy.intp)
        for i, extra in enumerate(extras):
            self._extras[i, :len(extra)] = extra
        self._first_of = {n: tuple(gs) for n, gs in first_of.items()}
        self._none_present = numpy.zeros(self._present_pad + 1, dtype=bool)  # only the padding anchor is present
        self._none_present[self._present_pad] = True
        by_lower: Dict[str, List[int]] = {}
        by_lemma: Dict[str, List[int]] = {}
        self._fuzzy: List[int] = []
        for n, anchor in enumerate(self._anchors):
            if anchor.attr == "FUZZY":
                self._fuzzy.append(n)
                continue
            index = by_lower if anchor.attr == "LOWER" else by_lemma
            for word in anchor.words:
                index.setdefault(word, []).append(n)
        # Every rule word's entry is built here, so that a word first seen in a message costs only its fuzzy
        # test (and most words, in no anchor at all, share one empty entry).
        self._by_lower = {word: self._entry(tuple(ns)) for word, ns in by_lower.items()}
        self._by_lemma_hash = {get_string_id(word): self._entry(tuple(ns)) for word, ns in by_lemma.items()}
        self._no_entry = self._entry(())
        # (anchor, word, max edits, length limit) for every fuzzy word: Anchor.present's test, one word at a time.
        self._fuzzy_terms = [(n, word, edits, edits if edits >= 0 else max(2, round(0.3 * len(word))))
                             for n in self._fuzzy for word, edits in self._anchors[n].fuzzy]
        self._lower_cache: Dict[int, _WordEntry] = {}

    def _entry(self, anchors: Tuple[int, ...]) -> "_WordEntry":
        """A word's anchors and candidate gates, as arrays."""
        candidates = [i for n in anchors for i in self._first_of.get(n, ())]
        return numpy.array(anchors, dtype=numpy.intp), numpy.array(candidates, dtype=numpy.intp)

    def _lower_entry(self, word: str) -> "_WordEntry":
        """What one lower-case word satisfies: anchors by exact word, and fuzzy anchors it is close to (the
        comparison spaCy's FUZZY operator makes, only on words of a plausible length, as ``Anchor.present``)."""
        found = self._by_lower.get(word, self._no_entry)
        close = [n for n, fuzzy, edits, limit in self._fuzzy_terms
                 if abs(len(word) - len(fuzzy)) <= limit and levenshtein_compare(word, fuzzy, edits)]
        if not close:
            return found
        return self._entry(tuple(found[0].tolist()) + tuple(dict.fromkeys(close)))

    def _lower_entry_of(self, h: int, strings: Any) -> "_WordEntry":
        entry = self._lower_cache.get(h)
        if entry is None:
            entry = self._lower_entry(strings[h])
            if len(self._lower_cache) < self.CACHE_SIZE:
                self._lower_cache[h] = entry
        return entry

    def open_gates(self, rows: Any, strings: Any) -> List[int]:
        """The gates opened by the words of ``rows`` (a slice of ``doc.to_array([LOWER, LEMMA])``), sorted."""
        anchors: List[Any] = []
        candidates: List[Any] = []
        for h in set(rows[:, 0].tolist()):
            found, starts = self._lower_entry_of(h, strings)
            if len(found):  # most words are in no anchor: skip their empty arrays
                anchors.append(found)
                if len(starts):
                    candidates.append(starts)
        by_lemma = self._by_lemma_hash
        for h in set(rows[:, 1].tolist()):
            entry = by_lemma.get(h)
            if entry is not None:
                anchors.append(entry[0])
                if len(entry[1]):
                    candidates.append(entry[1])
        if not candidates:
            return list(self._always)
        present = self._none_present.copy()
        present[numpy.concatenate(anchors)] = True
        gates = numpy.concatenate(candidates) if len(candidates) > 1 else candidates[0]
        opened = gates[present[self._extras[gates]].all(axis=1)].tolist()
        # A few dozen gates at most: a Python set sorts them faster than numpy.unique.
        return sorted(set(opened + self._always))

    def anchor_positions(self, rows: Any, strings: Any, gates: Sequence[int]) -> Dict[int, List[int]]:
        """For each of ``gates`` that has an anchor, the rows (token positions in ``rows``) whose word satisfies
        that first anchor: every match of the gate's patterns holds one of them."""
        wanted = {n: [] for n in (self._first[g] for g in gates) if n is not None}  # type: Dict[int, List[int]]
        by_lemma = self._by_lemma_hash
        for i, (lower, lemma) in enumerate(rows.tolist()):
            for n in self._lower_entry_of(lower, strings)[0].tolist():
                if n in wanted:
                    wanted[n].append(i)
            entry = by_lemma.get(lemma)
            if entry is not None:
                for n in entry[0].tolist():
                    if n in wanted and wanted[n][-1:] != [i]:
                        wanted[n].append(i)
        return {g: wanted[n] for g in gates for n in (self._first[g],) if n is not None}


#: One word's (anchor numbers, candidate gates).
_WordEntry = Tuple[Any, Any]
