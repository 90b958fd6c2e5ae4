"""The deterministic crisis detector: one message in, one ``Detection`` out.

Layers, in order (each small and in its own module):

1. ``normalize``: input hygiene. Long text is clipped to head + tail; control characters, accents and
   curly apostrophes go; contractions and texting spellings are spelled out ("dont" -> "do not").
2. spaCy (``spacy.blank("en")`` + sentence ends as spaCy's sentencizer + lookup lemmatizer; no downloaded model) and Matchers built
   from ``rules.yml``: *signals* (words that point at a crisis category), *cues* (imminence) and *context*
   (pseudo-negation, seriousness, hyperbole, idioms, hotline requests, past, play, questions). A cheap
   anchor index (``prefilter``) runs only the Matchers whose key words are in the message.
3. ``scope``: for each signal, is it negated, part of an idiom or a hotline request, a topic of a question
   about CPP, a resolved past event, child play, and who it is about.
4. ``policy``: what that amounts to (crisis / check-in / nothing), whether it is imminent, and which
   category wins when several match.

Nothing here learns, so it cannot be trained away; the NLU model is the second layer, for paraphrase.
"""
from __future__ import annotations

import threading
from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Any, Dict, FrozenSet, List, Optional, Set, Tuple, Union

import numpy
import spacy
from spacy.lookups import load_lookups
from spacy.matcher import Matcher, PhraseMatcher
from spacy.attrs import IS_PUNCT, LEMMA, LOWER, ORTH, SENT_START
from spacy.tokens import Doc, Span
from spacy.util import load_language_data, registry

from . import scope
from .normalize import normalize
from .policy import (ALWAYS_IMMINENT, CATEGORIES, EARLIER_NOT_IMMINENT, HYPERBOLE_CATEGORIES, HYPERBOLE_PROOF,
                     PAST_DEFAULT, PLAY_DEFAULT, Finding, Outcome, choose, cue_kinds_for)
from .prefilter import AnchorIndex, Gate, group_by_anchor, longest_reach
from .rules import Rule, RuleBook, default_rulebook
from .spelling import Speller, inflections, spanish_words

__all__ = ["CATEGORIES", "CrisisDetector", "Detection", "get_detector"]

#: What ends a sentence (spaCy's sentencizer with these punct_chars; a newline ends one too).
_SENTENCE_ENDS: Tuple[str, ...] = (".", "!", "?", "\n")
#: Sentences at least this long are matched in windows around anchor words (a shorter one is read whole: a window
#: would cover most of it, and each window is one more Matcher call).
WINDOW_MIN_TOKENS = 16
_CONTEXT_SENTENCE_ROLES = ("hyperbole", "past", "present", "play", "generic", "program", "earlier", "ongoing",
                           "weeks_back")
#: Categories a time-since frame ("we have been safe for 8 months") can date: violence against the writer. A
#: child's bruises or the writer's own wish to die are not made old by a separation.
_OVER_SINCE_CATEGORIES = frozenset({"domestic_violence"})
#: Categories whose past frame an ongoing sign ("he still lives with us", "he showed up") undoes.
_ONGOING_CATEGORIES = frozenset({"domestic_violence", "child_abuse"})
#: A "past" context rule read only for child_medical: a child checked and found fine, or running around again.
_REASSURED = "ctx.reassured"
#: A past frame that only says someone is fine now ("but he is totally fine now"): no resolution for something
#: swallowed.
_FINE_NOW = "ctx.fine_now"
#: "yesterday", "last night": present for violence, but not against a child's recovery (ctx.reassured).
_RECENT = "ctx.present_recent"
#: Words that bring a sentence dated weeks back to the present ("he fell last month and NOW he limps").
_NOW_WORDS = frozenset({"now", "ahora", "today", "hoy", "tonight", "still", "again", "todavia", "ahorita"})
#: Words that put a sentence's own signal in the present, whatever the sentences around it date: "he got locked up
#: last year. now he is out and he is at the door with a gun" (fewer than _NOW_WORDS: "still" and "again" often
#: carry a past story on, "i still have nightmares about it").
_HERE_NOW_WORDS = frozenset({"now", "ahora", "today", "hoy", "tonight", "ahorita"})


@dataclass(frozen=True)
class Detection:
    """The detector's verdict on one message. Never contains the message text."""

    kind: str  # "crisis" | "check_in" | "none"
    category: Optional[str]  # one of CATEGORIES for a crisis; for a check-in the category pointed at, or None
    imminent: bool
    lang: str  # "en" | "es"
    rules: Tuple[str, ...]  # ids of the rules that fired, in the order they occur in the message


NO_CRISIS = Detection("none", None, False, "en", ())


@dataclass(frozen=True)
class _Hit:
    """One rule matched at tokens [start, end) of sentence ``sent``."""

    rule: Rule
    start: int
    end: int
    sent: int

    @property
    def span(self) -> Tuple[int, int]:
        return (self.start, self.end)


