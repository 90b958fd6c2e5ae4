"""Load ``rules.yml`` and compile its pattern mini-language into spaCy Matcher patterns.

The YAML is the part clinicians review, so it is written in a compact form (``"i _{0,2} (going to|will)
@hurt $CHILD"``) instead of raw spaCy dictionaries. This module turns that form into spaCy token patterns
and refuses a file that is wrong in a way a reviewer would not notice: an unknown set, a duplicated id, a
literal that can never occur after normalisation, a fuzzy match on a word too short to be safe.
"""
from __future__ import annotations

import datetime
import itertools
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Dict, FrozenSet, List, Mapping, Optional, Tuple

import yaml

from .normalize import normalize
from .policy import CATEGORIES, CUE_KINDS, CONTEXT_ROLES, Outcome, parse_outcome

RULES_PATH = Path(__file__).resolve().parent / "rules.yml"
SUBJECT_CLASSES = ("self", "child", "adult", "thing", "unknown")
#: Optional class: the sentence names no one at all ("wanna die tbh"); when not given, "unknown" applies.
OPTIONAL_SUBJECT_CLASSES = ("fragment",)
#: Sets the Python logic relies on by name.
REQUIRED_SETS = ("NEG", "HARD", "SOFT", "CHILD", "ADULT", "EOS", "CHILD_CONTEXT", "CHILD_ACTS")
#: A fuzzy keyword shorter than this matches too many ordinary words ("kill" ~ "will", "choked" ~ "cooked").
MIN_FUZZY_LEN = {0: 7, 1: 5, 2: 7}
#: Sets computed when the rules are loaded, never written in rules.yml. YEARS_AGO2: every year two or more years
#: before the current one ("away from him since 2021" in 2026 is over; "since 2025" is not yet), so the cut-off
#: moves with the calendar instead of a fixed list that goes stale.
COMPUTED_SETS = ("YEARS_AGO2",)
#: The earliest year in YEARS_AGO2.
FIRST_YEAR = 1950


def computed_sets(today: Optional[datetime.date] = None) -> Dict[str, FrozenSet[str]]:
    """The load-time sets for ``today`` (default: the current date)."""
    year = (today or datetime.date.today()).year
    return {"YEARS_AGO2": frozenset(str(y) for y in range(FIRST_YEAR, year - 1))}


#: Words that end a sentence wherever they stand (the sentencizer splits after them).
_SENTENCE_END_WORDS = frozenset({".", "!", "?"})
#: One pattern string may expand into at most this many spaCy patterns (guards against typo explosions).
MAX_EXPANSION = 128
#: A pattern whose "{n,m}" ranges let spaCy hold more than this many equal partial matches from one start word is
#: handed to spaCy unrolled, its widest ranges as runs of at most RANGE_CHUNK - 1 optional copies (``_unroll_ranges``).
MAX_EQUAL_PARTIALS = 128
RANGE_CHUNK = 3

TokenSpec = Dict[str, Any]
Pattern = List[TokenSpec]


class RuleError(ValueError):
    """rules.yml breaks the schema described at its top."""


@dataclass(frozen=True)
class Rule:
    """One reviewed rule: a signal (points at a category), a cue (imminence) or context (changes reading)."""

    id: str
    group: str  # "signal" | "cue" | "context"
    patterns: Tuple[str, ...] = ()
    phrases: Tuple[str, ...] = ()
    # signals
    category: Optional[str] = None  # None: a check-in that points at no category
    level: str = "crisis"  # "crisis" | "check_in" | "latent" (counts only when escalate_with cues are near)
    imminent: Optional[str] = None  # cue kind the words themselves carry, e.g. "means"
    negatable: bool = True
    topic: bool = False
    past: Optional[str] = None
    play: Optional[str] = None
    resolve: Optional[str] = None
    by_subject: Mapping[str, Outcome] = field(default_factory=dict)
    overrides: FrozenSet[str] = frozenset()
    escalate_with: FrozenSet[str] = frozenset()
    outranks: FrozenSet[str] = frozenset()
    idiom: str = "none"
    lang: str = "en"
    # cues and context
    cue: Optional[str] = None
    role: Optional[str] = None


