# language: es
Característica: Perú — Carné de Permiso Temporal de Permanencia (CPP 2020 y 2023) y formalización migratoria 2025
  Como equipo que mantiene el reglamento peruano
  queremos que cada ronda diga elegible, no elegible o indeterminada con su decreto y sus fechas
  (ventanas de solicitud, fecha de corte de ingreso, conflicto 9 o 10 de mayo de 2023)
  y que la formalización de 2025 deje fuera a quien ingresó sin control y nunca tuvo permiso.

  Escenario: P18 — venezolano que ingresó sin control el 09/05/2023 y pidió el CPP el 2023-10-01
    Dado la fecha de evaluación "2023-10-01"
    Y una persona con los datos:
      | dato                   | valor      |
      | host_country           | PE         |
      | in_host_country        | sí         |
      | nationalities          | VE         |
      | age                    | 31         |
      | entry_date             | 2023-05-09 |
      | pe_entered_irregularly | sí         |
      | pe_irregular_status    | sí         |
      | pe_criminal_record     | no         |
      | pe_interpol_alert      | no         |
      | pe_dl1350_impediment   | no         |
    Cuando se evalúan las vías
    Entonces la vía "pe.cpp.2023" es "elegible"
    Y la condición "entered_by_9_may_2023" de la vía "pe.cpp.2023" está "cumplida"
    Y la vía "pe.cpp.2023" cita "La República (Aug 2023)"
    Y la vía "pe.cpp.2023" señala un punto sin confirmar
    Y la vía "pe.cpp.2020" es "no elegible"
    Y la vía "pe.cpp.2020" cerró el "2022-10-02"

  Escenario: P19 — venezolana que ingresó sin control el 11/05/2023, nunca tuvo CPP, PTP ni carné; evaluada el 2025-10-01
    Dado la fecha de evaluación "2025-10-01"
    Y una persona con los datos:
      | dato                         | valor      |
      | host_country                 | PE         |
      | in_host_country              | sí         |
      | nationalities                | VE         |
      | age                          | 27         |
      | entry_date                   | 2023-05-11 |
      | pe_entered_irregularly       | sí         |
      | pe_irregular_status          | sí         |
      | pe_expired_cpp_ptp           | no         |
      | pe_expired_carne_extranjeria | no         |
      | pe_criminal_record           | no         |
    Cuando se evalúan las vías
    Entonces la vía "pe.cpp.2023" es "no elegible"
    Y la vía "pe.cpp.2023" cerró el "2023-11-10"
    Y la vía "pe.formalizacion.2025" es "no elegible"
    Y la condición "covered_group" de la vía "pe.formalizacion.2025" está "no cumplida"
    Y la vía "pe.formalizacion.2025" cita "RS 000110-2025-MIGRACIONES"

  Escenario: P19 evaluada dentro de la ventana del CPP 2023 — su ingreso es posterior a la fecha de corte
    Dado la fecha de evaluación "2023-10-01"
    Y una persona con los datos:
      | dato                   | valor      |
      | host_country           | PE         |
      | in_host_country        | sí         |
      | nationalities          | VE         |
      | age                    | 25         |
      | entry_date             | 2023-05-11 |
      | pe_entered_irregularly | sí         |
      | pe_irregular_status    | sí         |
      | pe_criminal_record     | no         |
      | pe_interpol_alert      | no         |
      | pe_dl1350_impediment   | no         |
    Cuando se evalúan las vías
    Entonces la vía "pe.cpp.2023" es "no elegible"
    Y la condición "entry_cutoff" de la vía "pe.cpp.2023" está "no cumplida"

  Esquema del escenario: CPP 2023 — fecha de corte de ingreso en conflicto (9 o 10 de mayo de 2023)
    Dado la fecha de evaluación "2023-10-01"
    Y una persona con los datos:
      | dato                   | valor     |
      | host_country           | PE        |
      | in_host_country        | sí        |
      | entry_date             | <entrada> |
      | pe_entered_irregularly | sí        |
      | pe_irregular_status    | sí        |
      | pe_criminal_record     | no        |
      | pe_interpol_alert      | no        |
      | pe_dl1350_impediment   | no        |
    Cuando se evalúan las vías
    Entonces la vía "pe.cpp.2023" es "<resultado>"
    Y la condición "entry_cutoff" de la vía "pe.cpp.2023" está "<corte>"

    Ejemplos:
      | entrada    | resultado     | corte       |
      | 2023-05-08 | elegible      | cumplida    |
      | 2023-05-09 | elegible      | cumplida    |
      | 2023-05-10 | indeterminada | desconocida |
      | 2023-05-11 | no elegible   | no cumplida |

  Esquema del escenario: CPP 2023 — ventana del 10/05/2023 al 10/11/2023, sin prórroga
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato                   | valor      |
      | host_country           | PE         |
      | in_host_country        | sí         |
      | entry_date             | 2022-01-10 |
      | pe_entered_irregularly | sí         |
      | pe_irregular_status    | sí         |
      | pe_criminal_record     | no         |
      | pe_interpol_alert      | no         |
      | pe_dl1350_impediment   | no         |
    Cuando se evalúan las vías
    Entonces la vía "pe.cpp.2023" es "<resultado>"

    Ejemplos:
      | fecha      | resultado   |
      | 2023-05-09 | no elegible |
      | 2023-05-10 | elegible    |
      | 2023-11-09 | elegible    |
      | 2023-11-10 | elegible    |
      | 2023-11-11 | no elegible |

  Esquema del escenario: CPP 2023 — cada condición decide por sí sola
    Dado la fecha de evaluación "2023-10-01"
    Y una persona con los datos:
      | dato                   | valor        |
      | host_country           | PE           |
      | in_host_country        | <en_pe>      |
      | entry_date             | <entrada>    |
      | pe_entered_irregularly | <sin_control> |
      | pe_irregular_status    | <irregular>  |
      | pe_criminal_record     | <antecedes>  |
      | pe_interpol_alert      | <interpol>   |
      | pe_dl1350_impediment   | <impedimento> |
    Cuando se evalúan las vías
    Entonces la vía "pe.cpp.2023" es "<resultado>"

    Ejemplos:
      | en_pe | entrada    | sin_control | irregular | antecedes | interpol | impedimento | resultado     |
      | sí    | 2023-05-01 | sí          | no        | no        | no       | no          | elegible      |
      | sí    | 2023-05-01 | no          | sí        | no        | no       | no          | elegible      |
      | sí    | 2023-05-01 | no          | no        | no        | no       | no          | no elegible   |
      | no    | 2023-05-01 | sí          | sí        | no        | no       | no          | no elegible   |
      | sí    | 2023-05-10 | sí          | sí        | no        | no       | no          | indeterminada |
      | sí    | 2023-06-01 | sí          | sí        | no        | no       | no          | no elegible   |
      | sí    | 2023-05-01 | sí          | sí        | sí        | no       | no          | no elegible   |
      | sí    | 2023-05-01 | sí          | sí        | no        | sí       | no          | no elegible   |
      | sí    | 2023-05-01 | sí          | sí        | no        | no       | sí          | no elegible   |
      | sí    | 2023-05-01 | sí          | sí        | no        | ?        | no          | indeterminada |

  Escenario: CPP 2023 — sin saber si hay alerta de INTERPOL queda indeterminada
    Dado la fecha de evaluación "2023-10-01"
    Y una persona con los datos:
      | dato                   | valor      |
      | host_country           | PE         |
      | in_host_country        | sí         |
      | entry_date             | 2023-05-01 |
      | pe_entered_irregularly | sí         |
      | pe_criminal_record     | no         |
      | pe_dl1350_impediment   | no         |
    Cuando se evalúan las vías
    Entonces la vía "pe.cpp.2023" es "indeterminada"
    Y falta el dato "pe_interpol_alert" para la vía "pe.cpp.2023"

  Esquema del escenario: CPP 2020 — ventana abierta el 09/07/2021 y prorrogada hasta el 02/10/2022
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato                   | valor      |
      | host_country           | PE         |
      | in_host_country        | sí         |
      | entry_date             | 2019-06-01 |
      | pe_entered_irregularly | no         |
      | pe_irregular_status    | sí         |
      | pe_criminal_record     | no         |
    Cuando se evalúan las vías
    Entonces la vía "pe.cpp.2020" es "<resultado>"

    Ejemplos:
      | fecha      | resultado   |
      | 2021-07-08 | no elegible |
      | 2021-07-09 | elegible    |
      | 2022-01-05 | elegible    |
      | 2022-01-06 | elegible    |
      | 2022-04-05 | elegible    |
      | 2022-04-06 | elegible    |
      | 2022-10-02 | elegible    |
      | 2022-10-03 | no elegible |

  Escenario: CPP 2020 — las prórrogas solo las reporta la prensa: se señala el punto
    Dado la fecha de evaluación "2022-06-01"
    Y una persona con los datos:
      | dato                   | valor      |
      | host_country           | PE         |
      | in_host_country        | sí         |
      | entry_date             | 2019-06-01 |
      | pe_entered_irregularly | no         |
      | pe_irregular_status    | sí         |
      | pe_criminal_record     | no         |
    Cuando se evalúan las vías
    Entonces la vía "pe.cpp.2020" es "elegible"
    Y la vía "pe.cpp.2020" señala un punto sin confirmar

  Escenario: CPP 2020 — cerrada después del 02/10/2022
    Dado la fecha de evaluación "2023-01-10"
    Y una persona con los datos:
      | dato         | valor |
      | host_country | PE    |
    Cuando se evalúan las vías
    Entonces la vía "pe.cpp.2020" es "no elegible"
    Y la vía "pe.cpp.2020" cerró el "2022-10-02"

  Esquema del escenario: CPP 2020 — ingreso hasta el 22/10/2020
    Dado la fecha de evaluación "2021-09-01"
    Y una persona con los datos:
      | dato                   | valor     |
      | host_country           | PE        |
      | in_host_country        | sí        |
      | entry_date             | <entrada> |
      | pe_entered_irregularly | sí        |
      | pe_irregular_status    | sí        |
      | pe_criminal_record     | no        |
    Cuando se evalúan las vías
    Entonces la vía "pe.cpp.2020" es "<resultado>"

    Ejemplos:
      | entrada    | resultado   |
      | 2020-10-21 | elegible    |
      | 2020-10-22 | elegible    |
      | 2020-10-23 | no elegible |

  Esquema del escenario: CPP 2020 — cada condición decide por sí sola, en cada versión de la ventana
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato                   | valor         |
      | host_country           | PE            |
      | in_host_country        | <en_pe>       |
      | entry_date             | <entrada>     |
      | pe_entered_irregularly | <sin_control> |
      | pe_irregular_status    | <irregular>   |
      | pe_criminal_record     | <antecedes>   |
    Cuando se evalúan las vías
    Entonces la vía "pe.cpp.2020" es "<resultado>"

    Ejemplos: del 09/07/2021 al 05/01/2022
      | fecha      | en_pe | entrada    | sin_control | irregular | antecedes | resultado   |
      | 2021-09-01 | sí    | 2019-06-01 | sí          | no        | no        | elegible    |
      | 2021-09-01 | sí    | 2019-06-01 | no          | sí        | no        | elegible    |
      | 2021-09-01 | sí    | 2019-06-01 | no          | no        | no        | no elegible |
      | 2021-09-01 | no    | 2019-06-01 | sí          | sí        | no        | no elegible |
      | 2021-09-01 | sí    | 2021-01-10 | sí          | sí        | no        | no elegible |
      | 2021-09-01 | sí    | 2019-06-01 | sí          | sí        | sí        | no elegible |

    Ejemplos: del 06/01/2022 al 05/04/2022 (prórroga de 90 días)
      | fecha      | en_pe | entrada    | sin_control | irregular | antecedes | resultado   |
      | 2022-02-15 | sí    | 2019-06-01 | sí          | no        | no        | elegible    |
      | 2022-02-15 | sí    | 2019-06-01 | no          | sí        | no        | elegible    |
      | 2022-02-15 | sí    | 2019-06-01 | no          | no        | no        | no elegible |
      | 2022-02-15 | no    | 2019-06-01 | sí          | sí        | no        | no elegible |
      | 2022-02-15 | sí    | 2021-01-10 | sí          | sí        | no        | no elegible |
      | 2022-02-15 | sí    | 2019-06-01 | sí          | sí        | sí        | no elegible |

    Ejemplos: del 06/04/2022 al 02/10/2022 (prórroga reportada)
      | fecha      | en_pe | entrada    | sin_control | irregular | antecedes | resultado     |
      | 2022-06-01 | sí    | 2019-06-01 | sí          | no        | no        | elegible      |
      | 2022-06-01 | sí    | 2019-06-01 | no          | sí        | no        | elegible      |
      | 2022-06-01 | sí    | 2019-06-01 | no          | no        | no        | no elegible   |
      | 2022-06-01 | no    | 2019-06-01 | sí          | sí        | no        | no elegible   |
      | 2022-06-01 | sí    | 2021-01-10 | sí          | sí        | no        | no elegible   |
      | 2022-06-01 | sí    | 2019-06-01 | sí          | sí        | sí        | no elegible   |
      | 2022-06-01 | sí    | 2019-06-01 | sí          | sí        | ?         | indeterminada |

  Escenario: CPP 2020 — sin saber si tiene antecedentes queda indeterminada
    Dado la fecha de evaluación "2021-09-01"
    Y una persona con los datos:
      | dato                   | valor      |
      | host_country           | PE         |
      | in_host_country        | sí         |
      | entry_date             | 2019-06-01 |
      | pe_entered_irregularly | sí         |
    Cuando se evalúan las vías
    Entonces la vía "pe.cpp.2020" es "indeterminada"
    Y falta el dato "pe_criminal_record" para la vía "pe.cpp.2020"

  Esquema del escenario: Formalización 2025 — ventana del 15/09/2025 al 13/12/2025
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato                         | valor |
      | host_country                 | PE    |
      | in_host_country              | sí    |
      | age                          | 35    |
      | pe_expired_cpp_ptp           | sí    |
      | pe_expired_carne_extranjeria | no    |
      | pe_criminal_record           | no    |
      | pe_interpol_alert            | no    |
    Cuando se evalúan las vías
    Entonces la vía "pe.formalizacion.2025" es "<resultado>"

    Ejemplos:
      | fecha      | resultado   |
      | 2025-09-14 | no elegible |
      | 2025-09-15 | elegible    |
      | 2025-09-16 | elegible    |
      | 2025-12-12 | elegible    |
      | 2025-12-13 | elegible    |
      | 2025-12-14 | no elegible |

  Escenario: Formalización 2025 — cerrada después del 13/12/2025
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato               | valor |
      | host_country       | PE    |
      | pe_expired_cpp_ptp | sí    |
    Cuando se evalúan las vías
    Entonces la vía "pe.formalizacion.2025" es "no elegible"
    Y la vía "pe.formalizacion.2025" cerró el "2025-12-13"

  Esquema del escenario: Formalización 2025 — menores en situación irregular (edad 17 / 18)
    Dado la fecha de evaluación "2025-10-01"
    Y una persona con los datos:
      | dato                         | valor        |
      | host_country                 | PE           |
      | in_host_country              | sí           |
      | birth_date                   | <nacimiento> |
      | pe_expired_cpp_ptp           | no           |
      | pe_expired_carne_extranjeria | no           |
      | pe_irregular_status          | sí           |
      | pe_criminal_record           | no           |
      | pe_interpol_alert            | no           |
    Cuando se evalúan las vías
    Entonces la vía "pe.formalizacion.2025" es "<resultado>"

    Ejemplos:
      | nacimiento | resultado   |
      | 2007-10-02 | elegible    |
      | 2007-10-01 | no elegible |
      | 2007-09-30 | no elegible |

  Esquema del escenario: Formalización 2025 — cada condición decide por sí sola
    Dado la fecha de evaluación "2025-10-01"
    Y una persona con los datos:
      | dato                         | valor       |
      | host_country                 | PE          |
      | in_host_country              | <en_pe>     |
      | age                          | <edad>      |
      | pe_expired_cpp_ptp           | <cpp>       |
      | pe_expired_carne_extranjeria | <carne>     |
      | pe_irregular_status          | <irregular> |
      | pe_criminal_record           | <antecedes> |
      | pe_interpol_alert            | <interpol>  |
    Cuando se evalúan las vías
    Entonces la vía "pe.formalizacion.2025" es "<resultado>"

    Ejemplos:
      | en_pe | edad | cpp | carne | irregular | antecedes | interpol | resultado     |
      | sí    | 35   | sí  | no    | no        | no        | no       | elegible      |
      | sí    | 35   | no  | sí    | no        | no        | no       | elegible      |
      | sí    | 17   | no  | no    | sí        | no        | no       | elegible      |
      | sí    | 35   | no  | no    | sí        | no        | no       | no elegible   |
      | sí    | 17   | no  | no    | no        | no        | no       | no elegible   |
      | no    | 35   | sí  | no    | no        | no        | no       | no elegible   |
      | sí    | 35   | sí  | no    | no        | sí        | no       | no elegible   |
      | sí    | 35   | sí  | no    | no        | no        | sí       | no elegible   |
      | sí    | 17   | no  | no    | sí        | ?         | no       | indeterminada |

  Escenario: Formalización 2025 — sin saber si tuvo CPP o PTP queda indeterminada
    Dado la fecha de evaluación "2025-10-01"
    Y una persona con los datos:
      | dato                         | valor |
      | host_country                 | PE    |
      | in_host_country              | sí    |
      | age                          | 30    |
      | pe_expired_carne_extranjeria | no    |
      | pe_criminal_record           | no    |
      | pe_interpol_alert            | no    |
    Cuando se evalúan las vías
    Entonces la vía "pe.formalizacion.2025" es "indeterminada"
    Y falta el dato "pe_expired_cpp_ptp" para la vía "pe.formalizacion.2025"
