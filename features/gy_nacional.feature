# language: es
Característica: Guyana — permiso de estadía para venezolanos, libre movilidad CARICOM de personas calificadas y protección vía ACNUR
  Como equipo que mantiene los reglamentos de Guyana
  queremos que un venezolano en Guyana sepa que puede registrarse y obtener un permiso de estadía renovable,
  que un nacional de un Estado CARICOM con un oficio aprobado vea el certificado de habilidades, y que pedir
  protección nunca dé "no elegible": Guyana no tiene procedimiento nacional y el ACNUR registra.

  Vías cubiertas (pathways/gy/), fuentes revisadas el 2026-12-07:
    gy.venezolanos.permiso     desde 2021-01-01 (práctica administrativa informada por el ACNUR)
    gy.caricom.habilidades     desde 2011-07-14 (reforma de la ley de nacionales calificados)
    gy.asilo                   desde 2018-06-23 (presencia permanente del ACNUR)

  Escenario: Venezolana en Mabaruma que cruzó por una trocha: permiso de estadía y registro con el ACNUR
    Dado la fecha de evaluación "2026-12-07"
    Y una persona con los datos:
      | dato            | valor |
      | host_country    | GY    |
      | in_host_country | sí    |
      | nationalities   | VE    |
    Cuando se evalúan las vías
    Entonces la vía "gy.venezolanos.permiso" es "elegible"
    Y la vía "gy.venezolanos.permiso" señala un punto sin confirmar
    Y la vía "gy.asilo" es "elegible"

  Esquema del escenario: Permiso para venezolanos — venezolano y en Guyana, cada condición decide por sí sola
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato            | valor   |
      | host_country    | GY      |
      | in_host_country | <en_gy> |
      | nationalities   | <nac>   |
    Cuando se evalúan las vías
    Entonces la vía "gy.venezolanos.permiso" es "<resultado>"
    Y la condición "<condición>" de la vía "gy.venezolanos.permiso" está "<estado>"

    Ejemplos:
      | fecha      | en_gy | nac | resultado     | condición | estado      |
      | 2026-12-07 | sí    | VE  | elegible      | venezuelan | cumplida    |
      | 2026-12-07 | sí    | CU  | no elegible   | venezuelan | no cumplida |
      | 2026-12-07 | sí    | ?   | indeterminada | venezuelan | desconocida |
      | 2026-12-07 | no    | VE  | no elegible   | in_guyana  | no cumplida |
      | 2026-12-07 | ?     | VE  | indeterminada | in_guyana  | desconocida |

  Esquema del escenario: Permiso para venezolanos — informado desde el 1/01/2021: el día antes, el mismo día y el día después
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato            | valor |
      | host_country    | GY    |
      | in_host_country | sí    |
      | nationalities   | VE    |
    Cuando se evalúan las vías
    Entonces la vía "gy.venezolanos.permiso" es "<resultado>"

    Ejemplos:
      | fecha      | resultado   |
      | 2020-12-31 | no elegible |
      | 2021-01-01 | elegible    |
      | 2021-01-02 | elegible    |

  Esquema del escenario: CARICOM — nacional de un Estado participante, no guyanés, con oficio aprobado
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato                   | valor    |
      | host_country           | GY       |
      | in_host_country        | sí       |
      | nationalities          | <nac>    |
      | caricom_skill_category | <oficio> |
    Cuando se evalúan las vías
    Entonces la vía "gy.caricom.habilidades" es "<resultado>"
    Y la condición "<condición>" de la vía "gy.caricom.habilidades" está "<estado>"

    Ejemplos:
      | fecha      | nac   | oficio | resultado     | condición               | estado      |
      | 2026-12-07 | JM    | sí     | elegible      | caricom_skills_national | cumplida    |
      | 2026-12-07 | TT    | sí     | elegible      | approved_category       | cumplida    |
      | 2026-12-07 | TT    | no     | no elegible   | approved_category       | no cumplida |
      | 2026-12-07 | TT    | ?      | indeterminada | approved_category       | desconocida |
      | 2026-12-07 | VE    | sí     | no elegible   | caricom_skills_national | no cumplida |
      | 2026-12-07 | HT    | sí     | no elegible   | caricom_skills_national | no cumplida |
      | 2026-12-07 | GY    | sí     | no elegible   | not_gy_national         | no cumplida |
      | 2026-12-07 | GY,BB | sí     | no elegible   | not_gy_national         | no cumplida |
      | 2026-12-07 | BB    | sí     | elegible      | not_gy_national         | cumplida    |

  Esquema del escenario: CARICOM — rige desde el 14/07/2011: el día antes, el mismo día y el día después
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato                   | valor |
      | host_country           | GY    |
      | in_host_country        | sí    |
      | nationalities          | SR    |
      | caricom_skill_category | sí    |
    Cuando se evalúan las vías
    Entonces la vía "gy.caricom.habilidades" es "<resultado>"

    Ejemplos:
      | fecha      | resultado   |
      | 2011-07-13 | no elegible |
      | 2011-07-14 | elegible    |
      | 2011-07-15 | elegible    |

  Esquema del escenario: Protección vía ACNUR — en Guyana; desde fuera queda indeterminada; un guyanés no la pide en Guyana
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato            | valor   |
      | host_country    | GY      |
      | in_host_country | <en_gy> |
      | nationalities   | <nac>   |
    Cuando se evalúan las vías
    Entonces la vía "gy.asilo" es "<resultado>"
    Y la condición "<condición>" de la vía "gy.asilo" está "<estado>"

    Ejemplos:
      | fecha      | en_gy | nac | resultado     | condición       | estado      |
      | 2026-12-07 | sí    | HT  | elegible      | in_guyana       | cumplida    |
      | 2026-12-07 | no    | HT  | indeterminada | in_guyana       | no cumplida |
      | 2026-12-07 | ?     | CU  | indeterminada | in_guyana       | desconocida |
      | 2026-12-07 | sí    | GY  | no elegible   | not_gy_national | no cumplida |
      | 2026-12-07 | sí    | CU  | elegible      | not_gy_national | cumplida    |
      | 2018-06-23 | sí    | VE  | elegible      | in_guyana       | cumplida    |
      | 2018-06-24 | sí    | VE  | elegible      | in_guyana       | cumplida    |