@dataclass
class _Context:
    """Everything about a message that changes how a signal in it is read."""

    doc: Doc
    owner: List[int]  # token -> sentence number
    bounds: List[Tuple[int, int]]  # sentence -> (start, end)
    words: scope.WordClasses
    not_negators: Set[int]  # token positions whose "not"/"no" negates nothing
    idioms: List[Tuple[int, int]]
    resources: List[Tuple[int, int]]
    cues: List[_Hit]
    serious: bool
    sentences_with: Dict[str, Set[int]]
    reassured: Set[int]  # sentences saying a child is fine again (child_medical only)
    fine_now_only: Set[int] = field(default_factory=set)  # sentences whose only past frame is ctx.fine_now
    recent_only: Set[int] = field(default_factory=set)  # sentences whose only present frame is ctx.present_recent
    over_since: List[Tuple[int, int]] = field(default_factory=list)  # (sentence, first token) of time-since frames


class _KnownWords:
    """English words: the forms in the lemma table (its keys are hashed, so membership is tested through it) and
    WordNet's base forms from spaCy's lemma index. The lemma table lists only words that inflect, so without the
    index an adjective such as "curious" was no known word and the speller "repaired" it to "furious"."""

    def __init__(self, table: Any, index: Any = None) -> None:
        self._table = table
        words = {v for v in table.values() if isinstance(v, str)}
        if index is not None:
            words.update(w for pos in ("adj", "adv", "noun", "verb") if pos in index for w in index[pos] if w.isalpha())
        self._lemmas = frozenset(words)

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and (word in self._lemmas or word in self._table)

    def base_forms(self) -> FrozenSet[str]:
        """The words known by their own text (the lemmas and WordNet's base forms; the table's inflected forms are
        known only by hash)."""
        return self._lemmas


class _LookupLemmas:
    """spaCy's lookup lemmatizer (``lemma = table.get(text, text)`` for every token without a lemma), done by
    string hash with a cache, and written to the Doc in one ``from_array`` call instead of token by token."""

    #: Cap on the cache of word -> lemma hashes; past it, words are still lemmatised, just not kept.
    CACHE_SIZE = 50_000

    def __init__(self, table: Any, strings: Any) -> None:
        self._table = table
        self._strings = strings
        self._cache: Dict[int, int] = {}

    def _lemma(self, orth: int) -> int:
        lemma = self._cache.get(orth)
        if lemma is None:
            text = self._strings[orth]
            lemma = self._strings.add(self._table.get(text, text))
            if len(self._cache) < self.CACHE_SIZE:
                self._cache[orth] = lemma
        return lemma

    def set(self, doc: Doc) -> None:
        rows = doc.to_array([ORTH, LEMMA])
        if not len(rows):
            return
        lemmas = numpy.array([lemma or self._lemma(orth) for orth, lemma in rows.tolist()], dtype=numpy.uint64)
        doc.from_array([LEMMA], lemmas.reshape(-1, 1))


class _SentenceStarts:
    """spaCy's sentencizer (a sentence ends after a run of end marks, at the next word that is not punctuation),
    read from the token arrays and written in one ``from_array`` call: the sentencizer makes a Token object per
    word, a third of the time on long messages."""

    def __init__(self, punct_chars: Tuple[str, ...], strings: Any) -> None:
        self._ends = frozenset(strings.add(c) for c in punct_chars)

    def set(self, doc: Doc) -> None:
        rows = doc.to_array([ORTH, IS_PUNCT]).tolist()
        if not rows:
            return
        starts = [-1] * len(rows)
        starts[0] = 1
        seen_end = False
        for i, (orth, is_punct) in enumerate(rows):
            is_end = orth in self._ends
            if seen_end and not is_punct and not is_end:
                starts[i] = 1
                seen_end = False
            elif is_end:
                seen_end = True
        # -1 (not a start) as spaCy stores it: the uint64 array from_array expects, read back as a signed int.
        doc.from_array([SENT_START], numpy.array(starts, dtype=numpy.int64).astype(numpy.uint64).reshape(-1, 1))