@dataclass(frozen=True)
class RuleBook:
    """Everything in rules.yml, validated, with patterns compiled for spaCy."""

    sets: Mapping[str, FrozenSet[str]]
    rules: Mapping[str, Rule]
    compiled: Mapping[str, Tuple[Pattern, ...]]
    fuzzy_exclude: FrozenSet[str] = frozenset()

    def of_group(self, group: str) -> List[Rule]:
        return [r for r in self.rules.values() if r.group == group]


# --------------------------------------------------------------------------------------------- mini-language
_QUANT = re.compile(r"^(?P<body>.+?)(?P<op>\?|\*|\+|\{\d*,\d*\})?$")


def _split_top(pattern: str) -> List[str]:
    """Split on spaces, keeping ``( ... )`` groups (and a trailing ``?``) as one element."""
    parts: List[str] = []
    buf: List[str] = []
    depth = 0
    for ch in pattern:
        if ch == "(" and depth == 0 and not buf:
            depth = 1
            buf.append(ch)
        elif ch == "(" and depth:
            raise RuleError(f"nested groups are not supported: {pattern!r}")
        elif ch == ")" and depth:
            depth = 0
            buf.append(ch)
        elif ch == " " and not depth:
            if buf:
                parts.append("".join(buf))
                buf = []
        else:
            buf.append(ch)
    if depth:
        raise RuleError(f"unclosed group: {pattern!r}")
    if buf:
        parts.append("".join(buf))
    return parts


