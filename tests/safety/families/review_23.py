"""My review of the thirteenth round: gaps the round's helpers found in the older rules while trying crises in their
own words (bot/safety/rules.yml "REVIEW 23" and the Review 23 comment in es.quiero_morir). The hold-out sets are
never read here."""
from __future__ import annotations

from tests.safety.families import CAB, HTO, SSH, FamilyCases

CASES = FamilyCases(
    in_category=[
        # A bone a household adult broke, said of the child.
        ("my boyfriend broke my son's arm last week", CAB),
        ("my stepdad broke my daughters arm and they said she fell", CAB),
        ("his dad broke his arm", CAB),
        ("the babysitter broke his arm and said he fell", CAB),
        ("her mom broke her wrist yanking her out of the car", CAB),
        # "yo quiero matar" with someone after it is a threat to that person, not the writer's own death.
        ("yo quiero matar a mi esposo", HTO),
        ("yo quiero matar a ese vecino", HTO),
        # ...and the writer's own death when nobody follows.
        ("yo quiero matar. ya no aguanto", SSH),
        ("yo quiero morir", SSH),
    ],
    nothing=[
        # Someone's own sports injury or fall, or a partner's own injury.
        "he broke his arm falling off the monkey bars",
        "his dad broke his arm playing football in college",
        "my boyfriend broke his wrist so he cant hold the baby",
        "my dad broke his hip last year and i help him with groceries",
    ],
)
