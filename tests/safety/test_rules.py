"""rules.yml: it loads, its ids are unique, its patterns are valid spaCy patterns, the pattern
mini-language compiles as documented, fuzzy keywords do not swallow ordinary words, and the speed-up
(prefilter gates) never changes which rules match."""
from __future__ import annotations

import copy
import gzip
import json
import os
from typing import Any, Dict, List

import pytest
import spacy
import yaml
from spacy.matcher import Matcher
from spacy.matcher.levenshtein import levenshtein_compare

from bot.safety.detector import get_detector, longest_per_rule
from bot.safety.policy import CATEGORIES, CUE_KINDS
from bot.safety import rules
from bot.safety.rules import (MAX_EQUAL_PARTIALS, RULES_PATH, RuleError, default_rulebook, equal_partials,
                              fuzzy_terms, parse_rulebook)


@pytest.fixture(scope="module")
def raw() -> Dict[str, Any]:
    with open(RULES_PATH, encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def _ids(data: Dict[str, Any]) -> List[str]:
    return [r["id"] for group in ("signals", "cues", "context") for r in data.get(group) or []]


def test_rules_yaml_loads_and_every_rule_id_is_unique(raw: Dict[str, Any]) -> None:
    ids = _ids(raw)
    assert len(ids) == len(set(ids)), sorted({i for i in ids if ids.count(i) > 1})
    book = default_rulebook()
    assert set(book.rules) == set(ids)
    assert all(book.compiled[r] or book.rules[r].phrases for r in ids)


def test_a_duplicated_id_is_refused(raw: Dict[str, Any]) -> None:
    data = copy.deepcopy(raw)
    data["signals"].append(copy.deepcopy(data["signals"][0]))
    with pytest.raises(RuleError, match="duplicate rule id"):
        parse_rulebook(data)


@pytest.mark.parametrize("mutate, message", [
    (lambda d: d["sets"]["NEG"].append(False), "quote it"),  # a bare `no` in YAML
    (lambda d: d["signals"][0]["patterns"].append("i don't want"), "never occurs in normalised text"),
    (lambda d: d["signals"][0]["patterns"].append("~kill"), "too short for a fuzzy"),
    (lambda d: d["signals"][0].update(category="suicide"), "unknown category"),
    (lambda d: d["signals"][0].update(overrides=["no.such.rule"]), "unknown signal"),
    (lambda d: d["signals"][0]["patterns"].append("$NOSUCHSET"), "unknown set"),
    (lambda d: d["signals"][0]["patterns"].append("a|(b c)"), "whole word"),
    (lambda d: d["signals"][0]["patterns"].append("i am !$NOSUCHLIST"), "unknown exceptions list"),
    # Written among a group's words, these would be literals that no message holds.
    (lambda d: d["signals"][0]["patterns"].append("(hit|@beat) him"), "one of a group's words"),
    (lambda d: d["signals"][0]["patterns"].append("(@hit|@beat) him"), "one of a group's words"),
    (lambda d: d["signals"][0]["patterns"].append("(ran|_any) off"), "one of a group's words"),
    (lambda d: d["signals"][0]["patterns"].append("(ran|!off) off"), "one of a group's words"),
    (lambda d: d["signals"][0]["patterns"].append("^shoot . me"), "crosses a sentence end"),
], ids=["yaml-boolean", "unnormalised-literal", "short-fuzzy", "bad-category", "bad-override", "bad-set",
        "broken-group", "bad-exceptions-list", "lemma-in-group", "second-lemma-in-group", "gap-in-group",
        "bang-in-group", "across-sentences"])
def test_reviewer_mistakes_are_refused(raw: Dict[str, Any], mutate, message: str) -> None:
    data = copy.deepcopy(raw)
    mutate(data)
    with pytest.raises(RuleError, match=message):
        parse_rulebook(data)


def test_every_category_has_crisis_signals_and_every_cue_kind_is_used() -> None:
    book = default_rulebook()
    signals = book.of_group("signal")
    for category in CATEGORIES:
        assert any(r.category == category and r.level == "crisis" for r in signals), category
    assert {r.cue for r in book.of_group("cue")} == set(CUE_KINDS)
    assert any(r.lang == "es" and r.category == "suicide_self_harm" for r in signals)


def test_all_patterns_pass_spacy_schema_validation(ungated_matchers: List[Matcher]) -> None:
    """The fixture adds every rule's patterns to Matchers built with validate=True: spaCy checks each pattern
    against its schema there and raises on the first that fails (one pass for both uses; each took ~2 minutes)."""
    assert len(ungated_matchers) == sum(1 for patterns in default_rulebook().compiled.values() if patterns)


def test_no_pattern_makes_spacy_keep_more_equal_partial_matches_than_the_bound() -> None:
    """Wide gaps are unrolled at load time (rules._unroll_ranges): a pattern with gaps of 14 and 16 words once held
    millions of equal partial matches and took 89 s on one 300-character message."""
    worst = max((equal_partials(p), rule_id) for rule_id, ps in default_rulebook().compiled.items() for p in ps)
    assert worst[0] <= MAX_EQUAL_PARTIALS, worst


_NLP = spacy.blank("en")


def _matcher(patterns: List[List[Dict[str, Any]]]) -> Matcher:
    matcher = Matcher(_NLP.vocab, validate=True)
    matcher.add("t", patterns)
    return matcher


@pytest.mark.parametrize("pattern", ["note _any{0,7} goodbye _any{0,9} gone", "note _any{2,9} gone",
                                     "(left|wrote) a? note _{0,5} goodbye _np{1,8} gone"])
def test_unrolled_ranges_match_exactly_what_the_ranges_match(pattern: str, monkeypatch) -> None:
    """Every span (not only the longest) the written ranges match, and no other, for gaps of every length around
    the bounds. With the bound at 27 every gap here is unrolled (each alone is wider), and the reference is the
    pattern as written (bound lifted)."""
    data = {"version": 1, "sets": _MINIMAL_SETS,
            "signals": [{"id": "t.gap", "category": "child_suicidal", "patterns": [pattern]}]}
    monkeypatch.setattr(rules, "MAX_EQUAL_PARTIALS", 10 ** 9)
    written = list(parse_rulebook(data).compiled["t.gap"])
    monkeypatch.setattr(rules, "MAX_EQUAL_PARTIALS", 27)
    unrolled = list(parse_rulebook(data).compiled["t.gap"])
    assert len(unrolled) > len(written)
    reference, fast = _matcher(written), _matcher(unrolled)
    assert all(not p.get("OP", "").startswith("{") or p["OP"] in ("{0,1}", "{0,2}") for u in unrolled for p in u)
    for first in (0, 1, 2, 3, 5, 7, 8, 9, 10):
        for second in (0, 1, 4, 8, 9, 10):
            words = " ".join(f"w{i}" for i in range(first))
            more = " ".join(f"x{i}" for i in range(second))
            for text in (f"i left a note {words} goodbye {more} gone gone",
                         f"note {words} gone . note goodbye {more} gone",
                         f"wrote note {words} goodbye goodbye {more} gone"):
                doc = _NLP(text)
                assert {m[1:] for m in fast(doc)} == {m[1:] for m in reference(doc)}, (pattern, text)


def test_a_pattern_too_many_narrow_gaps_would_slow_is_refused() -> None:
    data = {"version": 1, "sets": _MINIMAL_SETS,
            "signals": [{"id": "t.gaps", "category": "child_medical",
                         "patterns": ["a _{0,2} b _{0,2} c _{0,2} d _{0,2} e _{0,2} f"]}]}
    with pytest.raises(RuleError, match="equal partial matches"):
        parse_rulebook(data)


def test_mini_language_compiles_as_documented() -> None:
    data = {"version": 1, "sets": {"NEG": ["not"], "HARD": ["."], "SOFT": [","], "CHILD": ["baby"],
                                   "ADULT": ["ex"], "EOS": ["."], "CHILD_CONTEXT": ["crib"],
                                   "CHILD_ACTS": ["crying"]},
            "signals": [{"id": "t.one", "category": "harm_to_child_fear",
                         "patterns": ["i _{0,2} (going to|will) @hurt|shake $CHILD !'s"]},
                        {"id": "t.two", "category": "suicide_self_harm", "patterns": ["^(kill|end) ~suicide?"]}]}
    book = parse_rulebook(data)
    one = book.compiled["t.one"]
    assert len(one) == 2  # "going to" and "will"
    assert one[0] == [{"LOWER": "i"}, {"LOWER": {"NOT_IN": [",", ".", "not"]}, "OP": "{0,2}"}, {"LOWER": "will"},
                      {"LEMMA": {"IN": ["hurt", "shake"]}}, {"LOWER": "baby"}, {"LOWER": {"NOT_IN": ["'s"]}}]
    two = book.compiled["t.two"][0]
    assert two[0] == {"LOWER": {"IN": ["end", "kill"]}, "IS_SENT_START": True}
    assert two[1]["OP"] == "?" and two[1]["LOWER"]["FUZZY"] == "suicide"


def test_an_exceptions_list_after_a_bang_joins_the_words_written_there_and_is_no_set() -> None:
    """"!$LATER|now": the words of `exceptions:` LATER and "now" may not come next. Exceptions are not `sets`, whose
    words the detector also repairs misspellings towards."""
    data = {"version": 1, "sets": {"NEG": ["not"], "HARD": ["."], "SOFT": [","], "CHILD": ["baby"],
                                   "ADULT": ["ex"], "EOS": ["."], "CHILD_CONTEXT": ["crib"],
                                   "CHILD_ACTS": ["crying"]},
            "exceptions": {"LATER": ["tomorrow", "soon"]},
            "signals": [{"id": "t.bang", "category": "suicide_self_harm", "patterns": ["i am done !$LATER|now"]}]}
    book = parse_rulebook(data)
    assert book.compiled["t.bang"][0][-1] == {"LOWER": {"NOT_IN": ["now", "soon", "tomorrow"]}}
    assert "LATER" not in book.sets


def test_a_caret_on_one_word_of_a_group_applies_to_that_word_only() -> None:
    """"(i|^going) to x": "i" anywhere, "going" only at the start of a sentence."""
    data = {"version": 1, "sets": {"NEG": ["not"], "HARD": ["."], "SOFT": [","], "CHILD": ["baby"],
                                   "ADULT": ["ex"], "EOS": ["."], "CHILD_CONTEXT": ["crib"],
                                   "CHILD_ACTS": ["crying"]},
            "signals": [{"id": "t.caret", "category": "harm_to_others", "patterns": ["(i|^going|^about) to x"]}]}
    pats = parse_rulebook(data).compiled["t.caret"]
    firsts = sorted((str(p[0]) for p in pats))
    assert firsts == sorted([str({"LOWER": "i"}), str({"LOWER": {"IN": ["about", "going"]}, "IS_SENT_START": True})])


_MINIMAL_SETS = {"NEG": ["not"], "HARD": ["."], "SOFT": [","], "CHILD": ["baby"], "ADULT": ["ex"], "EOS": ["."],
                 "CHILD_CONTEXT": ["crib"], "CHILD_ACTS": ["crying"]}


def test_a_caret_on_every_word_of_a_group_puts_every_word_at_the_start() -> None:
    """"(^she|^he) x": both words at the start of a sentence. Until the seventeenth round only the first matched
    ("^he" was read as a literal word, which no message holds)."""
    data = {"version": 1, "sets": _MINIMAL_SETS,
            "signals": [{"id": "t.caret", "category": "harm_to_others", "patterns": ["(^she|^he) x"]}]}
    firsts = [p[0] for p in parse_rulebook(data).compiled["t.caret"]]
    assert firsts == [{"LOWER": {"IN": ["he", "she"]}, "IS_SENT_START": True}]


def test_a_group_with_only_its_first_word_marked_is_refused() -> None:
    """"(^she|he)" would read as "^(she|he)", against "(i|^going)", where only the marked word is at the start."""
    data = {"version": 1, "sets": _MINIMAL_SETS,
            "signals": [{"id": "t.caret", "category": "harm_to_others", "patterns": ["(^she|he) x"]}]}
    with pytest.raises(RuleError, match="sentence start"):
        parse_rulebook(data)


@pytest.mark.parametrize("text, matches", [
    ("he drank the whole bottle of my juice", False),  # "my" may not stand in for the "!" word
    ("he drank the whole bottle of juice", False),
    ("he drank the whole bottle of my pills", True),
    ("he drank the whole bottle of pills", True),
    ("he drank the whole bottle of a few juice", False),  # a skipped group's first word is kept out too
    ("he drank the whole bottle of a few pills", True),
])
def test_an_optional_word_before_a_bang_list_never_fills_the_bang_slot(text: str, matches: bool) -> None:
    """"of (my|his)? !juice": the word after "my" is the one checked, whether or not "my" is written. The matcher
    alone would skip "my" and let it fill the "!" slot, so "...of my juice" matched (rules._anchor_exclusion)."""
    data = {"version": 1, "sets": _MINIMAL_SETS,
            "signals": [{"id": "t.word", "category": "child_medical", "patterns": ["bottle of (my|his)? !juice"]},
                        {"id": "t.group", "category": "child_medical", "patterns": ["bottle of (a few|his)? !juice"]}]}
    book = parse_rulebook(data)
    nlp = spacy.blank("en")
    rule = "t.group" if " a few " in text else "t.word"
    matcher = Matcher(nlp.vocab, validate=True)
    matcher.add(rule, list(book.compiled[rule]))
    assert bool(matcher(nlp(text))) is matches


@pytest.mark.parametrize("text, matches", [
    ("bled through 3 towels", True),
    ("bled through two towels", True),
    ("bled through the towels", False),
])
def test_a_number_among_the_words_of_a_one_word_group_is_any_number(text: str, matches: bool) -> None:
    """"(#num|two) towels": "#num" in a group is any number, as it is alone; it was once read as the literal
    "#num", which no message holds, and the patterns that wrote it never matched."""
    data = {"version": 1, "sets": _MINIMAL_SETS,
            "signals": [{"id": "t.num", "category": "child_medical", "patterns": ["through (#num|two) towels"]}]}
    nlp = spacy.blank("en")
    matcher = Matcher(nlp.vocab, validate=True)
    matcher.add("t.num", list(parse_rulebook(data).compiled["t.num"]))
    assert bool(matcher(nlp(text))) is matches


@pytest.mark.parametrize("pattern, message", [
    ("of ~overdose? !juice", "cannot be excluded"),
    ("of my{0,2} !juice", "repeated word"),
    ("of (a|b)? (my|his)? !juice", "two optional words"),
])
def test_an_optional_word_a_bang_list_cannot_exclude_is_refused(pattern: str, message: str) -> None:
    data = {"version": 1, "sets": _MINIMAL_SETS,
            "signals": [{"id": "t.bad", "category": "child_medical", "patterns": [pattern]}]}
    with pytest.raises(RuleError, match=message):
        parse_rulebook(data)


def _english_words() -> List[str]:
    import spacy_lookups_data

    path = os.path.join(os.path.dirname(spacy_lookups_data.__file__), "data", "en_lemma_lookup.json.gz")
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        table = json.load(fh)
    return sorted({w.lower() for w in list(table) + list(table.values()) if w.isalpha()})


def test_fuzzy_keywords_only_accept_typos_of_themselves() -> None:
    """"subside" is not "suicide", "frowning" is not "drowning": every English word a fuzzy keyword would
    accept must share its first four letters (an inflection or a typo), or be listed in fuzzy_exclude."""
    book = default_rulebook()
    words = _english_words()
    wrong = {}
    for rule_id, term, edits in fuzzy_terms(book):
        hits = [w for w in words if w not in book.fuzzy_exclude and w[:4] != term[:4]
                and abs(len(w) - len(term)) <= 3 and levenshtein_compare(w, term, edits)]
        if hits:
            wrong[(rule_id, term)] = hits
    assert not wrong


SAMPLES = [
    "i want to die", "not gonna lie, I've been planning how to end it", "my boyfriend hit me last night",
    "he's outside banging on the door", "my toddler swallowed a button battery",
    "we left my abusive ex 3 years ago", "if i hear baby shark again im jumping off a bridge 😂", "no quiero vivir",
    "my son keeps saying he wants to die",
    "I'm going to kill my neighbor tonight", "is cpp for kids who saw domestic violence?", "sucide", "kil myself",
    "the swelling should subside", "i'm scared ill hurt my baby", "she said her uncle touched her private parts",
    "i have the pills right here", "what's the number for the suicide hotline?", "my back is killing me",
    "he fell off the top bunk and hit his head and now he's throwing up", "going to fuck up that guy tonight",
    "i took like 20 of my sleeping pills", "my sons teacher pinches him, he says she squeezes him hard",
    "me voy a tirar del puente esta noche", "he put his hands around my neck and sat on my chest",
    # Samples of the rule families (they share gated Matchers with the older rules).
    "i lost it and shoved my 3 year old, he fell and hit his head on the dresser",
    "i can hear the neighbor hitting his kids", "my daughter's 25 year old boyfriend is sleeping with her, she's 14",
    "im finna pop him", "me quiero ir de este mundo", "he's parked outside my apartment",
]


@pytest.fixture(scope="module")
def ungated_matchers() -> List[Matcher]:
    """Every rule's patterns run with no gate, one Matcher per rule, each pattern checked against spaCy's schema as
    it is added. A single Matcher holding all ~24,000 patterns finds the same but is much slower to build
    (spaCy's `Matcher.add` gets slower as one Matcher holds more patterns with extra predicates such as IN sets,
    regexes and fuzzy words)."""
    vocab = get_detector().matches("")[0].vocab
    matchers = []
    for rule_id, patterns in default_rulebook().compiled.items():
        if patterns:
            matcher = Matcher(vocab, validate=True)
            matcher.add(rule_id, list(patterns))
            matchers.append(matcher)
    return matchers


@pytest.mark.parametrize("text", SAMPLES)
def test_prefilter_gates_never_change_the_matches(text: str, ungated_matchers: List[Matcher]) -> None:
    """The gated small Matchers find exactly what every rule's patterns, run without gates, find."""
    doc, gated = get_detector().matches(text)
    compiled = default_rulebook().compiled
    reference = [(doc.vocab.strings[k], s, e) for matcher in ungated_matchers for k, s, e in matcher(doc)]
    assert longest_per_rule([m for m in gated if compiled[m[0]]]) == longest_per_rule(reference)


def test_years_ago2_moves_with_the_calendar():
    """The year a violence ended counts as over only two or more years back, computed at load time (review of
    false_alarms_15: a fixed list up to 2024 would go stale)."""
    import datetime

    from bot.safety.rules import computed_sets

    years = computed_sets(datetime.date(2026, 12, 3))["YEARS_AGO2"]
    assert "2024" in years and "2019" in years
    assert "2025" not in years and "2026" not in years
    later = computed_sets(datetime.date(2028, 1, 1))["YEARS_AGO2"]
    assert "2026" in later and "2027" not in later
    assert str(datetime.date.today().year - 1) not in default_rulebook().sets["YEARS_AGO2"]