class _Compiler:
    def __init__(self, sets: Mapping[str, FrozenSet[str]], fuzzy_exclude: FrozenSet[str] = frozenset(),
                 exceptions: Optional[Mapping[str, FrozenSet[str]]] = None) -> None:
        self.sets = sets
        self.exceptions = exceptions or {}
        self.fuzzy_exclude = sorted(fuzzy_exclude)
        persons = set(sets["CHILD"]) | set(sets["ADULT"]) | {
            "i", "me", "he", "she", "him", "her", "they", "them", "we", "us", "you", "it"}
        self.gap = sorted(set(sets["NEG"]) | set(sets["HARD"]) | {","})
        # What no gap crosses: the sentencizer's ends, and a line break or ";" as well.
        self.sentence_ends = sorted(_SENTENCE_END_WORDS | {"\n", ";"})
        self.gap_np = sorted(set(self.gap) | persons)
        # "_na": a gap that no other doer crosses ("i lost it and shoved my son" but not "i heard the neighbor
        # hitting his kids"): no adult noun and no third-person subject.
        self.gap_na = sorted(set(self.gap) | set(sets["ADULT"]) | {"he", "she", "they", "we", "you"})

    def pattern(self, text: str, rule_id: str) -> List[Pattern]:
        choices: List[List[Pattern]] = []
        # Indexes in `choices` of a bare "!list" token, for _anchor_exclusions.
        exclusions: List[int] = []
        for part in _split_top(text.strip()):
            if part.startswith("!") and len(part) > 1 and not _QUANT.match(part).group("op"):
                exclusions.append(len(choices))
            if part.startswith("^(") and " " not in part and part.rstrip("?").endswith(")"):
                # "^(kill|shoot)": one word from a list, at the start of a sentence.
                optional = part.endswith("?")
                inner = part[2:-2] if optional else part[2:-1]
                choices.append([[spec] for spec in self.token("^" + inner + ("?" if optional else ""), rule_id)])
                continue
            if part.startswith("("):
                optional = part.endswith("?")
                inner = part[1:-2] if optional else part[1:-1]
                if not part.endswith(")") and not optional:
                    raise RuleError(f"{rule_id}: bad group {part!r}")
                if " " not in inner:
                    # "(@hit|beat)" or "($CHILD|him)": one word from a list, same as without parentheses.
                    words = inner.split("|")
                    if words[0].startswith("^") and not all(w.startswith("^") for w in words):
                        # "(^a|b)" reaches ``token`` as "^a|b", which reads as "^(a|b)": every word at the start.
                        raise RuleError(f"{rule_id}: {part!r}: write '^(...)' for every word at a sentence start, "
                                        "or mark each word that must be, putting an unmarked one first")
                    choices.append([[spec] for spec in self.token(inner + ("?" if optional else ""), rule_id)])
                    continue
                alts: List[Pattern] = []
                for alt in inner.split("|"):
                    words = alt.split()
                    if not words:
                        raise RuleError(f"{rule_id}: empty alternative in {part!r}")
                    for seq in itertools.product(*(self.token(w, rule_id) for w in words)):
                        alts.append([spec for spec in seq])
                alts = _merge_single_words(alts)
                if optional:
                    alts.append([])
                choices.append(alts)
            else:
                choices.append([[spec] for spec in self.token(part, rule_id)])
        for index in reversed(exclusions):
            _anchor_exclusion(choices, index, text, rule_id)
        out = [[spec for piece in combo for spec in piece] for combo in itertools.product(*choices)]
        if len(out) > MAX_EXPANSION:
            raise RuleError(f"{rule_id}: {text!r} expands to {len(out)} patterns (max {MAX_EXPANSION})")
        for pat in out:
            if not any(spec.get("OP") in (None, "+") for spec in pat):
                raise RuleError(f"{rule_id}: {text!r} can match nothing at all")
            for spec in pat[:-1]:
                # Each sentence is matched on its own (detector._units), so a sentence end that must be matched
                # before the pattern's last word can never be: "^shoot $FULL_STOP me $FULL_STOP" never matched.
                low = spec.get("LOWER")
                words = {low} if isinstance(low, str) else set(low.get("IN", ())) if isinstance(low, dict) else set()
                if words and words <= _SENTENCE_END_WORDS and spec.get("OP") not in ("?", "*"):
                    raise RuleError(f"{rule_id}: {text!r} needs a sentence end before its last word; no pattern "
                                    "crosses a sentence end (write a latent signal and a cue instead)")
        return [unrolled for pat in out for unrolled in _unroll_ranges(pat, rule_id)]

    def token(self, raw: str, rule_id: str) -> List[TokenSpec]:
        """One written token -> one or more spaCy token specs (several when fuzzy words are mixed in)."""
        m = _QUANT.match(raw)
        assert m is not None
        body, op = m.group("body"), m.group("op")
        if raw.startswith("/") and raw.endswith("/") and len(raw) > 2:
            body, op = raw, None
        if ("(" in body or ")" in body) and not body.startswith("/"):
            raise RuleError(f"{rule_id}: a group must be a whole word: {raw!r}")
        specs: List[TokenSpec]
        sent_start = body.startswith("^") and len(body) > 1
        if sent_start:
            body = body[1:]
        if body == "_":
            specs = [{"LOWER": {"NOT_IN": self.gap}}]
        elif body == "_any":
            specs = [{"LOWER": {"NOT_IN": self.sentence_ends}}]
        elif body == "_np":
            specs = [{"LOWER": {"NOT_IN": self.gap_np}}]
        elif body == "_na":
            specs = [{"LOWER": {"NOT_IN": self.gap_na}}]
        elif body.startswith("!") and len(body) > 1:
            # "!'s": the next word must not be one of these ("slapped my son !'s" leaves out "my son's hand");
            # "!$NAME|word": the words of an `exceptions:` list too, so that one list of exceptions is written once.
            excluded: List[str] = []
            for item in body[1:].split("|"):
                if item.startswith("$"):
                    if item[1:] not in self.exceptions:
                        raise RuleError(f"{rule_id}: unknown exceptions list {item}")
                    excluded.extend(self.exceptions[item[1:]])
                else:
                    excluded.append(item)
            specs = [{"LOWER": {"NOT_IN": sorted(excluded)}}]
        elif body == "#num":
            specs = [{"LIKE_NUM": True}]
        elif body.startswith("/") and body.endswith("/"):
            re.compile(body[1:-1])
            specs = [{"LOWER": {"REGEX": body[1:-1]}}]
        else:
            # "@a|b" makes every plain word a lemma; "$SET" and "~fuzzy" items keep their own meaning.
            by_lemma = body.startswith("@")
            literals: List[str] = []
            lemmas: List[str] = []
            starts: List[str] = []
            specs = []
            for item in (body[1:] if by_lemma else body).split("|"):
                if sent_start and item.startswith("^"):
                    # "(^she|^he)": the whole group is already at the start of a sentence. Read as a literal, "^he"
                    # was a word no message holds, so only the first word of such a group ever matched (until the
                    # seventeenth round).
                    item = item[1:]
                if not item:
                    raise RuleError(f"{rule_id}: empty alternative in {raw!r}")
                if item == "#num":
                    # "(#num|two|three)": a number among words. Read as a literal it never matched ("#num" is
                    # not a word a message can hold), which left such patterns silent until the fifteenth round.
                    specs.append({"LIKE_NUM": True})
                    continue
                if _is_mini_language(item):
                    # Read as a literal it would be one no message holds: write it on its own.
                    raise RuleError(f"{rule_id}: {item!r} can not be one of a group's words in {raw!r}")
                if by_lemma and not item.startswith(("$", "~", "%")):
                    _check_literal(item, rule_id)
                    lemmas.append(item)
                elif item.startswith("$"):
                    name = item[1:]
                    if name not in self.sets:
                        raise RuleError(f"{rule_id}: unknown set ${name}")
                    literals.extend(sorted(self.sets[name]))
                elif item.startswith("%"):
                    # "%HURT": any inflection of the set's words (its words are lemmas: "hit" covers "hits").
                    name = item[1:]
                    if name not in self.sets:
                        raise RuleError(f"{rule_id}: unknown set %{name}")
                    lemmas.extend(sorted(self.sets[name]))
                elif item.startswith("~"):
                    edits = int(item[1]) if item[1:2].isdigit() else 0
                    word = item[2:] if edits else item[1:]
                    if len(word) < MIN_FUZZY_LEN[edits]:
                        raise RuleError(f"{rule_id}: {item!r} is too short for a fuzzy match")
                    op_name = f"FUZZY{edits}" if edits else "FUZZY"
                    pred: Dict[str, Any] = {op_name: word}
                    if self.fuzzy_exclude:
                        pred["NOT_IN"] = self.fuzzy_exclude
                    specs.append({"LOWER": pred})
                elif item.startswith("^") and len(item) > 1 and not sent_start:
                    # "(i|^going)": this one word only at the start of a sentence, the others anywhere.
                    _check_literal(item[1:], rule_id)
                    starts.append(item[1:])
                else:
                    _check_literal(item, rule_id)
                    literals.append(item)
            if starts:
                uniq = sorted(set(starts))
                specs.append({"LOWER": {"IN": uniq} if len(uniq) > 1 else uniq[0], "IS_SENT_START": True})
            if lemmas:
                uniq = sorted(set(lemmas))
                specs.append({"LEMMA": {"IN": uniq}} if len(uniq) > 1 else {"LEMMA": uniq[0]})
            if literals:
                uniq = sorted(set(literals))
                specs.append({"LOWER": {"IN": uniq}} if len(uniq) > 1 else {"LOWER": uniq[0]})
        if sent_start:
            specs = [dict(spec, IS_SENT_START=True) for spec in specs]
        if op:
            specs = [dict(spec, OP=op) for spec in specs]
        return specs


