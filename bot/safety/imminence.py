"""Whether a crisis only the trained layer saw needs the "call 911 now" answer.

The trained layer (bot/safety/classifier.py) gives a category but no imminence, and the rules, which saw no
crisis, gave none either. Their imminence cues (rules.yml `cues:` — means at hand, a weapon, an attempt under
way, a severe injury, a child hurt) still read the message: when one of the category's concrete cue kinds
(policy.IMMINENT_CUES) is alive in it (`CrisisDetector.live_cues`: not negated, not in a question, not in a
sentence dated earlier), the answer leads with 911, as the rules' own answer would. Time words
("tonight"), "tried to" and the broad danger-now cues ("he gets drunk", "help me") do not count here: the rules
tie those to a matching plan or act, which a message without a rule match does not have.
"""
from __future__ import annotations

from typing import FrozenSet, Optional

from bot.safety.detector import CrisisDetector, get_detector
from bot.safety.policy import ALWAYS_IMMINENT, IMMINENT_CUES

CONCRETE_CUES: FrozenSet[str] = frozenset({"means", "weapon", "attempt", "severe", "hurt"})


def imminent_without_a_rule(text: str, category: str, detector: Optional[CrisisDetector] = None) -> bool:
    """For a message the rules did not escalate: does it show a concrete sign of danger now for `category`?"""
    if category in ALWAYS_IMMINENT:
        return True
    wanted = IMMINENT_CUES.get(category, frozenset()) & CONCRETE_CUES
    return bool(wanted) and bool(wanted & (detector or get_detector()).live_cues(text))
