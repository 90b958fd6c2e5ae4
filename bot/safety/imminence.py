"""Whether a crisis only the trained layer saw needs the "call 911 now" answer.

The trained layer (bot/safety/classifier.py) gives a category but no imminence, and the rules, which saw no
crisis, gave none either. Their imminence cues (rules.yml `cues:` — means at hand, a weapon, an attempt under
way, a child hurt, danger now) still read the message: when one of the category's concrete cue kinds
(policy.IMMINENT_CUES) is anywhere in it, the answer leads with 911, as the rules' own answer would. Time
words alone ("tonight", "today") do not count here: the rules tie those to a plan in the same sentence, which
a message without a rule match does not have.
"""
from __future__ import annotations

from typing import FrozenSet, Optional

from bot.safety.detector import CrisisDetector, get_detector
from bot.safety.policy import ALWAYS_IMMINENT, IMMINENT_CUES
from bot.safety.rules import default_rulebook

CONCRETE_CUES: FrozenSet[str] = frozenset({"means", "weapon", "attempt", "tried", "severe", "hurt", "danger_now",
                                           "target"})


def imminent_without_a_rule(text: str, category: str, detector: Optional[CrisisDetector] = None) -> bool:
    """For a message the rules did not escalate: does it show a concrete sign of danger now for `category`?"""
    if category in ALWAYS_IMMINENT:
        return True
    wanted = IMMINENT_CUES.get(category, frozenset()) & CONCRETE_CUES
    if not wanted:
        return False
    rules = default_rulebook().rules
    _, matches = (detector or get_detector()).matches(text)
    return any(rules[rule_id].group == "cue" and rules[rule_id].cue in wanted for rule_id, _, _ in matches)
