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
from typing import Any, Dict, FrozenSet, Iterable, List, Mapping, Optional, Sequence, Set, Tuple

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
    """Every match holds a token that this spec's words describe ("!" takes a token that is *not* one)."""
    op = spec.get("OP")
    if op in _OPTIONAL_OPS or op == "!":
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


def _required_anchors(pattern: Sequence[Mapping[str, Any]], memo: Optional[Dict[int, Optional[Anchor]]] = None
                      ) -> List[Tuple[int, Anchor]]:
    """(spec position, anchor) of every required spec of one pattern that names its words. ``memo`` (spec id ->
    anchor) serves the patterns of one rule: a rule's alternatives share their spec objects, and building the
    same word sets again for each of its patterns was half the detector's start-up time."""
    found = []
    for i, spec in enumerate(pattern):
        if not _required(spec):
            continue
        if memo is None:
            anchor = _anchor_of(spec)
        else:
            key = id(spec)
            if key not in memo:
                memo[key] = _anchor_of(spec)
            anchor = memo[key]
        if anchor is not None:
            found.append((i, anchor))
    return found


def _most_selective_first(required: List[Tuple[int, Anchor]]) -> List[Anchor]:
    return sorted(dict.fromkeys(anchor for _, anchor in required), key=_cost)


def pattern_anchors(pattern: Sequence[Mapping[str, Any]]) -> List[Anchor]:
    """Every required word set of one spaCy pattern, most selective first (fuzzy ones only as the first)."""
    return _most_selective_first(_required_anchors(pattern))


def spec_reach(spec: Mapping[str, Any]) -> Optional[int]:
    """The most tokens one spec of a spaCy token pattern can take, or None when there is no bound ("+", "*",
    "{n,}")."""
    op = spec.get("OP")
    if op in ("+", "*"):
        return None
    if isinstance(op, str) and op.startswith("{"):
        low, comma, high = op[1:-1].partition(",")
        if comma and not high:
            return None
        return int(high if comma else low)
    return 1  # one token ("!" and "?" at most one)


def _total(reaches: Iterable[Optional[int]]) -> Optional[int]:
    total = 0
    for reach in reaches:
        if reach is None:
            return None
        total += reach
    return total


def anchor_reach(pattern: Sequence[Mapping[str, Any]], anchor: Optional[Anchor]
                 ) -> Tuple[Optional[int], Optional[int]]:
    """How many tokens a match of ``pattern`` can take before and after the token that satisfies ``anchor``
    (its first required spec with that anchor), each None when there is no bound: every match lies within
    [p - before, p + after] of such a token p. (None, None) when the pattern has no such spec."""
    return _reach_around(pattern, _required_anchors(pattern), anchor)


def _reach_around(pattern: Sequence[Mapping[str, Any]], required: List[Tuple[int, Anchor]],
                  anchor: Optional[Anchor]) -> Tuple[Optional[int], Optional[int]]:
    for i, found in required:
        if found == anchor:
            return _total(spec_reach(s) for s in pattern[:i]), _total(spec_reach(s) for s in pattern[i + 1:])
    return None, None


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


@dataclass
class GatedPatterns:
    """Patterns of one rule that share a gate, and how far their matches reach either side of its anchor word."""

    gate: Gate
    patterns: List[Pattern]
    before: Optional[int] = 0  # None: no bound
    after: Optional[int] = 0


def group_by_anchor(patterns: Iterable[Pattern]) -> List[GatedPatterns]:
    """Split one rule's patterns into groups that share an anchor, each behind its own gate."""
    groups: Dict[Tuple[Optional[Anchor], Tuple[Anchor, ...]], GatedPatterns] = {}
    patterns = list(patterns)  # kept alive while ``memo`` is keyed by the ids of their specs
    memo: Dict[int, Optional[Anchor]] = {}
    for pattern in patterns:
        required = _required_anchors(pattern, memo)
        found = _most_selective_first(required)
        anchor = found[0] if found else None
        extra = tuple(a for a in found[1:] if a.attr != "FUZZY")[:MAX_EXTRA_ANCHORS]
        key = (anchor, extra)
        if key not in groups:
            groups[key] = GatedPatterns(Gate(anchor, extra), [])
        group = groups[key]
        group.patterns.append(pattern)
        before, after = _reach_around(pattern, required, anchor)
        group.before = longest_reach(group.before, before)
        group.after = longest_reach(group.after, after)
    return list(groups.values())


