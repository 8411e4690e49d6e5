# language: es
Característica: Colombia — PEP-Tutor (Decreto 1209/2024, Res. 2451/2025) y Visa V Visitante Especial (Res. 12509/2024)
  Como equipo que mantiene el reglamento colombiano
  queremos que el PEP-Tutor y la Visa V Especial digan elegible, no elegible o indeterminada con su norma,
  mostrando los conflictos de fuentes (fin de la ventana del PEP-Tutor, fecha de corte de la Visa V)
  y el orden en que conviene pedirlos.

  Escenario: P16 — madre venezolana en Cúcuta; su hija tenía PPT vigente el 31/12/2023; solicita el 2025-10-15
    Dado la fecha de evaluación "2025-10-15"
    Y una persona con los datos:
      | dato                              | valor      |
      | host_country                      | CO         |
      | in_host_country                   | sí         |
      | nationalities                     | VE         |
      | age                               | 38         |
      | co_tutor_of_ppt_child             | sí         |
      | co_child_ppt_issue_date           | 2022-08-01 |
      | co_holds_ppt_or_visa              | no         |
      | co_criminal_record                | no         |
      | co_expulsion_or_deportation_order | no         |
      | co_unpaid_migration_fine          | no         |
      | co_child_in_school_or_protection  | no         |
      | co_etpv_force_majeure             | no         |
      | co_open_proceedings               | no         |
      | co_protection_abroad              | no         |
    Cuando se evalúan las vías
    Entonces la vía "co.pep_tutor" es "elegible"
    Y la condición "child_ppt_valid_31_dec_2023" de la vía "co.pep_tutor" está "cumplida"
    Y la condición "holds_no_ppt_or_visa" de la vía "co.pep_tutor" está "cumplida"
    Y la vía "co.pep_tutor" cita "Resolución 2451 de 2025"
    Y la vía "co.etpv.ppt" es "no elegible"
    Y la condición "under_18" de la vía "co.etpv.ppt" está "no cumplida"

  Esquema del escenario: P16 — matiz: si primero obtiene la Visa V Especial, ya tiene una visa y pierde el PEP-Tutor
    # Supuesto del escenario: entró a Colombia el 2022-03-01, antes de la fecha de corte de la Visa V.
    Dado la fecha de evaluación "2025-10-15"
    Y una persona con los datos:
      | dato                              | valor      |
      | host_country                      | CO         |
      | in_host_country                   | sí         |
      | nationalities                     | VE         |
      | age                               | 38         |
      | entry_date                        | 2022-03-01 |
      | co_tutor_of_ppt_child             | sí         |
      | co_child_ppt_issue_date           | 2022-08-01 |
      | co_holds_ppt_or_visa              | <visa>     |
      | statuses                          | <permisos> |
      | co_criminal_record                | no         |
      | co_expulsion_or_deportation_order | no         |
      | co_unpaid_migration_fine          | no         |
      | co_migration_measure_in_force     | no         |
      | co_deprived_of_liberty            | no         |
    Cuando se evalúan las vías
    Entonces la vía "co.pep_tutor" es "<pep_tutor>"
    Y la condición "holds_no_ppt_or_visa" de la vía "co.pep_tutor" está "<sin_visa>"
    Y la vía "co.visa_v_especial" es "elegible"

    Ejemplos:
      | visa | permisos                                                           | pep_tutor   | sin_visa    |
      | no   | ninguna                                                            | elegible    | cumplida    |
      | sí   | [{"status": "co.visa_v_especial", "expires": "2027-10-14"}]         | no elegible | no cumplida |

  Esquema del escenario: PEP-Tutor — ventana del 01/09/2025 al 30/04/2026 (confirmada por Migración Colombia en enero de 2026)
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato                              | valor      |
      | host_country                      | CO         |
      | in_host_country                   | sí         |
      | nationalities                     | VE         |
      | co_tutor_of_ppt_child             | sí         |
      | co_child_ppt_issue_date           | 2022-08-01 |
      | co_holds_ppt_or_visa              | no         |
      | co_criminal_record                | no         |
      | co_expulsion_or_deportation_order | no         |
      | co_unpaid_migration_fine          | no         |
    Cuando se evalúan las vías
    Entonces la vía "co.pep_tutor" es "<resultado>"

    Ejemplos:
      | fecha      | resultado     |
      | 2025-08-31 | no elegible   |
      | 2025-09-01 | elegible      |
      | 2025-09-02 | elegible      |
      | 2026-03-31 | elegible      |
      | 2026-04-01 | elegible      |
      | 2026-04-02 | elegible      |
      | 2026-04-29 | elegible      |
      | 2026-04-30 | elegible      |
      | 2026-05-01 | no elegible   |

  Escenario: P16 solicitando en abril de 2026 — la ventana sigue abierta hasta el 30/04 (el "01/04" citado no era la regla)
    Dado la fecha de evaluación "2026-04-15"
    Y una persona con los datos:
      | dato                              | valor      |
      | host_country                      | CO         |
      | in_host_country                   | sí         |
      | nationalities                     | VE         |
      | age                               | 38         |
      | co_tutor_of_ppt_child             | sí         |
      | co_child_ppt_issue_date           | 2022-08-01 |
      | co_holds_ppt_or_visa              | no         |
      | co_criminal_record                | no         |
      | co_expulsion_or_deportation_order | no         |
      | co_unpaid_migration_fine          | no         |
    Cuando se evalúan las vías
    Entonces la vía "co.pep_tutor" es "elegible"
    Y la condición "child_ppt_valid_31_dec_2023" de la vía "co.pep_tutor" está "cumplida"
    Y la vía "co.pep_tutor" señala un punto sin confirmar

  Escenario: PEP-Tutor — después del 30/04/2026 la ventana está cerrada
    Dado la fecha de evaluación "2026-05-01"
    Y una persona con los datos:
      | dato                  | valor |
      | host_country          | CO    |
      | nationalities         | VE    |
      | co_tutor_of_ppt_child | sí    |
    Cuando se evalúan las vías
    Entonces la vía "co.pep_tutor" es "no elegible"
    Y la vía "co.pep_tutor" cerró el "2026-04-30"

  Esquema del escenario: PEP-Tutor — el niño tenía PPT el 31/12/2023 o estaba inscrito en el RUMV a esa fecha (dos lecturas: la segunda queda indeterminada)
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato                              | valor      |
      | host_country                      | CO         |
      | in_host_country                   | sí         |
      | nationalities                     | VE         |
      | co_tutor_of_ppt_child             | sí         |
      | co_child_ppt_issue_date           | <expedido> |
      | co_child_rumv_date                | <rumv>     |
      | co_holds_ppt_or_visa              | no         |
      | co_criminal_record                | no         |
      | co_expulsion_or_deportation_order | no         |
      | co_unpaid_migration_fine          | no         |
    Cuando se evalúan las vías
    Entonces la vía "co.pep_tutor" es "<resultado>"
    Y la condición "child_covered_31_dec_2023" de la vía "co.pep_tutor" está "<estado>"

    Ejemplos:
      | fecha      | expedido   | rumv       | resultado     | estado      |
      | 2025-10-15 | 2023-12-30 | 2023-06-01 | elegible      | cumplida    |
      | 2025-10-15 | 2023-12-31 | ?          | elegible      | cumplida    |
      | 2025-10-15 | 2024-01-01 | 2024-01-01 | no elegible   | no cumplida |
      | 2026-04-15 | 2024-03-01 | 2023-06-01 | indeterminada | desconocida |
      | 2026-04-15 | 2024-03-01 | 2023-12-30 | indeterminada | desconocida |
      | 2026-04-15 | 2024-03-01 | 2023-12-31 | indeterminada | desconocida |
      | 2026-04-15 | 2024-03-01 | 2024-01-01 | no elegible   | no cumplida |
      | 2026-04-15 | 2024-03-01 | ?          | indeterminada | desconocida |

  Escenario: Caso del anexo de la revisión (CO-3): tutora venezolana el 15/04/2026, hijo inscrito en el RUMV en 2023 y con PPT expedido el 01/03/2024: indeterminada, nunca "no"
    Dado la fecha de evaluación "2026-04-15"
    Y una persona con los datos:
      | dato                              | valor      |
      | host_country                      | CO         |
      | in_host_country                   | sí         |
      | nationalities                     | VE         |
      | co_tutor_of_ppt_child             | sí         |
      | co_child_ppt_issue_date           | 2024-03-01 |
      | co_child_rumv_date                | 2023-09-10 |
      | co_holds_ppt_or_visa              | no         |
      | co_criminal_record                | no         |
      | co_expulsion_or_deportation_order | no         |
      | co_unpaid_migration_fine          | no         |
    Cuando se evalúan las vías
    Entonces la vía "co.pep_tutor" es "indeterminada"
    Y la condición "child_ppt_valid_31_dec_2023" de la vía "co.pep_tutor" está "no cumplida"
    Y la condición "child_rumv_by_31_dec_2023" de la vía "co.pep_tutor" está "cumplida"
    Y la condición "rumv_reading_open" de la vía "co.pep_tutor" está "desconocida"

  Esquema del escenario: PEP-Tutor — cada condición decide por sí sola (de septiembre de 2025 a abril de 2026)
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato                              | valor        |
      | host_country                      | CO           |
      | in_host_country                   | <en_co>      |
      | nationalities                     | <nac>        |
      | co_tutor_of_ppt_child             | <tutor>      |
      | co_child_ppt_issue_date           | <expedido>   |
      | co_child_rumv_date                | 2024-01-15   |
      | co_holds_ppt_or_visa              | <visa>       |
      | co_criminal_record                | <antecedes>  |
      | co_expulsion_or_deportation_order | <expulsion>  |
      | co_unpaid_migration_fine          | <multa>      |
    Cuando se evalúan las vías
    Entonces la vía "co.pep_tutor" es "<resultado>"

    Ejemplos: octubre de 2025
      | fecha      | en_co | nac | tutor | expedido   | visa | antecedes | expulsion | multa | resultado     |
      | 2025-10-15 | sí    | VE  | sí    | 2022-08-01 | no   | no        | no        | no    | elegible      |
      | 2025-10-15 | no    | VE  | sí    | 2022-08-01 | no   | no        | no        | no    | no elegible   |
      | 2025-10-15 | sí    | CO  | sí    | 2022-08-01 | no   | no        | no        | no    | no elegible   |
      | 2025-10-15 | sí    | VE  | no    | 2022-08-01 | no   | no        | no        | no    | no elegible   |
      | 2025-10-15 | sí    | VE  | sí    | 2024-02-01 | no   | no        | no        | no    | no elegible   |
      | 2025-10-15 | sí    | VE  | sí    | 2022-08-01 | sí   | no        | no        | no    | no elegible   |
      | 2025-10-15 | sí    | VE  | sí    | 2022-08-01 | no   | sí        | no        | no    | no elegible   |
      | 2025-10-15 | sí    | VE  | sí    | 2022-08-01 | no   | no        | sí        | no    | no elegible   |
      | 2025-10-15 | sí    | VE  | sí    | 2022-08-01 | no   | no        | no        | sí    | no elegible   |

    Ejemplos: abril de 2026 (después del 01/04 que citó el director, antes del 30/04)
      | fecha      | en_co | nac | tutor | expedido   | visa | antecedes | expulsion | multa | resultado     |
      | 2026-04-15 | sí    | VE  | sí    | 2022-08-01 | no   | no        | no        | no    | elegible      |
      | 2026-04-15 | no    | VE  | sí    | 2022-08-01 | no   | no        | no        | no    | no elegible   |
      | 2026-04-15 | sí    | CO  | sí    | 2022-08-01 | no   | no        | no        | no    | no elegible   |
      | 2026-04-15 | sí    | VE  | no    | 2022-08-01 | no   | no        | no        | no    | no elegible   |
      | 2026-04-15 | sí    | VE  | sí    | 2024-02-01 | no   | no        | no        | no    | no elegible   |
      | 2026-04-15 | sí    | VE  | sí    | 2022-08-01 | sí   | no        | no        | no    | no elegible   |
      | 2026-04-15 | sí    | VE  | sí    | 2022-08-01 | no   | sí        | no        | no    | no elegible   |
      | 2026-04-15 | sí    | VE  | sí    | 2022-08-01 | no   | no        | sí        | no    | no elegible   |
      | 2026-04-15 | sí    | VE  | sí    | 2022-08-01 | no   | no        | no        | sí    | no elegible   |

  Escenario: PEP-Tutor — sin saber si tiene PPT o visa queda indeterminada
    Dado la fecha de evaluación "2025-10-15"
    Y una persona con los datos:
      | dato                              | valor      |
      | host_country                      | CO         |
      | in_host_country                   | sí         |
      | nationalities                     | VE         |
      | co_tutor_of_ppt_child             | sí         |
      | co_child_ppt_issue_date           | 2022-08-01 |
      | co_criminal_record                | no         |
      | co_expulsion_or_deportation_order | no         |
      | co_unpaid_migration_fine          | no         |
    Cuando se evalúan las vías
    Entonces la vía "co.pep_tutor" es "indeterminada"
    Y falta el dato "co_holds_ppt_or_visa" para la vía "co.pep_tutor"

  Escenario: P10 — venezolana-española en Bogotá, entrada irregular en 2024, evaluada el 2025-03-01
    Dado la fecha de evaluación "2025-03-01"
    Y una persona con los datos:
      | dato                              | valor      |
      | host_country                      | CO         |
      | in_host_country                   | sí         |
      | nationalities                     | VE, ES     |
      | age                               | 30         |
      | entry_date                        | 2024-03-15 |
      | co_entered_official_post          | no         |
      | co_irregular_2021_01_31           | no         |
      | co_valid_pip_ptp_pep              | no         |
      | co_sc2_safe_conduct               | no         |
      | co_holds_ppt_or_visa              | no         |
      | co_tutor_of_ppt_child             | no         |
      | co_child_in_school_or_protection  | no         |
      | co_criminal_record                | no         |
      | co_open_proceedings               | no         |
      | co_protection_abroad              | no         |
      | co_expulsion_or_deportation_order | no         |
      | co_unpaid_migration_fine          | no         |
      | co_migration_measure_in_force     | no         |
      | co_deprived_of_liberty            | no         |
    Cuando se evalúan las vías
    Entonces la vía "co.etpv.ppt" es "no elegible"
    Y la condición "under_18" de la vía "co.etpv.ppt" está "no cumplida"
    Y la vía "co.visa_v_especial" es "no elegible"
    Y la condición "no_other_nationality" de la vía "co.visa_v_especial" está "no cumplida"
    Y la vía "co.visa_v_especial" cita "persons holding another nationality"
    Y la vía "co.pep_tutor" es "no elegible"

  Escenario: P10 — evaluada cuando el PEP-Tutor ya está abierto: no tiene hijos con PPT
    Dado la fecha de evaluación "2025-10-01"
    Y una persona con los datos:
      | dato                              | valor      |
      | host_country                      | CO         |
      | in_host_country                   | sí         |
      | nationalities                     | VE, ES     |
      | age                               | 30         |
      | entry_date                        | 2024-03-15 |
      | co_holds_ppt_or_visa              | no         |
      | co_tutor_of_ppt_child             | no         |
      | co_criminal_record                | no         |
      | co_expulsion_or_deportation_order | no         |
      | co_unpaid_migration_fine          | no         |
    Cuando se evalúan las vías
    Entonces la vía "co.pep_tutor" es "no elegible"
    Y la condición "tutor_of_ppt_child" de la vía "co.pep_tutor" está "no cumplida"

  Escenario: Variante de P10 evaluada antes del cierre (entrada irregular el 15/08/2023): ningún grupo del art. 4 la cubre
    Dado la fecha de evaluación "2023-11-01"
    Y una persona con los datos:
      | dato                     | valor      |
      | host_country             | CO         |
      | in_host_country          | sí         |
      | nationalities            | VE, ES     |
      | entry_date               | 2023-08-15 |
      | co_entered_official_post | no         |
      | co_irregular_2021_01_31  | no         |
      | co_valid_pip_ptp_pep     | no         |
      | co_sc2_safe_conduct      | no         |
      | co_rumv_date             | 2023-10-15 |
      | co_criminal_record       | no         |
      | co_open_proceedings      | no         |
      | co_protection_abroad     | no         |
    Cuando se evalúan las vías
    Entonces la vía "co.etpv.ppt" es "no elegible"
    Y la condición "target_group" de la vía "co.etpv.ppt" está "no cumplida"

  Escenario: P15 — entró regularmente el 29/05/2023, irregular ahora; evaluada el 2025-03-01
    Dado la fecha de evaluación "2025-03-01"
    Y una persona con los datos:
      | dato                              | valor      |
      | host_country                      | CO         |
      | in_host_country                   | sí         |
      | nationalities                     | VE         |
      | age                               | 26         |
      | entry_date                        | 2023-05-29 |
      | co_entered_official_post          | sí         |
      | co_valid_pip_ptp_pep              | no         |
      | co_sc2_safe_conduct               | no         |
      | co_child_in_school_or_protection  | no         |
      | co_criminal_record                | no         |
      | co_open_proceedings               | no         |
      | co_protection_abroad              | no         |
      | co_expulsion_or_deportation_order | no         |
      | co_migration_measure_in_force     | no         |
      | co_deprived_of_liberty            | no         |
    Cuando se evalúan las vías
    Entonces la vía "co.etpv.ppt" es "no elegible"
    Y la vía "co.visa_v_especial" es "elegible"
    Y la condición "entered_by_2_dec_2024" de la vía "co.visa_v_especial" está "cumplida"
    Y la vía "co.visa_v_especial" cita "Resolución 12509 de 2024"
    Y la vía "co.visa_v_especial" señala un punto sin confirmar

  Esquema del escenario: Visa V — fecha de corte de entrada en conflicto ("antes del 4" o "antes del 3 de diciembre de 2024")
    Dado la fecha de evaluación "2025-03-01"
    Y una persona con los datos:
      | dato                              | valor     |
      | host_country                      | CO        |
      | in_host_country                   | sí        |
      | nationalities                     | VE        |
      | age                               | 30        |
      | entry_date                        | <entrada> |
      | co_criminal_record                | no        |
      | co_expulsion_or_deportation_order | no        |
      | co_migration_measure_in_force     | no        |
      | co_deprived_of_liberty            | no        |
    Cuando se evalúan las vías
    Entonces la vía "co.visa_v_especial" es "<resultado>"
    Y la condición "entered_before_resolution" de la vía "co.visa_v_especial" está "<corte>"

    Ejemplos:
      | entrada    | resultado     | corte       |
      | 2024-12-01 | elegible      | cumplida    |
      | 2024-12-02 | elegible      | cumplida    |
      | 2024-12-03 | indeterminada | desconocida |
      | 2024-12-04 | no elegible   | no cumplida |

  Esquema del escenario: Visa V — creada el 04/12/2024; el fin de la ventana no está confirmado (borrador: 2 años)
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato                              | valor      |
      | host_country                      | CO         |
      | in_host_country                   | sí         |
      | nationalities                     | VE         |
      | age                               | 30         |
      | entry_date                        | 2023-05-29 |
      | co_criminal_record                | no         |
      | co_expulsion_or_deportation_order | no         |
      | co_migration_measure_in_force     | no         |
      | co_deprived_of_liberty            | no         |
    Cuando se evalúan las vías
    Entonces la vía "co.visa_v_especial" es "<resultado>"

    Ejemplos:
      | fecha      | resultado     |
      | 2024-12-03 | no elegible   |
      | 2024-12-04 | elegible      |
      | 2024-12-05 | elegible      |
      | 2026-12-03 | elegible      |
      | 2026-12-04 | indeterminada |

  Esquema del escenario: Visa V — cada condición decide por sí sola (primeros dos años y después)
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato                              | valor        |
      | host_country                      | CO           |
      | in_host_country                   | <en_co>      |
      | nationalities                     | <nac>        |
      | age                               | 30           |
      | entry_date                        | <entrada>    |
      | co_criminal_record                | <antecedes>  |
      | co_expulsion_or_deportation_order | <expulsion>  |
      | co_migration_measure_in_force     | <medida>     |
      | co_deprived_of_liberty            | <privada>    |
    Cuando se evalúan las vías
    Entonces la vía "co.visa_v_especial" es "<resultado>"

    Ejemplos: versión del 04/12/2024 al 03/12/2026
      | fecha      | en_co | nac    | otra | entrada    | antecedes | expulsion | medida | privada | resultado     |
      | 2025-03-01 | sí    | VE     | no   | 2023-05-29 | no        | no        | no     | no      | elegible      |
      | 2025-03-01 | sí    | VE     | no   | 2024-12-03 | no        | no        | no     | no      | indeterminada |
      | 2025-03-01 | sí    | VE     | no   | 2024-12-20 | no        | no        | no     | no      | no elegible   |
      | 2025-03-01 | no    | VE     | no   | 2023-05-29 | no        | no        | no     | no      | no elegible   |
      | 2025-03-01 | sí    | ninguna | no   | 2023-05-29 | no        | no        | no     | no      | no elegible   |
      | 2025-03-01 | sí    | VE, ES | sí   | 2023-05-29 | no        | no        | no     | no      | no elegible   |
      | 2025-03-01 | sí    | VE     | no   | 2023-05-29 | sí        | no        | no     | no      | no elegible   |
      | 2025-03-01 | sí    | VE     | no   | 2023-05-29 | no        | sí        | no     | no      | no elegible   |
      | 2025-03-01 | sí    | VE     | no   | 2023-05-29 | no        | no        | sí     | no      | no elegible   |
      | 2025-03-01 | sí    | VE     | no   | 2023-05-29 | no        | no        | no     | sí      | no elegible   |

    Ejemplos: versión desde el 04/12/2026 (si sigue abierta no se sabe)
      | fecha      | en_co | nac    | otra | entrada    | antecedes | expulsion | medida | privada | resultado     |
      | 2026-12-10 | sí    | VE     | no   | 2023-05-29 | no        | no        | no     | no      | indeterminada |
      | 2026-12-10 | sí    | VE     | no   | 2024-12-03 | no        | no        | no     | no      | indeterminada |
      | 2026-12-10 | sí    | VE     | no   | 2024-12-20 | no        | no        | no     | no      | no elegible   |
      | 2026-12-10 | no    | VE     | no   | 2023-05-29 | no        | no        | no     | no      | no elegible   |
      | 2026-12-10 | sí    | ninguna | no   | 2023-05-29 | no        | no        | no     | no      | no elegible   |
      | 2026-12-10 | sí    | VE, ES | sí   | 2023-05-29 | no        | no        | no     | no      | no elegible   |
      | 2026-12-10 | sí    | VE     | no   | 2023-05-29 | sí        | no        | no     | no      | no elegible   |
      | 2026-12-10 | sí    | VE     | no   | 2023-05-29 | no        | sí        | no     | no      | no elegible   |
      | 2026-12-10 | sí    | VE     | no   | 2023-05-29 | no        | no        | sí     | no      | no elegible   |
      | 2026-12-10 | sí    | VE     | no   | 2023-05-29 | no        | no        | no     | sí      | no elegible   |

  Escenario: Visa V — sin saber sus nacionalidades queda indeterminada (la "otra nacionalidad" se lee de la lista, no se pregunta dos veces)
    Dado la fecha de evaluación "2025-03-01"
    Y una persona con los datos:
      | dato                              | valor      |
      | host_country                      | CO         |
      | in_host_country                   | sí         |
      | age                               | 30         |
      | entry_date                        | 2023-05-29 |
      | co_criminal_record                | no         |
      | co_expulsion_or_deportation_order | no         |
      | co_migration_measure_in_force     | no         |
      | co_deprived_of_liberty            | no         |
    Cuando se evalúan las vías
    Entonces la vía "co.visa_v_especial" es "indeterminada"
    Y falta el dato "nationalities" para la vía "co.visa_v_especial"

  Escenario: Caso del anexo de la revisión (CO-5): venezolana-española (nacionalidades VE, ES) el 01/06/2026: no elegible por la otra nacionalidad, sin preguntarla otra vez
    Dado la fecha de evaluación "2026-06-01"
    Y una persona con los datos:
      | dato                              | valor      |
      | host_country                      | CO         |
      | in_host_country                   | sí         |
      | nationalities                     | VE, ES     |
      | age                               | 30         |
      | entry_date                        | 2023-05-29 |
      | co_criminal_record                | no         |
      | co_expulsion_or_deportation_order | no         |
      | co_migration_measure_in_force     | no         |
      | co_deprived_of_liberty            | no         |
    Cuando se evalúan las vías
    Entonces la vía "co.visa_v_especial" es "no elegible"
    Y la condición "no_other_nationality" de la vía "co.visa_v_especial" está "no cumplida"

  Escenario: Visa V — respuestas que se contradicen se rechazan nombrando los dos datos
    Dado la fecha de evaluación "2026-06-01"
    Y una persona con los datos:
      | dato                 | valor  |
      | host_country         | CO     |
      | nationalities        | VE, ES |
      | co_other_nationality | no     |
    Cuando se evalúan las vías
    Entonces se rechazan los datos nombrando "co_other_nationality" y "nationalities"

  Esquema del escenario: Visa V — solo adultos (los menores entran como beneficiarios): 18 años el día anterior, el mismo día y el día siguiente
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato                              | valor      |
      | host_country                      | CO         |
      | in_host_country                   | sí         |
      | nationalities                     | VE         |
      | birth_date                        | 2007-03-01 |
      | entry_date                        | 2023-05-29 |
      | co_criminal_record                | no         |
      | co_expulsion_or_deportation_order | no         |
      | co_migration_measure_in_force     | no         |
      | co_deprived_of_liberty            | no         |
    Cuando se evalúan las vías
    Entonces la vía "co.visa_v_especial" es "<resultado>"
    Y la condición "adult" de la vía "co.visa_v_especial" está "<estado>"

    Ejemplos:
      | fecha      | resultado     | estado      |
      | 2025-02-28 | no elegible   | no cumplida |
      | 2025-03-01 | elegible      | cumplida    |
      | 2025-03-02 | elegible      | cumplida    |
      | 2026-12-10 | indeterminada | cumplida    |

  Esquema del escenario: Visa V — la edad mínima de 18 años decide por sí sola en las dos versiones
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato                              | valor      |
      | host_country                      | CO         |
      | in_host_country                   | sí         |
      | nationalities                     | VE         |
      | age                               | <edad>     |
      | entry_date                        | 2023-05-29 |
      | co_criminal_record                | no         |
      | co_expulsion_or_deportation_order | no         |
      | co_migration_measure_in_force     | no         |
      | co_deprived_of_liberty            | no         |
    Cuando se evalúan las vías
    Entonces la vía "co.visa_v_especial" es "<resultado>"

    Ejemplos:
      | fecha      | edad | resultado     |
      | 2025-03-01 | 17   | no elegible   |
      | 2025-03-01 | 18   | elegible      |
      | 2026-12-10 | 17   | no elegible   |
      | 2026-12-10 | 18   | indeterminada |
