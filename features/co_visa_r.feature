# language: es
Característica: Colombia — visa de residente (Visa R) tras 5 años con PEP/PPT o con visas M
  Como equipo que mantiene el reglamento colombiano
  queremos que los titulares del PPT con 5 años continuos de PEP y PPT vean su siguiente paso,
  la Visa R (Res. 5477 de 2022), encadenada al PPT, con la fecha de los 5 años probada en sus bordes.

  Escenario: Venezolano con PEP desde 2018 y PPT vigente, con ingresos y sin antecedentes, es elegible
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato               | valor                                          |
      | host_country       | CO                                             |
      | nationalities      | VE                                             |
      | statuses           | [{"status": "co.ppt", "expires": "2031-05-30"}] |
      | co_pep_ppt_since   | 2018-03-01                                     |
      | has_passport       | sí                                             |
      | sufficient_means   | sí                                             |
      | co_criminal_record | no                                             |
    Cuando se evalúan las vías
    Entonces la vía "co.visa_r.five_years" es "elegible"
    Y la condición "holds_ppt" de la vía "co.visa_r.five_years" está "cumplida"
    Y la condición "pep_ppt_five_years" de la vía "co.visa_r.five_years" está "cumplida"
    Y la vía "co.visa_r.five_years" cita "Frontera y Sociedad"

  Esquema del escenario: Visa R: 5 años de PEP/PPT contados desde el primer permiso
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato               | valor                                          |
      | nationalities | VE |
      | host_country       | CO                                             |
      | statuses           | [{"status": "co.ppt", "expires": "2031-05-30"}] |
      | co_pep_ppt_since   | <desde>                                        |
      | co_visa_m_since    | 2024-01-01                                     |
      | has_passport       | sí                                             |
      | sufficient_means   | sí                                             |
      | co_criminal_record | no                                             |
    Cuando se evalúan las vías
    Entonces la vía "co.visa_r.five_years" es "<resultado>"
    Y la condición "pep_ppt_five_years" de la vía "co.visa_r.five_years" está "<estado>"

    Ejemplos: primer permiso la víspera de los 5 años, justo 5 años antes y un día después
      | desde      | resultado   | estado      |
      | 2021-01-14 | elegible    | cumplida    |
      | 2021-01-15 | elegible    | cumplida    |
      | 2021-01-16 | no elegible | no cumplida |

  Esquema del escenario: Visa R: 5 años con visas M (sin PPT)
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato               | valor      |
      | host_country       | CO         |
      | nationalities      | EC         |
      | statuses           | ninguno    |
      | co_pep_ppt_since   | 2019-01-01 |
      | co_visa_m_since    | <desde>    |
      | has_passport       | sí         |
      | sufficient_means   | sí         |
      | co_criminal_record | no         |
    Cuando se evalúan las vías
    Entonces la vía "co.visa_r.five_years" es "<resultado>"
    Y la condición "visa_m_route" de la vía "co.visa_r.five_years" está "<estado>"
    Y la condición "holds_ppt" de la vía "co.visa_r.five_years" está "no cumplida"

    Ejemplos:
      | desde      | resultado   | estado      |
      | 2021-01-14 | elegible    | cumplida    |
      | 2021-01-15 | elegible    | cumplida    |
      | 2021-01-16 | no elegible | no cumplida |

  Esquema del escenario: Visa R: una sola condición no cumplida basta para el "no"
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato               | valor                                          |
      | nationalities | VE |
      | host_country       | CO                                             |
      | statuses           | [{"status": "co.ppt", "expires": "2031-05-30"}] |
      | co_pep_ppt_since   | 2018-03-01                                     |
      | has_passport       | <pasaporte>                                    |
      | sufficient_means   | <medios>                                       |
      | co_criminal_record | <antecedentes>                                 |
    Cuando se evalúan las vías
    Entonces la vía "co.visa_r.five_years" es "no elegible"
    Y la condición "<condicion>" de la vía "co.visa_r.five_years" está "no cumplida"

    Ejemplos:
      | pasaporte | medios | antecedentes | condicion         |
      | no        | sí     | no           | passport          |
      | sí        | no     | no           | economic_capacity |
      | sí        | sí     | sí           | no_criminal_record |

  Escenario: Visa R: sin la fecha del primer PEP o PPT la vía queda indeterminada
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato               | valor                                          |
      | nationalities | VE |
      | host_country       | CO                                             |
      | statuses           | [{"status": "co.ppt", "expires": "2031-05-30"}] |
      | has_passport       | sí                                             |
      | sufficient_means   | sí                                             |
      | co_criminal_record | no                                             |
    Cuando se evalúan las vías
    Entonces la vía "co.visa_r.five_years" es "indeterminada"
    Y falta el dato "co_pep_ppt_since" para la vía "co.visa_r.five_years"

  Esquema del escenario: Visa R: desde la entrada en vigor de la Res. 5477 (21 de octubre de 2022)
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato               | valor                                          |
      | nationalities | VE |
      | host_country       | CO                                             |
      | statuses           | [{"status": "co.ppt", "expires": "2031-05-30"}] |
      | co_pep_ppt_since   | 2017-08-03                                     |
      | has_passport       | sí                                             |
      | sufficient_means   | sí                                             |
      | co_criminal_record | no                                             |
    Cuando se evalúan las vías
    Entonces la vía "co.visa_r.five_years" es "<resultado>"

    Ejemplos: la víspera, el día y el día siguiente
      | fecha      | resultado   |
      | 2022-10-20 | no elegible |
      | 2022-10-21 | elegible    |
      | 2022-10-22 | elegible    |
