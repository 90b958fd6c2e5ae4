"""Read the caregiver's answer to a check-in question ("are you having thoughts of hurting yourself...?").

When in doubt, the answer counts as yes: a wrong escalation costs a moment, a missed one can cost a life.
"""
from __future__ import annotations

import enum
import re


class Answer(enum.Enum):
    YES = "yes"          # or unsure: escalate
    NO = "no"            # a clear no: carry on
    OTHER = "other"      # not an answer (a new question): carry on, the detector still reads it


# Any of these anywhere in the answer means "yes or not sure".
_YES_OR_UNSURE = re.compile(
    r"\b(yes|yeah|yea|yep|yup|ya|yah|ye|si|sí|kinda|kind of|sort of|sorta|maybe|sometimes|"
    r"a little|a bit|i think so|i guess|idk|i don'?t know|dunno|not sure|unsure|probably|often|"
    r"all the time|every day|lately|help me|please help)\b"
)
# A clear no opens the answer.
_NO = re.compile(
    r"^\s*(no+|nope|nah+|na|n|not really|never|not at all|i'?m (ok|okay|fine|good|alright|safe)|"
    r"(it was|just) (a )?(joke|joking|kidding)|jk|lol no|haha no|all good|we'?re (ok|okay|fine|good))\b"
)


def read_answer(text: str) -> Answer:
    lowered = text.lower().replace("’", "'")
    if _YES_OR_UNSURE.search(lowered):
        return Answer.YES
    if _NO.search(lowered):
        return Answer.NO
    return Answer.OTHER
