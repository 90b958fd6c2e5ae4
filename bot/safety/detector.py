"""The deterministic crisis detector: one message in, one ``Detection`` out.

Layers, in order (each is small and lives in its own module):

1. ``normalize``: input hygiene (long text clipped to head + tail, control characters, accents, curly
   apostrophes, contractions and texting spellings spelled out).
2. spaCy (``spacy.blank("en")`` + sentencizer + lookup lemmatizer, no downloaded model) and one Matcher
   and one PhraseMatcher built from ``rules.yml``: signals (what the words point at), cues (imminence) and
   context (negation helpers, hyperbole, idioms, resources, past, play, questions).
3. ``scope``: for every signal, is it negated, inside an idiom or a hotline request, a topic in a question
   about CPP, a resolved past event, child play, and who is it about.
4. ``policy``: what it then amounts to (crisis / check-in / nothing), whether it is imminent, and which
   category wins when several match.

It cannot be trained away: nothing here learns. The NLU model is the second layer, for paraphrase.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Set, Tuple

import spacy
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc

from . import scope
from .normalize import normalize
from .prefilter import AnchorIndex, Gate, doc_words, group_by_anchor
from .policy import (ALWAYS_IMMINENT, CATEGORIES, HYPERBOLE_PROOF, PAST_DEFAULT, PLAY_DEFAULT, Finding,
                     Outcome, choose, cue_kinds_for)
from .rules import Rule, RuleBook, default_rulebook

__all__ = ["CATEGORIES", "CrisisDetector", "Detection", "get_detector"]


@dataclass(frozen=True)
class Detection:
    """The detector's verdict on one message. Never contains the message text."""

    kind: str  # "crisis" | "check_in" | "none"
    category: Optional[str]  # one of CATEGORIES for a crisis; for a check-in the category pointed at, or None
    imminent: bool
    lang: str  # "en" | "es"
    rules: Tuple[str, ...]  # ids of the rules that fired, in the order they occur in the message


class _KnownWords:
    """English word forms from the lemma table (its keys are hashed, so membership is tested through it)."""

    def __init__(self, table: Any) -> None:
        self._table = table
        self._lemmas = frozenset(v for v in table.values() if isinstance(v, str))

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and (word in self._lemmas or word in self._table)


@dataclass(frozen=True)
class _Hit:
    rule: Rule
    start: int
    end: int
    sent: int