def longest_reach(a: Optional[int], b: Optional[int]) -> Optional[int]:
    """The longer of two reaches, None (no bound) if either has none."""
    return None if a is None or b is None else max(a, b)


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
        self._extra_numbers: List[Tuple[int, ...]] = []
        self._first: List[Optional[int]] = []  # gate -> its first anchor's number (None: always open)
        first_of: Dict[int, List[int]] = {}  # anchor number -> gates it is the first anchor of
        extras: List[List[int]] = []
        for i, gate in enumerate(gates):
            extras.append([number(a) for a in gate.extra])  # extra anchors are never fuzzy
            self._extra_numbers.append(tuple(extras[-1]))
            if gate.anchor is None:
                self._always.append(i)
                self._first.append(None)
            else:
                self._first.append(number(gate.anchor))
                first_of.setdefault(self._first[-1], []).append(i)
        # Each gate's extras as columns (column j: every gate's j-th extra, most selective first), padded with an
        # anchor that is always present (the last number). ``_with_all_extras`` reads them column by column.
        self._present_pad = len(self._anchors)
        width = max((len(e) for e in extras), default=0) or 1
        table = numpy.full((len(gates), width), self._present_pad, dtype=numpy.intp)
        for i, extra in enumerate(extras):
            table[i, :len(extra)] = extra
        self._extra_columns = [numpy.ascontiguousarray(table[:, j]) for j in range(width)]
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
        self._lower_useful: Set[int] = set()  # the cached words whose entry has an anchor
        self._lemma_hashes = frozenset(self._by_lemma_hash)
        # Each gate's anchors (first and extras), padded with the padding anchor, for ``anchor_places``.
        anchors_of_gate = numpy.full((len(gates), width + 1), self._present_pad, dtype=numpy.intp)
        for i, extra in enumerate(extras):
            numbers = ([] if self._first[i] is None else [self._first[i]]) + extra
            anchors_of_gate[i, :len(numbers)] = numbers
        self._anchors_of_gate = anchors_of_gate

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
        return self._entry(tuple(dict.fromkeys(found[0].tolist() + close)))

    def _lower_entry_of(self, h: int, strings: Any) -> "_WordEntry":
        entry = self._lower_cache.get(h)
        if entry is None:
            entry = self._lower_entry(strings[h])
            if len(self._lower_cache) < self.CACHE_SIZE:
                self._lower_cache[h] = entry
                if len(entry[0]):
                    self._lower_useful.add(h)
        return entry

    def _anchor_words(self, lowers: Set[int], strings: Any) -> Dict[int, "_WordEntry"]:
        """The entries of those lower-case words (hashes) that satisfy some anchor. Most words satisfy none, so
        the known ones are picked by one set intersection instead of a lookup per word; only words not in the
        cache (first seen, or past its cap) are looked up one by one."""
        found = {h: self._lower_cache[h] for h in lowers.intersection(self._lower_useful)}
        for h in lowers.difference(self._lower_cache):
            entry = self._lower_entry_of(h, strings)
            if len(entry[0]):
                found[h] = entry
        return found

    def open_gates(self, rows: Any, strings: Any) -> List[int]:
        """The gates opened by the words of ``rows`` (a slice of ``doc.to_array([LOWER, LEMMA])``), sorted."""
        anchors: List[Any] = []
        candidates: List[Any] = []
        by_lemma = self._by_lemma_hash
        entries = [*self._anchor_words(set(rows[:, 0].tolist()), strings).values(),
                   *(by_lemma[h] for h in self._lemma_hashes.intersection(rows[:, 1].tolist()))]
        for found, starts in entries:
            anchors.append(found)
            if len(starts):
                candidates.append(starts)
        if not candidates:
            return list(self._always)
        present = self._none_present.copy()
        present[numpy.concatenate(anchors)] = True
        gates = numpy.concatenate(candidates) if len(candidates) > 1 else candidates[0]
        _, kept = self._with_all_extras(present[None, :], numpy.zeros(len(gates), dtype=numpy.intp), gates)
        opened = kept.tolist()
        # A few dozen gates at most: a Python set sorts them faster than numpy.unique.
        return sorted(set(opened + self._always))

    def open_gates_by_sentence(self, rows: Any, strings: Any, starts: Sequence[int]) -> List[List[int]]:
        """For each sentence (``starts``: the row each begins at), the gates its own words open, sorted: what
        ``open_gates`` gives on each sentence's rows, found for all sentences at once."""
        if len(starts) == 1:
            return [self.open_gates(rows, strings)]
        lowers, lemmas = rows[:, 0].tolist(), rows[:, 1].tolist()
        by_lemma = self._by_lemma_hash
        anchors: List[Any] = []
        anchor_sentence: List[int] = []
        candidates: List[Any] = []
        candidate_sentence: List[int] = []
        lower_entries = self._anchor_words(set(lowers), strings)
        anchor_lowers = set(lower_entries)
        for n, (lo, hi) in enumerate(zip(starts, [*starts[1:], len(lowers)])):
            entries = [lower_entries[h] for h in anchor_lowers.intersection(lowers[lo:hi])]
            entries += [by_lemma[h] for h in self._lemma_hashes.intersection(lemmas[lo:hi])]
            for found, starting in entries:
                anchors.append(found)
                anchor_sentence.append(n)
                if len(starting):
                    candidates.append(starting)
                    candidate_sentence.append(n)
        opened: List[List[int]] = [[] for _ in starts]
        if candidates:
            present = numpy.zeros((len(starts), self._present_pad + 1), dtype=bool)
            present[:, self._present_pad] = True
            present[numpy.repeat(anchor_sentence, [len(a) for a in anchors]), numpy.concatenate(anchors)] = True
            sentences = numpy.repeat(candidate_sentence, [len(c) for c in candidates])
            gates = numpy.concatenate(candidates)
            for n, gate in zip(*(kept.tolist() for kept in self._with_all_extras(present, sentences, gates))):
                opened[n].append(gate)
        return [sorted(set(gates_of + self._always)) for gates_of in opened]

    def _with_all_extras(self, present: Any, sentences: Any, gates: Any) -> Tuple[Any, Any]:
        """The candidates (``sentences[i]``, ``gates[i]``) whose every extra anchor is present in that sentence
        (``present``: one row of anchors per sentence), as (sentences, gates) arrays. Read one column of extras at
        a time, each only for the candidates the earlier columns kept: the first extra is the most selective, so
        most candidates stop there (about three times faster than gathering every extra of every candidate)."""
        flat = present.ravel()
        width = present.shape[1]
        at = sentences * width
        for column in self._extra_columns:
            keep = flat[column[gates] + at]
            gates, at = gates[keep], at[keep]
            if not len(gates):
                break
        return at // width, gates

    def anchor_places(self, rows: Any, strings: Any, gates: Sequence[int]) -> Dict[int, List[int]]:
        """The anchors of ``gates`` (first and extra) -> the rows (token positions in ``rows``) whose word
        satisfies them, in order. Anchors no word satisfies are left out.

        Found from the words' side: the few distinct words of the sentence that satisfy any anchor (cached, as in
        ``open_gates``) list the anchors they satisfy, and numpy keeps those of ``gates``. (Testing each of the
        gates' 100-250 anchors against the sentence's words cost a long sentence 0.15-0.55 ms.)"""
        at_lower: Dict[int, List[int]] = {}
        at_lemma: Dict[int, List[int]] = {}
        for i, (lower, lemma) in enumerate(rows.tolist()):
            at_lower.setdefault(lower, []).append(i)
            at_lemma.setdefault(lemma, []).append(i)
        by_lemma = self._by_lemma_hash
        sources = [(at_lower[h], numbers) for h, (numbers, _) in self._anchor_words(set(at_lower), strings).items()]
        sources += [(at_lemma[h], by_lemma[h][0]) for h in self._lemma_hashes.intersection(at_lemma)]
        if not sources or not len(gates):
            return {}
        wanted = self._none_present.copy()  # only the padding anchor, cleared below
        wanted[self._anchors_of_gate[gates]] = True
        wanted[self._present_pad] = False
        numbers = numpy.concatenate([found for _, found in sources])
        source = numpy.repeat(numpy.arange(len(sources)), [len(found) for _, found in sources])
        keep = wanted[numbers]
        found_at: Dict[int, List[List[int]]] = {}
        for n, k in zip(numbers[keep].tolist(), source[keep].tolist()):
            found_at.setdefault(n, []).append(sources[k][0])
        # An anchor satisfied by one word has that word's places (in order); by several, theirs merged in order.
        return {n: at[0] if len(at) == 1 else sorted(i for places in at for i in places) for n, at in found_at.items()}

    def first_anchor(self, gate: int) -> Optional[int]:
        """The number of a gate's first anchor (every match of its patterns holds a word that satisfies it), or
        None for a gate with no anchor."""
        return self._first[gate]

    def extra_anchors(self, gate: int) -> Tuple[int, ...]:
        """The numbers of a gate's extra anchors (every match of its patterns holds a word for each)."""
        return self._extra_numbers[gate]


#: One word's (anchor numbers, candidate gates).
_WordEntry = Tuple[Any, Any]