class CrisisDetector:
    """Builds the spaCy pipeline and matchers once (10-14 seconds: some 69,000 patterns); ``detect`` is then
    fast and thread-safe."""

    def __init__(self, book: Optional[RuleBook] = None) -> None:
        self._book = book or default_rulebook()
        nlp = spacy.blank("en")
        nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
        nlp.initialize()
        self._nlp = nlp
        self._strings = nlp.vocab.strings
        self._sentences = _SentenceStarts(_SENTENCE_ENDS, self._strings)
        lemma_table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_lookup")  # type: ignore[attr-defined]
        self._lemmas = _LookupLemmas(lemma_table, self._strings)
        self._phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
        # Small Matchers, one per rule and anchor, each behind a gate that opens only when its anchor words
        # are in the message (prefilter.py): the same matches as one big Matcher, far fewer tries.
        # Patterns of every rule in a group that need the same words share one Matcher: a Matcher call costs
        # about 20 µs whatever it holds, so fewer, fuller Matchers are faster.
        self._matchers: List[Tuple[str, Matcher]] = []  # (group, matcher); match keys are rule ids
        gates: List[Gate] = []
        by_gate: Dict[Tuple[str, Gate], int] = {}
        # Per Matcher: the most tokens one of its matches can take before and after its anchor word (None: no
        # bound), for ``_windows``.
        before: List[Optional[int]] = []
        after: List[Optional[int]] = []
        for group in ("signal", "cue", "context"):
            for rule in self._book.of_group(group):
                for gated in group_by_anchor(self._book.compiled[rule.id]):
                    gate = gated.gate
                    slot = by_gate.get((group, gate))
                    if slot is None:
                        # Patterns are checked against spaCy's schema in tests/safety (validating costs ~0.5 s).
                        slot = by_gate[(group, gate)] = len(self._matchers)
                        self._matchers.append((group, Matcher(nlp.vocab, validate=False)))
                        before.append(0)
                        after.append(0)
                        gates.append(gate)
                    self._matchers[slot][1].add(rule.id, gated.patterns, greedy="LONGEST")
                    before[slot] = longest_reach(before[slot], gated.before)
                    after[slot] = longest_reach(after[slot], gated.after)
                if rule.phrases:
                    self._phrases.add(rule.id, [nlp.make_doc(normalize(p)) for p in rule.phrases])
        self._index = AnchorIndex(gates)
        # Per Matcher, what ``_windows`` reads for it: (before, after, first anchor, extra anchors).
        index = self._index
        self._window_specs = [(before[i], after[i], index.first_anchor(i), index.extra_anchors(i))
                              for i in range(len(self._matchers))]
        self._words = scope.WordClasses.from_sets(self._book.sets)
        # English words (the lemmatizer's and WordNet's): what the speller never changes, and what a dropped final g
        # is restored to ("killin" -> "killing").
        lemmatizer: Any = nlp.get_pipe("lemmatizer")
        self._known_words = _KnownWords(lemmatizer.lookups.get_table("lemma_lookup"),
                                        load_lookups("en", ["lemma_index"]).get_table("lemma_index"))
        # spaCy makes a lexeme the first time it meets a word (~12 µs each): most of what a message of unseen words
        # cost more than one of seen words. The known English words are made now instead (~1 s, ~36 MB), so a
        # first message is as fast as a later one (hold-out 13 on a first pass: p99 2.05-2.10 -> 1.88-1.89 ms).
        # Since the twenty-seventh round also their inflected forms ("carries", "woke") and everyday Spanish words
        # ("siempre", "tengo"), many of the words a first pass over the development sets still met new (~0.9 s,
        # ~40 MB: the slowest 2% of first-pass parses 0.36 -> 0.31 ms; tests/crisis/README.md).
        for word in (*self._known_words.base_forms(), *_inflected_forms(), *spanish_words()):
            nlp.vocab[word]
        self._speller = Speller(_rule_words(self._book, self._known_words), self._known_words,
                                other_language_targets=frozenset(
                                    w for w in _spanish_rule_words(self._book) if w not in self._known_words))
        # spaCy's string store grows as new words are seen; one message at a time keeps that safe.
        self._lock = threading.Lock()

    # ------------------------------------------------------------------------------------------------ public
    def detect(self, text: str) -> Detection:
        """Classify one caregiver message. Empty or non-text input is "none"."""
        if not isinstance(text, str):
            text = "" if text is None else str(text)
        norm = self._speller.correct(normalize(text, self._known_words))
        if not norm:
            return NO_CRISIS
        if norm[-1] not in ".!?":
            norm += " ."  # a sentence end, so that patterns can require one ($EOS)
        with self._lock:
            doc = self._parse(norm)
            raw = [(self._strings[k], s, e) for k, s, e in self._phrases(doc)]
            units = self._units(doc)
            raw += self._run(units, "signal")
            if not any(self._book.rules[rid].group == "signal" for rid, _, _ in raw):
                # No crisis words at all (most messages): cues and context cannot change that.
                fired = tuple(dict.fromkeys(rid for rid, _, _ in raw))
                return Detection("none", None, False, scope.guess_lang(doc), fired)
            raw += self._run(units, "cue")
            raw += self._run(units, "context")
        return self._decide(doc, raw)

    def matches(self, text: str) -> Tuple[Doc, List[Tuple[str, int, int]]]:
        """Every rule match (rule id, start, end) in the normalised message, with no early exit: for rule
        review and tests. The Doc holds the normalised text; do not log it."""
        norm = self._speller.correct(normalize(text, self._known_words))
        norm = norm + " ." if norm and norm[-1] not in ".!?" else norm
        with self._lock:
            doc = self._parse(norm)
            raw = [(self._strings[k], s, e) for k, s, e in self._phrases(doc)]
            units = self._units(doc)
            for group in ("signal", "cue", "context"):
                raw += self._run(units, group)
        return doc, raw

    def rule_words(self) -> Set[str]:
        """Every word the rules can match, inflections included (what the speller repairs towards): for
        benchmarks (scripts/bench_detector.py) and review. About a second."""
        return _rule_words(self._book, self._known_words)

    def live_cues(self, text: str) -> Set[str]:
        """The imminence cue kinds (rules.yml `cues:`) alive in a message, whatever its signals: not negated,
        not inside an idiom or a hotline request, not in a sentence dated earlier or in a resolved past, and not
        in a question. For crises only the trained layer found, which have no rule match to tie a cue to."""
        doc, raw = self.matches(text)
        owner, bounds = scope.sentence_index(doc)
        ctx = self._context(doc, self._hits(raw, owner), owner, bounds)
        dated = ctx.sentences_with["earlier"] | ctx.sentences_with["past"] | {s for s, _ in ctx.over_since}
        return {c.rule.cue or "" for c in ctx.cues
                if c.sent not in dated and not scope.is_question(doc, bounds[c.sent])}

    # --------------------------------------------------------------------------------------------- matching
    def _parse(self, text: str) -> Doc:
        """What ``self._nlp(text)`` gives (tokens, sentence starts, lookup lemmas), without spaCy's per-call
        pipeline overhead and its per-token lemmatizer: lemmas are set in one array write (``_LookupLemmas``)."""
        doc = self._nlp.make_doc(text)
        self._sentences.set(doc)
        self._lemmas.set(doc)
        return doc

    def _units(self, doc: Doc) -> List[Tuple[Union[Doc, Span], int, List[int]]]:
        """What each Matcher reads: (text, its first token's position, the Matchers that read it).

        Each sentence is read only by the Matchers its own words open (``prefilter``). No pattern crosses a
        sentence end (gaps stop there), so every match lies in one sentence. Reading sentence by sentence finds
        every in-sentence match a Matcher over the whole message would find, and a few more: over the whole
        message, greedy LONGEST can drop an in-sentence match behind a longer one that overlaps it from the
        sentence end before (tests/safety/test_windows.py). A Matcher's cost grows with the tokens it reads, so
        long messages get much cheaper. A long sentence (a
        voice-to-text run-on) is cut further into windows around each Matcher's anchor words (``_windows``)."""
        rows = doc.to_array([LOWER, LEMMA])
        bounds = [(sent.start, sent.end) for sent in doc.sents]
        opened = self._index.open_gates_by_sentence(rows, self._strings, [lo for lo, _ in bounds])
        units: List[Tuple[Union[Doc, Span], int, List[int]]] = []
        for (lo, hi), gates in zip(bounds, opened):
            if not gates:
                continue
            if hi - lo >= WINDOW_MIN_TOKENS:
                units += self._windows(doc, rows, lo, hi, gates)
            else:
                units.append((doc if len(bounds) == 1 else doc[lo:hi], lo, gates))
        return units

    def _windows(self, doc: Doc, rows: Any, start: int, end: int, opened: List[int]
                 ) -> List[Tuple[Union[Doc, Span], int, List[int]]]:
        """Each opened Matcher on the stretches of tokens [start, end) where its matches can lie: every match
        holds a word for its first anchor and takes at most ``before``/``after`` tokens either side of it, and
        holds a word for each of its extra anchors, so only stretches around a first-anchor word that also hold
        every extra anchor's word are read. Stretches that touch are merged, so a match is never cut in two nor
        found twice. Matchers with unbounded patterns, or no anchor, read the whole sentence."""
        places = self._index.anchor_places(rows[start:end], self._strings, opened)
        placed = places.get
        length = end - start
        whole: List[int] = []
        by_window: Dict[Tuple[int, int], List[int]] = {}
        # A long sentence opens about 150 Matchers, so the loop is kept lean (1 µs a Matcher instead of 2): specs read
        # in one lookup, the extras tested in one call.
        for i in opened:
            before, after, first, extra = self._window_specs[i]
            where = placed(first) if first is not None else None
            if before is None or after is None or not where:
                whole.append(i)
                continue
            if extra:
                extras = [placed(n) for n in extra]
                if None in extras:
                    continue  # an extra anchor's word is nowhere in the sentence: no window can hold a match
            for lo, hi in windows_around(where, before, after, length):
                if not extra or _each_within(extras, lo, hi):
                    by_window.setdefault((lo, hi), []).append(i)
        units: List[Tuple[Union[Doc, Span], int, List[int]]] = [(doc[start:end], start, whole)] if whole else []
        units += [(doc[start + lo:start + hi], start + lo, gates) for (lo, hi), gates in by_window.items()]
        return units

    def _run(self, units: List[Tuple[Union[Doc, Span], int, List[int]]], group: str) -> List[Tuple[str, int, int]]:
        out: List[Tuple[str, int, int]] = []
        strings = self._strings
        for text, offset, opened in units:
            for i in opened:
                g, matcher = self._matchers[i]
                if g == group:
                    # allow_missing: skip spaCy's per-call check that the Doc has lemmas (``_parse`` sets them).
                    out.extend((strings[key], s + offset, e + offset)
                               for key, s, e in matcher(text, allow_missing=True))
        return out

    def _hits(self, raw: List[Tuple[str, int, int]], owner: List[int]) -> List[_Hit]:
        return [_Hit(self._book.rules[rid], s, e, owner[s]) for rid, s, e in longest_per_rule(raw)]

    # ------------------------------------------------------------------------------------------- deciding
    def _decide(self, doc: Doc, raw: List[Tuple[str, int, int]]) -> Detection:
        owner, bounds = scope.sentence_index(doc)
        hits = self._hits(raw, owner)
        ctx = self._context(doc, hits, owner, bounds)
        signals, idiom_check_ins = self._live_signals(hits, ctx)
        findings = [f for f in (self._judge(h, ctx) for h in signals) if f is not None]
        # "i want to die of embarrassment": an idiom, but words this strong still earn a kind check-in.
        findings += [Finding(h.rule.id, Outcome("check_in", h.rule.category), False, h.rule.lang)
                     for h in idiom_check_ins]

        fired = tuple(dict.fromkeys(h.rule.id for h in hits))
        best = choose(findings)
        if best is None:
            lang = "es" if any(f.lang == "es" for f in findings) else scope.guess_lang(doc)
            return Detection("none", None, False, lang, fired)
        spanish = best.lang == "es" or any(f.lang == "es" and f.outcome.kind == best.outcome.kind
                                           for f in findings)
        imminent = best.imminent and best.outcome.kind == "crisis"
        return Detection(best.outcome.kind, best.outcome.category, imminent, "es" if spanish else "en", fired)

    def _context(self, doc: Doc, hits: List[_Hit], owner: List[int], bounds: List[Tuple[int, int]]) -> _Context:
        by_role: Dict[str, List[_Hit]] = {}
        for h in hits:
            if h.rule.group == "context":
                by_role.setdefault(h.rule.role or "", []).append(h)
        # A "not" inside a pseudo-negation ("not gonna lie") or inside another crisis phrase ("i can't do
        # this anymore, i want to die") negates nothing that follows.
        not_negators = {i for h in hits if h.rule.role == "pseudo_negation" or h.rule.group == "signal"
                        for i in range(h.start, h.end)}
        # "she is back to normal": a present-tense match inside a reassurance is part of it.
        reassuring = [h.span for h in by_role.get("past", []) if h.rule.id == _REASSURED]
        by_role["present"] = [h for h in by_role.get("present", [])
                              if not any(scope.overlaps(h.span, r) for r in reassuring)]
        ctx = _Context(
            doc=doc, owner=owner, bounds=bounds, words=self._words, not_negators=not_negators,
            idioms=[h.span for h in by_role.get("idiom", []) if not _no_called_a_lie_next(doc, h, bounds)],
            resources=[h.span for h in by_role.get("resource", [])],
            cues=[], serious=bool(by_role.get("serious")),
            sentences_with={role: {h.sent for h in by_role.get(role, []) if h.rule.id != _REASSURED}
                            for role in _CONTEXT_SENTENCE_ROLES},
            reassured={h.sent for h in by_role.get("past", [])
                       if h.rule.id == _REASSURED and not scope.is_question(doc, bounds[h.sent])},
            over_since=[(h.sent, h.start) for h in by_role.get("over_since", [])],
        )
        ctx.fine_now_only = _framed_only_by([h for h in by_role.get("past", []) if h.rule.id != _REASSURED], _FINE_NOW)
        ctx.recent_only = _framed_only_by(by_role.get("present", []), _RECENT)
        blockers = ctx.idioms + ctx.resources
        ctx.cues = [h for h in hits if h.rule.group == "cue"
                    and not any(scope.overlaps(h.span, b) for b in blockers) and not self._negated(h, ctx)]
        return ctx

    def _live_signals(self, hits: List[_Hit], ctx: _Context) -> Tuple[List[_Hit], List[_Hit]]:
        """Signals left after hotline requests, idioms and more specific rules are taken out."""
        signals: List[_Hit] = []
        idiom_check_ins: List[_Hit] = []
        for h in hits:
            if h.rule.group != "signal" or any(scope.overlaps(h.span, r) for r in ctx.resources):
                continue
            if any(scope.overlaps(h.span, i) for i in ctx.idioms):
                if h.rule.idiom == "check_in":
                    idiom_check_ins.append(h)
                continue
            signals.append(h)
        replaced = {
            id(h) for h in signals for o in signals
            if (h.rule.id in o.rule.overrides and scope.overlaps(h.span, o.span))
            or (h.rule.id in o.rule.outranks and h.sent == o.sent)
        }
        return [h for h in signals if id(h) not in replaced], idiom_check_ins

    def _negated(self, h: _Hit, ctx: _Context) -> bool:
        return scope.is_negated(ctx.doc, h.start, ctx.bounds[h.sent][0], ctx.words, ctx.not_negators, h.rule.lang)

    def _judge(self, h: _Hit, ctx: _Context) -> Optional[Finding]:
        """Turn one signal into a Finding, applying every scope rule in a fixed, documented order:
        negation, question topic, who it is about, play, resolved past, escalation, imminence, hyperbole."""
        rule, doc, bounds = h.rule, ctx.doc, ctx.bounds
        if rule.negatable and self._negated(h, ctx):
            return None
        # "the therapist asked if i ever think of hurting my baby. i said no": a question answered no. It earns
        # the check-in (below), never silence: what follows a "no" can still be a crisis the retraction list
        # does not know ("i said no. i am not sure anymore"), and the check-in gives 911 and 988 and asks.
        denial = scope.denied(doc, h.start, h.end, bounds, ctx.owner)
        if rule.topic and (h.sent in ctx.sentences_with["generic"] or (
                scope.is_question(doc, bounds[h.sent]) and not scope.names_someone(
                    doc, bounds[h.sent], ctx.words, about_program=h.sent in ctx.sentences_with["program"]))):
            return None

        subject: List[str] = []  # who the words are about, worked out once and only when a rule asks

        def subject_of_words() -> str:
            if not subject:
                subject.append(scope.resolve_subject(doc, h.start, h.end, ctx.words, bounds, ctx.owner))
            return subject[0]

        outcome = Outcome("check_in" if rule.level == "latent" else rule.level, rule.category)
        if rule.resolve == "subject":
            outcome = rule.by_subject[subject_of_words()]
        elif rule.resolve in ("object", "object_adult_first"):
            who = scope.resolve_object(doc, h.start, h.end, ctx.words, bounds, ctx.owner,
                                       adult_first=rule.resolve == "object_adult_first")
            outcome = rule.by_subject[who]
        elif outcome.category == "suicide_self_harm" and rule.lang == "en" and not any(
                w in scope.SELF_WORDS for w in scope.lowers(doc)[h.start:h.end]):
            # Every suicide phrase said of a child is the child's ("my son said he doesn't want to live"),
            # unless the words themselves are the writer's ("they'd be better off without ME").
            if subject_of_words() == "child":
                outcome = Outcome(outcome.kind, "child_suicidal")
        if outcome.kind == "none":
            return None
        if rule.level == "latent":
            outcome = Outcome("check_in", outcome.category)  # only escalate_with cues can make it count
        category = outcome.category

        if h.sent in ctx.sentences_with["play"]:
            action = rule.play or (PLAY_DEFAULT[category] if category else "none")
            if action == "none":
                return None
            if action == "check_in":
                outcome = Outcome("check_in", category)

        near = {h.sent - 1, h.sent, h.sent + 1}
        # Time since it stopped ("we have been safe for 8 months") dates the violence told before it, in its own
        # sentence or the one before, never what follows it ("...for a year now, he is outside with a knife").
        past = ctx.sentences_with["past"]
        if category == "child_medical" and scope.ingested(doc, h.start, h.end) \
                and scope.acts_later(doc, h.start, h.end) and not near & ctx.sentences_with["earlier"]:
            # "swallowed a magnet but he is fine now": fine now proves nothing about what just happened (a
            # battery, magnets or pills act hours later). A penny, or a day or more back ("yesterday", "last
            # week"), it is over.
            past = past - ctx.fine_now_only
        elif category == "child_suicidal":
            # "said he wants to die and tried to choke himself at nap. he's ok now": a child's wish or attempt today
            # is not settled by the child seeming fine; the child's clinician still needs to hear of it.
            past = past - ctx.fine_now_only
        # A past frame in the sentence before does not date a signal whose own sentence says "now" (one after still
        # can: "...now he's aggressive at school. we are safe now").
        dated_by = near
        if h.sent - 1 in past and _sentence_says(doc, bounds[h.sent], _HERE_NOW_WORDS):
            dated_by = near - {h.sent - 1}
        over = dated_by & past or category in _OVER_SINCE_CATEGORIES and any(
            s == h.sent + 1 or (s == h.sent and first >= h.end) for s, first in ctx.over_since)
        if category and over and h.sent not in ctx.sentences_with["present"] \
                and not (category in _ONGOING_CATEGORIES and near & ctx.sentences_with["ongoing"]):
            action = rule.past or PAST_DEFAULT[category]
            if action == "none":
                return None
            if action == "check_in":
                outcome = Outcome("check_in", category)

        if category == "child_medical" and not scope.ingested(doc, h.start, h.end):
            # Something swallowed is never settled by these: it may still be inside.
            present = ctx.sentences_with["present"]
            if near & ctx.reassured and h.sent not in present - ctx.recent_only:
                outcome = Outcome("check_in", category)  # "the doctor said he's fine", "she's running around"
            if h.sent in ctx.sentences_with["weeks_back"] and h.sent not in present \
                    and not _sentence_says(doc, bounds[h.sent], _NOW_WORDS):
                # "his fever seizure last month", "the asthma attack in january": an emergency weeks back is not one
                # now (the check-in still gives 911 and Poison Control); "...last week and now he says the neighbor
                # is next" is about now.
                outcome = Outcome("check_in", category)
        if denial in ("said", "asked") and outcome.kind == "crisis":
            # 'he told his teacher "grandma hits me". I don't.': a denied accusation, or a screening question
            # answered no, earns a check-in.
            return Finding(rule.id, Outcome("check_in", category), False, rule.lang)

        earlier = ctx.sentences_with["earlier"] if category in EARLIER_NOT_IMMINENT else set()

        def cues_near(allowed: Set[str], reach: Set[int]) -> Set[str]:
            return {c.rule.cue or "" for c in ctx.cues if c.rule.cue in allowed and c.sent not in earlier and (
                c.sent in reach if c.rule.cue != "plan_now" else scope.same_plan(doc, h, c, bounds, ctx.words))}

        if outcome.kind == "check_in" and category and rule.escalate_with and cues_near(set(rule.escalate_with), near):
            outcome = Outcome("crisis", category)
        elif rule.level == "latent":
            return None

        # Imminence reads on past a short sentence between ("he hit the wall. he's 5. his arm is swollen").
        kinds = cues_near(set(cue_kinds_for(category)), scope.sentences_around(doc, h.sent, bounds))
        if rule.imminent and h.sent not in earlier:  # dated earlier like its cues: "me amenazo con una pistola anoche"
            kinds.add(rule.imminent)
        if category in _OVERDOSE_CATEGORIES and outcome.kind == "crisis" and not kinds \
                and h.sent not in ctx.sentences_with["weeks_back"] and _overdose(doc, h):
            # "took a bunch of my pills last night, feel weird", "tried to overdose last night and nobody knows": an
            # overdose can look like nothing for a day (acetaminophen harms the liver over days), so one taken
            # hours ago needs 911 now, like a child's swallowed pills (scope.acts_later). Weeks back, it is over.
            kinds.add("attempt")
        always = category in ALWAYS_IMMINENT
        if outcome.kind == "crisis" and not ctx.serious and not always and not (kinds & HYPERBOLE_PROOF) \
                and category in HYPERBOLE_CATEGORIES:
            if {h.sent, h.sent + 1} & ctx.sentences_with["hyperbole"]:
                outcome = Outcome("check_in", category)
        imminent = outcome.kind == "crisis" and (always or bool(kinds))
        # Read only for a crisis (policy.BEATS_CALMER); a subject-resolved rule has worked it out already.
        by_writer = outcome.kind == "crisis" and category == "harm_to_others" and subject_of_words() in ("self", "fragment")
        return Finding(rule.id, outcome, imminent, rule.lang, by_writer)


