# language: es
Característica: Residencia en Argentina por criterio de nacionalidad MERCOSUR y régimen especial para venezolanos
  Como equipo que mantiene el reglamento argentino
  queremos que cada vía diga elegible, no elegible o indeterminada, con el artículo que lo decide,
  para que una persona venezolana o de un país MERCOSUR sepa qué puede pedir y con qué norma.

  Escenario: P01 — venezolana en Córdoba con pasaporte vencido hace menos de 10 años (2024-10-15)
    Dado la fecha de evaluación "2024-10-15"
    Y una persona con los datos:
      | dato                                   | valor      |
      | host_country                           | AR         |
      | in_host_country                        | sí         |
      | nationalities                          | VE         |
      | naturalisations                        | ninguna    |
      | country_of_birth                       | VE         |
      | age                                    | 34         |
      | has_passport                           | sí         |
      | passport_expiry_date                   | 2024-06-01 |
      | has_id_card                            | no         |
      | criminal_record_5y                     | no         |
      | criminal_record_certificate_obtainable | no         |
      | statuses                               | ninguna    |
      | entry_date                             | 2023-03-10 |
      | ar_entered_evading_control             | no         |
      | mercosur_consular_nationality_certificate | no      |
    Cuando se evalúan las vías
    Entonces la vía "ar.venezuela.disp388" es "elegible"
    Y la vía "ar.venezuela.disp388" cita "Disposición DNM 388/2024"
    Y la vía "ar.venezuela.disp388" no cita "Acuerdo sobre Residencia"
    Y la condición "document_expired_less_than_10_years" de la vía "ar.venezuela.disp388" está "cumplida"
    Y la vía "ar.mercosur.temporary" es "no elegible"
    Y la condición "identity_document" de la vía "ar.mercosur.temporary" está "no cumplida"
    Y la condición "domestic_criterion_national" de la vía "ar.mercosur.temporary" está "cumplida"
    Y la condición "treaty_national" de la vía "ar.mercosur.temporary" está "no cumplida"
    Y la vía "ar.mercosur.permanent" es "no elegible"

  Escenario: P01 evaluada en 2025 — la prórroga de la Disp. 388/2024 no está confirmada
    Dado la fecha de evaluación "2025-06-15"
    Y una persona con los datos:
      | dato                 | valor      |
      | host_country         | AR         |
      | in_host_country      | sí         |
      | nationalities        | VE         |
      | country_of_birth     | VE         |
      | age                  | 35         |
      | has_passport         | sí         |
      | passport_expiry_date | 2024-06-01 |
      | has_id_card          | no         |
      | criminal_record_5y   | no         |
      | entry_date           | 2023-05-10 |
    Cuando se evalúan las vías
    Entonces la vía "ar.venezuela.disp388" es "indeterminada"
    Y la condición "extended" de la vía "ar.venezuela.disp388" está "desconocida"
    Y la vía "ar.venezuela.disp388" señala un punto sin confirmar

  Esquema del escenario: AR-3 — sin prórroga hallada, después de 2025 la Disp. 388/2024 se da por cerrada
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato                 | valor      |
      | host_country         | AR         |
      | in_host_country      | sí         |
      | nationalities        | VE         |
      | country_of_birth     | VE         |
      | age                  | 35         |
      | has_passport         | sí         |
      | passport_expiry_date | 2024-06-01 |
      | has_id_card          | no         |
      | criminal_record_5y   | no         |
      | entry_date           | 2023-05-10 |
    Cuando se evalúan las vías
    Entonces la vía "ar.venezuela.disp388" es "<resultado>"

    Ejemplos:
      | fecha      | resultado     |
      | 2024-12-14 | elegible      |
      | 2024-12-15 | indeterminada |
      | 2025-12-30 | indeterminada |
      | 2025-12-31 | indeterminada |
      | 2026-01-01 | no elegible   |
      | 2026-12-01 | no elegible   |

  Escenario: AR-3 — en diciembre de 2026 la Disp. 388/2024 figura cerrada y remite al criterio MERCOSUR
    Dado la fecha de evaluación "2026-12-01"
    Y una persona con los datos:
      | dato                 | valor      |
      | host_country         | AR         |
      | in_host_country      | sí         |
      | nationalities        | VE         |
      | country_of_birth     | VE         |
      | age                  | 35         |
      | has_passport         | sí         |
      | passport_expiry_date | 2024-06-01 |
      | has_id_card          | no         |
      | criminal_record_5y   | no         |
      | entry_date           | 2023-05-10 |
    Cuando se evalúan las vías
    Entonces la vía "ar.venezuela.disp388" es "no elegible"
    Y la vía "ar.venezuela.disp388" cerró el "2025-12-31"

  Escenario: P02 — venezolano en Buenos Aires con cédula vencida hace más de 10 años
    Dado la fecha de evaluación "2024-10-15"
    Y una persona con los datos:
      | dato                                   | valor      |
      | host_country                           | AR         |
      | in_host_country                        | sí         |
      | nationalities                          | VE         |
      | naturalisations                        | ninguna    |
      | country_of_birth                       | VE         |
      | age                                    | 52         |
      | has_passport                           | no         |
      | has_id_card                            | sí         |
      | id_card_expiry_date                    | 2013-05-01 |
      | criminal_record_5y                     | no         |
      | criminal_record_certificate_obtainable | no         |
      | entry_date                             | 2019-06-01 |
      | ar_entered_evading_control             | no         |
      | mercosur_consular_nationality_certificate | no      |
    Cuando se evalúan las vías
    Entonces la vía "ar.venezuela.disp388" es "no elegible"
    Y la condición "document_expired_less_than_10_years" de la vía "ar.venezuela.disp388" está "no cumplida"
    Y la vía "ar.mercosur.temporary" es "no elegible"
    Y la condición "identity_document" de la vía "ar.mercosur.temporary" está "no cumplida"
    Y la vía "ar.mercosur.temporary" señala un punto sin confirmar

  Esquema del escenario: Disp. 388/2024 — documento vencido justo en el límite de 10 años
    Dado la fecha de evaluación "2024-10-15"
    Y una persona con los datos:
      | dato                | valor         |
      | host_country        | AR            |
      | in_host_country     | sí            |
      | nationalities       | VE            |
      | country_of_birth    | VE            |
      | has_passport        | no            |
      | has_id_card         | sí            |
      | id_card_expiry_date | <vencimiento> |
      | criminal_record_5y  | no            |
      | entry_date | 2023-05-10 |
      | age | 30 |
    Cuando se evalúan las vías
    Entonces la vía "ar.venezuela.disp388" es "<resultado>"

    Ejemplos:
      | vencimiento | resultado   |
      | 2014-10-14  | no elegible |
      | 2014-10-15  | elegible    |
      | 2014-10-16  | elegible    |

  Esquema del escenario: Disp. 388/2024 — vigencia de 90 días desde el 16/09/2024
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato                 | valor      |
      | host_country         | AR         |
      | in_host_country      | sí         |
      | nationalities        | VE         |
      | country_of_birth     | VE         |
      | has_passport         | sí         |
      | passport_expiry_date | 2020-01-01 |
      | has_id_card          | no         |
      | criminal_record_5y   | no         |
      | entry_date | 2023-05-10 |
    Cuando se evalúan las vías
    Entonces la vía "ar.venezuela.disp388" es "<resultado>"

    Ejemplos:
      | fecha      | resultado     |
      | 2024-09-15 | no elegible   |
      | 2024-09-16 | elegible      |
      | 2024-12-14 | elegible      |
      | 2024-12-15 | indeterminada |

  Esquema del escenario: Disp. 388/2024 — cada condición decide por sí sola
    Dado la fecha de evaluación "2024-10-15"
    Y una persona con los datos:
      | dato                 | valor        |
      | host_country         | <país>       |
      | in_host_country      | <en_país>    |
      | nationalities        | VE           |
      | country_of_birth     | <nacimiento> |
      | has_passport         | sí           |
      | passport_expiry_date | 2024-06-01   |
      | has_id_card          | no           |
      | criminal_record_5y   | <antecedes>  |
      | entry_date | 2023-05-10 |
    Cuando se evalúan las vías
    Entonces la vía "ar.venezuela.disp388" es "<resultado>"

    Ejemplos:
      | país | en_país | nacimiento | antecedes | resultado     |
      | AR   | sí      | VE         | no        | elegible      |
      | BR   | sí      | VE         | no        | no elegible   |
      | AR   | no      | VE         | no        | no elegible   |
      | AR   | sí      | CO         | no        | no elegible   |
      | AR   | sí      | VE         | sí        | no elegible   |
      | AR   | sí      | VE         | ?         | indeterminada |
      | AR   | ?       | VE         | no        | indeterminada |

  Escenario: Un dato que falta nunca se vuelve "no": sin fecha de vencimiento la vía queda indeterminada
    Dado la fecha de evaluación "2024-10-15"
    Y una persona con los datos:
      | dato               | valor |
      | host_country       | AR    |
      | in_host_country    | sí    |
      | nationalities      | VE    |
      | country_of_birth   | VE    |
      | has_passport       | sí    |
      | has_id_card        | no    |
      | criminal_record_5y | no    |
    Cuando se evalúan las vías
    Entonces la vía "ar.venezuela.disp388" es "indeterminada"
    Y falta el dato "passport_expiry_date" para la vía "ar.venezuela.disp388"

  Esquema del escenario: Residencia temporaria MERCOSUR — nacionalidad de origen o naturalización de 5 años
    Dado la fecha de evaluación "2025-03-01"
    Y una persona con los datos:
      | dato                                   | valor                                        |
      | host_country                           | AR                                           |
      | nationalities                          | HT, BO                                       |
      | naturalisations                        | [{"country": "BO", "date": "<naturalizado>"}] |
      | has_passport                           | sí                                           |
      | passport_expiry_date                   | 2030-01-01                                   |
      | criminal_record_5y                     | no                                           |
      | criminal_record_certificate_obtainable | sí                                           |
      | ar_entered_evading_control | no |
      | mercosur_consular_nationality_certificate | no |
    Cuando se evalúan las vías
    Entonces la vía "ar.mercosur.temporary" es "<resultado>"
    Y la vía "ar.mercosur.temporary" cita "Acuerdo sobre Residencia"

    Ejemplos:
      | naturalizado | resultado   |
      | 2020-03-02   | no elegible |
      | 2020-03-01   | elegible    |
      | 2019-03-01   | elegible    |

  Escenario: Residencia temporaria MERCOSUR — sin saber si hubo naturalización queda indeterminada
    Dado la fecha de evaluación "2025-03-01"
    Y una persona con los datos:
      | dato                                   | valor      |
      | host_country                           | AR         |
      | nationalities                          | BO         |
      | has_passport                           | sí         |
      | passport_expiry_date                   | 2030-01-01 |
      | criminal_record_5y                     | no         |
      | criminal_record_certificate_obtainable | sí         |
    Cuando se evalúan las vías
    Entonces la vía "ar.mercosur.temporary" es "indeterminada"
    Y falta el dato "naturalisations" para la vía "ar.mercosur.temporary"

  Escenario: Residencia temporaria MERCOSUR — una persona sin ninguna nacionalidad cubierta no es elegible aunque falte la naturalización
    Dado la fecha de evaluación "2025-03-01"
    Y una persona con los datos:
      | dato                                   | valor      |
      | host_country                           | AR         |
      | nationalities                          | HT         |
      | has_passport                           | sí         |
      | passport_expiry_date                   | 2030-01-01 |
      | criminal_record_5y                     | no         |
      | criminal_record_certificate_obtainable | sí         |
    Cuando se evalúan las vías
    Entonces la vía "ar.mercosur.temporary" es "no elegible"

  Esquema del escenario: Venezolanos antes y después del criterio de la DNM de 2018 (AR-7: entre el 31/07/2012 y el 14/02/2018 queda sin resolver)
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato                                   | valor      |
      | host_country                           | AR         |
      | nationalities                          | VE         |
      | naturalisations                        | ninguna    |
      | has_passport                           | sí         |
      | passport_expiry_date                   | 2030-01-01 |
      | criminal_record_5y                     | no         |
      | criminal_record_certificate_obtainable | sí         |
      | ar_entered_evading_control | no |
      | mercosur_consular_nationality_certificate | no |
    Cuando se evalúan las vías
    Entonces la vía "ar.mercosur.temporary" es "<resultado>"

    Ejemplos:
      | fecha      | resultado     |
      | 2012-07-30 | no elegible   |
      | 2012-07-31 | indeterminada |
      | 2012-08-01 | indeterminada |
      | 2018-02-14 | indeterminada |
      | 2018-02-15 | elegible      |
      | 2018-02-16 | elegible      |

  Esquema del escenario: Permanente — la ventana de 90 días antes del vencimiento de la temporaria
    Dado la fecha de evaluación "2025-03-01"
    Y una persona con los datos:
      | dato               | valor                                                                    |
      | host_country       | AR                                                                       |
      | statuses           | [{"status": "ar.temporary_residence.mercosur", "expires": "<vence>"}]    |
      | sufficient_means   | sí                                                                       |
      | criminal_record_5y | no                                                                       |
    Cuando se evalúan las vías
    Entonces la vía "ar.mercosur.permanent" es "<resultado>"
    Y la condición "holds_temporary" de la vía "ar.mercosur.permanent" está "<ventana>"

    Ejemplos:
      | vence      | resultado   | ventana     |
      | 2025-05-30 | elegible    | cumplida    |
      | 2025-05-31 | no elegible | no cumplida |
      | 2025-03-01 | elegible    | cumplida    |
      | 2025-02-28 | no elegible | no cumplida |

  Esquema del escenario: Permanente — desde el DNU 366/2025 cita el decreto para los medios de vida
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato               | valor                                                                      |
      | host_country       | AR                                                                         |
      | statuses           | [{"status": "ar.temporary_residence.mercosur", "expires": "2025-07-01"}]   |
      | sufficient_means   | no                                                                         |
      | criminal_record_5y | no                                                                         |
    Cuando se evalúan las vías
    Entonces la vía "ar.mercosur.permanent" es "no elegible"
    Y la vía "ar.mercosur.permanent" cita "<norma>"

    Ejemplos:
      | fecha      | norma               |
      | 2025-05-28 | Acuerdo sobre Residencia |
      | 2025-05-29 | Decreto de Necesidad y Urgencia 366/2025 |

  Escenario: Encadenamiento — sin saber qué permisos tiene, la permanente queda indeterminada
    Dado la fecha de evaluación "2025-03-01"
    Y una persona con los datos:
      | dato               | valor |
      | host_country       | AR    |
      | sufficient_means   | sí    |
      | criminal_record_5y | no    |
    Cuando se evalúan las vías
    Entonces la vía "ar.mercosur.permanent" es "indeterminada"
    Y falta el dato "statuses" para la vía "ar.mercosur.permanent"

  Escenario: Encadenamiento — obtener hoy la temporaria no abre todavía la permanente (vence en 2 años)
    Dado la fecha de evaluación "2025-03-01"
    Y una persona con los datos:
      | dato                                   | valor      |
      | host_country                           | AR         |
      | in_host_country                        | sí         |
      | nationalities                          | UY         |
      | naturalisations                        | ninguna    |
      | has_passport                           | sí         |
      | passport_expiry_date                   | 2030-01-01 |
      | criminal_record_5y                     | no         |
      | criminal_record_certificate_obtainable | sí         |
      | sufficient_means                       | sí         |
      | statuses                               | ninguna    |
      | ar_entered_evading_control | no |
      | mercosur_consular_nationality_certificate | no |
    Cuando se evalúan las vías
    Entonces la vía "ar.mercosur.temporary" es "elegible"
    Y la vía "ar.mercosur.permanent" es "no elegible"

  Esquema del escenario: AR-1 — caso del apéndice: niña venezolana de 6 años sin pasaporte ni cédula (Disp. 388/2024 acepta la partida de nacimiento)
    Dado la fecha de evaluación "2024-10-15"
    Y una persona con los datos:
      | dato                  | valor      |
      | host_country          | AR         |
      | in_host_country       | sí         |
      | nationalities         | VE         |
      | country_of_birth      | VE         |
      | birth_date            | 2018-03-01 |
      | entry_date            | 2023-05-10 |
      | has_passport          | no         |
      | has_id_card           | no         |
      | criminal_record_5y    | no         |
      | has_birth_certificate | <partida>  |
    Cuando se evalúan las vías
    Entonces la vía "ar.venezuela.disp388" es "<resultado>"

    Ejemplos:
      | partida | resultado     |
      | sí      | elegible      |
      | no      | no elegible   |
      | ?       | indeterminada |

  Escenario: Deliverable 6 — a una niña de 6 años sin documentos se le pregunta por la partida de nacimiento
    Dado la fecha de evaluación "2024-10-15"
    Y una persona con los datos:
      | dato               | valor      |
      | host_country       | AR         |
      | in_host_country    | sí         |
      | nationalities      | VE         |
      | country_of_birth   | VE         |
      | birth_date         | 2018-03-01 |
      | entry_date         | 2023-05-10 |
      | has_passport       | no         |
      | has_id_card        | no         |
      | criminal_record_5y | no         |
    Cuando se evalúan las vías
    Entonces la vía "ar.venezuela.disp388" es "indeterminada"
    Y falta el dato "has_birth_certificate" para la vía "ar.venezuela.disp388"

  Escenario: Deliverable 6 — a un adulto sin documentos no se le pregunta por la partida de nacimiento
    Dado la fecha de evaluación "2024-10-15"
    Y una persona con los datos:
      | dato               | valor      |
      | host_country       | AR         |
      | in_host_country    | sí         |
      | nationalities      | VE         |
      | country_of_birth   | VE         |
      | age                | 34         |
      | entry_date         | 2023-05-10 |
      | has_passport       | no         |
      | has_id_card        | no         |
      | criminal_record_5y | no         |
    Cuando se evalúan las vías
    Entonces la vía "ar.venezuela.disp388" es "no elegible"
    Y no falta el dato "has_birth_certificate" para la vía "ar.venezuela.disp388"

  Escenario: AR-4 — la Disp. 388/2024 señala que el ingreso eludiendo el control migratorio no está resuelto
    Dado la fecha de evaluación "2024-10-15"
    Y una persona con los datos:
      | dato                 | valor      |
      | host_country         | AR         |
      | in_host_country      | sí         |
      | nationalities        | VE         |
      | country_of_birth     | VE         |
      | age                  | 34         |
      | entry_date           | 2023-05-10 |
      | has_passport         | sí         |
      | passport_expiry_date | 2024-06-01 |
      | criminal_record_5y   | no         |
    Cuando se evalúan las vías
    Entonces la vía "ar.venezuela.disp388" es "elegible"
    Y la vía "ar.venezuela.disp388" señala sin confirmar "evading migration control"

  Escenario: AR-4 — quien entró eludiendo el control migratorio no recibe un "no": queda indeterminada (la DNM puede dispensarlo, o pide desde el exterior)
    Dado la fecha de evaluación "2025-09-01"
    Y una persona con los datos:
      | dato                                   | valor      |
      | host_country                           | AR         |
      | in_host_country                        | sí         |
      | nationalities                          | BO         |
      | naturalisations                        | ninguna    |
      | age                                    | 28         |
      | has_passport                           | sí         |
      | passport_expiry_date                   | 2030-01-01 |
      | criminal_record_5y                     | no         |
      | criminal_record_certificate_obtainable | sí         |
      | ar_entered_evading_control             | sí         |
    Cuando se evalúan las vías
    Entonces la vía "ar.mercosur.temporary" es "indeterminada"
    Y la condición "not_evading_control" de la vía "ar.mercosur.temporary" está "no cumplida"
    Y la vía "ar.mercosur.temporary" señala sin confirmar "otherwise you can apply from abroad"

  Escenario: AR-5 — la versión de 2010 también advierte que condenas más antiguas o procesos abiertos pueden contar
    Dado la fecha de evaluación "2024-03-01"
    Y una persona con los datos:
      | dato                                   | valor      |
      | host_country                           | AR         |
      | in_host_country                        | sí         |
      | nationalities                          | UY         |
      | naturalisations                        | ninguna    |
      | age                                    | 30         |
      | has_passport                           | sí         |
      | passport_expiry_date                   | 2030-01-01 |
      | criminal_record_5y                     | no         |
      | criminal_record_certificate_obtainable | sí         |
      | ar_entered_evading_control             | no         |
    Cuando se evalúan las vías
    Entonces la vía "ar.mercosur.temporary" es "elegible"
    Y la vía "ar.mercosur.temporary" señala sin confirmar "sets no look-back period"
