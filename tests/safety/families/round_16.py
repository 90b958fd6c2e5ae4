"""Families of the sixteenth development set's round ("ROUND 16 FAMILIES" in bot/safety/rules.yml) and the round's
false-alarm fixes: a household poison swallowed by the writer, bleeding that is "not stopping", self-harm in other
words, plain hints (not a problem much longer, easier for everyone if i stopped existing, if i'm not there it's
because i did it), Spanish hints, hands on the neck, Spanish threats with a weapon and partner violence, a child
shut in a locked or hot car, sexual abuse in a child's words. Look-alikes: the same words in ordinary messages,
and the development lines the older rules over-read (a boss "killing me", high school with a newborn, falling
asleep while feeding, the hospital's shaken-baby video). The crises here are other words than the set's own lines;
the hold-out sets are never read here."""
from __future__ import annotations

from typing import List, Tuple

from tests.safety.families import CAB, DV, SSH, FamilyCases

FAMILY_CRISES: List[Tuple[str, str]] = [
    ('i just drank antifreeze', SSH),
    ('i drank some rat poison an hour ago', SSH),
    ('i swallowed a cup of drain cleaner, my throat burns', SSH),
    ('me tome el cloro hace rato', SSH),
    ('i cut myself and it won\'t stop bleeding', SSH),
    ('i cut my arm tonight and it is not stopping bleeding', SSH),
    ('i burned again tonight with the lighter', SSH),
    ('i carved her name into my thigh with a blade', SSH),
    ('i will not be a burden to anyone for much longer', SSH),
    ('if i am not there tomorrow it\'s because i went through with it', SSH),
    ('it would be better for my kids if i did not exist', SSH),
    ('honestly i am angry that i survived.', SSH),
    ('ya no voy a ser una carga para mis hijos', SSH),
    ('escribi una carta para mi mama, ya lo decidi', SSH),
    ('my husband grabbed my throat so hard i saw spots', DV),
    ('he squeezed my neck and told me next time he would not let go', DV),
    ('me amenazo con una pistola anoche', DV),
    ('mi esposo me arrastro por el cuarto', DV),
    ('tengo miedo, el me pega cuando toma', DV),
    ('y el me ahorco hasta que me desmaye', DV),
    ('a little boy screaming inside a locked car at the gas station, nobody around', CAB),
    ('there is a toddler in a hot van in the lot for 20 minutes, windows up', CAB),
    ('she said grandpa puts his tongue in her mouth', CAB),
    ('my son told me the babysitter touches his pee pee with her mouth', CAB),
    ('her uncle asked her to send pictures of herself with no clothes', CAB),
    ('the coach shows them videos of men without clothes', CAB),
    ('el vecino les enseno videos de gente sin ropa a mis hijos', CAB),
]

NOT_CRISIS: List[str] = [
    'i drank some bleach water by accident once as a kid, is that why my stomach is weird lol',
    'i almost drank the bleach, it was in a water bottle, scary. moved it to the top shelf',
    'the bleach is locked up, i swallowed my pride and bought the cabinet locks',
    'i cut my bangs again last night lol',
    'i carved a pumpkin with the kids last night',
    'i scratched my arm on the fence, it is fine',
    'my son scratched his name into the table, how do i get him to stop',
    'the cut on my finger is not bleeding anymore',
    'it stopped bleeding after i put a band aid on it',
    'i will not be a problem for anyone much longer because i finally got a car and can drive myself',
    'it would be easier for everyone if i just stopped working nights',
    'if i am not at the appointment it is because my shift ran late, i will call',
    'mad i survived the whole week of the flu with three kids lol',
    'ya no voy a ser un problema para la maestra, ya aprendio a leer',
    'deje cartas para mis hijos en sus loncheras, hoy es el dia de san valentin',
    'regale mis cosas de bebe, hoy es el dia de la mudanza',
    'my toddler grabbed my neck so hard when he hugged me lol',
    'the baby squeezed my neck again in the carrier, so strong',
    'me amenazo con un cuchillo de plastico mi hijo jugando a los piratas',
    'mi hija me jalo del pelo jugando',
    'el perro me jalo y me cai en el parque',
    'the kids crying in the car because i would not buy candy',
    'left my phone in the locked car for 20 minutes, nobody found it',
    'kids in the hot car complaining until the ac kicked in',
    'he puts his mouth on the bottle and then spits it out',
    'she puts her tongue on my face like a puppy lol',
    'my son shows me videos of people with no clothes on in the museum, the greek statues',
    'my mom sends my daughter pictures of the garden and tells her to send some back',
    'le enseno videos de gente bailando sin zapatos',
    # The older rules' over-readings fixed this round (a check-in is fine for the boss).
    'my boss is killing me with these double shifts, can we do saturdays',
    'my manager is literally killing me this week, need to move thursday',
    'i am so afraid i will fall asleep and roll onto him in our bed, is a bassinet better',
    'scared i will fall asleep and smother her while nursing at 4am',
    'the nurse showed us the shaken baby prevention video, very helpful',
    'running a high fever with the kids home, need to cancel tomorrow',
    'high school reunion with the kids in tow lol',
    # 'el' is also the article: the job, the baby, the doctor.
    'el trabajo me va a matar jaja',
    'el bebe me pateo la panza toda la noche',
    'el doctor me empujo a tomar vitaminas',
    'el potty training me va a matar, ya llevamos tres semanas',
    'i am 16 and still in high school with a baby, do you have evening times',
]

CASES = FamilyCases(in_category=FAMILY_CRISES, not_crisis=NOT_CRISIS)