#: The writer's or a child's own overdose: what the signal names decides, not a cue (see `_overdose`).
_OVERDOSE_CATEGORIES = frozenset({"suicide_self_harm", "child_suicidal"})
_OVERDOSE_WORDS = frozenset({"overdose", "overdosed", "oded", "od"})
#: An act done, not thought of: "i have been thinking about overdosing" is not an overdose taken.
_TAKEN_WORDS = frozenset({"took", "taken", "swallowed", "overdosed", "oded", "downed", "ate", "drank", "chugged",
                          "popped", "tried", "attempted"})


def _overdose(doc: Doc, h: _Hit) -> bool:
    """Whether the signal's own words tell of an overdose taken: pills or another slow poison swallowed, or an
    overdose done or tried."""
    words = scope.lowers(doc)[h.start:h.end]
    return any(w in _TAKEN_WORDS for w in words) and (
        any(w in _OVERDOSE_WORDS for w in words) or scope.acts_later(doc, h.start, h.end))


def _sentence_says(doc: Doc, bounds: Tuple[int, int], wanted: FrozenSet[str]) -> bool:
    """Whether the sentence at ``bounds`` holds one of the ``wanted`` words."""
    lo, hi = bounds
    return any(w in wanted for w in scope.lowers(doc)[lo:hi])


