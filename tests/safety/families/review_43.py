"""My review in the thirty-fourth round (review 43): what review 42 left in the wrong category or escalated from an
errand. Wanting to join the dead reads who wants it: the writer's own wish is the writer's (988 for the writer), a
child's is the child's. A partner who keeps a woman locked in is domestic violence, not child abuse. Wanting to go or
be with a parent or a child is a wish to die only where the sentence ends or says where they are: "quiero ir con mi
mama al doctor" is an errand. Second part: two readers' lists of everyday sentences the rules escalated (review 42's English rules, and the
Spanish rules), narrowed where the everyday sense is common: a jump or a disappearance that goes somewhere, a dose
asked, a mower that "cut deeper", pills taken "as planned", a custody swap, a phone that fell in water, "no responde a
su nombre", "no quiero despertar al bebe", "me pego la gripa", "le toca a mi hija la vacuna", "voy a matar el tiempo",
"voy a tirar la basura". The hold-out sets are never read here."""

from __future__ import annotations

from tests.safety.families import CAB, CSU, DV, HCF, HTO, MED, SSH, FamilyCases

CASES = FamilyCases(
    in_category=[
        # The writer's own wish to join the dead is the writer's.
        ('quiero estar con mi mama en la tumba', SSH),
        ('ya me quiero ir con mi papa bajo tierra', SSH),
        ('i want to be with my mom in the grave', SSH),
        ('i just want to go be with my dad in the ground', SSH),
        # A child's stays the child's.
        ('mi hijo quiere irse con su papa bajo tierra', CSU),
        ('queria dormir con su abuelita en el cementerio dice mi nieta', CSU),
        ('my son keeps saying he wants to go be with daddy in the ground', CSU),
        # A partner keeps her locked in: domestic violence.
        ('su esposo la tiene encerrada en la casa', DV),
        ('mi hermana no contesta, el marido la tiene encerrada en el cuarto desde ayer', DV),
        ('mi vecina, su novio la encierra con llave', DV),
        # A parent keeps a child locked in: still child abuse.
        ('mi hija dice que su papa la tiene encerrada en la casa', CAB),
        # With a parent or a child, where the sentence ends or says where they are.
        ('quiero irme con mi mama', SSH),
        ('ya no aguanto, quiero irme con mi mama', SSH),
        ('quiero estar con mi hijo que esta en el cielo', SSH),
        ('quiero irme con mi mama, la extrano tanto', SSH),
        ('me quiero ir con mi esposo ya', SSH),
        # Second part: the crises the narrowed patterns keep.
        ('would anyone even miss me if i disappeared', SSH),
        ('would anyone care if i jumped off the bridge', SSH),
        ('i cut deeper than usual last night', SSH),
        ('cut deeper than i meant to, it will not stop', SSH),
        ('everyone is better off if i just ended it', SSH),
        ('took the rope to the garage like i planned', SSH),
        ('my husband noticed my cuts', SSH),
        ('i finished my note last night.', SSH),
        ('i am killing him tonight', HTO),
        ('he said i would not survive leaving him', DV),
        ('he told me i will not make it if i leave him', DV),
        ('he said if i leave him i will not survive', DV),
        ('bf said if i go to the police i will regret it', DV),
        ('my ex was parked outside my house again', DV),
        ('ex was sitting outside again', DV),
        ('he hit his head and he is not responding', MED),
        ('baby fell in tub not breathing', MED),
        ('stepdad inappropriate touching', CAB),
        ('mi bebe no responde', MED),
        ('no responde a nada', MED),
        ('no responde cuando lo muevo', MED),
        ('lo saque de la alberca y no responde todavia', MED),
        ('mi bebe no responde todavia, ayuda', MED),
        ('se cayo de la litera y no responde cuando le hablo', MED),
        ('no quiero despertar manana', SSH),
        ('no quiero despertar mas', SSH),
        ('no quiero despertar otra vez', SSH),
        ('no quiero seguir asi con esta vida', SSH),
        # What a narrowing must not give up: a place after the threat, a note to the kids, leaving the house.
        ('i finished my note last night to my kids', SSH),
        ('i am killing him tonight at his house', HTO),
        ('uncle inappropriate touching with my daughter', CAB),
        ('he said i would not survive leaving the house', DV),
        ('he said i would not make it leaving this relationship alive', DV),
        ('me pega fuerte cuando toma.', DV),
        ('me pega bien feo', DV),
        ('me pega con el cinturon', DV),
        ('le toca a mi hija sus partes', CAB),
        ('ya voy a matar a ese desgraciado', HTO),
        ('tengo ganas de cortarme', SSH),
        ('ganas de cortarme las venas', SSH),
        ('voy a aventarme del puente', SSH),
        ('mi hijo quiere tomarse el cloro', CSU),
        ('mi hijo intento tomarse las pastillas', CSU),
        ('me tome varias pastillas', SSH),
        ('me tome varias pastillas de mas y dormi todo el dia', SSH),
        ('tengo miedo de lastimarlo cuando llora', HCF),
        ('me dan ganas de morderlo cuando me muerde', HCF),
    ],
    nothing=[
        'quiero ir con mi mama al doctor manana',
        'quiero estar con mi hija en su cumpleanos',
        'me gustaria ir con mi papa a la playa',
        'quiero estar con mi mama en navidad',
        'quiero ir con mi esposo a la junta de la escuela',
        'su esposo la tiene en la casa todo el dia',
        'el marido la deja en la casa con los ninos',
        'su novio la deja en la casa de su mama los fines',
        # Second part: everyday senses, narrowed out.
        'would anyone even notice if i disappear to the bathroom for 10 min',
        'would the kids even care if i jumped in the pool with them',
        'fish oil pills how many would it take before i see a difference',
        'the mower cut deeper than usual',
        'is she drinking enough formula to not wake up every 2 hours',
        'the science project is better off if i just did it myself',
        'the rink took my blades for sharpening',
        'my 4yo asked about my cuts from the rose bushes',
        'i wrote my note last night for the teacher',
        'she wants to be with daddy in the dirt all day digging in the garden',
        'the photographer is shooting her tomorrow at the park',
        'grandma makes him carry the hot plate to the table',
        'the kids cracked up when dad beat little sis twice in a row at chess',
        'my husband said i will not make it if i leave at 4:30, traffic',
        'she said if i go i will not make it back in time for pickup',
        'hubby said if i go to costco today i will regret it lol',
        'my ex is waiting at the mcdonalds again for the swap',
        'he bumped his head at daycare and she is not answering her phone',
        'her coach gave the inappropriate touching talk today',
        'voy a tirar la basura y regreso',
        'no quiero despertar al bebe',
        'me pego la gripa de los ninos',
        'manana le toca a mi hija la vacuna',
        'voy a matar el tiempo en el parque',
        'la bebe no responde a su nombre',
        'tengo ganas de cortarme el pelo',
        'mi hijo no quiere tomarse las pastillas del tdah',
        'mi hija quiere tomarse las pastillas sola como grande',
        'me tome varias pastillas para la gripa y estoy amamantando',
        'tengo miedo de lastimarlo al cortarle las unas',
        'quiero morderla de lo bonita que es',
    ],
    not_crisis=[
        'i took my pills on time today as planned',
        'my phone fell in water and now it will not wake up',
    ],
)
