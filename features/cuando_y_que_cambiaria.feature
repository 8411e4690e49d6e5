# language: es
Característica: Desde cuándo, hasta cuándo y qué cambiaría un "no" (issue 12)
  Como persona que consulta sus vías, o como clínica que la acompaña,
  quiero saber desde qué día puedo pedir una vía, hasta qué día, cuándo cambia la respuesta y por qué,
  y qué respuesta que yo pueda cambiar (un documento, dónde estoy) convertiría un "no" en un "sí" o un "quizá".
  Cada fecha se comprueba evaluando los mismos datos el día anterior y el mismo día (los pasos lo hacen).

  Tipos de fecha cubiertos: límite de edad (18 y 30 años), duración (5 años con visas M), inicio y fin de una
  versión (formalización 2025 del Perú), plazo de un permiso que vence (90 días antes de la residencia
  temporal andina), y "no elegible" que pasa a "indeterminada" el día de un cumpleaños.

  Esquema del escenario: Vacaciones y trabajo en Colombia: el día en que cumple 31 años deja de poder pedirla
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato                         | valor      |
      | host_country                 | CO         |
      | nationalities                | MX         |
      | birth_date                   | 1996-03-10 |
      | wh_previous_participation    | no         |
      | wh_accompanied_by_dependants | no         |
      | wh_sufficient_funds          | sí         |
      | wh_return_ticket_or_funds    | sí         |
      | wh_travel_insurance          | sí         |
      | criminal_record_5y           | no         |
      | wh_in_home_country           | sí         |
    Cuando se evalúan las vías
    Entonces la vía "co.pacific_alliance.working_holiday" es "elegible"
    Y la vía "co.pacific_alliance.working_holiday" es elegible hasta el "2027-03-09"
    Y la vía "co.pacific_alliance.working_holiday" pasa el "2027-03-10" a "no elegible" por "age_at_most_30"

    Ejemplos:
      | fecha      |
      | 2026-12-07 |
      | 2027-03-08 |
      | 2027-03-09 |

  Escenario: Vacaciones y trabajo en Colombia: al día siguiente de cumplir 31 ya no cambia nada
    Dado la fecha de evaluación "2027-03-10"
    Y una persona con los datos:
      | dato                         | valor      |
      | host_country                 | CO         |
      | nationalities                | MX         |
      | birth_date                   | 1996-03-10 |
      | wh_previous_participation    | no         |
      | wh_accompanied_by_dependants | no         |
      | wh_sufficient_funds          | sí         |
      | wh_return_ticket_or_funds    | sí         |
      | wh_travel_insurance          | sí         |
      | criminal_record_5y           | no         |
      | wh_in_home_country           | sí         |
    Cuando se evalúan las vías
    Entonces la vía "co.pacific_alliance.working_holiday" es "no elegible"
    Y la vía "co.pacific_alliance.working_holiday" no cambia en los próximos 10 años
    Y ninguna respuesta que la persona pueda cambiar abre la vía "co.pacific_alliance.working_holiday"

  Esquema del escenario: Vacaciones y trabajo: a los 17 años "no", el día en que cumple 18 "sí" o "indeterminada"
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato                         | valor      |
      | host_country                 | CO         |
      | nationalities                | PE         |
      | birth_date                   | 2009-03-10 |
      | wh_previous_participation    | no         |
      | wh_accompanied_by_dependants | no         |
      | wh_sufficient_funds          | <fondos>   |
      | wh_return_ticket_or_funds    | sí         |
      | wh_travel_insurance          | sí         |
      | criminal_record_5y           | no         |
      | wh_in_home_country           | sí         |
    Cuando se evalúan las vías
    Entonces la vía "co.pacific_alliance.working_holiday" es "no elegible"
    Y la vía "co.pacific_alliance.working_holiday" pasa el "2027-03-10" a "<después>" por "age_at_least_18"
    Y ninguna respuesta que la persona pueda cambiar abre la vía "co.pacific_alliance.working_holiday"

    Ejemplos:
      | fecha      | fondos | después       |
      | 2026-12-07 | sí     | elegible      |
      | 2027-03-09 | sí     | elegible      |
      | 2026-12-07 | no     | indeterminada |
      | 2027-03-09 | no     | indeterminada |

  Escenario: Vacaciones y trabajo: elegible desde el día en que cumple 18, en palabras
    Dado la fecha de evaluación "2026-12-07"
    Y una persona con los datos:
      | dato                         | valor      |
      | host_country                 | CO         |
      | nationalities                | PE         |
      | birth_date                   | 2009-03-10 |
      | wh_previous_participation    | no         |
      | wh_accompanied_by_dependants | no         |
      | wh_sufficient_funds          | sí         |
      | wh_return_ticket_or_funds    | sí         |
      | wh_travel_insurance          | sí         |
      | criminal_record_5y           | no         |
      | wh_in_home_country           | sí         |
    Cuando se evalúan las vías
    Entonces la vía "co.pacific_alliance.working_holiday" es elegible desde el "2027-03-10"
    Y el texto de la vía "co.pacific_alliance.working_holiday" en "es" dice "Elegible desde el 2027-03-10"

  Esquema del escenario: Visa R en Colombia: 5 años con visas M se cumplen el mismo día del quinto año
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato               | valor      |
      | host_country       | CO         |
      | nationalities      | VE         |
      | co_visa_m_since    | 2022-03-01 |
      | has_passport       | sí         |
      | sufficient_means   | sí         |
      | co_criminal_record | no         |
    Cuando se evalúan las vías
    Entonces la vía "co.visa_r.five_years" es "<hoy>"
    Y la vía "co.visa_r.five_years" es elegible desde el "2027-03-01"
    Y la vía "co.visa_r.five_years" pasa el "2027-03-01" a "elegible" por "visa_m_route"

    Ejemplos:
      | fecha      | hoy           |
      | 2026-12-07 | indeterminada |
      | 2027-02-28 | indeterminada |

  Escenario: Visa R en Colombia: desde el día en que se cumplen los 5 años no vence
    Dado la fecha de evaluación "2027-03-01"
    Y una persona con los datos:
      | dato               | valor      |
      | host_country       | CO         |
      | nationalities      | VE         |
      | co_visa_m_since    | 2022-03-01 |
      | has_passport       | sí         |
      | sufficient_means   | sí         |
      | co_criminal_record | no         |
    Cuando se evalúan las vías
    Entonces la vía "co.visa_r.five_years" es "elegible"
    Y la vía "co.visa_r.five_years" no cambia en los próximos 10 años

  Escenario: Visa R en Colombia: sin pasaporte es "no", con pasaporte sería "sí"
    Dado la fecha de evaluación "2026-12-07"
    Y una persona con los datos:
      | dato               | valor      |
      | host_country       | CO         |
      | nationalities      | VE         |
      | co_visa_m_since    | 2020-03-01 |
      | has_passport       | no         |
      | sufficient_means   | sí         |
      | co_criminal_record | no         |
    Cuando se evalúan las vías
    Entonces la vía "co.visa_r.five_years" es "no elegible"
    Y la vía "co.visa_r.five_years" sería "elegible" con "has_passport" = "sí"
    Y el texto de la vía "co.visa_r.five_years" en "es" dice "Si consigue un pasaporte de su país, podría solicitarlo."
    Y el texto de la vía "co.visa_r.five_years" en "en" dice "If you get a passport from your country, you could apply."

  Escenario: Visa R en Colombia: con antecedentes penales ninguna respuesta cambiable la abre
    Dado la fecha de evaluación "2026-12-07"
    Y una persona con los datos:
      | dato               | valor      |
      | host_country       | CO         |
      | nationalities      | VE         |
      | co_visa_m_since    | 2020-03-01 |
      | has_passport       | no         |
      | sufficient_means   | sí         |
      | co_criminal_record | sí         |
    Cuando se evalúan las vías
    Entonces la vía "co.visa_r.five_years" es "no elegible"
    Y ninguna respuesta que la persona pueda cambiar abre la vía "co.visa_r.five_years"

  Esquema del escenario: Formalización 2025 del Perú: se abre el 15 de septiembre y cierra el 13 de diciembre de 2025
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato               | valor |
      | host_country       | PE    |
      | nationalities      | VE    |
      | in_host_country    | sí    |
      | pe_expired_cpp_ptp | sí    |
      | pe_criminal_record | no    |
      | pe_interpol_alert  | no    |
    Cuando se evalúan las vías
    Entonces la vía "pe.formalizacion.2025" es "<hoy>"
    Y la vía "pe.formalizacion.2025" pasa el "<cambia>" a "<después>" por "in_force"

    Ejemplos:
      | fecha      | hoy         | cambia     | después     |
      | 2025-09-01 | no elegible | 2025-09-15 | elegible    |
      | 2025-09-14 | no elegible | 2025-09-15 | elegible    |
      | 2025-09-15 | elegible    | 2025-12-14 | no elegible |
      | 2025-12-13 | elegible    | 2025-12-14 | no elegible |

  Escenario: Formalización 2025 del Perú: el día antes de abrir, elegible desde el 15 de septiembre
    Dado la fecha de evaluación "2025-09-14"
    Y una persona con los datos:
      | dato               | valor |
      | host_country       | PE    |
      | nationalities      | VE    |
      | in_host_country    | sí    |
      | pe_expired_cpp_ptp | sí    |
      | pe_criminal_record | no    |
      | pe_interpol_alert  | no    |
    Cuando se evalúan las vías
    Entonces la vía "pe.formalizacion.2025" es elegible desde el "2025-09-15"

  Escenario: Formalización 2025 del Perú: el último día, hasta el 13 de diciembre; al día siguiente, nada más
    Dado la fecha de evaluación "2025-12-13"
    Y una persona con los datos:
      | dato               | valor |
      | host_country       | PE    |
      | nationalities      | VE    |
      | in_host_country    | sí    |
      | pe_expired_cpp_ptp | sí    |
      | pe_criminal_record | no    |
      | pe_interpol_alert  | no    |
    Cuando se evalúan las vías
    Entonces la vía "pe.formalizacion.2025" es elegible hasta el "2025-12-13"
    Y el texto de la vía "pe.formalizacion.2025" en "es" dice "Elegible hasta el 2025-12-13"

  Esquema del escenario: Residencia permanente andina en Bolivia: en los 90 días antes de que venza la temporal
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato               | valor                                                                 |
      | host_country       | BO                                                                    |
      | nationalities      | PE                                                                    |
      | statuses           | [{"status": "bo.temporary_residence.can", "expires": "2027-06-30"}] |
      | has_passport       | sí                                                                    |
      | sufficient_means   | sí                                                                    |
      | criminal_record_5y | no                                                                    |
    Cuando se evalúan las vías
    Entonces la vía "bo.can.permanent" es "<hoy>"
    Y la vía "bo.can.permanent" pasa el "<cambia>" a "<después>" por "holds_andean_temporary"

    Ejemplos:
      | fecha      | hoy         | cambia     | después     |
      | 2026-12-07 | no elegible | 2027-04-01 | elegible    |
      | 2027-03-31 | no elegible | 2027-04-01 | elegible    |
      | 2027-04-01 | elegible    | 2027-07-01 | no elegible |
      | 2027-06-30 | elegible    | 2027-07-01 | no elegible |

  Esquema del escenario: Uruguay y Panamá: el día en que Panamá pasa a Estado Asociado (fecha de un parámetro) la respuesta cambia
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato               | valor   |
      | host_country       | UY      |
      | in_host_country    | sí      |
      | nationalities      | PA      |
      | naturalisations    | ninguna |
      | has_id_card        | sí      |
      | criminal_record_5y | no      |
      | statuses           | ninguna |
    Cuando se evalúan las vías
    Entonces la vía "uy.mercosur.permanent" es "no elegible"
    Y la vía "uy.mercosur.permanent" pasa el "2024-12-06" a "indeterminada" por "panamanian_national"

    Ejemplos:
      | fecha      |
      | 2024-10-01 |
      | 2024-12-05 |

  Esquema del escenario: Uruguay y Panamá: desde el día en que Panamá es Estado Asociado, la vía queda indeterminada y no cambia más
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato               | valor   |
      | host_country       | UY      |
      | in_host_country    | sí      |
      | nationalities      | PA      |
      | naturalisations    | ninguna |
      | has_id_card        | sí      |
      | criminal_record_5y | no      |
      | statuses           | ninguna |
    Cuando se evalúan las vías
    Entonces la vía "uy.mercosur.permanent" es "indeterminada"
    Y la vía "uy.mercosur.permanent" no cambia en los próximos 10 años

    Ejemplos:
      | fecha      |
      | 2024-12-06 |
      | 2024-12-07 |

  Esquema del escenario: Uruguay: una nacionalidad por naturalización cuenta el día en que cumple 5 años
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato               | valor                                     |
      | host_country       | UY                                        |
      | in_host_country    | sí                                        |
      | nationalities      | BR                                        |
      | naturalisations    | [{"country": "BR", "date": "2021-06-30"}] |
      | has_id_card        | sí                                        |
      | criminal_record_5y | no                                        |
      | statuses           | ninguna                                   |
    Cuando se evalúan las vías
    Entonces la vía "uy.mercosur.permanent" es "no elegible"
    Y la vía "uy.mercosur.permanent" es elegible desde el "2026-06-30"
    Y la vía "uy.mercosur.permanent" pasa el "2026-06-30" a "elegible" por "treaty_national"

    Ejemplos:
      | fecha      |
      | 2026-01-15 |
      | 2026-06-29 |

  Escenario: Uruguay: sin cédula ni pasaporte, conseguir cualquiera de los dos la abriría
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato               | valor   |
      | host_country       | UY      |
      | in_host_country    | sí      |
      | nationalities      | BR      |
      | naturalisations    | ninguna |
      | has_id_card        | no      |
      | has_passport       | no      |
      | criminal_record_5y | no      |
      | statuses           | ninguna |
    Cuando se evalúan las vías
    Entonces la vía "uy.mercosur.permanent" es "no elegible"
    Y la vía "uy.mercosur.permanent" sería "elegible" con "has_id_card" = "sí"
    Y la vía "uy.mercosur.permanent" sería "elegible" con "has_passport" = "sí"
    Y la vía "uy.mercosur.permanent" no cambia en los próximos 10 años
    Y el texto de la vía "uy.mercosur.permanent" en "pt" dice "Se você conseguir um passaporte do seu país, poderia pedir."
    Y el texto de la vía "uy.mercosur.permanent" en "fr" dice "Si vous obtenez une carte nationale d'identité de votre pays, vous pourriez faire la demande."
    Y el texto de la vía "uy.mercosur.permanent" en "ht" dice "Si ou jwenn yon paspò peyi w, ou ta ka fè demann lan."

  Escenario: Residencia permanente andina en Bolivia: dentro de la ventana, elegible hasta el día en que vence la temporal
    Dado la fecha de evaluación "2027-04-01"
    Y una persona con los datos:
      | dato               | valor                                                                 |
      | host_country       | BO                                                                    |
      | nationalities      | PE                                                                    |
      | statuses           | [{"status": "bo.temporary_residence.can", "expires": "2027-06-30"}] |
      | has_passport       | sí                                                                    |
      | sufficient_means   | sí                                                                    |
      | criminal_record_5y | no                                                                    |
    Cuando se evalúan las vías
    Entonces la vía "bo.can.permanent" es elegible hasta el "2027-06-30"
    Y el texto de la vía "bo.can.permanent" en "ht" dice "Ou kalifye jiska 2027-06-30"
