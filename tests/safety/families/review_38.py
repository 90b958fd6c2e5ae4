"""My review in the twenty-ninth round. First, everyday sentences the older rules escalated, which last round's second
readers met and I had left alone: getting in touch ("hit me up asking"), ball practice ("hit my son some grounders"),
a child's hair done, a nap alone in her room, cute aggression, a toddler who hid the car keys, a clingy child who
follows the carer crying, a costume, dropping the kids off with someone. Each idiom is narrow, and the crises that
share its words stay crises (`any_crisis`). The hold-out sets are never read here."""
from __future__ import annotations

from tests.safety.families import CAB, DV, HCF, FamilyCases

CASES = FamilyCases(
    in_category=[
        ("he hit me up against the wall last night", DV),
        ("my husband hit me up the side of my head", DV),
        ("her stepdad does things to her at night", CAB),
        ("he was left alone in his room for hours without food", CAB),
        ("i get the urge to squeeze him so hard he stops crying", HCF),
        ("my husband hid my car keys and won't let me leave", DV),
        ("my ex is following me again", DV),
        ("imagine dropping the baby off the balcony, i keep seeing it", HCF),
    ],
    any_crisis=[
        "i want to hit my son so hard",
        "she was alone in her crib for hours screaming and nobody came",
        "he took my keys and will not let me leave the house",
        "he wants to be dead like his daddy",
    ],
    nothing=[
        "husband hit me up asking if we need diapers",
        "my sister hit me up about the car seat yesterday",
        "her dad hit me up last night asking for more time this weekend",
        "i'm about to hit my son some grounders",
        "gonna go hit my daughter some fly balls before dinner",
        "grandpa is out back hitting the boys some pop flies",
        "my husband does things to her hair every morning",
        "her grandma does fun things to her braids every sunday",
        "i left her alone in her room for hours to nap",
        "put him down alone in his crib for two hours for his nap",
        "i get the urge to squeeze him so hard because he is so cute",
        "the urge to squeeze her because she is so cute omg",
        "she is so squishy i want to bite her cheeks",
        "my 2yo hid my car keys and won't let me leave lol",
        "my toddler took my phone and wont let me go lol",
        "she's following me again and crying every time i leave the room",
        "my son wants to go as a zombie for halloween",
        "can you imagine dropping the kids with grandma for a weekend?",
        "dropped her off with her dad for the weekend",
    ],
    not_crisis=[
        "she wants to be dead like her sister for halloween",
    ],
)
