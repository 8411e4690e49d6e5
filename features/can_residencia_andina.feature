# language: es
Característica: Estatuto Migratorio Andino (Decisión 878 de la CAN): residencia temporal y permanente andina
  Como equipo que mantiene las reglas de Bolivia, Colombia, Ecuador y Perú
  queremos que cada vía diga elegible, no elegible o indeterminada, con la fuente que lo decide,
  para que una persona andina sepa si puede pedir la residencia andina y qué queda sin confirmar.

  Vías cubiertas:
    bo.can.temporary / co.can.temporary / ec.can.temporary / pe.can.temporary   residencia temporal andina (hasta 2 años)
    bo.can.permanent / co.can.permanent / ec.can.permanent / pe.can.permanent   residencia permanente andina (90 días antes del vencimiento)

  # ---------------------------------------------------------------------------
  # Residencia temporal andina
  # ---------------------------------------------------------------------------

  Escenario: Colombiana en Perú con cédula vigente: elegible y cita la Decisión 878
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato                | valor      |
      | host_country        | PE         |
      | in_host_country     | sí         |
      | nationalities       | CO         |
      | has_id_card         | sí         |
      | id_card_expiry_date | 2030-12-31 |
      | has_passport        | no         |
      | criminal_record_5y  | no         |
      | statuses            | ninguna    |
    Cuando se evalúan las vías
    Entonces la vía "pe.can.temporary" es "elegible"
    Y la vía "pe.can.temporary" cita "Decisión 878"
    Y la condición "andean_national" de la vía "pe.can.temporary" está "cumplida"
    Y la condición "travel_document_6_months" de la vía "pe.can.temporary" está "cumplida"
    Y la condición "no_criminal_record" de la vía "pe.can.temporary" está "cumplida"
    Y la vía "pe.can.temporary" señala un punto sin confirmar
    Y la vía "pe.can.permanent" es "no elegible"
    Y la vía "bo.can.temporary" es "no elegible"
    Y la vía "co.can.temporary" es "no elegible"
    Y la vía "ec.can.temporary" es "no elegible"

  Esquema del escenario: Residencia temporal andina: cada condición decide por sí sola, en los cuatro países
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato                 | valor          |
      | host_country         | <país>         |
      | mercosur_regular_status | sí             |
      | in_host_country      | sí             |
      | nationalities        | <nacionalidad> |
      | has_id_card          | <cédula>       |
      | id_card_expiry_date  | <vence_cédula> |
      | has_passport         | <pasaporte>    |
      | passport_expiry_date | <vence_pasap>  |
      | criminal_record_5y   | <antecedentes> |
    Cuando se evalúan las vías
    Entonces la vía "<vía>" es "<resultado>"
    Y la condición "<condición>" de la vía "<vía>" está "<estado>"

    Ejemplos: todo en regla: elegible
      | país | vía              | nacionalidad | cédula | vence_cédula | pasaporte | vence_pasap | antecedentes | resultado | condición                | estado   |
      | BO   | bo.can.temporary | PE           | sí     | 2029-12-31   | no        | ?           | no           | elegible  | andean_national          | cumplida |
      | CO   | co.can.temporary | EC           | sí     | 2029-12-31   | no        | ?           | no           | elegible  | travel_document_6_months | cumplida |
      | EC   | ec.can.temporary | CO           | sí     | 2029-12-31   | no        | ?           | no           | elegible  | no_criminal_record       | cumplida |
      | PE   | pe.can.temporary | BO           | no     | ?            | sí        | 2029-12-31  | no           | elegible  | passport_valid_6_months  | cumplida |
      | BO   | bo.can.temporary | HT, CO       | no     | ?            | sí        | 2029-12-31  | no           | elegible  | andean_national          | cumplida |

    Ejemplos: una sola condición falla: no elegible
      | país | vía              | nacionalidad | cédula | vence_cédula | pasaporte | vence_pasap | antecedentes | resultado   | condición                | estado      |
      | BO   | bo.can.temporary | BO           | sí     | 2029-12-31   | no        | ?           | no           | no elegible | andean_national          | no cumplida |
      | CO   | co.can.temporary | CL           | sí     | 2029-12-31   | no        | ?           | no           | no elegible | andean_national          | no cumplida |
      | EC   | ec.can.temporary | VE           | sí     | 2029-12-31   | no        | ?           | no           | no elegible | andean_national          | no cumplida |
      | PE   | pe.can.temporary | AR           | sí     | 2029-12-31   | no        | ?           | no           | no elegible | andean_national          | no cumplida |
      | BO   | bo.can.temporary | PE           | sí     | 2026-03-01   | sí        | 2025-01-31  | no           | no elegible | travel_document_6_months | no cumplida |
      | CO   | co.can.temporary | EC           | no     | ?            | no        | ?           | no           | no elegible | travel_document_6_months | no cumplida |
      | EC   | ec.can.temporary | PE           | sí     | 2029-12-31   | no        | ?           | sí           | no elegible | no_criminal_record       | no cumplida |
      | PE   | pe.can.temporary | EC           | sí     | 2029-12-31   | no        | ?           | sí           | no elegible | no_criminal_record       | no cumplida |

    Ejemplos: un dato que falta nunca se vuelve "no": indeterminada
      | país | vía              | nacionalidad | cédula | vence_cédula | pasaporte | vence_pasap | antecedentes | resultado     | condición                | estado      |
      | BO   | bo.can.temporary | ?            | sí     | 2029-12-31   | no        | ?           | no           | indeterminada | andean_national          | desconocida |
      | CO   | co.can.temporary | PE           | sí     | ?            | no        | ?           | no           | indeterminada | travel_document_6_months | desconocida |
      | EC   | ec.can.temporary | BO           | ?      | 2029-12-31   | no        | ?           | no           | indeterminada | travel_document_6_months | desconocida |
      | PE   | pe.can.temporary | CO           | sí     | 2029-12-31   | no        | ?           | ?            | indeterminada | no_criminal_record       | desconocida |

  Esquema del escenario: Residencia temporal andina: falta un dato, la vía queda indeterminada y lo pide
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato                | valor          |
      | host_country        | <país>         |
      | nationalities       | <nacionalidad> |
      | has_id_card         | sí             |
      | id_card_expiry_date | 2029-12-31     |
      | has_passport        | no             |
    Cuando se evalúan las vías
    Entonces la vía "<vía>" es "indeterminada"
    Y falta el dato "criminal_record_5y" para la vía "<vía>"

    Ejemplos:
      | país | vía              | nacionalidad |
      | BO   | bo.can.temporary | PE           |
      | CO   | co.can.temporary | BO           |
      | EC   | ec.can.temporary | PE           |
      | PE   | pe.can.temporary | EC           |

  Esquema del escenario: Documento vigente al menos 6 meses, contados como meses del calendario: el día antes, el mismo día y el día después
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato                 | valor       |
      | host_country         | EC          |
      | nationalities        | PE          |
      | has_id_card          | <cédula>    |
      | id_card_expiry_date  | <vence_céd> |
      | has_passport         | <pasaporte> |
      | passport_expiry_date | <vence_pas> |
      | criminal_record_5y   | no          |
    Cuando se evalúan las vías
    Entonces la vía "ec.can.temporary" es "<resultado>"
    Y la condición "travel_document_6_months" de la vía "ec.can.temporary" está "<documento>"

    Ejemplos: cédula (6 meses desde el 15/01/2026 = 15/07/2026)
      | fecha      | cédula | vence_céd  | pasaporte | vence_pas | resultado   | documento   |
      | 2026-01-15 | sí     | 2026-07-14 | no        | ?         | no elegible | no cumplida |
      | 2026-01-15 | sí     | 2026-07-15 | no        | ?         | elegible    | cumplida    |
      | 2026-01-15 | sí     | 2026-07-16 | no        | ?         | elegible    | cumplida    |

    Ejemplos: pasaporte
      | fecha      | cédula | vence_céd | pasaporte | vence_pas  | resultado   | documento   |
      | 2026-01-15 | no     | ?         | sí        | 2026-07-14 | no elegible | no cumplida |
      | 2026-01-15 | no     | ?         | sí        | 2026-07-15 | elegible    | cumplida    |
      | 2026-01-15 | no     | ?         | sí        | 2026-07-16 | elegible    | cumplida    |

    Ejemplos: fin de mes (6 meses desde el 31/08/2025 = 28/02/2026, el último día de febrero)
      | fecha      | cédula | vence_céd  | pasaporte | vence_pas | resultado   | documento   |
      | 2025-08-31 | sí     | 2026-02-27 | no        | ?         | no elegible | no cumplida |
      | 2025-08-31 | sí     | 2026-02-28 | no        | ?         | elegible    | cumplida    |
      | 2025-08-31 | sí     | 2026-03-01 | no        | ?         | elegible    | cumplida    |

    Ejemplos: año bisiesto (6 meses desde el 31/08/2023 = 29/02/2024)
      | fecha      | cédula | vence_céd  | pasaporte | vence_pas | resultado   | documento   |
      | 2023-08-31 | sí     | 2024-02-28 | no        | ?         | no elegible | no cumplida |
      | 2023-08-31 | sí     | 2024-02-29 | no        | ?         | elegible    | cumplida    |

    Ejemplos: basta con uno de los dos documentos
      | fecha      | cédula | vence_céd  | pasaporte | vence_pas  | resultado | documento |
      | 2026-01-15 | sí     | 2026-07-14 | sí        | 2027-01-01 | elegible  | cumplida  |
      | 2026-01-15 | sí     | 2029-12-31 | sí        | 2026-07-14 | elegible  | cumplida  |

  Escenario: La vía dice que no se sabe desde qué día se cuentan los 6 meses
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato                | valor      |
      | host_country        | EC         |
      | nationalities       | PE         |
      | has_id_card         | sí         |
      | id_card_expiry_date | 2026-07-15 |
      | has_passport        | no         |
      | criminal_record_5y  | no         |
    Cuando se evalúan las vías
    Entonces la vía "ec.can.temporary" es "elegible"
    Y la condición "id_card_expires_after_6_months" de la vía "ec.can.temporary" está "cumplida"
    Y la vía "ec.can.temporary" señala un punto sin confirmar

  Esquema del escenario: Vigencia: la Decisión 878 rige desde el 11/08/2021; Colombia y Perú la aplican más tarde
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato                | valor          |
      | host_country        | <país>         |
      | in_host_country     | sí             |
      | mercosur_regular_status | sí             |
      | nationalities       | <nacionalidad> |
      | has_id_card         | sí             |
      | id_card_expiry_date | 2030-12-31     |
      | has_passport        | no             |
      | criminal_record_5y  | no             |
    Cuando se evalúan las vías
    Entonces la vía "<vía>" es "<resultado>"

    Ejemplos: Bolivia y Ecuador: sin fecha nacional conocida, rige desde el 11/08/2021 (señalado)
      | fecha      | país | vía              | nacionalidad | resultado   |
      | 2021-08-10 | BO   | bo.can.temporary | PE           | no elegible |
      | 2021-08-11 | BO   | bo.can.temporary | PE           | elegible    |
      | 2021-08-12 | BO   | bo.can.temporary | PE           | elegible    |
      | 2021-08-10 | EC   | ec.can.temporary | CO           | no elegible |
      | 2021-08-11 | EC   | ec.can.temporary | CO           | elegible    |
      | 2021-08-12 | EC   | ec.can.temporary | CO           | elegible    |

    Ejemplos: Colombia: visa andina "desde enero de 2022"
      | fecha      | país | vía              | nacionalidad | resultado     |
      | 2021-08-10 | CO   | co.can.temporary | EC           | no elegible   |
      | 2021-08-11 | CO   | co.can.temporary | EC           | indeterminada |
      | 2021-12-31 | CO   | co.can.temporary | EC           | indeterminada |
      | 2022-01-01 | CO   | co.can.temporary | EC           | elegible      |
      | 2022-01-02 | CO   | co.can.temporary | EC           | elegible      |

    Ejemplos: Perú: sistemas de Migraciones en 2025 (informado el 19/08/2025)
      | fecha      | país | vía              | nacionalidad | resultado     |
      | 2021-08-10 | PE   | pe.can.temporary | BO           | no elegible   |
      | 2021-08-11 | PE   | pe.can.temporary | BO           | indeterminada |
      | 2025-08-18 | PE   | pe.can.temporary | BO           | indeterminada |
      | 2025-08-19 | PE   | pe.can.temporary | BO           | elegible      |
      | 2025-08-20 | PE   | pe.can.temporary | BO           | elegible      |

  Escenario: Colombia antes de la visa andina: la vía queda indeterminada y lo explica
    Dado la fecha de evaluación "2021-11-15"
    Y una persona con los datos:
      | dato                | valor      |
      | host_country        | CO         |
      | nationalities       | EC         |
      | has_id_card         | sí         |
      | id_card_expiry_date | 2030-12-31 |
      | has_passport        | no         |
      | criminal_record_5y  | no         |
    Cuando se evalúan las vías
    Entonces la vía "co.can.temporary" es "indeterminada"
    Y la condición "colombia_andean_visa_available" de la vía "co.can.temporary" está "desconocida"
    Y la vía "co.can.temporary" señala un punto sin confirmar

  Escenario: Perú antes de sus sistemas de 2025: la vía queda indeterminada y lo explica
    Dado la fecha de evaluación "2024-06-01"
    Y una persona con los datos:
      | dato                | valor      |
      | host_country        | PE         |
      | nationalities       | BO         |
      | has_id_card         | sí         |
      | id_card_expiry_date | 2030-12-31 |
      | has_passport        | no         |
      | criminal_record_5y  | no         |
    Cuando se evalúan las vías
    Entonces la vía "pe.can.temporary" es "indeterminada"
    Y la condición "peru_procedure_available" de la vía "pe.can.temporary" está "desconocida"

  Esquema del escenario: Antes de la aplicación nacional, cada condición sigue decidiendo un "no"
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato                | valor          |
      | host_country        | <país>         |
      | nationalities       | <nacionalidad> |
      | has_id_card         | sí             |
      | id_card_expiry_date | <vence>        |
      | has_passport        | no             |
      | criminal_record_5y  | <antecedentes> |
    Cuando se evalúan las vías
    Entonces la vía "<vía>" es "<resultado>"

    Ejemplos:
      | fecha      | país | vía              | nacionalidad | vence      | antecedentes | resultado     |
      | 2021-11-15 | CO   | co.can.temporary | MX           | 2030-12-31 | no           | no elegible   |
      | 2021-11-15 | CO   | co.can.temporary | EC           | 2021-12-01 | no           | no elegible   |
      | 2021-11-15 | CO   | co.can.temporary | EC           | 2030-12-31 | sí           | no elegible   |
      | 2021-11-15 | CO   | co.can.temporary | EC           | 2030-12-31 | no           | indeterminada |
      | 2024-06-01 | PE   | pe.can.temporary | CL           | 2030-12-31 | no           | no elegible   |
      | 2024-06-01 | PE   | pe.can.temporary | BO           | 2024-07-01 | no           | no elegible   |
      | 2024-06-01 | PE   | pe.can.temporary | BO           | 2030-12-31 | sí           | no elegible   |
      | 2024-06-01 | PE   | pe.can.temporary | BO           | 2030-12-31 | no           | indeterminada |

  # ---------------------------------------------------------------------------
  # Residencia permanente andina (encadenada a la temporal)
  # ---------------------------------------------------------------------------

  Esquema del escenario: Permanente: la ventana de 90 días antes del vencimiento de la temporal (bordes incluidos, señalado)
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato               | valor                                                   |
      | host_country       | <país>                                                  |
      | statuses           | [{"status": "<estatus>", "expires": "<vence>"}]         |
      | has_passport       | no                                                      |
      | has_id_card        | sí                                                      |
      | sufficient_means   | sí                                                      |
      | criminal_record_5y | no                                                      |
    Cuando se evalúan las vías
    Entonces la vía "<vía>" es "<resultado>"
    Y la condición "holds_andean_temporary" de la vía "<vía>" está "<ventana>"

    Ejemplos:
      | país | vía              | estatus                      | vence      | resultado   | ventana     |
      | BO   | bo.can.permanent | bo.temporary_residence.can   | 2026-01-14 | no elegible | no cumplida |
      | BO   | bo.can.permanent | bo.temporary_residence.can   | 2026-01-15 | elegible    | cumplida    |
      | BO   | bo.can.permanent | bo.temporary_residence.can   | 2026-01-16 | elegible    | cumplida    |
      | BO   | bo.can.permanent | bo.temporary_residence.can   | 2026-04-14 | elegible    | cumplida    |
      | BO   | bo.can.permanent | bo.temporary_residence.can   | 2026-04-15 | elegible    | cumplida    |
      | BO   | bo.can.permanent | bo.temporary_residence.can   | 2026-04-16 | no elegible | no cumplida |
      | CO   | co.can.permanent | co.temporary_residence.can   | 2026-04-15 | elegible    | cumplida    |
      | CO   | co.can.permanent | co.temporary_residence.can   | 2026-04-16 | no elegible | no cumplida |
      | EC   | ec.can.permanent | ec.temporary_residence.can   | 2026-01-15 | elegible    | cumplida    |
      | EC   | ec.can.permanent | ec.temporary_residence.can   | 2026-01-14 | no elegible | no cumplida |
      | PE   | pe.can.permanent | pe.temporary_residence.can   | 2026-04-15 | elegible    | cumplida    |
      | PE   | pe.can.permanent | pe.temporary_residence.can   | 2026-04-16 | no elegible | no cumplida |
      | BO   | bo.can.permanent | pe.temporary_residence.can   | 2026-03-01 | no elegible | no cumplida |

  Esquema del escenario: Permanente: cada condición decide por sí sola
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato               | valor                                                             |
      | host_country       | <país>                                                            |
      | statuses           | [{"status": "<estatus>", "expires": "2026-03-01"}]                |
      | has_passport       | <pasaporte>                                                       |
      | has_id_card        | <cédula>                                                          |
      | sufficient_means   | <medios>                                                          |
      | criminal_record_5y | <antecedentes>                                                    |
    Cuando se evalúan las vías
    Entonces la vía "<vía>" es "<resultado>"
    Y la condición "<condición>" de la vía "<vía>" está "<estado>"

    Ejemplos:
      | país | vía              | estatus                    | pasaporte | cédula | medios | antecedentes | resultado     | condición          | estado      |
      | BO   | bo.can.permanent | bo.temporary_residence.can | no        | sí     | sí     | no           | elegible      | travel_document    | cumplida    |
      | CO   | co.can.permanent | co.temporary_residence.can | sí        | no     | sí     | no           | elegible      | travel_document    | cumplida    |
      | EC   | ec.can.permanent | ec.temporary_residence.can | no        | no     | sí     | no           | no elegible   | travel_document    | no cumplida |
      | PE   | pe.can.permanent | pe.temporary_residence.can | sí        | sí     | no     | no           | no elegible   | lawful_means       | no cumplida |
      | BO   | bo.can.permanent | bo.temporary_residence.can | sí        | sí     | sí     | sí           | no elegible   | no_criminal_record | no cumplida |
      | CO   | co.can.permanent | co.temporary_residence.can | sí        | sí     | ?      | no           | indeterminada | lawful_means       | desconocida |
      | EC   | ec.can.permanent | ec.temporary_residence.can | ?         | ?      | sí     | no           | indeterminada | travel_document    | desconocida |
      | PE   | pe.can.permanent | pe.temporary_residence.can | sí        | sí     | sí     | ?            | indeterminada | no_criminal_record | desconocida |

  Esquema del escenario: Permanente: sin saber qué permisos tiene, queda indeterminada y lo pide
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato               | valor  |
      | host_country       | <país> |
      | has_id_card        | sí     |
      | sufficient_means   | sí     |
      | criminal_record_5y | no     |
    Cuando se evalúan las vías
    Entonces la vía "<vía>" es "indeterminada"
    Y falta el dato "statuses" para la vía "<vía>"
    Y la vía "<vía>" señala un punto sin confirmar

    Ejemplos:
      | país | vía              |
      | BO   | bo.can.permanent |
      | CO   | co.can.permanent |
      | EC   | ec.can.permanent |
      | PE   | pe.can.permanent |

  Escenario: Encadenamiento: obtener hoy la temporal andina no abre todavía la permanente (vence en 2 años)
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato                | valor      |
      | host_country        | CO         |
      | in_host_country     | sí         |
      | mercosur_regular_status | sí         |
      | nationalities       | PE         |
      | has_id_card         | sí         |
      | id_card_expiry_date | 2029-12-31 |
      | has_passport        | no         |
      | criminal_record_5y  | no         |
      | sufficient_means    | sí         |
      | statuses            | ninguna    |
    Cuando se evalúan las vías
    Entonces la vía "co.can.temporary" es "elegible"
    Y la vía "co.can.permanent" es "no elegible"
    Y la condición "holds_andean_temporary" de la vía "co.can.permanent" está "no cumplida"

  Esquema del escenario: Colombia (Res. 5477/2022): dentro del país hace falta un estatus regular; quien quedó irregular queda indeterminado (la Decisión 878 dice "cualquiera sea la categoría de ingreso"), nunca "no"
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato                    | valor      |
      | host_country            | CO         |
      | in_host_country         | <en_co>    |
      | mercosur_regular_status | <regular>  |
      | nationalities           | EC         |
      | has_id_card             | sí         |
      | id_card_expiry_date     | 2029-12-31 |
      | has_passport            | no         |
      | criminal_record_5y      | no         |
    Cuando se evalúan las vías
    Entonces la vía "co.can.temporary" es "<resultado>"
    Y la condición "regular_status_if_in_colombia" de la vía "co.can.temporary" está "<estado>"

    Ejemplos:
      | fecha      | en_co | regular | resultado     | estado      |
      | 2026-01-15 | sí    | sí      | elegible      | cumplida    |
      | 2026-01-15 | no    | no      | elegible      | cumplida    |
      | 2026-01-15 | sí    | no      | indeterminada | desconocida |
      | 2026-01-15 | sí    | ?       | indeterminada | desconocida |
      | 2022-01-01 | sí    | no      | indeterminada | desconocida |
      | 2022-01-02 | sí    | sí      | elegible      | cumplida    |