_RANGE = re.compile(r"^\{(\d*),(\d+)\}$")


def _range_bounds(spec: TokenSpec) -> Optional[Tuple[int, int]]:
    """(n, m) for a word written "{n,m}" (or "{,m}"), else None."""
    op = spec.get("OP")
    m = _RANGE.match(op) if isinstance(op, str) and op.startswith("{") else None
    return (int(m.group(1) or 0), int(m.group(2))) if m else None


def _equal_partials_of_width(width: int) -> int:
    # spaCy writes "{n,m}" as m - n optional copies; k words taken by any k of them: at most C(w+1, (w+1)//2) ways.
    return math.comb(width + 1, (width + 1) // 2)


def equal_partials(pattern: Pattern) -> int:
    """At most how many equal partial matches spaCy keeps for ``pattern`` from one start word (its "{n,m}" ranges;
    each optional copy that may take a word doubles the ways, and spaCy does not merge equal states)."""
    total = 1
    for spec in pattern:
        bounds = _range_bounds(spec)
        if bounds is not None:
            total *= _equal_partials_of_width(bounds[1] - bounds[0])
    return total


def _unroll_ranges(pattern: Pattern, rule_id: str) -> List[Pattern]:
    """The same matches as ``pattern``, as patterns that keep at most MAX_EQUAL_PARTIALS equal partial matches.

    spaCy turns "{0,14}" into 14 optional copies and keeps every way of choosing which copies took a word, without
    merging equal states: a gap of 14 then one of 16 ("_any{0,14} goodbye _any{0,16} gone") held millions of
    partial matches, and one 300-character message took 89 seconds. The widest ranges, until the pattern is within
    the bound, are written instead as one pattern per block of RANGE_CHUNK lengths: exactly n + q*RANGE_CHUNK
    copies, then at most RANGE_CHUNK - 1 optional ones. Together they match exactly the lengths n..m. Patterns
    within the bound are left as written: unrolling every range would add thousands of patterns and seconds of
    start-up.
    """
    bound = equal_partials(pattern)
    if bound <= MAX_EQUAL_PARTIALS:
        return [pattern]
    ranges = {i: bounds for i, bounds in enumerate(map(_range_bounds, pattern)) if bounds is not None}
    unroll = set()
    for i in sorted(ranges, key=lambda i: ranges[i][0] - ranges[i][1]):  # widest first
        width = ranges[i][1] - ranges[i][0]
        if bound <= MAX_EQUAL_PARTIALS or width < RANGE_CHUNK:
            break
        bound = bound // _equal_partials_of_width(width) * _equal_partials_of_width(RANGE_CHUNK - 1)
        unroll.add(i)
    if bound > MAX_EQUAL_PARTIALS:
        raise RuleError(f"{rule_id}: a pattern with this many gaps makes spaCy keep {bound} equal partial matches "
                        f"(max {MAX_EQUAL_PARTIALS}): write fewer or narrower gaps")
    choices: List[List[Pattern]] = []
    for i, spec in enumerate(pattern):
        if i not in unroll:
            choices.append([[spec]])
            continue
        low, high = ranges[i]
        word = {key: value for key, value in spec.items() if key != "OP"}
        blocks: List[Pattern] = []
        for fixed in range(low, high + 1, RANGE_CHUNK):
            spare = min(RANGE_CHUNK - 1, high - fixed)
            blocks.append([dict(word) for _ in range(fixed)] + ([dict(word, OP=f"{{0,{spare}}}")] if spare else []))
        choices.append(blocks)
    return [[spec for block in combo for spec in block] for combo in itertools.product(*choices)]


def _anchor_exclusion(choices: List[List[Pattern]], index: int, text: str, rule_id: str) -> None:
    """Make "x? !list" mean "x, then a word not in the list" also when x is in the message.

    Without this, the matcher may skip the optional x and let x itself fill the "!" slot, so "of (my|his)?
    !water|juice" matched "drank the whole bottle of my juice" and "(now)? !but" read "divorced 3 years now but he
    came back" as over. The optional choice and the "!" token become one choice: x followed by the "!" word, or
    no x and a "!" word that is none of x's words either. Optional words the exclusion cannot name (a fuzzy word, a
    regular expression) are refused: write the pattern out twice instead.
    """
    if index == 0:
        return
    before, bang = choices[index - 1], choices[index]
    if not _is_optional(before):
        return
    if len(bang) != 1 or len(bang[0]) != 1:
        raise RuleError(f"{rule_id}: unexpected '!' token in {text!r}")
    if any(_is_gap(alt) for alt in before):
        return
    if index >= 2 and _is_optional(choices[index - 2]) and not any(_is_gap(a) for a in choices[index - 2]):
        raise RuleError(f"{rule_id}: two optional words before a '!' list in {text!r}: write the pattern out")
    negation = dict(bang[0][0])
    lowers: List[str] = list(negation["LOWER"]["NOT_IN"])
    lemmas: List[str] = []
    merged: List[Pattern] = []
    single_word = not any(not alt for alt in before)  # "x?" rather than "(x y|z)?"
    for alt in before:
        if not alt:
            continue
        if single_word and alt[0].get("OP") != "?":
            raise RuleError(f"{rule_id}: a repeated word before a '!' list in {text!r}: write the pattern out")
        first = {key: value for key, value in alt[0].items() if key != "OP"} if single_word else alt[0]
        merged.append([first] + alt[1:] + [negation])
        lower, lemma = first.get("LOWER"), first.get("LEMMA")
        extra = set(first) - {"LOWER", "LEMMA", "IS_SENT_START"}
        if extra or (lower is None and lemma is None):
            raise RuleError(f"{rule_id}: an optional {sorted(first)} word before a '!' list cannot be excluded "
                            f"from it in {text!r}: write the pattern out")
        for value, into in ((lower, lowers), (lemma, lemmas)):
            if isinstance(value, str):
                into.append(value)
            elif isinstance(value, dict) and set(value) == {"IN"}:
                into.extend(value["IN"])
            elif value is not None:
                raise RuleError(f"{rule_id}: an optional word {value!r} before a '!' list cannot be excluded "
                                f"from it in {text!r}: write the pattern out")
    skipped: TokenSpec = {"LOWER": {"NOT_IN": sorted(set(lowers))}}
    if lemmas:
        skipped["LEMMA"] = {"NOT_IN": sorted(set(lemmas))}
    merged.append([skipped])
    choices[index - 1: index + 1] = [merged]


def _is_optional(choice: List[Pattern]) -> bool:
    """A choice that may match no word: an optional group or an optional single word."""
    return any(not alt or (len(alt) == 1 and _may_be_absent(alt[0].get("OP"))) for alt in choice)


def _may_be_absent(op: Optional[str]) -> bool:
    return op in ("?", "*") or (op is not None and op.startswith(("{0,", "{,")))


def _is_gap(alt: Pattern) -> bool:
    """A gap word ("_", "_np", ...): any word but a few, which a "!" after it does not need anchored."""
    return len(alt) == 1 and set(alt[0]) - {"OP"} == {"LOWER"} and set(alt[0]["LOWER"]) == {"NOT_IN"}


def _merge_single_words(alts: List[Pattern]) -> List[Pattern]:
    """Fold one-word alternatives of a group into one ``IN`` spec, so that groups do not multiply patterns."""
    words: List[str] = []
    rest: List[Pattern] = []
    for alt in alts:
        spec = alt[0] if len(alt) == 1 else None
        lower = spec.get("LOWER") if spec is not None and set(spec) == {"LOWER"} else None
        if isinstance(lower, str):
            words.append(lower)
        elif isinstance(lower, dict) and set(lower) == {"IN"}:
            words.extend(lower["IN"])
        else:
            rest.append(alt)
    if words:
        uniq = sorted(set(words))
        rest.insert(0, [{"LOWER": {"IN": uniq}} if len(uniq) > 1 else {"LOWER": uniq[0]}])
    return rest


@lru_cache(maxsize=None)
def _is_normal(word: str) -> bool:
    return word == word.lower() and normalize(word) == word


def _is_mini_language(item: str) -> bool:
    """A lemma, a gap, a "!" list, a "#" token or a regular expression: syntax that means something only alone."""
    return item.startswith("@") or item in ("_", "_any", "_np", "_na") or (len(item) > 1 and item[0] in "#!") \
        or (len(item) > 2 and item[0] == item[-1] == "/")


def _check_literal(word: str, rule_id: str) -> None:
    if not _is_normal(word):
        raise RuleError(f"{rule_id}: {word!r} never occurs in normalised text (write {normalize(word)!r})")


# ---------------------------------------------------------------------------------------------------- loading
def _as_tuple(value: Any, what: str, rule_id: str) -> Tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise RuleError(f"{rule_id}: {what} must be a list of non-empty strings")
    return tuple(value)


_SIGNAL_KEYS = {"id", "category", "level", "imminent", "negatable", "topic", "past", "play", "resolve",
                "by_subject", "overrides", "escalate_with", "outranks", "idiom", "lang", "patterns", "phrases"}
_CUE_KEYS = {"id", "cue", "patterns", "phrases"}
_CONTEXT_KEYS = {"id", "role", "patterns", "phrases"}


def _signal(raw: Mapping[str, Any]) -> Rule:
    rid = raw["id"]
    unknown = set(raw) - _SIGNAL_KEYS
    if unknown:
        raise RuleError(f"{rid}: unknown keys {sorted(unknown)}")
    category = raw.get("category")
    if category == "none":
        category = None
    if category is not None and category not in CATEGORIES:
        raise RuleError(f"{rid}: unknown category {category!r}")
    level = raw.get("level", "crisis")
    if level not in ("crisis", "check_in", "latent"):
        raise RuleError(f"{rid}: level must be crisis, check_in or latent")
    if level in ("crisis", "latent") and category is None:
        raise RuleError(f"{rid}: a {level} rule needs a category")
    if level == "latent" and not raw.get("escalate_with"):
        raise RuleError(f"{rid}: a latent rule needs escalate_with")
    idiom = raw.get("idiom", "none")
    if idiom not in ("none", "check_in"):
        raise RuleError(f"{rid}: idiom must be none or check_in")
    imminent = raw.get("imminent", False)
    if imminent is True:
        imminent = "stated"
    if imminent not in (False, "stated") and imminent not in CUE_KINDS:
        raise RuleError(f"{rid}: imminent must be false, true or a cue kind")
    past = raw.get("past")
    if past not in (None, "none", "check_in", "keep"):
        raise RuleError(f"{rid}: past must be none, check_in or keep")
    play = raw.get("play")
    if play not in (None, "none", "check_in", "keep"):
        raise RuleError(f"{rid}: play must be none, check_in or keep")
    resolve = raw.get("resolve")
    by_subject: Dict[str, Outcome] = {}
    if resolve is not None:
        if resolve not in ("subject", "object", "object_adult_first"):
            raise RuleError(f"{rid}: resolve must be subject, object or object_adult_first")
        mapping = dict(raw.get("by_subject") or {})
        if not set(SUBJECT_CLASSES) <= set(mapping) <= set(SUBJECT_CLASSES + OPTIONAL_SUBJECT_CLASSES):
            raise RuleError(f"{rid}: by_subject must map {SUBJECT_CLASSES} (and may map fragment)")
        mapping.setdefault("fragment", mapping["unknown"])
        try:
            by_subject = {k: parse_outcome(v) for k, v in mapping.items()}
        except ValueError as exc:
            raise RuleError(f"{rid}: {exc}") from None
    elif raw.get("by_subject"):
        raise RuleError(f"{rid}: by_subject needs resolve")
    escalate_with = frozenset(_as_tuple(raw.get("escalate_with"), "escalate_with", rid))
    if escalate_with - set(CUE_KINDS):
        raise RuleError(f"{rid}: escalate_with must list cue kinds {CUE_KINDS}")
    lang = raw.get("lang", "en")
    if lang not in ("en", "es"):
        raise RuleError(f"{rid}: lang must be en or es")
    return Rule(
        id=rid, group="signal", patterns=_as_tuple(raw.get("patterns"), "patterns", rid),
        phrases=_as_tuple(raw.get("phrases"), "phrases", rid), category=category, level=level,
        imminent=imminent or None, negatable=bool(raw.get("negatable", True)), topic=bool(raw.get("topic", False)),
        past=past, play=play, resolve=resolve, by_subject=by_subject,
        overrides=frozenset(_as_tuple(raw.get("overrides"), "overrides", rid)), escalate_with=escalate_with,
        outranks=frozenset(_as_tuple(raw.get("outranks"), "outranks", rid)), idiom=idiom, lang=lang,
    )


def _tagged(raw: Mapping[str, Any], group: str, key: str, allowed_keys: Any, allowed_values: Any) -> Rule:
    """A cue (imminence) or context rule: patterns and phrases tagged with one kind from a fixed set."""
    rid = raw["id"]
    if set(raw) - allowed_keys:
        raise RuleError(f"{rid}: unknown keys {sorted(set(raw) - allowed_keys)}")
    if raw.get(key) not in allowed_values:
        raise RuleError(f"{rid}: {key} must be one of {allowed_values}")
    return Rule(id=rid, group=group, patterns=_as_tuple(raw.get("patterns"), "patterns", rid),
                phrases=_as_tuple(raw.get("phrases"), "phrases", rid), **{key: raw[key]})


def _cue(raw: Mapping[str, Any]) -> Rule:
    return _tagged(raw, "cue", "cue", _CUE_KEYS, CUE_KINDS)


def _context(raw: Mapping[str, Any]) -> Rule:
    return _tagged(raw, "context", "role", _CONTEXT_KEYS, CONTEXT_ROLES)


def _word_lists(raw: Mapping[str, Any], kind: str) -> Dict[str, FrozenSet[str]]:
    """Named lists of words from the YAML, each non-empty and every item a string."""
    lists: Dict[str, FrozenSet[str]] = {}
    for name, words in raw.items():
        if not isinstance(words, list) or not words:
            raise RuleError(f"{kind} {name} must be a non-empty list")
        for w in words:
            # YAML reads a bare no/yes/on/off as a boolean: such words must be quoted.
            if not isinstance(w, str):
                raise RuleError(f"{kind} {name}: {w!r} is not a word (quote it in YAML)")
        lists[name] = frozenset(words)
    return lists


def parse_rulebook(data: Mapping[str, Any], today: Optional[datetime.date] = None) -> RuleBook:
    """Validate the parsed YAML and compile every pattern; raise RuleError on the first problem. ``today`` sets
    the load-time sets (COMPUTED_SETS); the current date when not given."""
    if data.get("version") != 1:
        raise RuleError("rules.yml: version must be 1")
    sets = _word_lists(data.get("sets") or {}, "set")
    # Word lists used only after "!" (words a pattern must not be followed by). Kept apart from `sets` because
    # every set word is also a word misspellings are repaired towards (detector._rule_words); these are not.
    exceptions = _word_lists(data.get("exceptions") or {}, "exceptions list")
    clash = [s for s in COMPUTED_SETS if s in sets]
    if clash:
        raise RuleError(f"rules.yml: sets {clash} are computed at load time and may not be written")
    sets.update(computed_sets(today))
    missing = [s for s in REQUIRED_SETS if s not in sets]
    if missing:
        raise RuleError(f"rules.yml: missing sets {missing}")
    rules: Dict[str, Rule] = {}
    for group, maker in (("signals", _signal), ("cues", _cue), ("context", _context)):
        for raw in data.get(group) or []:
            if not isinstance(raw, dict) or not isinstance(raw.get("id"), str):
                raise RuleError(f"{group}: every rule needs an id")
            rule = maker(raw)
            if rule.id in rules:
                raise RuleError(f"duplicate rule id {rule.id}")
            if not rule.patterns and not rule.phrases:
                raise RuleError(f"{rule.id}: needs patterns or phrases")
            rules[rule.id] = rule
    for rule in rules.values():
        for target in rule.overrides | rule.outranks:
            if target not in rules or rules[target].group != "signal":
                raise RuleError(f"{rule.id}: overrides/outranks unknown signal {target}")
    exclude = data.get("fuzzy_exclude") or []
    if not isinstance(exclude, list) or not all(isinstance(w, str) for w in exclude):
        raise RuleError("fuzzy_exclude must be a list of words")
    compiler = _Compiler(sets, frozenset(exclude), exceptions)
    compiled = {
        rule.id: tuple(p for text in rule.patterns for p in compiler.pattern(text, rule.id))
        for rule in rules.values()
    }
    return RuleBook(sets=sets, rules=rules, compiled=compiled, fuzzy_exclude=frozenset(exclude))


def load_rulebook(path: Path = RULES_PATH) -> RuleBook:
    """Read and compile a rules file (the default one is cached by ``default_rulebook``)."""
    with open(path, encoding="utf-8") as fh:
        # libyaml's loader when present: the same safe loading, several times faster.
        data = yaml.load(fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    if not isinstance(data, dict):
        raise RuleError(f"{path}: not a mapping")
    return parse_rulebook(data)


@lru_cache(maxsize=1)
def default_rulebook() -> RuleBook:
    return load_rulebook(RULES_PATH)


def fuzzy_terms(book: RuleBook) -> List[Tuple[str, str, int]]:
    """Every (rule id, word, max edits or -1 for spaCy's default) used with FUZZY, for review and tests."""
    out: List[Tuple[str, str, int]] = []
    for rid, patterns in book.compiled.items():
        for pat in patterns:
            for spec in pat:
                lower = spec.get("LOWER")
                if isinstance(lower, dict):
                    for op, word in lower.items():
                        if op.startswith("FUZZY") and isinstance(word, str):
                            edits = int(op[5:]) if op[5:] else -1
                            item = (rid, word, edits)
                            if item not in out:
                                out.append(item)
    return out

