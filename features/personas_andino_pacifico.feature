# language: es
Característica: Personas de prueba de la Comunidad Andina y la Alianza del Pacífico (P03, P05, P06, P09, P27)
  Como equipo que mantiene las reglas de la Decisión 878 de la CAN y del programa de Vacaciones y Trabajo
  queremos que cada persona de personas.md reciba, en su fecha de evaluación, el resultado esperado
  para cada vía de estas reglas que la persona nombra.

  Escenario: P03 — colombiano de 28 años en Santiago tras vencer su estadía de turista: vacaciones y trabajo en Chile indeterminada (⚠)
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato                 | valor      |
      | host_country         | CL         |
      | in_host_country      | sí         |
      | wh_in_home_country   | no         |
      | nationalities        | CO         |
      | naturalisations      | ninguna    |
      | age                  | 28         |
      | entry_date           | 2025-02-10 |
      | has_passport         | sí         |
      | passport_expiry_date | 2030-06-30 |
      | criminal_record_5y   | no         |
      | statuses             | ninguna    |
    Cuando se evalúan las vías
    Entonces la vía "cl.pacific_alliance.working_holiday" es "indeterminada"
    Y la condición "partner_national" de la vía "cl.pacific_alliance.working_holiday" está "cumplida"
    Y la condición "age_18_to_30" de la vía "cl.pacific_alliance.working_holiday" está "cumplida"
    Y la vía "cl.pacific_alliance.working_holiday" pide primero "apply_from_home_country"
    Y la vía "cl.pacific_alliance.working_holiday" señala un punto sin confirmar
    Y falta el dato "wh_sufficient_funds" para la vía "cl.pacific_alliance.working_holiday"
    Y falta el dato "wh_accompanied_by_dependants" para la vía "cl.pacific_alliance.working_holiday"

  Escenario: P03 con fondos, seguro y pasaje: elegible aunque esté en Chile; dónde pedirla es el primer paso, no un "no"
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato                         | valor |
      | host_country                 | CL    |
      | in_host_country              | sí    |
      | wh_in_home_country           | no    |
      | nationalities                | CO    |
      | age                          | 28    |
      | wh_previous_participation    | no    |
      | wh_accompanied_by_dependants | no    |
      | wh_sufficient_funds          | sí    |
      | wh_return_ticket_or_funds    | sí    |
      | wh_travel_insurance          | sí    |
      | criminal_record_5y           | no    |
    Cuando se evalúan las vías
    Entonces la vía "cl.pacific_alliance.working_holiday" es "elegible"
    Y la vía "cl.pacific_alliance.working_holiday" pide primero "apply_from_home_country"
    Y la vía "cl.pacific_alliance.working_holiday" señala un punto sin confirmar

  Escenario: P05 — chileno de 31 años en Colombia: ni residencia andina ni vacaciones y trabajo
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato                         | valor      |
      | host_country                 | CO         |
      | in_host_country              | sí         |
      | wh_in_home_country           | no         |
      | nationalities                | CL         |
      | naturalisations              | ninguna    |
      | birth_date                   | 1994-11-20 |
      | entry_date                   | 2025-11-01 |
      | has_passport                 | sí         |
      | passport_expiry_date         | 2031-01-01 |
      | criminal_record_5y           | no         |
      | wh_previous_participation    | no         |
      | wh_accompanied_by_dependants | no         |
      | statuses                     | ninguna    |
    Cuando se evalúan las vías
    Entonces la vía "co.can.temporary" es "no elegible"
    Y la condición "andean_national" de la vía "co.can.temporary" está "no cumplida"
    Y la vía "co.can.temporary" cita "Decisión 878"
    Y la vía "co.can.permanent" es "no elegible"
    Y la vía "co.pacific_alliance.working_holiday" es "no elegible"
    Y la condición "age_18_to_30" de la vía "co.pacific_alliance.working_holiday" está "no cumplida"
    Y la condición "age_at_most_30" de la vía "co.pacific_alliance.working_holiday" está "no cumplida"
    Y la condición "partner_national" de la vía "co.pacific_alliance.working_holiday" está "cumplida"

  Escenario: P06 — peruana en El Alto con DNI vigente hasta 2029, tras vencer su estadía de turista: residencia temporal andina en Bolivia
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato                 | valor      |
      | host_country         | BO         |
      | in_host_country      | sí         |
      | nationalities        | PE         |
      | naturalisations      | ninguna    |
      | age                  | 40         |
      | entry_date           | 2024-02-01 |
      | has_id_card          | sí         |
      | id_card_expiry_date  | 2029-12-31 |
      | has_passport         | sí         |
      | passport_expiry_date | 2025-01-31 |
      | criminal_record_5y   | no         |
      | statuses             | ninguna    |
    Cuando se evalúan las vías
    Entonces la vía "bo.can.temporary" es "elegible"
    Y la condición "andean_national" de la vía "bo.can.temporary" está "cumplida"
    Y la condición "id_card_valid_6_months" de la vía "bo.can.temporary" está "cumplida"
    Y la condición "passport_valid_6_months" de la vía "bo.can.temporary" está "no cumplida"
    Y la condición "no_criminal_record" de la vía "bo.can.temporary" está "cumplida"
    Y la vía "bo.can.temporary" cita "Decisión 878"
    Y la vía "bo.can.temporary" señala un punto sin confirmar
    Y la vía "bo.can.permanent" es "no elegible"

  Escenario: P09 — brasileño en Montevideo: Uruguay no aplica ninguna de estas vías
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato                 | valor      |
      | host_country         | UY         |
      | in_host_country      | sí         |
      | wh_in_home_country   | no         |
      | nationalities        | BR         |
      | naturalisations      | ninguna    |
      | age                  | 25         |
      | entry_date           | 2025-09-01 |
      | has_id_card          | sí         |
      | id_card_expiry_date  | 2032-01-01 |
      | criminal_record_5y   | no         |
      | statuses             | ninguna    |
    Cuando se evalúan las vías
    Entonces la vía "bo.can.temporary" es "no elegible"
    Y la vía "co.can.temporary" es "no elegible"
    Y la vía "ec.can.temporary" es "no elegible"
    Y la vía "pe.can.temporary" es "no elegible"
    Y la vía "bo.can.permanent" es "no elegible"
    Y la vía "co.can.permanent" es "no elegible"
    Y la vía "ec.can.permanent" es "no elegible"
    Y la vía "pe.can.permanent" es "no elegible"
    Y la vía "cl.pacific_alliance.working_holiday" es "no elegible"
    Y la vía "co.pacific_alliance.working_holiday" es "no elegible"
    Y la vía "mx.pacific_alliance.working_holiday" es "no elegible"
    Y la vía "pe.pacific_alliance.working_holiday" es "no elegible"

  Esquema del escenario: P09 variante — un brasileño tampoco entra aunque viva en un país de la CAN o de la Alianza
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato                         | valor      |
      | host_country                 | <país>     |
      | wh_in_home_country           | sí         |
      | nationalities                | BR         |
      | age                          | 25         |
      | has_id_card                  | sí         |
      | id_card_expiry_date          | 2032-01-01 |
      | criminal_record_5y           | no         |
      | wh_previous_participation    | no         |
      | wh_accompanied_by_dependants | no         |
      | wh_sufficient_funds          | sí         |
      | wh_return_ticket_or_funds    | sí         |
      | wh_travel_insurance          | sí         |
    Cuando se evalúan las vías
    Entonces la vía "<vía>" es "no elegible"
    Y la condición "<condición>" de la vía "<vía>" está "no cumplida"

    Ejemplos:
      | país | vía                                 | condición        |
      | PE   | pe.can.temporary                    | andean_national  |
      | CL   | cl.pacific_alliance.working_holiday | partner_national |

  Escenario: P27 — mexicano de 30 años (nacido el 30/01/1995) que postula desde México a Colombia: elegible, con la fecha de la edad señalada (⚠)
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato                         | valor      |
      | host_country                 | CO         |
      | in_host_country              | no         |
      | wh_in_home_country           | sí         |
      | nationalities                | MX         |
      | naturalisations              | ninguna    |
      | birth_date                   | 1995-01-30 |
      | wh_previous_participation    | no         |
      | wh_accompanied_by_dependants | no         |
      | wh_sufficient_funds          | sí         |
      | wh_return_ticket_or_funds    | sí         |
      | wh_travel_insurance          | sí         |
      | criminal_record_5y           | no         |
    Cuando se evalúan las vías
    Entonces la vía "co.pacific_alliance.working_holiday" es "elegible"
    Y la condición "age_18_to_30" de la vía "co.pacific_alliance.working_holiday" está "cumplida"
    Y la vía "co.pacific_alliance.working_holiday" señala un punto sin confirmar
    Y la vía "co.pacific_alliance.working_holiday" cita "age 18 to 30"

  Esquema del escenario: P27 — cumple 31 el 30/01/2026: un día antes, el día y un día después
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato                         | valor      |
      | host_country                 | CO         |
      | wh_in_home_country           | sí         |
      | nationalities                | MX         |
      | birth_date                   | 1995-01-30 |
      | wh_previous_participation    | no         |
      | wh_accompanied_by_dependants | no         |
      | wh_sufficient_funds          | sí         |
      | wh_return_ticket_or_funds    | sí         |
      | wh_travel_insurance          | sí         |
      | criminal_record_5y           | no         |
    Cuando se evalúan las vías
    Entonces la vía "co.pacific_alliance.working_holiday" es "<resultado>"
    Y la condición "age_at_most_30" de la vía "co.pacific_alliance.working_holiday" está "<estado>"

    Ejemplos:
      | fecha      | resultado   | estado      |
      | 2026-01-15 | elegible    | cumplida    |
      | 2026-01-29 | elegible    | cumplida    |
      | 2026-01-30 | no elegible | no cumplida |
      | 2026-01-31 | no elegible | no cumplida |