class CrisisDetector:
    """Builds the spaCy pipeline and matchers once; ``detect`` is then cheap and thread-safe."""

    def __init__(self, book: Optional[RuleBook] = None) -> None:
        self._book = book or default_rulebook()
        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer", config={"punct_chars": [".", "!", "?", "\n"]})
        nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
        nlp.initialize()
        self._nlp = nlp
        self._phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
        # Small Matchers, one per rule and anchor, each behind a gate that opens only when its anchor words
        # are in the message (see prefilter.py): the same matches as one big Matcher, far fewer tries.
        self._matchers: List[Tuple[str, str, Matcher]] = []  # (group, rule id, matcher)
        gates: List[Gate] = []
        for group in ("signal", "cue", "context"):
            for rule in self._book.of_group(group):
                for gate, patterns in group_by_anchor(self._book.compiled[rule.id]):
                    # Patterns are checked against spaCy's schema in tests/safety (validation costs ~0.5 s).
                    matcher = Matcher(nlp.vocab, validate=False)
                    matcher.add(rule.id, list(patterns), greedy="LONGEST")
                    self._matchers.append((group, rule.id, matcher))
                    gates.append(gate)
                if rule.phrases:
                    self._phrases.add(rule.id, [nlp.make_doc(normalize(p)) for p in rule.phrases])
        self._index = AnchorIndex(gates)
        self._words = scope.WordClasses.from_sets(self._book.sets)
        # English words the lemmatizer knows, to restore a dropped final g ("killin" -> "killing").
        self._known_words = _KnownWords(nlp.get_pipe("lemmatizer").lookups.get_table("lemma_lookup"))
        # spaCy's string store grows as new words are seen; one message at a time keeps that safe.
        self._lock = threading.Lock()
        self._strings = nlp.vocab.strings

    # ------------------------------------------------------------------------------------------ public
    def detect(self, text: str) -> Detection:
        """Classify one caregiver message. Empty or non-text input is "none"."""
        if not isinstance(text, str):
            text = "" if text is None else str(text)
        norm = normalize(text, self._known_words)
        if not norm:
            return Detection("none", None, False, "en", ())
        if norm[-1] not in ".!?":
            norm += " ."  # a sentence end, so that patterns can require one ($EOS)
        with self._lock:
            doc = self._nlp(norm)
            raw = [(self._strings[k], s, e) for k, s, e in self._phrases(doc)]
            opened = sorted(self._index.open_gates(*doc_words(doc)))
            raw += self._run(opened, doc, "signal")
            if not any(self._book.rules[rid].group == "signal" for rid, _, _ in raw):
                # No crisis words at all (most messages): cues and context cannot change that.
                return Detection("none", None, False, scope.guess_lang(doc), tuple(dict.fromkeys(r for r, _, _ in raw)))
            raw += self._run(opened, doc, "cue")
            raw += self._run(opened, doc, "context")
        return self._decide(doc, raw)

    def _run(self, opened: List[int], doc: Doc, group: str) -> List[Tuple[str, int, int]]:
        out: List[Tuple[str, int, int]] = []
        for i in opened:
            g, rule_id, matcher = self._matchers[i]
            if g == group:
                out.extend((rule_id, s, e) for _, s, e in matcher(doc))
        return out

    # ------------------------------------------------------------------------------------------ internals
    def _hits(self, doc: Doc, raw: List[Tuple[str, int, int]], owner: List[int]) -> List[_Hit]:
        """Longest non-overlapping matches per rule, in text order."""
        by_rule: Dict[str, List[Tuple[int, int]]] = {}
        for rid, s, e in raw:
            by_rule.setdefault(rid, []).append((s, e))
        hits: List[_Hit] = []
        for rid, spans in by_rule.items():
            taken: List[Tuple[int, int]] = []
            for s, e in sorted(spans, key=lambda se: (se[0] - se[1], se[0])):
                if not any(scope.overlaps((s, e), t) for t in taken):
                    taken.append((s, e))
                    hits.append(_Hit(self._book.rules[rid], s, e, owner[s]))
        hits.sort(key=lambda h: (h.start, h.end))
        return hits

    def _decide(self, doc: Doc, raw: List[Tuple[str, int, int]]) -> Detection:
        owner, bounds = scope.sentence_index(doc)
        hits = self._hits(doc, raw, owner)
        fired = tuple(dict.fromkeys(h.rule.id for h in hits))
        words = self._words

        ctx: Dict[str, List[_Hit]] = {}
        for h in hits:
            if h.rule.group == "context":
                ctx.setdefault(h.rule.role or "", []).append(h)
        # Negation words inside a pseudo-negation ("not gonna lie") or inside another crisis phrase ("i can't
        # do this anymore, i want to die") do not negate what follows.
        pseudo: Set[int] = {i for h in hits if h.rule.role == "pseudo_negation" or h.rule.group == "signal"
                            for i in range(h.start, h.end)}
        idioms = [(h.start, h.end) for h in ctx.get("idiom", [])]
        resources = [(h.start, h.end) for h in ctx.get("resource", [])]
        blockers = idioms + resources
        serious = bool(ctx.get("serious"))
        sents_with = {role: {h.sent for h in ctx.get(role, [])} for role in
                      ("hyperbole", "past", "present", "play", "generic", "program")}

        def blocked(h: _Hit) -> bool:
            return any(scope.overlaps((h.start, h.end), b) for b in blockers)

        def negated(h: _Hit) -> bool:
            return scope.is_negated(doc, h.start, bounds[h.sent][0], words, pseudo)

        cues: List[Tuple[str, int]] = [
            (h.rule.cue or "", h.sent) for h in hits
            if h.rule.group == "cue" and not blocked(h) and not negated(h)
        ]

        signals: List[_Hit] = []
        idiom_check_ins: List[_Hit] = []
        for h in hits:
            if h.rule.group != "signal":
                continue
            if any(scope.overlaps((h.start, h.end), b) for b in resources):
                continue
            if any(scope.overlaps((h.start, h.end), b) for b in idioms):
                # "i want to die of embarrassment": not a crisis, but words this strong earn a check-in.
                if h.rule.idiom == "check_in":
                    idiom_check_ins.append(h)
                continue
            signals.append(h)
        overridden = {
            id(h) for h in signals for o in signals
            if (h.rule.id in o.rule.overrides and scope.overlaps((h.start, h.end), (o.start, o.end)))
            or (h.rule.id in o.rule.outranks and h.sent == o.sent)
        }
        findings: List[Finding] = []
        for h in signals:
            if id(h) in overridden:
                continue
            finding = self._judge(doc, h, words, owner, bounds, cues, sents_with, serious, negated(h))
            if finding is not None:
                findings.append(finding)

        findings += [Finding(h.rule.id, Outcome("check_in", h.rule.category), False, h.rule.lang)
                     for h in idiom_check_ins]
        best = choose(findings)
        if best is None:
            lang = "es" if any(f.lang == "es" for f in findings) else scope.guess_lang(doc)
            return Detection("none", None, False, lang, fired)
        lang = best.lang
        if lang == "en" and any(f.lang == "es" and f.outcome.kind == best.outcome.kind for f in findings):
            lang = "es"
        imminent = best.imminent if best.outcome.kind == "crisis" else False
        return Detection(best.outcome.kind, best.outcome.category, imminent, lang, fired)

    def _judge(self, doc: Doc, h: _Hit, words: scope.WordClasses, owner: List[int],
               bounds: List[Tuple[int, int]], cues: List[Tuple[str, int]], sents_with: Dict[str, Set[int]],
               serious: bool, is_negated: bool) -> Optional[Finding]:
        """Turn one signal into a Finding, applying every scope rule in a fixed, documented order."""
        rule = h.rule
        if rule.negatable and is_negated:
            return None
        if rule.topic and (h.sent in sents_with["generic"] or (
                h.sent in sents_with["program"] and scope.is_question(doc, bounds[h.sent]))):
            return None

        outcome = Outcome("check_in" if rule.level == "latent" else rule.level, rule.category)
        if rule.resolve == "subject":
            who = scope.resolve_subject(doc, h.start, h.end, words, bounds, owner)
            outcome = rule.by_subject[who]
        elif rule.resolve in ("object", "object_adult_first"):
            who = scope.resolve_object(doc, h.start, h.end, words, bounds, owner,
                                       adult_first=rule.resolve == "object_adult_first")
            outcome = rule.by_subject[who]
        if outcome.kind == "none":
            return None
        if rule.level == "latent":
            outcome = Outcome("check_in", outcome.category)  # only escalate_with cues can make it count
        category = outcome.category

        if h.sent in sents_with["play"]:
            action = rule.play or (PLAY_DEFAULT[category] if category else "none")
            if action == "none":
                return None
            if action == "check_in":
                outcome = Outcome("check_in", category)

        near = {h.sent - 1, h.sent, h.sent + 1}
        if category and near & sents_with["past"] and h.sent not in sents_with["present"]:
            action = rule.past or PAST_DEFAULT[category]
            if action == "none":
                return None
            if action == "check_in":
                outcome = Outcome("check_in", category)

        def cues_near(allowed: Set[str]) -> Set[str]:
            return {kind for kind, sent in cues if kind in allowed and
                    (sent in near if kind != "plan_now" else sent in (h.sent, h.sent + 1))}

        if outcome.kind == "check_in" and rule.escalate_with and cues_near(set(rule.escalate_with)):
            outcome = Outcome("crisis", category)
        elif rule.level == "latent":
            return None
        kinds: Set[str] = cues_near(set(cue_kinds_for(category)))
        if rule.imminent:
            kinds.add(rule.imminent)
        always = category in ALWAYS_IMMINENT
        imminent = always or bool(kinds)

        if outcome.kind == "crisis" and not serious and not always and not (kinds & HYPERBOLE_PROOF):
            if {h.sent, h.sent + 1} & sents_with["hyperbole"]:
                outcome = Outcome("check_in", category)
        return Finding(rule.id, outcome, imminent and outcome.kind == "crisis", rule.lang)


_INSTANCE: Optional[CrisisDetector] = None
_INSTANCE_LOCK = threading.Lock()


def get_detector() -> CrisisDetector:
    """The process-wide detector, built on first use (about a second) and shared by every thread."""
    global _INSTANCE
    if _INSTANCE is None:
        with _INSTANCE_LOCK:
            if _INSTANCE is None:
                _INSTANCE = CrisisDetector()
    return _INSTANCE