#: Words of a sentence that call the writer's "no" just before it a lie: "i said no. but i lied", "that was a lie"
#: (not after "not" or "never": "i was not lying").
_LIE_WORDS = frozenset({"lied", "lie", "lies", "lying", "liar"})


def _no_called_a_lie_next(doc: Doc, idiom: _Hit, bounds: List[Tuple[int, int]]) -> bool:
    """An idiom that ends its sentence on the writer's "no" ("the therapist asked if i have thoughts of hurting
    myself and i said no.") silences nothing when one of the next two sentences calls that no a lie ("but i lied, i
    think about it every day"): scope.denied then weighs the no and what follows it, as it does for a no taken back
    in the same sentence (the screening idiom's own patterns stop before "but" or "lied" there)."""
    words = scope.lowers(doc)
    hi = bounds[idiom.sent][1]
    last = idiom.end - 1
    while last > idiom.start and not words[last].isalnum():
        last -= 1
    if words[last] != "no" or any(w.isalnum() for w in words[last + 1:hi]):
        return False
    # The next two sentences: "i said no. just want you to know i meant it. i lied though".
    for lo_next, hi_next in bounds[idiom.sent + 1:idiom.sent + 3]:
        if any(words[i] in _LIE_WORDS and not {"not", "never"} & set(words[max(lo_next, i - 3):i])
               for i in range(lo_next, hi_next)):
            return True
    return False


