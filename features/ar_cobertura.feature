# language: es
Característica: Cobertura de las vías argentinas: cada condición decide, en un sentido y en el otro
  Como equipo que mantiene el reglamento argentino
  queremos, para cada versión de cada vía, una persona que cumple todas las condiciones
  y un ejemplo por condición en el que sólo esa condición falla,
  para que ninguna condición del reglamento quede sin un escenario que la muestre decisiva.

  Versiones cubiertas (pathways/ar/):
    ar.mercosur.temporary   2010-05-03 (Decreto 616/2010) y 2025-05-29 (DNU 366/2025)
    ar.mercosur.permanent   2010-05-03 y 2025-05-29 (DNU 366/2025)
    ar.venezuela.disp388    2024-09-16 (90 días) y 2024-12-15 (prórroga sin confirmar: "extended" queda abierta)

  # ---------------------------------------------------------------------------
  # ar.mercosur.temporary
  # ---------------------------------------------------------------------------

  Esquema del escenario: Temporaria MERCOSUR (Decreto 616/2010) — cada condición decide por sí sola
    Dado la fecha de evaluación "2024-03-01"
    Y una persona con los datos:
      | dato                                   | valor             |
      | host_country                           | AR                |
      | in_host_country                        | sí                |
      | nationalities                          | <nacionalidad>    |
      | naturalisations                        | ninguna           |
      | age                                    | 30                |
      | has_passport                           | <pasaporte>       |
      | passport_expiry_date                   | <vence_pasaporte> |
      | has_id_card                            | <cédula>          |
      | id_card_expiry_date                    | <vence_cédula>    |
      | criminal_record_5y                     | <antecedentes>    |
      | criminal_record_certificate_obtainable | <certificado>     |
      | ar_entered_evading_control | no |
      | mercosur_consular_nationality_certificate | no |
    Cuando se evalúan las vías
    Entonces la vía "ar.mercosur.temporary" es "<resultado>"
    Y la condición "<condición>" de la vía "ar.mercosur.temporary" está "<estado>"

    Ejemplos: una persona que cumple todo (con pasaporte, con cédula, o venezolana) y un cambio por condición
      | nacionalidad | pasaporte | vence_pasaporte | cédula | vence_cédula | antecedentes | certificado | resultado   | condición                   | estado      |
      | UY           | sí        | 2030-01-01      | no     | 2029-06-30   | no           | sí          | elegible    | treaty_national             | cumplida    |
      | UY           | no        | 2030-01-01      | sí     | 2029-06-30   | no           | sí          | elegible    | valid_id_card               | cumplida    |
      | VE           | sí        | 2030-01-01      | no     | 2029-06-30   | no           | sí          | elegible    | domestic_criterion_national | cumplida    |
      | HT           | sí        | 2030-01-01      | no     | 2029-06-30   | no           | sí          | no elegible | national                    | no cumplida |
      | UY           | no        | 2030-01-01      | sí     | 2024-02-29   | no           | sí          | no elegible | has_passport                | no cumplida |
      | UY           | sí        | 2024-02-29      | no     | 2029-06-30   | no           | sí          | no elegible | passport_not_expired        | no cumplida |
      | UY           | no        | 2030-01-01      | no     | 2029-06-30   | no           | sí          | no elegible | has_id_card                 | no cumplida |
      | UY           | sí        | 2024-02-29      | sí     | 2024-02-29   | no           | sí          | no elegible | id_card_not_expired         | no cumplida |
      | UY           | sí        | 2030-01-01      | no     | 2029-06-30   | sí           | sí          | no elegible | no_criminal_record          | no cumplida |
      | UY           | sí        | 2030-01-01      | no     | 2029-06-30   | no           | no          | elegible    | treaty_national             | cumplida    |

  Esquema del escenario: Temporaria MERCOSUR (desde el DNU 366/2025) — cada condición decide por sí sola
    Dado la fecha de evaluación "2025-09-01"
    Y una persona con los datos:
      | dato                                   | valor             |
      | host_country                           | AR                |
      | in_host_country                        | sí                |
      | nationalities                          | <nacionalidad>    |
      | naturalisations                        | ninguna           |
      | age                                    | 30                |
      | has_passport                           | <pasaporte>       |
      | passport_expiry_date                   | <vence_pasaporte> |
      | has_id_card                            | <cédula>          |
      | id_card_expiry_date                    | <vence_cédula>    |
      | criminal_record_5y                     | <antecedentes>    |
      | criminal_record_certificate_obtainable | <certificado>     |
      | ar_entered_evading_control | no |
      | mercosur_consular_nationality_certificate | no |
    Cuando se evalúan las vías
    Entonces la vía "ar.mercosur.temporary" es "<resultado>"
    Y la condición "<condición>" de la vía "ar.mercosur.temporary" está "<estado>"

    Ejemplos: una persona que cumple todo (con pasaporte, con cédula, o venezolana) y un cambio por condición
      | nacionalidad | pasaporte | vence_pasaporte | cédula | vence_cédula | antecedentes | certificado | resultado   | condición                   | estado      |
      | PY           | sí        | 2030-01-01      | no     | 2029-06-30   | no           | sí          | elegible    | treaty_national             | cumplida    |
      | PY           | no        | 2030-01-01      | sí     | 2029-06-30   | no           | sí          | elegible    | valid_id_card               | cumplida    |
      | VE           | sí        | 2030-01-01      | no     | 2029-06-30   | no           | sí          | elegible    | domestic_criterion_national | cumplida    |
      | HT           | sí        | 2030-01-01      | no     | 2029-06-30   | no           | sí          | no elegible | national                    | no cumplida |
      | PY           | no        | 2030-01-01      | sí     | 2025-08-31   | no           | sí          | no elegible | has_passport                | no cumplida |
      | PY           | sí        | 2025-08-31      | no     | 2029-06-30   | no           | sí          | no elegible | passport_not_expired        | no cumplida |
      | PY           | no        | 2030-01-01      | no     | 2029-06-30   | no           | sí          | no elegible | has_id_card                 | no cumplida |
      | PY           | sí        | 2025-08-31      | sí     | 2025-08-31   | no           | sí          | no elegible | id_card_not_expired         | no cumplida |
      | PY           | sí        | 2030-01-01      | no     | 2029-06-30   | sí           | sí          | no elegible | no_criminal_record          | no cumplida |
      | PY           | sí        | 2030-01-01      | no     | 2029-06-30   | no           | no          | elegible    | treaty_national             | cumplida    |

  # ---------------------------------------------------------------------------
  # ar.mercosur.permanent
  # ---------------------------------------------------------------------------

  Esquema del escenario: Permanente MERCOSUR (Acuerdo, art. 5) — cada condición decide por sí sola
    Dado la fecha de evaluación "2025-03-01"
    Y una persona con los datos:
      | dato               | valor                                                                 |
      | host_country       | AR                                                                    |
      | in_host_country    | sí                                                                    |
      | statuses           | [{"status": "ar.temporary_residence.mercosur", "expires": "<vence>"}] |
      | sufficient_means   | <medios>                                                              |
      | criminal_record_5y | <antecedentes>                                                        |
    Cuando se evalúan las vías
    Entonces la vía "ar.mercosur.permanent" es "<resultado>"
    Y la condición "<condición>" de la vía "ar.mercosur.permanent" está "<estado>"

    Ejemplos: una persona que cumple todo y un cambio por condición
      | vence      | medios | antecedentes | resultado   | condición          | estado      |
      | 2025-05-01 | sí     | no           | elegible    | holds_temporary    | cumplida    |
      | 2026-06-01 | sí     | no           | no elegible | holds_temporary    | no cumplida |
      | 2025-05-01 | no     | no           | no elegible | lawful_means       | no cumplida |
      | 2025-05-01 | sí     | sí           | no elegible | no_criminal_record | no cumplida |

  Esquema del escenario: Permanente MERCOSUR (desde el DNU 366/2025) — cada condición decide por sí sola
    Dado la fecha de evaluación "2025-09-01"
    Y una persona con los datos:
      | dato               | valor                                                                 |
      | host_country       | AR                                                                    |
      | in_host_country    | sí                                                                    |
      | statuses           | [{"status": "ar.temporary_residence.mercosur", "expires": "<vence>"}] |
      | sufficient_means   | <medios>                                                              |
      | criminal_record_5y | <antecedentes>                                                        |
    Cuando se evalúan las vías
    Entonces la vía "ar.mercosur.permanent" es "<resultado>"
    Y la condición "<condición>" de la vía "ar.mercosur.permanent" está "<estado>"

    Ejemplos: una persona que cumple todo y un cambio por condición
      | vence      | medios | antecedentes | resultado   | condición          | estado      |
      | 2025-11-01 | sí     | no           | elegible    | holds_temporary    | cumplida    |
      | 2027-03-01 | sí     | no           | no elegible | holds_temporary    | no cumplida |
      | 2025-11-01 | no     | no           | no elegible | lawful_means       | no cumplida |
      | 2025-11-01 | sí     | sí           | no elegible | no_criminal_record | no cumplida |

  # ---------------------------------------------------------------------------
  # ar.venezuela.disp388
  # ---------------------------------------------------------------------------

  Esquema del escenario: Disp. 388/2024 (90 días desde el 16/09/2024) — cada condición decide por sí sola
    Dado la fecha de evaluación "2024-10-15"
    Y una persona con los datos:
      | dato                 | valor             |
      | host_country         | AR                |
      | in_host_country      | <en_país>         |
      | nationalities        | VE                |
      | country_of_birth     | <nacimiento>      |
      | age                  | 34                |
      | has_passport         | <pasaporte>       |
      | passport_expiry_date | <vence_pasaporte> |
      | has_id_card          | <cédula>          |
      | id_card_expiry_date  | <vence_cédula>    |
      | criminal_record_5y   | <antecedentes>    |
      | entry_date | 2023-05-10 |
    Cuando se evalúan las vías
    Entonces la vía "ar.venezuela.disp388" es "<resultado>"
    Y la condición "<condición>" de la vía "ar.venezuela.disp388" está "<estado>"

    Ejemplos: una persona que cumple todo (con pasaporte o con cédula) y un cambio por condición
      | nacimiento | en_país | pasaporte | vence_pasaporte | cédula | vence_cédula | antecedentes | resultado   | condición                         | estado      |
      | VE         | sí      | sí        | 2024-06-01      | no     | 2020-01-01   | no           | elegible    | passport_recent                   | cumplida    |
      | VE         | sí      | no        | 2024-06-01      | sí     | 2020-01-01   | no           | elegible    | id_card_recent                    | cumplida    |
      | CO         | sí      | sí        | 2024-06-01      | no     | 2020-01-01   | no           | no elegible | born_in_venezuela                 | no cumplida |
      | VE         | no      | sí        | 2024-06-01      | no     | 2020-01-01   | no           | no elegible | in_argentina                      | no cumplida |
      | VE         | sí      | no        | 2024-06-01      | sí     | 2014-06-01   | no           | no elegible | has_passport                      | no cumplida |
      | VE         | sí      | sí        | 2014-06-01      | no     | 2020-01-01   | no           | no elegible | passport_expired_at_most_10_years | no cumplida |
      | VE         | sí      | no        | 2024-06-01      | no     | 2020-01-01   | no           | no elegible | has_id_card                       | no cumplida |
      | VE         | sí      | sí        | 2014-06-01      | sí     | 2014-06-01   | no           | no elegible | id_card_expired_at_most_10_years  | no cumplida |
      | VE         | sí      | sí        | 2024-06-01      | no     | 2020-01-01   | sí           | no elegible | no_criminal_record                | no cumplida |

  Esquema del escenario: Disp. 388/2024 después del 14/12/2024 — sin prórroga confirmada, cumplir todo da "indeterminada" y una sola condición fallida da "no elegible"
    Dado la fecha de evaluación "2025-03-01"
    Y una persona con los datos:
      | dato                 | valor             |
      | host_country         | AR                |
      | in_host_country      | <en_país>         |
      | nationalities        | VE                |
      | country_of_birth     | <nacimiento>      |
      | age                  | 34                |
      | has_passport         | <pasaporte>       |
      | passport_expiry_date | <vence_pasaporte> |
      | has_id_card          | <cédula>          |
      | id_card_expiry_date  | <vence_cédula>    |
      | criminal_record_5y   | <antecedentes>    |
    Cuando se evalúan las vías
    Entonces la vía "ar.venezuela.disp388" es "<resultado>"
    Y la condición "<condición>" de la vía "ar.venezuela.disp388" está "<estado>"

    Ejemplos: una persona que cumple todo (con pasaporte o con cédula) y un cambio por condición
      | nacimiento | en_país | pasaporte | vence_pasaporte | cédula | vence_cédula | antecedentes | resultado     | condición                         | estado      |
      | VE         | sí      | sí        | 2024-06-01      | no     | 2020-01-01   | no           | indeterminada | extended                          | desconocida |
      | VE         | sí      | sí        | 2024-06-01      | no     | 2020-01-01   | no           | indeterminada | passport_recent                   | cumplida    |
      | VE         | sí      | no        | 2024-06-01      | sí     | 2020-01-01   | no           | indeterminada | id_card_recent                    | cumplida    |
      | CO         | sí      | sí        | 2024-06-01      | no     | 2020-01-01   | no           | no elegible   | born_in_venezuela                 | no cumplida |
      | VE         | no      | sí        | 2024-06-01      | no     | 2020-01-01   | no           | no elegible   | in_argentina                      | no cumplida |
      | VE         | sí      | no        | 2024-06-01      | sí     | 2014-06-01   | no           | no elegible   | has_passport                      | no cumplida |
      | VE         | sí      | sí        | 2014-06-01      | no     | 2020-01-01   | no           | no elegible   | passport_expired_at_most_10_years | no cumplida |
      | VE         | sí      | no        | 2024-06-01      | no     | 2020-01-01   | no           | no elegible   | has_id_card                       | no cumplida |
      | VE         | sí      | sí        | 2014-06-01      | sí     | 2014-06-01   | no           | no elegible   | id_card_expired_at_most_10_years  | no cumplida |
      | VE         | sí      | sí        | 2024-06-01      | no     | 2020-01-01   | sí           | no elegible   | no_criminal_record                | no cumplida |

  # ---------------------------------------------------------------------------
  # Revisión legal de diciembre de 2026 (AR-1, AR-2, AR-4, AR-6)
  # ---------------------------------------------------------------------------

  Esquema del escenario: Temporaria MERCOSUR — ingreso eludiendo el control migratorio (AR-4) y certificado consular de nacionalidad (AR-6)
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato                                      | valor       |
      | host_country                              | AR          |
      | in_host_country                           | <en_país>   |
      | nationalities                             | UY          |
      | naturalisations                           | ninguna     |
      | age                                       | 30          |
      | has_passport                              | <pasaporte> |
      | passport_expiry_date                      | 2030-01-01  |
      | has_id_card                               | no          |
      | criminal_record_5y                        | no          |
      | criminal_record_certificate_obtainable    | sí          |
      | ar_entered_evading_control                | <evadió>    |
      | mercosur_consular_nationality_certificate | <consular>  |
    Cuando se evalúan las vías
    Entonces la vía "ar.mercosur.temporary" es "<resultado>"
    Y la condición "<condición>" de la vía "ar.mercosur.temporary" está "<estado>"

    Ejemplos:
      | fecha      | en_país | evadió | pasaporte | consular | resultado     | condición                       | estado      |
      | 2024-03-01 | sí      | no     | sí        | no       | elegible      | not_evading_control             | cumplida    |
      | 2024-03-01 | no      | sí     | sí        | no       | elegible      | applying_from_abroad            | cumplida    |
      | 2024-03-01 | sí      | sí     | sí        | no       | indeterminada | entry_through_migration_control | desconocida |
      | 2024-03-01 | sí      | sí     | sí        | no       | indeterminada | dnm_waiver                      | desconocida |
      | 2024-03-01 | sí      | ?      | sí        | no       | indeterminada | not_evading_control             | desconocida |
      | 2024-03-01 | sí      | no     | no        | sí       | elegible      | consular_certificate            | cumplida    |
      | 2024-03-01 | sí      | no     | no        | no       | no elegible   | consular_certificate            | no cumplida |
      | 2024-03-01 | sí      | no     | no        | ?        | indeterminada | identity_document               | desconocida |
      | 2025-09-01 | sí      | no     | sí        | no       | elegible      | not_evading_control             | cumplida    |
      | 2025-09-01 | no      | sí     | sí        | no       | elegible      | applying_from_abroad            | cumplida    |
      | 2025-09-01 | sí      | sí     | sí        | no       | indeterminada | entry_through_migration_control | desconocida |
      | 2025-09-01 | sí      | no     | no        | sí       | elegible      | consular_certificate            | cumplida    |
      | 2025-09-01 | sí      | no     | no        | no       | no elegible   | consular_certificate            | no cumplida |

  Esquema del escenario: Disp. 388/2024 — menores de 9 años con partida de nacimiento (AR-1) y llegada antes del régimen (AR-2)
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato                  | valor        |
      | host_country          | AR           |
      | in_host_country       | sí           |
      | nationalities         | VE           |
      | country_of_birth      | VE           |
      | birth_date            | <nacimiento> |
      | has_passport          | <pasaporte>  |
      | passport_expiry_date  | 2024-06-01   |
      | has_id_card           | no           |
      | criminal_record_5y    | no           |
      | entry_date            | <entrada>    |
      | has_birth_certificate | <partida>    |
    Cuando se evalúan las vías
    Entonces la vía "ar.venezuela.disp388" es "<resultado>"
    Y la condición "<condición>" de la vía "ar.venezuela.disp388" está "<estado>"

    Ejemplos: 90 días desde el 16/09/2024; cumple 9 años el día de la evaluación (15/10/2024)
      | fecha      | nacimiento | pasaporte | partida | entrada    | resultado     | condición                   | estado      |
      | 2024-10-15 | 2018-03-01 | no        | sí      | 2023-05-10 | elegible      | child_birth_certificate     | cumplida    |
      | 2024-10-15 | 2015-10-16 | no        | sí      | 2023-05-10 | elegible      | under_9                     | cumplida    |
      | 2024-10-15 | 2015-10-15 | no        | sí      | 2023-05-10 | no elegible   | under_9                     | no cumplida |
      | 2024-10-15 | 2015-10-14 | no        | sí      | 2023-05-10 | no elegible   | under_9                     | no cumplida |
      | 2024-10-15 | 2018-03-01 | no        | no      | 2023-05-10 | no elegible   | has_birth_certificate       | no cumplida |
      | 2024-10-15 | 2018-03-01 | no        | ?       | 2023-05-10 | indeterminada | has_birth_certificate       | desconocida |
      | 2024-10-15 | 1990-03-01 | sí        | no      | 2024-09-04 | elegible      | entered_by_5_september_2024 | cumplida    |
      | 2024-10-15 | 1990-03-01 | sí        | no      | 2024-09-05 | elegible      | entered_by_5_september_2024 | cumplida    |
      | 2024-10-15 | 1990-03-01 | sí        | no      | 2024-09-06 | indeterminada | arrived_before_regime       | desconocida |
      | 2024-10-15 | 1990-03-01 | sí        | no      | 2024-09-06 | indeterminada | later_arrivals_covered      | desconocida |
      | 2024-10-15 | 1990-03-01 | sí        | no      | ?          | indeterminada | entered_by_5_september_2024 | desconocida |

    Ejemplos: después del 14/12/2024, sin prórroga confirmada (hasta el 31/12/2025)
      | fecha      | nacimiento | pasaporte | partida | entrada    | resultado     | condición                   | estado      |
      | 2025-03-01 | 2018-03-01 | no        | sí      | 2023-05-10 | indeterminada | child_birth_certificate     | cumplida    |
      | 2025-03-01 | 2016-03-02 | no        | sí      | 2023-05-10 | indeterminada | under_9                     | cumplida    |
      | 2025-03-01 | 2016-03-01 | no        | sí      | 2023-05-10 | no elegible   | under_9                     | no cumplida |
      | 2025-03-01 | 2018-03-01 | no        | no      | 2023-05-10 | no elegible   | has_birth_certificate       | no cumplida |
      | 2025-03-01 | 1990-03-01 | sí        | no      | 2024-09-05 | indeterminada | entered_by_5_september_2024 | cumplida    |
      | 2025-03-01 | 1990-03-01 | sí        | no      | 2024-09-06 | indeterminada | arrived_before_regime       | desconocida |
