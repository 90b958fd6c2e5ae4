"""Clinical policy of the crisis layer: categories, which one wins, and what makes each one imminent.

Kept apart from the matching code so that a clinician can read every decision about *meaning* in one
short file: the patterns say what words were seen, this module says what they lead to.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, FrozenSet, Iterable, Mapping, Optional, Tuple

CATEGORIES: Tuple[str, ...] = (
    "suicide_self_harm", "harm_to_child_fear", "child_abuse", "domestic_violence", "child_medical",
    "child_suicidal", "harm_to_others",
)

#: When several categories match, the first in this order wins (an imminent one always beats a
#: non-imminent one). Children first: a child cannot call for help themselves.
PRECEDENCE: Tuple[str, ...] = (
    "child_medical", "child_suicidal", "harm_to_child_fear", "child_abuse", "suicide_self_harm",
    "domestic_violence", "harm_to_others",
)

#: Exceptions to PRECEDENCE: (a, b) means a crisis of category a that the writer would commit beats a crisis of
#: category b that is not imminent. A caregiver set on hurting whoever hurt their child ("the coach hit my boy,
#: i'm going up to the school to hurt him") is the danger now; the harm to the child is what happened. A threat
#: someone else makes against the children ("my ex threatened to kill the kids") stays child abuse.
BEATS_CALMER: FrozenSet[Tuple[str, str]] = frozenset({("harm_to_others", "child_abuse")})
#: Kinds of imminence cue (rules.yml `cues:`).
#: "arranged": the children placed elsewhere, which only turns a suicide hint into a crisis (never imminence).
CUE_KINDS: Tuple[str, ...] = ("means", "weapon", "attempt", "tried", "plan_now", "danger_now", "hurt", "severe",
                               "target", "arranged")

#: Which cue kinds make a category "call 911 now". Anything not listed keeps the category's calmer lead.
IMMINENT_CUES: Mapping[str, FrozenSet[str]] = {
    # 911 when immediate danger: means at hand, an attempt under way, a plan for now/tonight.
    "suicide_self_harm": frozenset({"means", "weapon", "attempt", "plan_now", "severe"}),
    # 911 if the child is hurt (or a weapon is in the caregiver's hand).
    "harm_to_child_fear": frozenset({"hurt", "severe", "weapon"}),
    # 911 when it is happening now or the child is hurt.
    "child_abuse": frozenset({"danger_now", "hurt", "severe", "weapon"}),
    # 911 when in danger now.
    "domestic_violence": frozenset({"danger_now", "weapon", "severe"}),
    # Always imminent (see ALWAYS_IMMINENT).
    "child_medical": frozenset(),
    # 911 for an attempt or means at hand.
    "child_suicidal": frozenset({"means", "weapon", "attempt", "tried", "severe", "hurt"}),
    # 911 (and 988) when there is a weapon, a plan for now, the person is at hand or their place known.
    "harm_to_others": frozenset({"weapon", "means", "plan_now", "danger_now", "target"}),
}
ALWAYS_IMMINENT: FrozenSet[str] = frozenset({"child_medical"})

#: Imminence from these cue kinds is concrete (pills in hand, bleeding): a "lol" does not undo it.
#: A time word ("tonight") or a person nearby does not make a joke serious on its own.
HYPERBOLE_PROOF: FrozenSet[str] = frozenset({"means", "weapon", "attempt", "tried", "severe", "hurt", "stated"})

#: Laughter or a joke frame makes the writer's *own* crisis words a check-in ("i want to die lol"). A report
#: about someone else ("he said he'll put me in the ground lol") is not made safe by nervous laughter.
HYPERBOLE_CATEGORIES: FrozenSet[str] = frozenset({"suicide_self_harm", "harm_to_child_fear", "harm_to_others"})

#: Categories whose "call 911 now" means danger *now*: an injury or a weapon in a sentence dated earlier ("he
#: broke my nose last week") does not make the answer imminent.
EARLIER_NOT_IMMINENT: FrozenSet[str] = frozenset({"domestic_violence"})

#: What a resolved-past frame ("3 years ago", "we left him", "before she came to us") does to a signal of
#: each category, unless the rule says otherwise. Thoughts of dying in the past still earn a check-in.
PAST_DEFAULT: Mapping[str, str] = {
    "suicide_self_harm": "check_in", "child_suicidal": "check_in", "harm_to_child_fear": "check_in",
    "child_medical": "check_in", "child_abuse": "none", "domestic_violence": "none", "harm_to_others": "none",
}

#: What a child's pretend-play or drawing frame ("he plays that the daddy doll hits the mommy doll") does.
PLAY_DEFAULT: Mapping[str, str] = {
    "suicide_self_harm": "keep", "harm_to_child_fear": "keep", "child_abuse": "none",
    "domestic_violence": "none", "child_medical": "none", "child_suicidal": "check_in", "harm_to_others": "none",
}

#: Roles of `context:` rules in rules.yml; see bot/safety/scope.py for what each does.
CONTEXT_ROLES: Tuple[str, ...] = (
    "pseudo_negation", "serious", "hyperbole", "idiom", "resource", "past", "present", "play", "generic",
    "program", "earlier", "over_since", "ongoing", "weeks_back",
)


@dataclass(frozen=True)
class Outcome:
    """What one signal amounts to: a crisis, a check-in, or nothing; and the category it points at."""

    kind: str  # "crisis" | "check_in" | "none"
    category: Optional[str]


NONE = Outcome("none", None)


def parse_outcome(text: str) -> Outcome:
    """Parse ``"<category>"``, ``"check_in:<category>"``, ``"check_in"`` or ``"none"`` (rules.yml by_subject)."""
    if text == "none":
        return NONE
    if text == "check_in":
        return Outcome("check_in", None)
    if text.startswith("check_in:"):
        cat = text.split(":", 1)[1]
        if cat not in CATEGORIES:
            raise ValueError(f"unknown category {cat!r}")
        return Outcome("check_in", cat)
    if text in CATEGORIES:
        return Outcome("crisis", text)
    raise ValueError(f"bad outcome {text!r}")


@dataclass(frozen=True)
class Finding:
    """One signal after every scope check: its outcome, whether it is imminent, its language, and whether the
    writer is the one who would act (the subject of the words is "i", or no one is named)."""

    rule_id: str
    outcome: Outcome
    imminent: bool
    lang: str
    by_writer: bool = False


def _rank(category: Optional[str]) -> int:
    return PRECEDENCE.index(category) if category in PRECEDENCE else len(PRECEDENCE)


def choose(findings: Iterable[Finding]) -> Optional[Finding]:
    """Pick the finding that decides the answer.

    Crisis beats check-in; among crises an imminent one beats a non-imminent one, then PRECEDENCE decides, save
    for the BEATS_CALMER exceptions.
    Among check-ins a named category beats an unnamed one, in PRECEDENCE order.
    """
    best: Optional[Finding] = None
    best_key: Tuple[int, int, int] = (9, 9, 99)
    crises = []
    for f in findings:
        if f.outcome.kind == "none":
            continue
        if f.outcome.kind == "crisis":
            crises.append(f)
        key = (0 if f.outcome.kind == "crisis" else 1, 0 if f.imminent else 1, _rank(f.outcome.category))
        if key < best_key:
            best, best_key = f, key
    if best is not None and best.outcome.kind == "crisis" and not best.imminent:
        for f in crises:
            if f.by_writer and (f.outcome.category, best.outcome.category) in BEATS_CALMER:
                return f
    return best


def cue_kinds_for(category: Optional[str]) -> FrozenSet[str]:
    return IMMINENT_CUES.get(category or "", frozenset())


def summary() -> Dict[str, object]:  # pragma: no cover - for reviewers: python -m bot.safety.policy
    return {"precedence": PRECEDENCE, "imminent_cues": {k: sorted(v) for k, v in IMMINENT_CUES.items()}}


if __name__ == "__main__":  # pragma: no cover
    import json

    print(json.dumps(summary(), indent=2))