def _framed_only_by(frames: List[_Hit], rule_id: str) -> Set[int]:
    """The sentences in which every one of ``frames`` (context hits of one role) is the rule ``rule_id``."""
    ids: Dict[int, Set[str]] = {}
    for h in frames:
        ids.setdefault(h.sent, set()).add(h.rule.id)
    return {sent for sent, found in ids.items() if found == {rule_id}}


def _each_within(lists: List[List[int]], lo: int, hi: int) -> bool:
    """Whether each of the sorted lists of token positions holds one in [lo, hi)."""
    for positions in lists:
        at = bisect_left(positions, lo)
        if at == len(positions) or positions[at] >= hi:
            return False
    return True


def windows_around(positions: List[int], before: int, after: int, length: int) -> List[Tuple[int, int]]:
    """The [start, end) stretches of a sentence of ``length`` tokens within ``before`` tokens before and ``after``
    after each of the sorted ``positions``, merged where they overlap or touch, in order. Every window has the same
    reach, so they come in order and merge in one pass, without a sort."""
    if len(positions) == 1:  # most anchors of a sentence: no merging to do
        p = positions[0]
        return [(p - before if p > before else 0, min(length, p + after + 1))]
    merged: List[List[int]] = []
    for p in positions:
        lo, hi = (p - before if p > before else 0), min(length, p + after + 1)
        if merged and lo <= merged[-1][1]:
            merged[-1][1] = hi
        else:
            merged.append([lo, hi])
    return [(lo, hi) for lo, hi in merged]


