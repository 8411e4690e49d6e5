# language: es
Característica: Uruguay — residencia permanente para familiares de uruguayos (Ley 19.254; Ley 20.075 y decreto de 2023)
  Como equipo que mantiene el reglamento uruguayo
  queremos que el cónyuge, concubino, padre, madre, hermano o hermana de un uruguayo vea su residencia
  permanente directa, cualquiera sea su nacionalidad, y que los nietos queden como punto abierto desde
  el decreto del 8 de febrero de 2023.

  Escenario: Venezolana casada con un uruguayo, sin antecedentes, es elegible
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato               | valor  |
      | host_country       | UY     |
      | nationalities      | VE     |
      | uy_family_tie      | spouse |
      | criminal_record_5y | no     |
    Cuando se evalúan las vías
    Entonces la vía "uy.vinculo_uruguayo.permanent" es "elegible"
    Y la condición "close_relative" de la vía "uy.vinculo_uruguayo.permanent" está "cumplida"
    Y la vía "uy.vinculo_uruguayo.permanent" cita "Art. 33"

  Esquema del escenario: Vínculo uruguayo: cada vínculo de la ley, antes y después del decreto de 2023
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato               | valor     |
      | nationalities | VE |
      | host_country       | UY        |
      | uy_family_tie      | <vinculo> |
      | criminal_record_5y | no        |
    Cuando se evalúan las vías
    Entonces la vía "uy.vinculo_uruguayo.permanent" es "<resultado>"

    Ejemplos:
      | fecha      | vinculo    | resultado     |
      | 2026-01-15 | concubine  | elegible      |
      | 2026-01-15 | parent     | elegible      |
      | 2026-01-15 | sibling    | elegible      |
      | 2026-01-15 | none       | no elegible   |
      | 2020-06-01 | grandchild | elegible      |
      | 2020-06-01 | none       | no elegible   |
      | 2023-02-07 | grandchild | elegible      |
      | 2023-02-08 | grandchild | indeterminada |
      | 2023-02-09 | grandchild | indeterminada |

  Esquema del escenario: Vínculo uruguayo: los antecedentes penales bastan para el "no"
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato               | valor  |
      | nationalities | VE |
      | host_country       | UY     |
      | uy_family_tie      | spouse |
      | criminal_record_5y | sí     |
    Cuando se evalúan las vías
    Entonces la vía "uy.vinculo_uruguayo.permanent" es "no elegible"
    Y la condición "no_criminal_record" de la vía "uy.vinculo_uruguayo.permanent" está "no cumplida"

    Ejemplos:
      | fecha      |
      | 2020-06-01 |
      | 2026-01-15 |

  Esquema del escenario: Vínculo uruguayo: sin saber el vínculo la vía queda indeterminada
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato               | valor |
      | nationalities | VE |
      | host_country       | UY    |
      | criminal_record_5y | no    |
    Cuando se evalúan las vías
    Entonces la vía "uy.vinculo_uruguayo.permanent" es "indeterminada"
    Y falta el dato "uy_family_tie" para la vía "uy.vinculo_uruguayo.permanent"

    Ejemplos:
      | fecha      |
      | 2020-06-01 |
      | 2026-01-15 |

  Esquema del escenario: Vínculo uruguayo: desde la publicación de la Ley 19.254 (4 de septiembre de 2014)
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato               | valor   |
      | nationalities | VE |
      | host_country       | UY      |
      | uy_family_tie      | sibling |
      | criminal_record_5y | no      |
    Cuando se evalúan las vías
    Entonces la vía "uy.vinculo_uruguayo.permanent" es "<resultado>"

    Ejemplos: la víspera, el día y el día siguiente
      | fecha      | resultado   |
      | 2014-09-03 | no elegible |
      | 2014-09-04 | elegible    |
      | 2014-09-05 | elegible    |
