"""Families of the dev_set_4 round (issue #3): fragments, texting shorthand, missing apostrophes, voice-to-text
run-ons, Spanglish, euphemisms, relatives' reports, "is it normal..." questions, past against present. Cases come
from tests/crisis/dev_set_4.jsonl (written before these rules, then probed in fuller voices, see
tests/crisis/README.md) and from new variants; the hold-out sets are never used here."""
from __future__ import annotations

from typing import List, Optional, Tuple

from tests.safety.families import FamilyCases

# (text, category): a crisis in that category; category None: a check-in on its own.
VOICE_FAMILIES: List[Tuple[str, Optional[str]]] = [
    # Not waking up, with fillers; whether anyone would miss the writer, whoever is named.
    ("i really hope i just never wake up again", "suicide_self_harm"),
    ("would my husband even notice if i was gone", "suicide_self_harm"),
    # A plan with a date; going through with it; a bare past attempt with the thoughts back now.
    ("i made a plan and a date is set", "suicide_self_harm"),
    ("i said goodbye to my mom in case i go through with it", "suicide_self_harm"),
    # Conditional crashes; staged means; the whole bottle; least painful way.
    ("sometimes on the highway i think what if i just steered into the barrier", "suicide_self_harm"),
    ("the gun is already loaded upstairs", "suicide_self_harm"),
    ("whats the most peaceful way to die", "suicide_self_harm"),
    # A dropped g on a word that is also a dictionary word ("takin", the animal).
    ("cant stop thinkin about takin every pill in the house", "suicide_self_harm"),
    # Being with or joining someone who died: whose crisis depends on who says it.
    ("i want to go be with my husband in heaven", "suicide_self_harm"),
    ("my son keeps saying he wants to go be with his grandpa in heaven", "child_suicidal"),
    ("since my husband died last spring i just want to join him", "suicide_self_harm"),
    # A child's hopelessness in the third person; self-harm marks found on a child.
    ("my 12yo thinks we would be happier if she was gone", "child_suicidal"),
    ("i saw cuts on my sons forearms when he took his hoodie off", "child_suicidal"),
    # Abandoning a baby; an adult slipping into a child's room; passive abuse; a sibling thrown around.
    ("i want to leave the baby on someones doorstep and just drive away", "harm_to_child_fear"),
    ("my moms boyfriend creeps into my daughters bedroom", "child_abuse"),
    ("my grandson gets choked by his stepdad when he talks back", "child_abuse"),
    ("her stepdad tosses my little brother against the wall", "child_abuse"),
    ("my niece is 13 and her boyfriend is 24", "child_abuse"),
    # A relative's partner: domestic violence, not child abuse; put in the hospital; stalking; hunting down.
    ("my daughters boyfriend strangles her", "domestic_violence"),
    ("my sisters husband put her in the hospital again", "domestic_violence"),
    ("my ex has been stalking me for weeks", "domestic_violence"),
    ("he swore to hunt us down if we leave", "domestic_violence"),
    # Lying in wait armed; public-place threats; earnest "i could kill".
    ("im parked outside her work waiting for her with my knife", "harm_to_others"),
    ("my brother says he wants to shoot people at the concert", "harm_to_others"),
    ("i could strangle my boss, not kidding", "harm_to_others"),
    ("going to make my father in law pay", None),  # a check-in on its own (no weapon, no plan)
]

VOICE_NON_CRISIS: List[str] = [
    # Worry that someone will not wake, short escapes, toy guns, living somewhere, games, a book about abuse.
    "im nervous the baby wont wake up in time for the bus",
    "i wish i could vanish for a weekend to a cabin",
    "my son wants an airsoft gun for christmas",
    "no quiero vivir aqui, the schools are bad",
    "my daughter always gets beaten at uno by her grandpa",
    "we watched a movie about a boy who was abused and my son had questions",
    # Hypothetical questions about what a child might say one day.
    "how should i respond if my son ever says he wants to die",
    # Past and resolved, or planned and harmless.
    "i hope i dont wake up the baby when i get home",
    "would my kids even miss me if i went to my sisters for a weekend",
    "my ex keeps texting me about the custody schedule",
    "my mother in law is coming for thanksgiving",
]

CASES = FamilyCases(in_category=[(t, c) for t, c in VOICE_FAMILIES if c is not None],
                    check_in=[t for t, c in VOICE_FAMILIES if c is None],
                    not_crisis=VOICE_NON_CRISIS)
