"""Over-broad patterns of the fifth round (sets 11 and 12), found when a reviewer probed the new rules with
everyday sentences, and narrowed in the sixth: a mobility aid taken away to be mended or returned (read as
control by a partner), a partner who "threw her a party" or "sent her flowers" (read as a throw or a harm to a
relative), and a bath or a pool said after "thinking about putting the baby in" (read as an intrusive thought of
harm). And Spanish negation: "no quiero morir" said the opposite of "no quiero vivir" but was read the same, and
"nunca he pensado en matarme" lost its "nunca" to "he" (read as the English pronoun); with the past attempts and
wishes no Spanish rule read ("intente matarme", "quise morirme") and "better not to wake up" in both languages.
Each narrowing is tested on look-alikes that must not escalate and on real crises with the same words,
which must still escalate in their category. The hold-out sets are never read here."""
from __future__ import annotations

from tests.safety.families import FamilyCases

CASES = FamilyCases(
    in_category=[
        # Control of a partner's mobility aid or hearing: still domestic violence.
        ("he took my walker away and locked it in the truck", "domestic_violence"),
        ("he hid my wheelchair", "domestic_violence"),
        ("he hides my hearing aids so i can't hear the kids", "domestic_violence"),
        ("he takes my wheelchair away when he's mad", "domestic_violence"),
        # A relative's or friend's partner who hurts her: still domestic violence.
        ("my friend's boyfriend threw her down the stairs", "domestic_violence"),
        ("my sisters husband beat her up last night", "domestic_violence"),
        ("my daughter's boyfriend put her in the hospital", "domestic_violence"),
        # Intrusive thoughts of putting a baby somewhere that kills: still feared harm.
        ("i keep thinking about putting the baby in the oven", "harm_to_child_fear"),
        ("i keep thinking about putting her in the freezer", "harm_to_child_fear"),
        ("thinking about throwing her off the balcony", "harm_to_child_fear"),
        ("i keep thinking about putting her in the bathtub and holding her under", "harm_to_child_fear"),
        ("thoughts of putting the baby in the water", "harm_to_child_fear"),
        # Nearly covering a child's face: feared harm (988 and steps; tests/safety/test_right_lead.py: not 911).
        ("i nearly pressed a pillow over her face last night", "harm_to_child_fear"),
        ("i was this close to holding a pillow over his face", "harm_to_child_fear"),
        # Spanish: past attempts and wishes, passive wishes, and a "no quiero" that is the crisis itself.
        ("hace unos dias intente matarme", "suicide_self_harm"),
        ("la semana pasada quise morirme y no se lo dije a nadie", "suicide_self_harm"),
        ("he pensado en quitarme la vida", "suicide_self_harm"),
        ("a veces pienso que seria mejor no despertar", "suicide_self_harm"),
        ("ya no quiero vivir, estoy cansada", "suicide_self_harm"),
        ("no quiero morir pero ya no aguanto mas y tengo las pastillas", "suicide_self_harm"),
        ("sometimes i think it would be better not to wake up", "suicide_self_harm"),
        ("honestly it would be easier to never wake up", "suicide_self_harm"),
    ],
    not_crisis=[
        "my husband takes my walker away to fix the wheel",
        "my daughter took my crutches back to the store",
        "my son took my cane for his costume",
        "the sitter's boyfriend threw her a surprise party",
        "my sister's husband threw her a birthday party",
        "my aunt's husband threw her a kiss from the car",
        "my friend's husband sent her flowers",
        "thinking about putting the baby in the bath now",
        "thought about putting him in the pool for swim lessons",
        # Spanish denials and everyday "better not to wake" (the baby, the kids).
        "no quiero morir, solo estoy cansada",
        "nunca he pensado en matarme",
        "no quiero hacerle dano a mi bebe, solo necesito dormir",
        "es mejor no despertar al bebe",
        "seria mejor no despertar a la nena",
        "it's best not to wake up the baby",
        "it's better not to wake up early on sundays",
    ],
)
