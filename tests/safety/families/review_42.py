"""My review in the thirty-third round (review 42): twins review 41 left, folded into the older rules. An attempt by
hanging said with when or where ("i tried hanging earlier", "my son tried to hang in his room") is now
csu.r34.tried_hanging's, which reads who it was about (the writer's own, a partner's, a child's) and leads with 911;
"to hang" said of spending time or of a climbing frame stays nothing. No reasons to live in Spanish is
es.no_quiero_vivir's; an ex following the writer is dv.r37.at_home's. Second part: plain crises three new writers
(development sets 102-104) wrote and the rules missed, written here in other words. The hold-out sets are never read
here."""

from __future__ import annotations

from tests.safety.families import CAB, CSU, DV, HCF, HTO, MED, SSH, FamilyCases

CASES = FamilyCases(
    in_category=[
        # The writer's own attempt, or a partner's, with a time word: these were silent before the fold.
        ('i tried hanging earlier, the cord snapped', SSH),
        ('my husband attempted hanging this morning', SSH),
        ('my wife tried hanging last night and she is home now', SSH),
        # A child's, with when or where.
        ('my son tried to hang in his room', CSU),
        ('my 15yo tried hanging in the closet', CSU),
        ('our foster daughter attempted hanging yesterday', CSU),
        # No reasons to live, in Spanish, however said.
        ('ya no le encuentro motivos para seguir con vida', SSH),
        ('no le veo razon para seguir viviendo', SSH),
        ('no hallo razones pa vivir', SSH),
        # An ex following the writer, with a word between or a way after.
        ('my ex keeps following me around in his truck', DV),
        ('ex has been following me from work', DV),
        # Second part: the writer's own end.
        ('would anybody even notice if i died', SSH),
        ('does anyone care if i disappear', SSH),
        ('tonight i will go to sleep forever', SSH),
        ('i have decided to go away forever.', SSH),
        ('thinking about how i could do it, every day', SSH),
        ('been looking up how to make it look like an accident so the kids get the insurance', SSH),
        ('the sleeping pills are in my nightstand waiting for me', SSH),
        ('keep staring at the pill bottle wondering how many it would take', SSH),
        ('got a noose in the garage already', SSH),
        ('why even keep living anymore', SSH),
        ('everybody would be better off w/out me', SSH),
        ('ya decidi, el viernes me quito la vida', SSH),
        ('mi terapeuta sabe que he hablado de suicidarme', SSH),
        # A child's wish to join the dead.
        ('she says she wants to sleep with daddy in the ground', CSU),
        ('my son wishes he is dead', CSU),
        # Harm to others.
        ('stabbing that bastard tomorrow', HTO),
        ('i am going to murder her side chick', HTO),
        ('swear i will drive my stepdad off the road', HTO),
        ('taking the gun tonight.', HTO),
        ('uncle grabs my daughter again, he is a dead man', HTO),
        # Fear of one's own hands, a moment from doing something.
        ('terrified of what my hands might do when she screams like this', HCF),
        ('i was seconds away from doing something i would regret with my son', HCF),
        # A child hurt as punishment, left alone for days, a sibling beaten, locked in.
        ('his stepmom made the boy hold a hot iron', CAB),
        ('the baby next door has been left alone for three days', CAB),
        ('dad hits my little sister', CAB),
        ('su mama lo tiene encerrado en el cuarto con llave', CAB),
        # Domestic violence: a threat about leaving.
        ('he told me i would not live if i try to leave', DV),
        ('she says i will not make it if i tell anyone', DV),
        ('my bf will not let me leve the apartment', DV),
        ('mi yerno me golpeo ayer', DV),
        # A head hit, then no answer; a fall in the bath.
        ('she banged her head on the coffee table and is not answering me', MED),
        ('baby fell in bath, limp', MED),
        # The second reader's near variants.
        ('my son tried hanging last night with a belt', CSU),
        ('she tried hanging and we cut her down', CSU),
        ('she tried hanging at school', CSU),
        ('i already put the rope in my car.', SSH),
        ('i have been thinking about how i would do it and i have the pills', SSH),
        ('how do i make my death look like an accident so the kids get the insurance', SSH),
        ('he wants to go be with daddy in the ground', CSU),
        ('mi nieto dice que quiere estar con su mama en la tumba', CSU),
        ('stab him tonight with the kitchen knife', HTO),
        ('i am scared of what my own hands will do to the baby', HCF),
        ('the kids were left home alone for 6 days', CAB),
        ('lo encierra en el closet', CAB),
        ('la dejo encerrada en su cuarto', CAB),
        ('he said i would not live if i tried to leave', DV),
        ('he said that if i leave i will not survive', DV),
        ('he takes my id and has said i will not survive leaving him', DV),
        ('she hit her head on the tile and now she will not answer', MED),
    ],
    any_crisis=[
        # Who tried is not said, or is a sibling who may be grown: a crisis either way.
        'tried hanging last night, nobody knows',
        'she tried to hang.',
        'my sister tried to hang in her room',
    ],
    nothing=[
        # "To hang": spending time, a climbing frame, a picture.
        'he tried to hang again from the monkey bars',
        'my daughter tried to hang at school with the big kids',
        'we tried to hang out today but the baby was sick',
        'she tried hanging again from the pull up bar',
        'i tried to hang the curtains earlier',
        'he tried hanging upside down earlier on the couch',
        'my toddler tried hanging on the gate again',
        'we tried hanging in the garage as a family to watch the game',
        'no encuentro motivos para cambiar de pediatra',
        # Second part: everyday look-alikes of the new rules.
        'my pills are at the pharmacy waiting for me',
        'would anyone notice if i cut my bangs',
        'we go away forever to texas next month',
        'thinking about how i would do it differently next time',
        'i have a rope in my car already for the tow',
        'killing it tonight at karaoke',
        'shooting her tonight for her newborn pics',
        'bringing the bat tomorrow, game at 10',
        'make it look like an accident for the haunted house lol',
        'i was left alone for 3 days in the hospital after my c section',
        'mom beats little bro at mario kart every time',
        'la puerta la deja con llave en la noche',
        'hablo de matarme de risa con ella',
        'ran the stroller off the road',
        # The second reader's false alarms, mended.
        'the doctor gave me pills for the infection, how many to take a day?',
        'my pills are on the nightstand waiting for me every morning',
        'tener gemelos me quito la vida social jaja',
        'the deer keep eating our garden, my husband is shooting them tomorrow.',
        'our photographer is shooting them tomorrow morning',
        'live lobsters, killing them tonight.',
        'she hits baby brother whenever he grabs her toys',
        'las medicinas mi esposo las tiene encerradas con llave',
        'google maps says i will not make it if i leave after 5',
        'she bumped her head at daycare and the pediatrician is not answering',
        'no tengo ganas de estar aqui en el trabajo hoy',
    ],
)
