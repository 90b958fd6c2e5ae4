"""My review in the thirty-second round (review 41). First part: goodbye letters that are not the writer's own, left by
review 40's second reader (a child's card for the teacher, a letter to the dummy, a teacher's own farewell, a farewell
at work, a goodbye recorded before a deployment), and the writer's own goodbye said in ways the Spanish rules did not
read ("una carta para despedirme de mis hijos", "un audio de despedida para mis hijos"); a child's cuts said in the
past in Spanish. A goodbye letter to someone who has died was left a crisis: an idiom over "who passed" would also
silence a widow's wish to join the dead. Second part: plain crises three new writers (development sets 99-101) wrote
and the rules missed, written here in other words. The hold-out sets are never read here."""

from __future__ import annotations

from tests.safety.families import CAB, CSU, DV, HTO, SSH, FamilyCases

CASES = FamilyCases(
    in_category=[
        # First part: the writer's own goodbye, in Spanish.
        ('ya escribi una carta para despedirme de mis hijos', SSH),
        ('voy a escribir una cartita para despedirme de mi familia', SSH),
        ('grabe un audio de despedida para mis hijos por si no amanezco', SSH),
        ('les deje un video de despedida a mis hijas en el celular', SSH),
        ('hice una carta de despedida para mis hijos', SSH),
        ('le escribi una carta de despedida a mis hijos, ya me voy con mi mama que murio', SSH),
        ('we wrote a goodbye letter to my husband who passed and i want to be with him', SSH),
        # A child's cuts, in Spanish, said in the past or as cuts she makes.
        ('mi hija de 14 se corto los brazos', CSU),
        ('descubri que mi hijo se ha cortado las piernas', CSU),
        ('mi nieta se hace cortadas en los brazos y las esconde', CSU),
        ('mi hijo se lastima a proposito cuando se enoja', CSU),
        # Second part: the writer's own end.
        ('i think every day how to die', SSH),
        ('honestly i think all the time about how to end my life', SSH),
        ('cut deeper than usual last night, still bleeding a bit', SSH),
        ('i have been saving them up, taking enough to not wake up is the plan', SSH),
        ('everyone would be better off if i just ended it', SSH),
        ('things would go so much easier if i was not around anymore', SSH),
        ('after bedtime i am getting the gun out of the safe like i planned', SSH),
        ('keep picturing walking into the path of a truck on the highway', SSH),
        ('my husband found my blades and threw them out', SSH),
        ('the nurse noticed my fresh cuts when she took my blood pressure', SSH),
        ('been putting my affairs in order this week', SSH),
        ('finished my note this morning', SSH),
        ('i just want someone to know i will go to sleep tonight for the last time', SSH),
        ('ya no encuentro motivos para vivir', SSH),
        ('ya no hallo razones para vivir', SSH),
        ('si no me contestan es porque ya no quise seguir viviendo', SSH),
        ('he estado guardando mis pastillas para tomarmelas todas', SSH),
        # A child.
        ('my little brother tried hanging himself last night', CSU),
        ('sis tried to hang herself at school', CSU),
        ('my 6 year old keeps saying she wants too die', CSU),
        ('since his mom died he says he wants to be in the ground with mommy', CSU),
        ('found fresh cuts on my stepdaughter', CSU),
        # Abuse.
        ('her stepdad, inappropriate touching, she told her teacher', CAB),
        ('the babysitter has been leaving the baby alone for hours', CAB),
        ('her mom left her alone all night again', CAB),
        # Domestic violence.
        ('my boyfriend said if i tell anyone i will regret it', DV),
        ('husband told me that if i leave him i would pay for it', DV),
        ('my ex was sitting outside my job again', DV),
        ('ex has been following me around town all week', DV),
        ('someone keeps following me home from work', DV),
        ('my adult son shoves me when he is drunk', DV),
        ('mi esposo me encierra con llave cuando se va a trabajar', DV),
        ('mi pareja me encerro en el cuarto toda la noche', DV),
        # Harm to others.
        ('if he touches my daughter again he is dead', HTO),
        ('i have a knife in the glovebox and when he walks out i am going to use it on him', HTO),
        ('hoy si mato a mi esposa', HTO),
        ('lo voy a matar a ese desgraciado', HTO),
        # The second reader's: a child's or the writer's own goodbye handed on by someone else, a teen's letter to her
        # therapist, a note left at work, a letter to a "bobo" husband, a trip that is a death, and near variants.
        ('His teacher sent me the goodbye note he left in his desk.', SSH),
        ('My therapist read the goodbye letter I wrote last night.', SSH),
        ('Deje mi nota de despedida en el trabajo, mañana ya no voy a estar.', SSH),
        ('Le deje una carta de despedida al bobo de mi marido, ya me tome todas las pastillas.', SSH),
        ('Les grabe un video de despedida a mis hijos porque me voy de viaje y no pienso regresar.', SSH),
        ('I cut myself deeper than usual last night.', SSH),
        ('I took enough sleeping pills to not wake up.', SSH),
        ('I have taken the gun out like i planned.', SSH),
        ('My son tried to hang himself with his belt.', CSU),
        ('Se hace cortaditas en la panza.', CSU),
        ('His mom left him home alone again.', CAB),
        ('He hit me when he was drunk.', DV),
        ('when he drinks he hits me', DV),
        ('ese desgraciado, lo voy a matar', HTO),
    ],
    any_crisis=[
        'La psicologa me entrego la carta de despedida que escribio mi hija.',
        'Mi hija de 15 le escribio una carta de despedida a su terapeuta y se encerro en el baño.',
        'The school counselor emailed me a goodbye note my 13 year old wrote.',
    ],
    not_crisis=[
        # First part: goodbye letters that are not the writer's own.
        'mi hija le hizo una carta de despedida a su maestra porque se va a otra escuela',
        'mi nena le escribio una carta de despedida al chupon, ya no lo quiere',
        'she wrote a goodbye letter to her binky last night and we put it under the pillow',
        'we are doing a goodbye card for his pacifier like the therapist suggested',
        'the teacher sent us her goodbye letter, she is retiring',
        'la maestra nos mando su carta de despedida porque se jubila',
        'estoy escribiendo mi carta de despedida del trabajo, me cambio de empleo',
        'le grabe un video de despedida a mis hijos porque me despliegan en enero',
        'le mande un mensaje para despedirme de mi hermana porque me mudo a texas',
        # Spanish cuts that are accidents.
        'mi hija se corto el dedo con el vidrio',
        'se corto el pelo ella sola con las tijeras',
        # Second part: look-alikes.
        'i tried hanging the pictures earlier but the nails fell out',
        'we tried hanging the swing today and it was too low',
        'my wife left me alone again tonight with all three kids lol',
        'finished my notes last night for the class',
        'i have my affairs in order for the trip',
        'if he touches my fries again he is dead lol',
        'she wants to be in heaven with grandpa, is that normal grief for a 4 year old?',
        'he grabbed the scissors and tried to cut his own bangs',
        'my boss said if i leave early again i will regret it',
        'my ex was late again for the handoff',
        'the cat keeps following me around the house',
        'my 2 year old keeps following me around the house crying',
        'the puppy follows me everywhere lol',
        'i think every day about how to make dinner faster',
        'better off if i just ended the call and called back later',
        'the nurse noticed my paper cut and gave me a bandaid',
        'i cut the pizza deeper than usual and the plate cracked',
        'no tengo razones para quejarme, la terapia va bien',
        'guarde las pastillas del bebe en el gabinete alto',
        # The second reader's everyday look-alikes.
        'My 3yo tries to walk into the path of cars in the parking lot.',
        'Drop-off goes smoother if I am not around at all.',
        'Tonight she will sleep for the last time in her crib, big girl bed tomorrow.',
        "Noticed new cuts on my baby's face, should I trim his nails?",
        'She grabs me every time she drinks her bottle.',
        'Got the baby nail scissors, I will use them on her tonight while she sleeps.',
        'Mi esposo encierra con llave las medicinas para que el niño no las alcance.',
        'Hoy me chingo a mi cuñado en el FIFA.',
        'Le grabe un audio para despedirme de mi abuelita, los doctores dicen que no pasa de hoy.',
        'Se hizo rayitas en los brazos con plumon en la guarderia.',
    ],
)
