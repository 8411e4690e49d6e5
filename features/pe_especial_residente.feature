# language: es
Característica: Perú — cambio del CPP a la Calidad Migratoria Especial Residente
  Como equipo que mantiene el reglamento peruano
  queremos que quien tiene un CPP con 6 meses de antigüedad sepa que puede pasar a Especial Residente
  antes de que venza (DS 003-2023-IN; Migraciones, nov. 2023), y que un CPP o PTP ya vencido quede
  como punto abierto, nunca como un "no".

  Escenario: Venezolana con CPP de 2025 que vence en marzo de 2026, sin antecedentes, es elegible
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato                 | valor                                          |
      | host_country         | PE                                             |
      | nationalities        | VE                                             |
      | statuses             | [{"status": "pe.cpp", "expires": "2026-03-01"}] |
      | pe_expired_cpp_ptp   | no                                             |
      | pe_criminal_record   | no                                             |
      | pe_interpol_alert    | no                                             |
      | pe_dl1350_impediment | no                                             |
    Cuando se evalúan las vías
    Entonces la vía "pe.cpp.especial_residente" es "elegible"
    Y la condición "cpp_six_months_not_expired" de la vía "pe.cpp.especial_residente" está "cumplida"
    Y la vía "pe.cpp.especial_residente" cita "Panamericana (Nov 2023)"
    Y la vía "pe.cpp.especial_residente" señala un punto sin confirmar

  Esquema del escenario: Especial Residente: el CPP debe tener 6 meses (184 días o menos de vigencia) y no haber vencido
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato                 | valor                                            |
      | nationalities | VE |
      | host_country         | PE                                               |
      | statuses             | [{"status": "pe.cpp", "expires": "<vencimiento>"}] |
      | pe_expired_cpp_ptp   | no                                               |
      | pe_criminal_record   | no                                               |
      | pe_interpol_alert    | no                                               |
      | pe_dl1350_impediment | no                                               |
    Cuando se evalúan las vías
    Entonces la vía "pe.cpp.especial_residente" es "<resultado>"
    Y la condición "cpp_six_months_not_expired" de la vía "pe.cpp.especial_residente" está "<estado>"

    Ejemplos: faltan 184 días, 185 días, vence hoy, venció ayer
      | vencimiento | resultado   | estado       |
      | 2026-07-18  | elegible    | cumplida     |
      | 2026-07-19  | no elegible | no cumplida  |
      | 2026-01-15  | elegible    | cumplida     |
      | 2026-01-14  | no elegible | no cumplida  |

  Esquema del escenario: Especial Residente: una sola condición no cumplida basta para el "no"
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato                 | valor                                          |
      | nationalities | VE |
      | host_country         | PE                                             |
      | statuses             | [{"status": "pe.cpp", "expires": "2026-03-01"}] |
      | pe_expired_cpp_ptp   | no                                             |
      | pe_criminal_record   | <antecedentes>                                 |
      | pe_interpol_alert    | <interpol>                                     |
      | pe_dl1350_impediment | <impedimento>                                  |
    Cuando se evalúan las vías
    Entonces la vía "pe.cpp.especial_residente" es "no elegible"
    Y la condición "<condicion>" de la vía "pe.cpp.especial_residente" está "no cumplida"

    Ejemplos:
      | antecedentes | interpol | impedimento | condicion             |
      | sí           | no       | no          | no_criminal_record    |
      | no           | sí       | no          | no_interpol_alert     |
      | no           | no       | sí          | no_inadmission_ground |

  Esquema del escenario: Especial Residente: un CPP o PTP ya vencido deja la respuesta abierta, nunca en "no"
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato                 | valor        |
      | nationalities | VE |
      | host_country         | PE           |
      | statuses             | <permisos>   |
      | pe_expired_cpp_ptp   | <vencido>    |
      | pe_criminal_record   | no           |
      | pe_interpol_alert    | no           |
      | pe_dl1350_impediment | no           |
    Cuando se evalúan las vías
    Entonces la vía "pe.cpp.especial_residente" es "<resultado>"
    Y la condición "expired_cpp_ptp" de la vía "pe.cpp.especial_residente" está "<estado>"

    Ejemplos:
      | permisos                                        | vencido | resultado     | estado      |
      | ninguno                                         | sí      | indeterminada | cumplida    |
      | [{"status": "pe.cpp", "expires": "2025-06-30"}] | sí      | indeterminada | cumplida    |
      | ninguno                                         | no      | no elegible   | no cumplida |

  Escenario: Especial Residente: sin saber si hay alerta de INTERPOL la vía queda indeterminada
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato                 | valor                                          |
      | nationalities | VE |
      | host_country         | PE                                             |
      | statuses             | [{"status": "pe.cpp", "expires": "2026-03-01"}] |
      | pe_expired_cpp_ptp   | no                                             |
      | pe_criminal_record   | no                                             |
      | pe_dl1350_impediment | no                                             |
    Cuando se evalúan las vías
    Entonces la vía "pe.cpp.especial_residente" es "indeterminada"
    Y falta el dato "pe_interpol_alert" para la vía "pe.cpp.especial_residente"

  Esquema del escenario: Especial Residente: desde el DS 003-2023-IN (10 de mayo de 2023)
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato                 | valor                                          |
      | nationalities | VE |
      | host_country         | PE                                             |
      | statuses             | [{"status": "pe.cpp", "expires": "2023-09-01"}] |
      | pe_expired_cpp_ptp   | no                                             |
      | pe_criminal_record   | no                                             |
      | pe_interpol_alert    | no                                             |
      | pe_dl1350_impediment | no                                             |
    Cuando se evalúan las vías
    Entonces la vía "pe.cpp.especial_residente" es "<resultado>"

    Ejemplos: la víspera, el día y el día siguiente
      | fecha      | resultado   |
      | 2023-05-09 | no elegible |
      | 2023-05-10 | elegible    |
      | 2023-05-11 | elegible    |