def longest_per_rule(raw: List[Tuple[str, int, int]]) -> List[Tuple[str, int, int]]:
    """Per rule, the longest matches that do not overlap (as spaCy's greedy="LONGEST"), in text order."""
    by_rule: Dict[str, List[Tuple[int, int]]] = {}
    for rid, s, e in raw:
        by_rule.setdefault(rid, []).append((s, e))
    out: List[Tuple[str, int, int]] = []
    for rid, spans in by_rule.items():
        taken: List[Tuple[int, int]] = []
        for s, e in sorted(set(spans), key=lambda se: (se[0] - se[1], se[0])):
            if not any(scope.overlaps((s, e), t) for t in taken):
                taken.append((s, e))
                out.append((rid, s, e))
    out.sort(key=lambda m: (m[1], m[2], m[0]))
    return out


def _spec_words(spec: Dict[str, Any], attr: str) -> List[str]:
    """The words a token spec names for ``attr``: one (``{"LOWER": "hit"}``) or a list (``{"LOWER": {"IN": [...]}}``);
    none for exclusions, fuzzy words and regular expressions."""
    value = spec.get(attr)
    return [value] if isinstance(value, str) else list(value.get("IN", ())) if isinstance(value, dict) else []


def _rule_words(book: RuleBook, known: "_KnownWords") -> Set[str]:
    """Every word the rules can match (lemmas with their inflections that are English words): the words a
    misspelling is repaired towards."""
    words: Set[str] = set()
    for ws in book.sets.values():
        words.update(ws)
    for patterns in book.compiled.values():
        for pat in patterns:
            for spec in pat:
                words.update(_spec_words(spec, "LOWER"))
                for w in _spec_words(spec, "LEMMA"):
                    words.update(f for f in inflections(w) if f == w or f in known)
    for rule in book.rules.values():
        for phrase in rule.phrases:
            words.update(normalize(phrase).split())
    return words


def _inflected_forms() -> List[str]:
    """The inflected English words spaCy's lookup lemmatizer knows (the keys of its table, which keeps them only
    by hash): read from the same spacy-lookups-data file."""
    return list(load_language_data(registry.lookups.get("en")["lemma_lookup"]))


def _spanish_rule_words(book: RuleBook) -> FrozenSet[str]:
    """The words the Spanish rules (``lang: es``) match: what a Spanish word may be repaired towards."""
    words: Set[str] = set()
    for rule in book.rules.values():
        if rule.lang != "es":
            continue
        for pat in book.compiled[rule.id]:
            for spec in pat:
                words.update(_spec_words(spec, "LOWER"))
        for phrase in rule.phrases:
            words.update(normalize(phrase).split())
    return frozenset(words)


_INSTANCE: Optional[CrisisDetector] = None
_INSTANCE_LOCK = threading.Lock()


def get_detector() -> CrisisDetector:
    """The process-wide detector, built on first use (10-14 seconds) and shared by every thread."""
    global _INSTANCE
    if _INSTANCE is None:
        with _INSTANCE_LOCK:
            if _INSTANCE is None:
                _INSTANCE = CrisisDetector()
    return _INSTANCE
