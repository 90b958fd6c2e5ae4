"""My review in the eighteenth round: two crises the round-29 false-alarm helper met that the detector silenced. A
past frame ("got locked up last year", "years ago") dated the signal in the sentence after it even when
that sentence says "now" ("...now he is out and he is at the door with a gun" got nothing from the rules), and the
screening idiom ("asked if i have thoughts of hurting myself and i said no.") silenced a no the next sentence calls a
lie ("but i lied, i think about it every day").
bot/safety/detector.py `_HERE_NOW_WORDS`: a sentence with now / today / tonight (ahora, hoy) is dated only by itself
and the sentence after it; detector._no_called_a_lie_next drops that idiom when the next sentence says "lied", "a lie"
(not "not lying"). The hold-out sets are never read here."""
from __future__ import annotations

from tests.safety.families import DV, SSH, FamilyCases

CASES = FamilyCases(
    in_category=[
        ("his dad got locked up for hurting me. now he is out and he is at the door with a gun", DV),
        ("he got locked up last year. now he is out and he is at the door with a gun", DV),
        ("he was arrested years ago for hurting me. now he is outside with a gun", DV),
        ("the court case was years ago. today he showed up at my work and said he would kill me", DV),
        ("back in 2021 i was in the hospital for an overdose. now i have the pills in my hand", SSH),
        # A screening no that the next sentence calls a lie: the idiom no longer silences it (_no_called_a_lie_next).
        ("the therapist asked if i have thoughts of hurting myself and i said no. but i lied, i think about it every day",
         SSH),
        ("the nurse asked if i ever think about killing myself and i said no. that was a lie", SSH),
        ("my doctor asked whether i have thoughts of hurting myself and i told her no. i lied", SSH),
    ],
    not_crisis=[
        # A no the next sentence stands by, or calls a lie only to deny it.
        "the nurse asked if i ever think about killing myself and i said no. i was not lying",
        "the therapist asked if i have thoughts of hurting myself and i said no. she believed me",
    ],
    nothing=[
        # The sentence after a "now" still settles it, and a past story told with "now" in a calm sentence stays quiet.
        "my son saw his dad hit me before we left, now hes aggressive at school. we are safe now",
        "my ex beat me in 2021. he is in prison now",
        "he hit me a lot when we were together, two years ago. now he texts me nice things",
        "he was locked up last year for hurting me. now he lives in another state and we have a protective order",
    ],
)
