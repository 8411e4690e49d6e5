# language: es
Característica: Colombia — Estatuto Temporal de Protección (ETPV) y Permiso por Protección Temporal (PPT)
  Como equipo que mantiene el reglamento colombiano
  queremos que el PPT diga elegible, no elegible o indeterminada según el Decreto 216/2021 y la Res. 971/2021,
  con los cuatro grupos del art. 4, los plazos del RUMV (y el conflicto de fuentes sobre el plazo de quienes
  ya estaban en Colombia) y el cierre de la inscripción de adultos el 24/11/2023.

  Escenario: P12 — venezolana que entró irregularmente el mismo 31/01/2021 (grupo 3), evaluada el 2021-09-01
    Dado la fecha de evaluación "2021-09-01"
    Y una persona con los datos:
      | dato                    | valor      |
      | host_country            | CO         |
      | in_host_country         | sí         |
      | nationalities           | VE         |
      | age                     | 29         |
      | entry_date              | 2021-01-31 |
      | co_entered_official_post | no        |
      | co_irregular_2021_01_31 | sí         |
      | co_valid_pip_ptp_pep    | no         |
      | co_sc2_safe_conduct     | no         |
      | co_rumv_date            | 2021-06-10 |
      | co_criminal_record      | no         |
      | co_open_proceedings     | no         |
      | co_protection_abroad    | no         |
    Cuando se evalúan las vías
    Entonces la vía "co.etpv.ppt" es "elegible"
    Y la condición "g3_irregular_on_31_jan_2021" de la vía "co.etpv.ppt" está "cumplida"
    Y la condición "g123_rumv_in_time" de la vía "co.etpv.ppt" está "cumplida"
    Y la condición "g4_regular_entry" de la vía "co.etpv.ppt" está "no cumplida"
    Y la vía "co.etpv.ppt" cita "art. 4 num. 3"
    Y la vía "co.etpv.ppt" señala un punto sin confirmar
    Y la vía "co.pep_tutor" es "no elegible"
    Y la vía "co.visa_v_especial" es "no elegible"

  Escenario: P14 — venezolano que entró regularmente por un puesto oficial el último día, 28/05/2023 (grupo 4)
    Dado la fecha de evaluación "2023-11-01"
    Y una persona con los datos:
      | dato                     | valor      |
      | host_country             | CO         |
      | in_host_country          | sí         |
      | nationalities            | VE         |
      | age                      | 26         |
      | entry_date               | 2023-05-28 |
      | co_entered_official_post | sí         |
      | co_rumv_date             | 2023-10-15 |
      | co_criminal_record       | no         |
      | co_open_proceedings      | no         |
      | co_protection_abroad     | no         |
    Cuando se evalúan las vías
    Entonces la vía "co.etpv.ppt" es "elegible"
    Y la condición "g4_regular_entry" de la vía "co.etpv.ppt" está "cumplida"
    Y la condición "g4_entry_by_28_may_2023" de la vía "co.etpv.ppt" está "cumplida"
    Y la vía "co.etpv.ppt" cita "art. 4 num. 4"

  Escenario: P15 en 2023 — entró regularmente un día tarde (29/05/2023): fuera del grupo 4
    Dado la fecha de evaluación "2023-11-01"
    Y una persona con los datos:
      | dato                     | valor      |
      | host_country             | CO         |
      | in_host_country          | sí         |
      | nationalities            | VE         |
      | age                      | 26         |
      | entry_date               | 2023-05-29 |
      | co_entered_official_post | sí         |
      | co_irregular_2021_01_31  | no         |
      | co_valid_pip_ptp_pep     | no         |
      | co_sc2_safe_conduct      | no         |
      | co_rumv_date             | 2023-10-15 |
      | co_criminal_record       | no         |
      | co_open_proceedings      | no         |
      | co_protection_abroad     | no         |
    Cuando se evalúan las vías
    Entonces la vía "co.etpv.ppt" es "no elegible"
    Y la condición "g4_entry_by_28_may_2023" de la vía "co.etpv.ppt" está "no cumplida"

  Esquema del escenario: Inscripción de adultos abierta del 05/05/2021 al 24/11/2023 (titular de PEP, grupo 1)
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato                     | valor      |
      | host_country             | CO         |
      | in_host_country          | sí         |
      | nationalities            | VE         |
      | age                      | 40         |
      | entry_date               | 2019-02-01 |
      | co_entered_official_post | sí         |
      | co_valid_pip_ptp_pep     | sí         |
      | co_rumv_date             | <rumv>     |
      | co_etpv_force_majeure    | no         |
      | co_criminal_record       | no         |
      | co_open_proceedings      | no         |
      | co_protection_abroad     | no         |
    Cuando se evalúan las vías
    Entonces la vía "co.etpv.ppt" es "<resultado>"

    Ejemplos:
      | fecha      | rumv       | resultado     |
      | 2021-05-04 | 2021-05-04 | no elegible   |
      | 2021-05-05 | 2021-05-05 | elegible      |
      | 2021-05-06 | 2021-05-06 | elegible      |
      | 2023-11-23 | 2022-01-10 | elegible      |
      | 2023-11-24 | 2022-01-10 | elegible      |
      | 2023-11-25 | 2022-01-10 | no elegible   |

  Escenario: Desde el 25/11/2023 un adulto ya no puede inscribirse: solo menores escolarizados o en protección
    Dado la fecha de evaluación "2023-11-25"
    Y una persona con los datos:
      | dato                             | valor      |
      | host_country                     | CO         |
      | in_host_country                  | sí         |
      | nationalities                    | VE         |
      | age                              | 40         |
      | co_valid_pip_ptp_pep             | sí         |
      | co_rumv_date                     | 2022-01-10 |
      | co_child_in_school_or_protection | no         |
      | co_etpv_force_majeure            | no         |
      | co_criminal_record               | no         |
      | co_open_proceedings              | no         |
      | co_protection_abroad             | no         |
    Cuando se evalúan las vías
    Entonces la vía "co.etpv.ppt" es "no elegible"
    Y la condición "under_18" de la vía "co.etpv.ppt" está "no cumplida"

  Esquema del escenario: Grupo 3 — presencia en Colombia el 31/01/2021 (día anterior, el mismo día, día siguiente)
    Dado la fecha de evaluación "2021-09-01"
    Y una persona con los datos:
      | dato                     | valor      |
      | host_country             | CO         |
      | in_host_country          | sí         |
      | nationalities            | VE         |
      | entry_date               | <entrada>  |
      | co_entered_official_post | no         |
      | co_irregular_2021_01_31  | <irregular> |
      | co_valid_pip_ptp_pep     | no         |
      | co_sc2_safe_conduct      | no         |
      | co_rumv_date             | 2021-06-10 |
      | co_criminal_record       | no         |
      | co_open_proceedings      | no         |
      | co_protection_abroad     | no         |
    Cuando se evalúan las vías
    Entonces la vía "co.etpv.ppt" es "<resultado>"
    Y la condición "g3_present_by_31_jan_2021" de la vía "co.etpv.ppt" está "<presencia>"

    Ejemplos:
      | entrada    | irregular | resultado   | presencia   |
      | 2021-01-30 | sí        | elegible    | cumplida    |
      | 2021-01-31 | sí        | elegible    | cumplida    |
      | 2021-02-01 | no        | no elegible | no cumplida |

  Esquema del escenario: Grupo 4 — entrada regular entre el 29/05/2021 y el 28/05/2023 (bordes de la ventana)
    Dado la fecha de evaluación "2023-11-01"
    Y una persona con los datos:
      | dato                     | valor      |
      | host_country             | CO         |
      | in_host_country          | sí         |
      | nationalities            | VE         |
      | entry_date               | <entrada>  |
      | co_entered_official_post | sí         |
      | co_irregular_2021_01_31  | no         |
      | co_valid_pip_ptp_pep     | no         |
      | co_sc2_safe_conduct      | no         |
      | co_rumv_date             | 2023-10-15 |
      | co_criminal_record       | no         |
      | co_open_proceedings      | no         |
      | co_protection_abroad     | no         |
    Cuando se evalúan las vías
    Entonces la vía "co.etpv.ppt" es "<resultado>"

    Ejemplos:
      | entrada    | resultado   |
      | 2021-05-28 | no elegible |
      | 2021-05-29 | elegible    |
      | 2021-05-30 | elegible    |
      | 2023-05-27 | elegible    |
      | 2023-05-28 | elegible    |
      | 2023-05-29 | no elegible |

  Esquema del escenario: Grupo 4 — prerregistro en el RUMV hasta el 24/11/2023
    Dado la fecha de evaluación "2023-11-24"
    Y una persona con los datos:
      | dato                     | valor      |
      | host_country             | CO         |
      | in_host_country          | sí         |
      | nationalities            | VE         |
      | entry_date               | 2022-08-01 |
      | co_entered_official_post | sí         |
      | co_irregular_2021_01_31  | no         |
      | co_valid_pip_ptp_pep     | no         |
      | co_sc2_safe_conduct      | no         |
      | co_rumv_date             | <rumv>     |
      | co_criminal_record       | no         |
      | co_open_proceedings      | no         |
      | co_protection_abroad     | no         |
    Cuando se evalúan las vías
    Entonces la vía "co.etpv.ppt" es "<resultado>"

    Ejemplos:
      | rumv       | resultado   |
      | 2023-11-23 | elegible    |
      | 2023-11-24 | elegible    |
      | 2023-11-25 | no elegible |

  Esquema del escenario: Grupos 1 a 3 — plazo del RUMV hasta el 28/05/2022 (cuatro fuentes; el 24/11/2023 era el plazo del grupo 4)
    Dado la fecha de evaluación "2023-11-24"
    Y una persona con los datos:
      | dato                     | valor      |
      | host_country             | CO         |
      | in_host_country          | sí         |
      | nationalities            | VE         |
      | entry_date               | 2020-03-01 |
      | co_entered_official_post | no         |
      | co_irregular_2021_01_31  | sí         |
      | co_valid_pip_ptp_pep     | no         |
      | co_sc2_safe_conduct      | no         |
      | co_rumv_date             | <rumv>     |
      | co_criminal_record       | no         |
      | co_open_proceedings      | no         |
      | co_protection_abroad     | no         |
    Cuando se evalúan las vías
    Entonces la vía "co.etpv.ppt" es "<resultado>"
    Y la condición "g123_rumv_in_time" de la vía "co.etpv.ppt" está "<plazo>"

    Ejemplos:
      | rumv       | resultado     | plazo       |
      | 2022-05-27 | elegible      | cumplida    |
      | 2022-05-28 | elegible      | cumplida    |
      | 2022-05-29 | no elegible   | no cumplida |
      | 2023-11-24 | no elegible   | no cumplida |
      | 2023-11-25 | no elegible   | no cumplida |

  Escenario: Grupos 1 a 3 — un prerregistro después del 28/05/2022 llegó tarde (ya no se muestra como conflicto de fuentes)
    Dado la fecha de evaluación "2023-01-15"
    Y una persona con los datos:
      | dato                     | valor      |
      | host_country             | CO         |
      | in_host_country          | sí         |
      | nationalities            | VE         |
      | entry_date               | 2020-03-01 |
      | co_entered_official_post | no         |
      | co_irregular_2021_01_31  | sí         |
      | co_rumv_date             | 2022-09-01 |
      | co_criminal_record       | no         |
      | co_open_proceedings      | no         |
      | co_protection_abroad     | no         |
    Cuando se evalúan las vías
    Entonces la vía "co.etpv.ppt" es "no elegible"
    Y la condición "g123_rumv_in_time" de la vía "co.etpv.ppt" está "no cumplida"

  Esquema del escenario: ETPV hasta el 24/11/2023 — cada condición decide por sí sola
    Dado la fecha de evaluación "2021-09-01"
    Y una persona con los datos:
      | dato                     | valor        |
      | host_country             | CO           |
      | in_host_country          | <en_co>      |
      | nationalities            | <nac>        |
      | entry_date               | <entrada>    |
      | co_entered_official_post | <puesto>     |
      | co_irregular_2021_01_31  | <irregular>  |
      | co_valid_pip_ptp_pep     | <pep>        |
      | co_sc2_safe_conduct      | <sc2>        |
      | co_rumv_date             | <rumv>       |
      | co_criminal_record       | <antecedes>  |
      | co_open_proceedings      | <procesos>   |
      | co_protection_abroad     | <refugio>    |
    Cuando se evalúan las vías
    Entonces la vía "co.etpv.ppt" es "<resultado>"

    Ejemplos: grupo 3 (irregular el 31/01/2021) y requisitos comunes
      | en_co | nac | entrada    | puesto | irregular | pep | sc2 | rumv       | antecedes | procesos | refugio | resultado     |
      | sí    | VE  | 2020-06-01 | no     | sí        | no  | no  | 2021-06-10 | no        | no       | no      | elegible      |
      | sí    | CO  | 2020-06-01 | no     | sí        | no  | no  | 2021-06-10 | no        | no       | no      | no elegible   |
      | no    | VE  | 2020-06-01 | no     | sí        | no  | no  | 2021-06-10 | no        | no       | no      | no elegible   |
      | sí    | VE  | 2020-06-01 | no     | no        | no  | no  | 2021-06-10 | no        | no       | no      | no elegible   |
      | sí    | VE  | 2021-02-15 | no     | sí        | no  | no  | 2021-06-10 | no        | no       | no      | no elegible   |
      | sí    | VE  | 2020-06-01 | no     | sí        | no  | no  | 2023-12-01 | no        | no       | no      | no elegible   |
      | sí    | VE  | 2020-06-01 | no     | sí        | no  | no  | 2021-06-10 | sí        | no       | no      | no elegible   |
      | sí    | VE  | 2020-06-01 | no     | sí        | no  | no  | 2021-06-10 | no        | sí       | no      | no elegible   |
      | sí    | VE  | 2020-06-01 | no     | sí        | no  | no  | 2021-06-10 | no        | no       | sí      | no elegible   |
      | sí    | VE  | 2020-06-01 | no     | sí        | no  | no  | 2021-06-10 | ?         | no       | no      | indeterminada |

    Ejemplos: grupos 1 y 2 (PIP/PTP/PEP o salvoconducto SC-2) y ningún grupo
      | en_co | nac | entrada    | puesto | irregular | pep | sc2 | rumv       | antecedes | procesos | refugio | resultado     |
      | sí    | VE  | 2020-06-01 | sí     | no        | sí  | no  | 2021-06-10 | no        | no       | no      | elegible      |
      | sí    | VE  | 2020-06-01 | sí     | no        | no  | sí  | 2021-06-10 | no        | no       | no      | elegible      |
      | sí    | VE  | 2020-06-01 | sí     | no        | no  | no  | 2021-06-10 | no        | no       | no      | no elegible   |

    Ejemplos: grupo 4 (entrada regular desde el 29/05/2021)
      | en_co | nac | entrada    | puesto | irregular | pep | sc2 | rumv       | antecedes | procesos | refugio | resultado     |
      | sí    | VE  | 2021-06-01 | sí     | no        | no  | no  | 2021-07-01 | no        | no       | no      | elegible      |
      | sí    | VE  | 2021-06-01 | no     | no        | no  | no  | 2021-07-01 | no        | no       | no      | no elegible   |
      | sí    | VE  | 2021-05-20 | sí     | no        | no  | no  | 2021-07-01 | no        | no       | no      | no elegible   |
      | sí    | VE  | 2021-06-01 | sí     | no        | no  | no  | 2023-12-01 | no        | no       | no      | no elegible   |

  Escenario: Grupo 4 — la entrada posterior al 28/05/2023 decide por sí sola (evaluada antes del cierre)
    Dado la fecha de evaluación "2023-11-01"
    Y una persona con los datos:
      | dato                     | valor      |
      | host_country             | CO         |
      | in_host_country          | sí         |
      | nationalities            | VE         |
      | entry_date               | 2023-06-15 |
      | co_entered_official_post | sí         |
      | co_irregular_2021_01_31  | no         |
      | co_valid_pip_ptp_pep     | no         |
      | co_sc2_safe_conduct      | no         |
      | co_rumv_date             | 2023-10-15 |
      | co_criminal_record       | no         |
      | co_open_proceedings      | no         |
      | co_protection_abroad     | no         |
    Cuando se evalúan las vías
    Entonces la vía "co.etpv.ppt" es "no elegible"
    Y la condición "g4_entry_by_28_may_2023" de la vía "co.etpv.ppt" está "no cumplida"

  Escenario: Un dato que falta nunca se vuelve "no": sin fecha de prerregistro en el RUMV queda indeterminada
    Dado la fecha de evaluación "2021-09-01"
    Y una persona con los datos:
      | dato                     | valor      |
      | host_country             | CO         |
      | in_host_country          | sí         |
      | nationalities            | VE         |
      | entry_date               | 2020-06-01 |
      | co_irregular_2021_01_31  | sí         |
      | co_criminal_record       | no         |
      | co_open_proceedings      | no         |
      | co_protection_abroad     | no         |
    Cuando se evalúan las vías
    Entonces la vía "co.etpv.ppt" es "indeterminada"
    Y falta el dato "co_rumv_date" para la vía "co.etpv.ppt"

  Esquema del escenario: Después del 24/11/2023 — menores escolarizados o en protección (edad 17 / 18)
    Dado la fecha de evaluación "2024-06-01"
    Y una persona con los datos:
      | dato                             | valor        |
      | host_country                     | CO           |
      | in_host_country                  | <en_co>      |
      | nationalities                    | <nac>        |
      | birth_date                       | <nacimiento> |
      | co_child_in_school_or_protection | <escuela>    |
      | co_etpv_force_majeure            | no           |
      | co_criminal_record               | <antecedes>  |
      | co_open_proceedings              | <procesos>   |
      | co_protection_abroad             | <refugio>    |
    Cuando se evalúan las vías
    Entonces la vía "co.etpv.ppt" es "<resultado>"

    Ejemplos:
      | en_co | nac | nacimiento | escuela | antecedes | procesos | refugio | resultado     |
      | sí    | VE  | 2010-03-01 | sí      | no        | no       | no      | elegible      |
      | sí    | VE  | 2006-06-02 | sí      | no        | no       | no      | elegible      |
      | sí    | VE  | 2006-06-01 | sí      | no        | no       | no      | no elegible   |
      | sí    | VE  | 2006-05-31 | sí      | no        | no       | no      | no elegible   |
      | sí    | CO  | 2010-03-01 | sí      | no        | no       | no      | no elegible   |
      | no    | VE  | 2010-03-01 | sí      | no        | no       | no      | no elegible   |
      | sí    | VE  | 2010-03-01 | no      | no        | no       | no      | no elegible   |
      | sí    | VE  | 2010-03-01 | sí      | sí        | no       | no      | no elegible   |
      | sí    | VE  | 2010-03-01 | sí      | no        | sí       | no      | no elegible   |
      | sí    | VE  | 2010-03-01 | sí      | no        | no       | sí      | no elegible   |
      | sí    | VE  | 2010-03-01 | ?       | no        | no       | no      | indeterminada |

  Esquema del escenario: Después del 24/11/2023 — edad dada directamente (17 / 18)
    Dado la fecha de evaluación "2024-06-01"
    Y una persona con los datos:
      | dato                             | valor  |
      | host_country                     | CO     |
      | in_host_country                  | sí     |
      | nationalities                    | VE     |
      | age                              | <edad> |
      | co_child_in_school_or_protection | sí     |
      | co_etpv_force_majeure            | no     |
      | co_criminal_record               | no     |
      | co_open_proceedings              | no     |
      | co_protection_abroad             | no     |
    Cuando se evalúan las vías
    Entonces la vía "co.etpv.ppt" es "<resultado>"
    Y la vía "co.etpv.ppt" señala un punto sin confirmar

    Ejemplos:
      | edad | resultado   |
      | 17   | elegible    |
      | 18   | no elegible |

  Esquema del escenario: Fuerza mayor (sentencia T-166/2024): un adulto que no pudo terminar a tiempo queda indeterminado, nunca "no" (24/11/2023 / 25/11/2023)
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato                             | valor        |
      | host_country                     | CO           |
      | in_host_country                  | sí           |
      | nationalities                    | VE           |
      | age                              | 34           |
      | entry_date                       | 2020-06-01   |
      | co_irregular_2021_01_31          | sí           |
      | co_valid_pip_ptp_pep             | no           |
      | co_sc2_safe_conduct              | no           |
      | co_entered_official_post         | no           |
      | co_rumv_date                     | <rumv>       |
      | co_child_in_school_or_protection | no           |
      | co_etpv_force_majeure            | <fuerza>     |
      | co_criminal_record               | no           |
      | co_open_proceedings              | no           |
      | co_protection_abroad             | no           |
    Cuando se evalúan las vías
    Entonces la vía "co.etpv.ppt" es "<resultado>"

    Ejemplos:
      | fecha      | rumv       | fuerza | resultado     |
      | 2023-11-24 | 2023-06-01 | sí     | no elegible   |
      | 2023-11-25 | 2023-06-01 | sí     | indeterminada |
      | 2023-11-26 | 2023-06-01 | sí     | indeterminada |
      | 2025-10-20 | ?          | sí     | indeterminada |
      | 2025-10-20 | ?          | no     | no elegible   |
      | 2025-10-20 | ?          | ?      | indeterminada |

  Escenario: Caso del anexo de la revisión (CO-1): adulta venezolana en 2025 a quien la fuerza mayor impidió inscribirse en el RUMV a tiempo
    Dado la fecha de evaluación "2025-10-20"
    Y una persona con los datos:
      | dato                             | valor |
      | host_country                     | CO    |
      | in_host_country                  | sí    |
      | nationalities                    | VE    |
      | age                              | 29    |
      | co_child_in_school_or_protection | no    |
      | co_etpv_force_majeure            | sí    |
      | co_criminal_record               | no    |
      | co_open_proceedings              | no    |
      | co_protection_abroad             | no    |
    Cuando se evalúan las vías
    Entonces la vía "co.etpv.ppt" es "indeterminada"
    Y la condición "under_18" de la vía "co.etpv.ppt" está "no cumplida"
    Y la condición "force_majeure" de la vía "co.etpv.ppt" está "cumplida"
    Y la condición "force_majeure_scope_open" de la vía "co.etpv.ppt" está "desconocida"

  Escenario: Sin saber si hubo fuerza mayor, un adulto después del 24/11/2023 queda indeterminado y se le pregunta
    Dado la fecha de evaluación "2025-10-20"
    Y una persona con los datos:
      | dato                             | valor |
      | host_country                     | CO    |
      | in_host_country                  | sí    |
      | nationalities                    | VE    |
      | age                              | 29    |
      | co_child_in_school_or_protection | no    |
      | co_criminal_record               | no    |
      | co_open_proceedings              | no    |
      | co_protection_abroad             | no    |
    Cuando se evalúan las vías
    Entonces la vía "co.etpv.ppt" es "indeterminada"
    Y falta el dato "co_etpv_force_majeure" para la vía "co.etpv.ppt"

  Esquema del escenario: Fuerza mayor — solo para quien estuvo en uno de los cuatro grupos del estatuto (cada grupo decide por sí solo)
    Dado la fecha de evaluación "2025-10-20"
    Y una persona con los datos:
      | dato                             | valor       |
      | host_country                     | CO          |
      | in_host_country                  | sí          |
      | nationalities                    | VE          |
      | age                              | 31          |
      | entry_date                       | <entrada>   |
      | co_irregular_2021_01_31          | <irregular> |
      | co_valid_pip_ptp_pep             | <pep>       |
      | co_sc2_safe_conduct              | <sc2>       |
      | co_entered_official_post         | <puesto>    |
      | co_child_in_school_or_protection | no          |
      | co_etpv_force_majeure            | sí          |
      | co_criminal_record               | no          |
      | co_open_proceedings              | no          |
      | co_protection_abroad             | no          |
    Cuando se evalúan las vías
    Entonces la vía "co.etpv.ppt" es "<resultado>"
    Y la condición "fm_statute_group" de la vía "co.etpv.ppt" está "<grupo>"

    Ejemplos:
      | entrada    | irregular | pep | sc2 | puesto | resultado     | grupo       |
      | 2020-06-01 | sí        | no  | no  | no     | indeterminada | cumplida    |
      | 2021-01-31 | sí        | no  | no  | no     | indeterminada | cumplida    |
      | 2021-02-01 | sí        | no  | no  | no     | no elegible   | no cumplida |
      | 2020-06-01 | no        | no  | no  | no     | no elegible   | no cumplida |
      | 2021-02-01 | no        | sí  | no  | no     | indeterminada | cumplida    |
      | 2021-02-01 | no        | no  | sí  | no     | indeterminada | cumplida    |
      | 2021-05-28 | no        | no  | no  | sí     | no elegible   | no cumplida |
      | 2021-05-29 | no        | no  | no  | sí     | indeterminada | cumplida    |
      | 2023-05-28 | no        | no  | no  | sí     | indeterminada | cumplida    |
      | 2023-05-29 | no        | no  | no  | sí     | no elegible   | no cumplida |
      | 2022-01-10 | no        | no  | no  | no     | no elegible   | no cumplida |
