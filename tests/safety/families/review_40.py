"""My review in the thirty-first round (review 40): everyday Spanish that older Spanish rules escalated, found by running
the rules over tests/crisis/everyday_es_set.jsonl (ordinary messages from Spanish-speaking caregivers, written by a
writer who saw nothing of the project). Two rules read too much: "ideas de" or "pensamientos sobre" with anything
after them was a crisis ("ideas de juegos en casa"), and any "carta de despedida" was one, a class's farewell card for
the teacher included; the second reader added older ones: an appointment missed ("el jueves no voy a estar"), a room
left in a tantrum, a formula brand nobody would notice, weaning given up, a course of antibiotics finished, grapes
cut. The writer's own goodbye letter, thoughts of suicide said plainly, and a child's goodbye note with the child gone
stay crises; thoughts of drowning or hurting a child said only by "lo" or "la", which the optional word had caught as
the writer's own death, are now the child's (harm_to_child_fear). The hold-out sets are never read here."""

from __future__ import annotations

from tests.safety.families import CSU, HCF, SSH, FamilyCases

CASES = FamilyCases(
    in_category=[
        ('tengo pensamientos suicidas', SSH),
        ('ideas suicidas todo el dia, ya no se que hacer', SSH),
        ('he tenido ideas de suicidio otra vez', SSH),
        ('tengo pensamientos de matarme', SSH),
        ('me vienen ideas de morirme cuando estoy sola', SSH),
        ('pensamientos sobre suicidarme no me dejan dormir', SSH),
        ('ya escribi mi carta de despedida', SSH),
        ('tengo lista mi nota de despedida', SSH),
        ('le deje una carta de despedida a mi esposo', SSH),
        ('ya les hice sus cartas de despedida a mis hijos', SSH),
        ('mi hija escribio una carta de despedida y no la encuentro', CSU),
        ('se me pasan pensamientos de ahogarlo en la tina cuando lo baño', HCF),
        ('me vienen ideas de lastimarla cuando no para de llorar', HCF),
        ('pienso en ahogarlo cuando lo baño', HCF),
        ('pense en sacudirla porque no paraba de llorar', HCF),
        # The second reader's: the writer's own note to a named person, a teen's note to classmates and the child gone,
        # and thoughts said in the ways the old optional word caught.
        ('Mi hija de 13 dejo una nota de despedida para sus companeros y no la encontramos.', CSU),
        ('Ya le deje mi carta de despedida a mi terapeuta.', SSH),
        ('Escribi mi nota de despedida para mi maestra.', SSH),
        ('Tengo pensamientos de muerte todo el tiempo desde que nacio el bebe.', SSH),
        ('tengo pensamientos de no querer vivir', SSH),
        ('tengo pensamientos de desaparecer', SSH),
        ('tengo pensamientos de querer morir', SSH),
        ('Mi esposo me confeso que tiene ideas de matarse.', SSH),
        ('tengo pensamientos de suisidio', SSH),
        ('He tenido pensamientos sobre el suicidio.', SSH),
        ('Tengo pensamientos de que estaria mejor muerta.', SSH),
        ('me sigo cortando las piernas', SSH),
        ('he estado cortando otra vez', SSH),
        ('me voy a tomar todas las pastillas del antibiotico', SSH),
        ('ya no voy a estar aqui', SSH),
        ('mañana ya no voy a estar', SSH),
        ('ya no voy a estar aqui el lunes', SSH),
        ('no voy a estar mucho tiempo', SSH),
        ('no vale la pena seguir con esta vida', SSH),
        ('seria mejor si me voy para siempre', SSH),
        ('nadie notaria si me muero', SSH),
        ('seria mejor si me voy al otro lado', SSH),
        ('tengo la idea de matarme', SSH),
        ('Se me ha ocurrido la idea de hacerme dano.', SSH),
    ],
    nothing=[
        'con los dias de lluvia el niño esta insoportable adentro, ideas de juegos en casa?',
        'necesito ideas de comida para la lonchera',
        'alguna idea de regalo para la maestra?',
        'tengo pensamientos sobre la escuela nueva, no se si cambiarlo',
        'ideas de actividades para el fin de semana?',
        'la maestra de la guarde se va a otra escuela, los niños le hicieron una carta de despedida con dibujos',
        'los alumnos le escribieron una tarjeta de despedida a la miss',
        'le hicimos una carta de despedida a la terapeuta porque se cambia de clinica',
        'mi hija quiere hacer una cartita de despedida para su maestra',
        'los companeritos le hicieron unas cartas de despedida a mi hijo porque nos mudamos',
        'pienso en tirarlo a la basura, ya esta roto ese juguete',
        'ideas de como bañarlo sin que llore?',
        'Los companeritos de mi hijo le hicieron una carta de despedida porque nos mudamos.',
        'Desde que murio su abuelito, mi hijo de 4 tiene muchas ideas sobre morir.',
        '¿Tengo que tomarme todas las pastillas del antibiotico aunque ya me siento bien?',
        '¿Sigo cortando las uvas en cuartos o ya se las doy enteras?',
        'Le dije a la psicologa que no tengo ideas suicidas, solo estoy agotada.',
        'El jueves no voy a estar.',
        'la idea de morir me aterra, quien cuidaria a mis hijos',
        'me da miedo la idea de la muerte desde que murio mi papa',
        'no estare aqui el lunes',
        'mañana no voy a estar, me toca trabajar',
        '¿Es mejor si me voy del cuarto cuando hace berrinche?',
        'Si le cambio la marca de formula, nadie notaria la diferencia, ¿verdad?',
        '¿No vale la pena seguir con la lactancia si casi no tengo leche?',
    ],
)
