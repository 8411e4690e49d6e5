# language: es
Característica: Costa Rica — categoría especial temporal de 2023 y solicitud de refugio
  Como equipo que mantiene los reglamentos de Costa Rica
  queremos que la Categoría Especial Temporal (Decreto 43809-MGP) cubra sólo a cubanos, nicaragüenses y
  venezolanos con una solicitud de refugio de 2010 a septiembre de 2022 pendiente o denegada, entre el
  1/03/2023 y el 29/02/2024, y que pedir refugio nunca dé "no elegible": se puede pedir, con cómo y hasta cuándo.

  Vías cubiertas (pathways/cr/), fuentes revisadas el 2026-12-07:
    cr.categoria_especial_temporal   2023-03-01 a 2024-02-29 (cerrada después)
    cr.refugio                       2010-03-01 a 2022-11-30 (sin plazo), 2022-12-01 a 2024-06-13 (un mes
                                     desde el ingreso), desde 2024-06-14 (sin plazo, Decreto 44501-MGP)

  Escenario: Venezolana en San José que pidió refugio en 2019 y sigue esperando: hoy puede pedir refugio; la CET está cerrada
    Dado la fecha de evaluación "2026-12-07"
    Y una persona con los datos:
      | dato                               | valor      |
      | host_country                       | CR         |
      | in_host_country                    | sí         |
      | nationalities                      | VE         |
      | entry_date                         | 2019-03-02 |
      | cr_refugee_claim_date              | 2019-05-10 |
      | cr_refugee_claim_pending_or_denied | sí         |
      | cr_other_category_approved         | no         |
      | criminal_record_5y                 | no         |
    Cuando se evalúan las vías
    Entonces la vía "cr.refugio" es "elegible"
    Y la vía "cr.refugio" cita "Where can I apply"
    Y la vía "cr.categoria_especial_temporal" es "no elegible"
    Y la vía "cr.categoria_especial_temporal" cerró el "2024-02-29"

  Esquema del escenario: CET — cada condición decide por sí sola, y las fechas de la solicitud de refugio
    Dado la fecha de evaluación "2023-06-01"
    Y una persona con los datos:
      | dato                               | valor       |
      | host_country                       | CR          |
      | in_host_country                    | <en_cr>     |
      | nationalities                      | <nac>       |
      | cr_refugee_claim_date              | <solicitud> |
      | cr_refugee_claim_pending_or_denied | <pendiente> |
      | cr_other_category_approved         | <otra>      |
      | criminal_record_5y                 | <penal>     |
    Cuando se evalúan las vías
    Entonces la vía "cr.categoria_especial_temporal" es "<resultado>"
    Y la condición "<condición>" de la vía "cr.categoria_especial_temporal" está "<estado>"

    Ejemplos:
      | en_cr | nac | solicitud  | pendiente | otra | penal | resultado   | condición                        | estado      |
      | sí    | VE  | 2019-05-10 | sí        | no   | no    | elegible    | cuban_nicaraguan_or_venezuelan   | cumplida    |
      | sí    | NI  | 2019-05-10 | sí        | no   | no    | elegible    | cuban_nicaraguan_or_venezuelan   | cumplida    |
      | sí    | CO  | 2019-05-10 | sí        | no   | no    | no elegible | cuban_nicaraguan_or_venezuelan   | no cumplida |
      | sí    | CU  | 2009-12-31 | sí        | no   | no    | no elegible | refugee_claim_from_2010          | no cumplida |
      | sí    | CU  | 2010-01-01 | sí        | no   | no    | elegible    | refugee_claim_from_2010          | cumplida    |
      | sí    | CU  | 2010-01-02 | sí        | no   | no    | elegible    | refugee_claim_from_2010          | cumplida    |
      | sí    | VE  | 2022-09-29 | sí        | no   | no    | elegible    | refugee_claim_by_30_september_2022 | cumplida  |
      | sí    | VE  | 2022-09-30 | sí        | no   | no    | elegible    | refugee_claim_by_30_september_2022 | cumplida  |
      | sí    | VE  | 2022-10-01 | sí        | no   | no    | no elegible | refugee_claim_by_30_september_2022 | no cumplida |
      | sí    | VE  | 2019-05-10 | no        | no   | no    | no elegible | claim_pending_or_denied          | no cumplida |
      | no    | VE  | 2019-05-10 | sí        | no   | no    | no elegible | living_in_costa_rica             | no cumplida |
      | sí    | VE  | 2019-05-10 | sí        | sí   | no    | no elegible | no_other_category                | no cumplida |
      | sí    | VE  | 2019-05-10 | sí        | no   | sí    | no elegible | no_criminal_record               | no cumplida |
      | sí    | VE  | 2019-05-10 | sí        | no   | ?     | indeterminada | no_criminal_record             | desconocida |
      | sí    | VE  | ?          | sí        | no   | no    | indeterminada | refugee_claim_from_2010        | desconocida |

  Esquema del escenario: CET — abre el 1/03/2023 y cierra el 29/02/2024
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato                               | valor      |
      | host_country                       | CR         |
      | in_host_country                    | sí         |
      | nationalities                      | NI         |
      | cr_refugee_claim_date              | 2018-07-20 |
      | cr_refugee_claim_pending_or_denied | sí         |
      | cr_other_category_approved         | no         |
      | criminal_record_5y                 | no         |
    Cuando se evalúan las vías
    Entonces la vía "cr.categoria_especial_temporal" es "<resultado>"

    Ejemplos:
      | fecha      | resultado   |
      | 2023-02-28 | no elegible |
      | 2023-03-01 | elegible    |
      | 2023-03-02 | elegible    |
      | 2024-02-28 | elegible    |
      | 2024-02-29 | elegible    |
      | 2024-03-01 | no elegible |

  Esquema del escenario: Refugio — se puede pedir en Costa Rica o en su frontera; desde fuera queda indeterminada, nunca "no"
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato            | valor      |
      | host_country    | CR         |
      | in_host_country | <en_cr>    |
      | nationalities   | <nac>      |
      | entry_date      | <entrada>  |
    Cuando se evalúan las vías
    Entonces la vía "cr.refugio" es "<resultado>"
    Y la condición "in_costa_rica" de la vía "cr.refugio" está "<estado>"

    Ejemplos: sin plazo (2010-2022 y desde el 14/06/2024)
      | fecha      | en_cr | nac | entrada    | resultado     | estado      |
      | 2015-06-01 | sí    | NI  | 2014-01-10 | elegible      | cumplida    |
      | 2015-06-01 | no    | NI  | ?          | indeterminada | no cumplida |
      | 2015-06-01 | ?     | NI  | ?          | indeterminada | desconocida |
      | 2025-01-10 | sí    | VE  | 2019-01-10 | elegible      | cumplida    |
      | 2025-01-10 | no    | HT  | ?          | indeterminada | no cumplida |
      | 2025-01-10 | ?     | CU  | ?          | indeterminada | desconocida |

    Ejemplos: un mes desde el ingreso (1/12/2022 a 13/06/2024)
      | fecha      | en_cr | nac | entrada    | resultado     | estado      |
      | 2023-01-15 | sí    | NI  | 2022-12-20 | elegible      | cumplida    |
      | 2023-01-15 | no    | NI  | 2022-12-20 | indeterminada | no cumplida |

  Esquema del escenario: Refugio 2022-2024 — el mes desde el ingreso: el día antes, el mismo día y el día después; tarde no es "no"
    Dado la fecha de evaluación "2023-01-15"
    Y una persona con los datos:
      | dato            | valor     |
      | host_country    | CR        |
      | in_host_country | sí        |
      | nationalities   | VE        |
      | entry_date      | <entrada> |
    Cuando se evalúan las vías
    Entonces la vía "cr.refugio" es "<resultado>"
    Y la condición "entered_within_one_month" de la vía "cr.refugio" está "<estado>"

    Ejemplos:
      | entrada    | resultado     | estado      |
      | 2022-12-14 | indeterminada | no cumplida |
      | 2022-12-15 | elegible      | cumplida    |
      | 2022-12-16 | elegible      | cumplida    |
      | ?          | indeterminada | desconocida |

  Esquema del escenario: Refugio — cambios de versión: el plazo de un mes rige del 1/12/2022 al 13/06/2024
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato            | valor      |
      | host_country    | CR         |
      | in_host_country | sí         |
      | nationalities   | NI         |
      | entry_date      | 2018-04-20 |
    Cuando se evalúan las vías
    Entonces la vía "cr.refugio" es "<resultado>"

    Ejemplos:
      | fecha      | resultado     |
      | 2022-11-30 | elegible      |
      | 2022-12-01 | indeterminada |
      | 2024-06-13 | indeterminada |
      | 2024-06-14 | elegible      |
      | 2024-06-15 | elegible      |

  Esquema del escenario: Residencia permanente por vínculo — madre o padre de costarricense, o menor de 18 hijo de costarricense
    Dado la fecha de evaluación "2025-05-01"
    Y una persona con los datos:
      | dato                    | valor        |
      | host_country            | CR           |
      | in_host_country         | sí           |
      | nationalities           | VE           |
      | cr_parent_of_costa_rican | <madre>     |
      | cr_child_of_costa_rican | <hijo>       |
      | birth_date              | <nacimiento> |
      | criminal_record_5y      | <penal>      |
    Cuando se evalúan las vías
    Entonces la vía "cr.residencia_vinculo" es "<resultado>"
    Y la condición "<condición>" de la vía "cr.residencia_vinculo" está "<estado>"

    Ejemplos:
      | madre | hijo | nacimiento | penal | resultado     | condición            | estado      |
      | sí    | no   | 1990-02-10 | no    | elegible      | parent_of_costa_rican | cumplida   |
      | no    | no   | 2010-02-10 | no    | no elegible   | parent_of_costa_rican | no cumplida |
      | no    | no   | 2010-02-10 | no    | no elegible   | child_of_costa_rican | no cumplida |
      | no    | sí   | 2010-02-10 | no    | elegible      | child_of_costa_rican | cumplida    |
      | no    | sí   | 2007-05-02 | no    | elegible      | under_18             | cumplida    |
      | no    | sí   | 2007-05-01 | no    | no elegible   | under_18             | no cumplida |
      | no    | sí   | 2007-04-30 | no    | no elegible   | under_18             | no cumplida |
      | sí    | no   | 1990-02-10 | sí    | no elegible   | no_criminal_record   | no cumplida |
      | sí    | no   | 1990-02-10 | ?     | indeterminada | no_criminal_record   | desconocida |
      | ?     | no   | 1990-02-10 | no    | indeterminada | parent_of_costa_rican | desconocida |

  Esquema del escenario: Residencia por vínculo — rige con la Ley 8764 desde el 1/03/2010
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato                     | valor      |
      | nationalities | NI |
      | host_country             | CR         |
      | in_host_country          | sí         |
      | cr_parent_of_costa_rican | sí         |
      | birth_date               | 1980-01-01 |
      | criminal_record_5y       | no         |
    Cuando se evalúan las vías
    Entonces la vía "cr.residencia_vinculo" es "<resultado>"

    Ejemplos:
      | fecha      | resultado   |
      | 2010-02-28 | no elegible |
      | 2010-03-01 | elegible    |
      | 2010-03-02 | elegible    |
