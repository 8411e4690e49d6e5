# language: es
# Generado a partir de las reglas del Estatuto Migratorio Andino y del programa de Vacaciones y Trabajo:
# una tabla por versión de cada vía, en la que cada condición decide sola, en un sentido y en el otro.
Característica: Cobertura: cada condición de cada versión decide por sí sola (CAN y Alianza del Pacífico)
  Como equipo que mantiene estas reglas
  queremos ver, para cada versión en vigor de cada vía, que cada requisito cambia el resultado por sí solo
  y que un dato que falta da "indeterminada", nunca "no elegible".

  Esquema del escenario: Residencia temporal andina: <qué_prueba> (<vía>, <fecha>)
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato                 | valor          |
      | host_country         | <país>         |
      | in_host_country      | sí             |
      | mercosur_regular_status | sí             |
      | nationalities        | <nacionalidad> |
      | has_id_card          | <cédula>       |
      | id_card_expiry_date  | <vence_céd>    |
      | has_passport         | <pasaporte>    |
      | passport_expiry_date | <vence_pas>    |
      | criminal_record_5y   | <antecedentes> |
    Cuando se evalúan las vías
    Entonces la vía "<vía>" es "<resultado>"

    Ejemplos:
      | fecha      | país | vía              | nacionalidad | cédula | vence_céd  | pasaporte | vence_pas  | antecedentes | resultado     | qué_prueba                                  |
      | 2026-01-15 | BO   | bo.can.temporary | PE           | sí     | 2030-12-31 | no        | ?          | no           | elegible      | todo en regla con la cédula                 |
      | 2026-01-15 | BO   | bo.can.temporary | PE           | no     | ?          | sí        | 2030-12-31 | no           | elegible      | todo en regla con el pasaporte              |
      | 2026-01-15 | BO   | bo.can.temporary | PE           | sí     | 2026-07-14 | no        | ?          | no           | no elegible   | cédula vence el día antes de cumplir 6 meses|
      | 2026-01-15 | BO   | bo.can.temporary | PE           | no     | ?          | sí        | 2026-07-14 | no           | no elegible   | pasaporte vence el día antes de cumplir 6 meses|
      | 2026-01-15 | BO   | bo.can.temporary | AR           | sí     | 2030-12-31 | no        | ?          | no           | no elegible   | nacionalidad fuera de la CAN                |
      | 2026-01-15 | BO   | bo.can.temporary | BO           | sí     | 2030-12-31 | no        | ?          | no           | no elegible   | nacional del propio país                    |
      | 2026-01-15 | BO   | bo.can.temporary | PE           | no     | 2030-12-31 | no        | 2030-12-31 | no           | no elegible   | dice no tener cédula ni pasaporte           |
      | 2026-01-15 | BO   | bo.can.temporary | PE           | sí     | 2026-07-14 | no        | ?          | no           | no elegible   | cédula vence a los 180 días                 |
      | 2026-01-15 | BO   | bo.can.temporary | PE           | no     | ?          | sí        | 2026-07-14 | no           | no elegible   | pasaporte vence a los 180 días              |
      | 2026-01-15 | BO   | bo.can.temporary | PE           | sí     | 2030-12-31 | no        | ?          | sí           | no elegible   | con antecedentes penales                    |
      | 2026-01-15 | BO   | bo.can.temporary | ?            | sí     | 2030-12-31 | no        | ?          | no           | indeterminada | nacionalidad desconocida                    |
      | 2026-01-15 | BO   | bo.can.temporary | PE           | sí     | 2030-12-31 | no        | ?          | ?            | indeterminada | antecedentes desconocidos                   |
      | 2021-11-15 | CO   | co.can.temporary | EC           | sí     | 2030-12-31 | no        | ?          | no           | indeterminada | todo en regla con la cédula                 |
      | 2021-11-15 | CO   | co.can.temporary | EC           | no     | ?          | sí        | 2030-12-31 | no           | indeterminada | todo en regla con el pasaporte              |
      | 2021-11-15 | CO   | co.can.temporary | EC           | sí     | 2022-05-14 | no        | ?          | no           | no elegible   | cédula vence el día antes de cumplir 6 meses|
      | 2021-11-15 | CO   | co.can.temporary | EC           | no     | ?          | sí        | 2022-05-14 | no           | no elegible   | pasaporte vence el día antes de cumplir 6 meses|
      | 2021-11-15 | CO   | co.can.temporary | AR           | sí     | 2030-12-31 | no        | ?          | no           | no elegible   | nacionalidad fuera de la CAN                |
      | 2021-11-15 | CO   | co.can.temporary | CO           | sí     | 2030-12-31 | no        | ?          | no           | no elegible   | nacional del propio país                    |
      | 2021-11-15 | CO   | co.can.temporary | EC           | no     | 2030-12-31 | no        | 2030-12-31 | no           | no elegible   | dice no tener cédula ni pasaporte           |
      | 2021-11-15 | CO   | co.can.temporary | EC           | sí     | 2022-05-14 | no        | ?          | no           | no elegible   | cédula vence a los 180 días                 |
      | 2021-11-15 | CO   | co.can.temporary | EC           | no     | ?          | sí        | 2022-05-14 | no           | no elegible   | pasaporte vence a los 180 días              |
      | 2021-11-15 | CO   | co.can.temporary | EC           | sí     | 2030-12-31 | no        | ?          | sí           | no elegible   | con antecedentes penales                    |
      | 2021-11-15 | CO   | co.can.temporary | ?            | sí     | 2030-12-31 | no        | ?          | no           | indeterminada | nacionalidad desconocida                    |
      | 2021-11-15 | CO   | co.can.temporary | EC           | sí     | 2030-12-31 | no        | ?          | ?            | indeterminada | antecedentes desconocidos                   |
      | 2026-01-15 | CO   | co.can.temporary | EC           | sí     | 2030-12-31 | no        | ?          | no           | elegible      | todo en regla con la cédula                 |
      | 2026-01-15 | CO   | co.can.temporary | EC           | no     | ?          | sí        | 2030-12-31 | no           | elegible      | todo en regla con el pasaporte              |
      | 2026-01-15 | CO   | co.can.temporary | EC           | sí     | 2026-07-14 | no        | ?          | no           | no elegible   | cédula vence el día antes de cumplir 6 meses|
      | 2026-01-15 | CO   | co.can.temporary | EC           | no     | ?          | sí        | 2026-07-14 | no           | no elegible   | pasaporte vence el día antes de cumplir 6 meses|
      | 2026-01-15 | CO   | co.can.temporary | AR           | sí     | 2030-12-31 | no        | ?          | no           | no elegible   | nacionalidad fuera de la CAN                |
      | 2026-01-15 | CO   | co.can.temporary | CO           | sí     | 2030-12-31 | no        | ?          | no           | no elegible   | nacional del propio país                    |
      | 2026-01-15 | CO   | co.can.temporary | EC           | no     | 2030-12-31 | no        | 2030-12-31 | no           | no elegible   | dice no tener cédula ni pasaporte           |
      | 2026-01-15 | CO   | co.can.temporary | EC           | sí     | 2026-07-14 | no        | ?          | no           | no elegible   | cédula vence a los 180 días                 |
      | 2026-01-15 | CO   | co.can.temporary | EC           | no     | ?          | sí        | 2026-07-14 | no           | no elegible   | pasaporte vence a los 180 días              |
      | 2026-01-15 | CO   | co.can.temporary | EC           | sí     | 2030-12-31 | no        | ?          | sí           | no elegible   | con antecedentes penales                    |
      | 2026-01-15 | CO   | co.can.temporary | ?            | sí     | 2030-12-31 | no        | ?          | no           | indeterminada | nacionalidad desconocida                    |
      | 2026-01-15 | CO   | co.can.temporary | EC           | sí     | 2030-12-31 | no        | ?          | ?            | indeterminada | antecedentes desconocidos                   |
      | 2026-01-15 | EC   | ec.can.temporary | CO           | sí     | 2030-12-31 | no        | ?          | no           | elegible      | todo en regla con la cédula                 |
      | 2026-01-15 | EC   | ec.can.temporary | CO           | no     | ?          | sí        | 2030-12-31 | no           | elegible      | todo en regla con el pasaporte              |
      | 2026-01-15 | EC   | ec.can.temporary | CO           | sí     | 2026-07-14 | no        | ?          | no           | no elegible   | cédula vence el día antes de cumplir 6 meses|
      | 2026-01-15 | EC   | ec.can.temporary | CO           | no     | ?          | sí        | 2026-07-14 | no           | no elegible   | pasaporte vence el día antes de cumplir 6 meses|
      | 2026-01-15 | EC   | ec.can.temporary | AR           | sí     | 2030-12-31 | no        | ?          | no           | no elegible   | nacionalidad fuera de la CAN                |
      | 2026-01-15 | EC   | ec.can.temporary | EC           | sí     | 2030-12-31 | no        | ?          | no           | no elegible   | nacional del propio país                    |
      | 2026-01-15 | EC   | ec.can.temporary | CO           | no     | 2030-12-31 | no        | 2030-12-31 | no           | no elegible   | dice no tener cédula ni pasaporte           |
      | 2026-01-15 | EC   | ec.can.temporary | CO           | sí     | 2026-07-14 | no        | ?          | no           | no elegible   | cédula vence a los 180 días                 |
      | 2026-01-15 | EC   | ec.can.temporary | CO           | no     | ?          | sí        | 2026-07-14 | no           | no elegible   | pasaporte vence a los 180 días              |
      | 2026-01-15 | EC   | ec.can.temporary | CO           | sí     | 2030-12-31 | no        | ?          | sí           | no elegible   | con antecedentes penales                    |
      | 2026-01-15 | EC   | ec.can.temporary | ?            | sí     | 2030-12-31 | no        | ?          | no           | indeterminada | nacionalidad desconocida                    |
      | 2026-01-15 | EC   | ec.can.temporary | CO           | sí     | 2030-12-31 | no        | ?          | ?            | indeterminada | antecedentes desconocidos                   |
      | 2024-06-01 | PE   | pe.can.temporary | BO           | sí     | 2030-12-31 | no        | ?          | no           | indeterminada | todo en regla con la cédula                 |
      | 2024-06-01 | PE   | pe.can.temporary | BO           | no     | ?          | sí        | 2030-12-31 | no           | indeterminada | todo en regla con el pasaporte              |
      | 2024-06-01 | PE   | pe.can.temporary | BO           | sí     | 2024-11-30 | no        | ?          | no           | no elegible   | cédula vence el día antes de cumplir 6 meses|
      | 2024-06-01 | PE   | pe.can.temporary | BO           | no     | ?          | sí        | 2024-11-30 | no           | no elegible   | pasaporte vence el día antes de cumplir 6 meses|
      | 2024-06-01 | PE   | pe.can.temporary | AR           | sí     | 2030-12-31 | no        | ?          | no           | no elegible   | nacionalidad fuera de la CAN                |
      | 2024-06-01 | PE   | pe.can.temporary | PE           | sí     | 2030-12-31 | no        | ?          | no           | no elegible   | nacional del propio país                    |
      | 2024-06-01 | PE   | pe.can.temporary | BO           | no     | 2030-12-31 | no        | 2030-12-31 | no           | no elegible   | dice no tener cédula ni pasaporte           |
      | 2024-06-01 | PE   | pe.can.temporary | BO           | sí     | 2024-11-28 | no        | ?          | no           | no elegible   | cédula vence a los 180 días                 |
      | 2024-06-01 | PE   | pe.can.temporary | BO           | no     | ?          | sí        | 2024-11-28 | no           | no elegible   | pasaporte vence a los 180 días              |
      | 2024-06-01 | PE   | pe.can.temporary | BO           | sí     | 2030-12-31 | no        | ?          | sí           | no elegible   | con antecedentes penales                    |
      | 2024-06-01 | PE   | pe.can.temporary | ?            | sí     | 2030-12-31 | no        | ?          | no           | indeterminada | nacionalidad desconocida                    |
      | 2024-06-01 | PE   | pe.can.temporary | BO           | sí     | 2030-12-31 | no        | ?          | ?            | indeterminada | antecedentes desconocidos                   |
      | 2026-01-15 | PE   | pe.can.temporary | BO           | sí     | 2030-12-31 | no        | ?          | no           | elegible      | todo en regla con la cédula                 |
      | 2026-01-15 | PE   | pe.can.temporary | BO           | no     | ?          | sí        | 2030-12-31 | no           | elegible      | todo en regla con el pasaporte              |
      | 2026-01-15 | PE   | pe.can.temporary | BO           | sí     | 2026-07-14 | no        | ?          | no           | no elegible   | cédula vence el día antes de cumplir 6 meses|
      | 2026-01-15 | PE   | pe.can.temporary | BO           | no     | ?          | sí        | 2026-07-14 | no           | no elegible   | pasaporte vence el día antes de cumplir 6 meses|
      | 2026-01-15 | PE   | pe.can.temporary | AR           | sí     | 2030-12-31 | no        | ?          | no           | no elegible   | nacionalidad fuera de la CAN                |
      | 2026-01-15 | PE   | pe.can.temporary | PE           | sí     | 2030-12-31 | no        | ?          | no           | no elegible   | nacional del propio país                    |
      | 2026-01-15 | PE   | pe.can.temporary | BO           | no     | 2030-12-31 | no        | 2030-12-31 | no           | no elegible   | dice no tener cédula ni pasaporte           |
      | 2026-01-15 | PE   | pe.can.temporary | BO           | sí     | 2026-07-14 | no        | ?          | no           | no elegible   | cédula vence a los 180 días                 |
      | 2026-01-15 | PE   | pe.can.temporary | BO           | no     | ?          | sí        | 2026-07-14 | no           | no elegible   | pasaporte vence a los 180 días              |
      | 2026-01-15 | PE   | pe.can.temporary | BO           | sí     | 2030-12-31 | no        | ?          | sí           | no elegible   | con antecedentes penales                    |
      | 2026-01-15 | PE   | pe.can.temporary | ?            | sí     | 2030-12-31 | no        | ?          | no           | indeterminada | nacionalidad desconocida                    |
      | 2026-01-15 | PE   | pe.can.temporary | BO           | sí     | 2030-12-31 | no        | ?          | ?            | indeterminada | antecedentes desconocidos                   |

  Esquema del escenario: Residencia permanente andina: <qué_prueba> (<vía>)
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato               | valor                                           |
      | host_country       | <país>                                          |
      | statuses           | [{"status": "<estatus>", "expires": "<vence>"}] |
      | has_passport       | <pasaporte>                                     |
      | has_id_card        | <cédula>                                        |
      | sufficient_means   | <medios>                                        |
      | criminal_record_5y | <antecedentes>                                  |
    Cuando se evalúan las vías
    Entonces la vía "<vía>" es "<resultado>"

    Ejemplos:
      | fecha      | país | vía              | estatus                    | vence      | pasaporte | cédula | medios | antecedentes | resultado     | qué_prueba                                      |
      | 2026-01-15 | BO   | bo.can.permanent | bo.temporary_residence.can | 2026-02-14 | sí        | no     | sí     | no           | elegible      | temporal andina vence en 30 días, con pasaporte |
      | 2026-01-15 | BO   | bo.can.permanent | bo.temporary_residence.can | 2026-02-14 | no        | sí     | sí     | no           | elegible      | con cédula                                      |
      | 2026-01-15 | BO   | bo.can.permanent | bo.temporary_residence.can | 2026-04-15 | sí        | sí     | sí     | no           | elegible      | vence justo a los 90 días                       |
      | 2026-01-15 | BO   | bo.can.permanent | bo.temporary_residence.can | 2026-04-16 | sí        | sí     | sí     | no           | no elegible   | vence a los 91 días: demasiado pronto           |
      | 2026-01-15 | BO   | bo.can.permanent | pe.temporary_residence.can | 2026-02-14 | sí        | sí     | sí     | no           | no elegible   | temporal andina de otro país                    |
      | 2026-01-15 | BO   | bo.can.permanent | bo.temporary_residence.can | 2026-02-14 | no        | no     | sí     | no           | no elegible   | sin pasaporte ni cédula                         |
      | 2026-01-15 | BO   | bo.can.permanent | bo.temporary_residence.can | 2026-02-14 | sí        | sí     | no     | no           | no elegible   | sin medios de vida lícitos                      |
      | 2026-01-15 | BO   | bo.can.permanent | bo.temporary_residence.can | 2026-02-14 | sí        | sí     | sí     | sí           | no elegible   | con antecedentes penales                        |
      | 2026-01-15 | BO   | bo.can.permanent | bo.temporary_residence.can | 2026-02-14 | sí        | sí     | ?      | no           | indeterminada | medios de vida desconocidos                     |
      | 2026-01-15 | CO   | co.can.permanent | co.temporary_residence.can | 2026-02-14 | sí        | no     | sí     | no           | elegible      | temporal andina vence en 30 días, con pasaporte |
      | 2026-01-15 | CO   | co.can.permanent | co.temporary_residence.can | 2026-02-14 | no        | sí     | sí     | no           | elegible      | con cédula                                      |
      | 2026-01-15 | CO   | co.can.permanent | co.temporary_residence.can | 2026-04-15 | sí        | sí     | sí     | no           | elegible      | vence justo a los 90 días                       |
      | 2026-01-15 | CO   | co.can.permanent | co.temporary_residence.can | 2026-04-16 | sí        | sí     | sí     | no           | no elegible   | vence a los 91 días: demasiado pronto           |
      | 2026-01-15 | CO   | co.can.permanent | bo.temporary_residence.can | 2026-02-14 | sí        | sí     | sí     | no           | no elegible   | temporal andina de otro país                    |
      | 2026-01-15 | CO   | co.can.permanent | co.temporary_residence.can | 2026-02-14 | no        | no     | sí     | no           | no elegible   | sin pasaporte ni cédula                         |
      | 2026-01-15 | CO   | co.can.permanent | co.temporary_residence.can | 2026-02-14 | sí        | sí     | no     | no           | no elegible   | sin medios de vida lícitos                      |
      | 2026-01-15 | CO   | co.can.permanent | co.temporary_residence.can | 2026-02-14 | sí        | sí     | sí     | sí           | no elegible   | con antecedentes penales                        |
      | 2026-01-15 | CO   | co.can.permanent | co.temporary_residence.can | 2026-02-14 | sí        | sí     | ?      | no           | indeterminada | medios de vida desconocidos                     |
      | 2026-01-15 | EC   | ec.can.permanent | ec.temporary_residence.can | 2026-02-14 | sí        | no     | sí     | no           | elegible      | temporal andina vence en 30 días, con pasaporte |
      | 2026-01-15 | EC   | ec.can.permanent | ec.temporary_residence.can | 2026-02-14 | no        | sí     | sí     | no           | elegible      | con cédula                                      |
      | 2026-01-15 | EC   | ec.can.permanent | ec.temporary_residence.can | 2026-04-15 | sí        | sí     | sí     | no           | elegible      | vence justo a los 90 días                       |
      | 2026-01-15 | EC   | ec.can.permanent | ec.temporary_residence.can | 2026-04-16 | sí        | sí     | sí     | no           | no elegible   | vence a los 91 días: demasiado pronto           |
      | 2026-01-15 | EC   | ec.can.permanent | bo.temporary_residence.can | 2026-02-14 | sí        | sí     | sí     | no           | no elegible   | temporal andina de otro país                    |
      | 2026-01-15 | EC   | ec.can.permanent | ec.temporary_residence.can | 2026-02-14 | no        | no     | sí     | no           | no elegible   | sin pasaporte ni cédula                         |
      | 2026-01-15 | EC   | ec.can.permanent | ec.temporary_residence.can | 2026-02-14 | sí        | sí     | no     | no           | no elegible   | sin medios de vida lícitos                      |
      | 2026-01-15 | EC   | ec.can.permanent | ec.temporary_residence.can | 2026-02-14 | sí        | sí     | sí     | sí           | no elegible   | con antecedentes penales                        |
      | 2026-01-15 | EC   | ec.can.permanent | ec.temporary_residence.can | 2026-02-14 | sí        | sí     | ?      | no           | indeterminada | medios de vida desconocidos                     |
      | 2026-01-15 | PE   | pe.can.permanent | pe.temporary_residence.can | 2026-02-14 | sí        | no     | sí     | no           | elegible      | temporal andina vence en 30 días, con pasaporte |
      | 2026-01-15 | PE   | pe.can.permanent | pe.temporary_residence.can | 2026-02-14 | no        | sí     | sí     | no           | elegible      | con cédula                                      |
      | 2026-01-15 | PE   | pe.can.permanent | pe.temporary_residence.can | 2026-04-15 | sí        | sí     | sí     | no           | elegible      | vence justo a los 90 días                       |
      | 2026-01-15 | PE   | pe.can.permanent | pe.temporary_residence.can | 2026-04-16 | sí        | sí     | sí     | no           | no elegible   | vence a los 91 días: demasiado pronto           |
      | 2026-01-15 | PE   | pe.can.permanent | bo.temporary_residence.can | 2026-02-14 | sí        | sí     | sí     | no           | no elegible   | temporal andina de otro país                    |
      | 2026-01-15 | PE   | pe.can.permanent | pe.temporary_residence.can | 2026-02-14 | no        | no     | sí     | no           | no elegible   | sin pasaporte ni cédula                         |
      | 2026-01-15 | PE   | pe.can.permanent | pe.temporary_residence.can | 2026-02-14 | sí        | sí     | no     | no           | no elegible   | sin medios de vida lícitos                      |
      | 2026-01-15 | PE   | pe.can.permanent | pe.temporary_residence.can | 2026-02-14 | sí        | sí     | sí     | sí           | no elegible   | con antecedentes penales                        |
      | 2026-01-15 | PE   | pe.can.permanent | pe.temporary_residence.can | 2026-02-14 | sí        | sí     | ?      | no           | indeterminada | medios de vida desconocidos                     |

  Esquema del escenario: Vacaciones y trabajo: <qué_prueba> (<vía>, <fecha>)
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato                         | valor          |
      | host_country                 | <país>         |
      | nationalities                | <nacionalidad> |
      | age                          | <edad>         |
      | wh_previous_participation    | <participó>    |
      | wh_accompanied_by_dependants | <dependientes> |
      | wh_sufficient_funds          | <fondos>       |
      | wh_return_ticket_or_funds    | <pasaje>       |
      | wh_travel_insurance          | <seguro>       |
      | criminal_record_5y           | <antecedentes> |
      | wh_in_home_country           | <en_su_país>   |
    Cuando se evalúan las vías
    Entonces la vía "<vía>" es "<resultado>"

    Ejemplos:
      | fecha      | país | vía                                 | nacionalidad | edad | participó | dependientes | fondos | pasaje | seguro | antecedentes | en_su_país | resultado     | qué_prueba                                         |
      | 2014-07-01 | CL   | cl.pacific_alliance.working_holiday | CO           | 25   | no        | no           | sí     | sí     | sí     | no           | sí         | indeterminada | todo en regla, desde su país                       |
      | 2014-07-01 | CL   | cl.pacific_alliance.working_holiday | CO           | 25   | no        | no           | sí     | sí     | sí     | no           | no         | indeterminada | fuera de su país: pedirla desde su país es un paso |
      | 2014-07-01 | CL   | cl.pacific_alliance.working_holiday | BR           | 25   | no        | no           | sí     | sí     | sí     | no           | sí         | no elegible   | nacionalidad fuera de la Alianza                   |
      | 2014-07-01 | CL   | cl.pacific_alliance.working_holiday | CL           | 25   | no        | no           | sí     | sí     | sí     | no           | sí         | no elegible   | nacional del propio país                           |
      | 2014-07-01 | CL   | cl.pacific_alliance.working_holiday | CO           | 17   | no        | no           | sí     | sí     | sí     | no           | sí         | no elegible   | 17 años                                            |
      | 2014-07-01 | CL   | cl.pacific_alliance.working_holiday | CO           | 31   | no        | no           | sí     | sí     | sí     | no           | sí         | no elegible   | 31 años                                            |
      | 2014-07-01 | CL   | cl.pacific_alliance.working_holiday | CO           | 25   | sí        | no           | sí     | sí     | sí     | no           | sí         | indeterminada | ya participó                                       |
      | 2014-07-01 | CL   | cl.pacific_alliance.working_holiday | CO           | 25   | no        | sí           | sí     | sí     | sí     | no           | sí         | indeterminada | viaja con dependientes                             |
      | 2014-07-01 | CL   | cl.pacific_alliance.working_holiday | CO           | 25   | no        | no           | no     | sí     | sí     | no           | sí         | indeterminada | sin fondos                                         |
      | 2014-07-01 | CL   | cl.pacific_alliance.working_holiday | CO           | 25   | no        | no           | sí     | no     | sí     | no           | sí         | indeterminada | sin pasaje de vuelta                               |
      | 2014-07-01 | CL   | cl.pacific_alliance.working_holiday | CO           | 25   | no        | no           | sí     | sí     | no     | no           | sí         | indeterminada | sin seguro                                         |
      | 2014-07-01 | CL   | cl.pacific_alliance.working_holiday | CO           | 25   | no        | no           | sí     | sí     | sí     | sí           | sí         | indeterminada | con antecedentes penales                           |
      | 2014-07-01 | CL   | cl.pacific_alliance.working_holiday | CO           | 25   | no        | no           | sí     | sí     | ?      | no           | sí         | indeterminada | seguro desconocido                                 |
      | 2014-07-01 | CO   | co.pacific_alliance.working_holiday | MX           | 25   | no        | no           | sí     | sí     | sí     | no           | sí         | indeterminada | todo en regla, desde su país                       |
      | 2014-07-01 | CO   | co.pacific_alliance.working_holiday | MX           | 25   | no        | no           | sí     | sí     | sí     | no           | no         | indeterminada | fuera de su país: pedirla desde su país es un paso |
      | 2014-07-01 | CO   | co.pacific_alliance.working_holiday | BR           | 25   | no        | no           | sí     | sí     | sí     | no           | sí         | no elegible   | nacionalidad fuera de la Alianza                   |
      | 2014-07-01 | CO   | co.pacific_alliance.working_holiday | CO           | 25   | no        | no           | sí     | sí     | sí     | no           | sí         | no elegible   | nacional del propio país                           |
      | 2014-07-01 | CO   | co.pacific_alliance.working_holiday | MX           | 17   | no        | no           | sí     | sí     | sí     | no           | sí         | no elegible   | 17 años                                            |
      | 2014-07-01 | CO   | co.pacific_alliance.working_holiday | MX           | 31   | no        | no           | sí     | sí     | sí     | no           | sí         | no elegible   | 31 años                                            |
      | 2014-07-01 | CO   | co.pacific_alliance.working_holiday | MX           | 25   | sí        | no           | sí     | sí     | sí     | no           | sí         | indeterminada | ya participó                                       |
      | 2014-07-01 | CO   | co.pacific_alliance.working_holiday | MX           | 25   | no        | sí           | sí     | sí     | sí     | no           | sí         | indeterminada | viaja con dependientes                             |
      | 2014-07-01 | CO   | co.pacific_alliance.working_holiday | MX           | 25   | no        | no           | no     | sí     | sí     | no           | sí         | indeterminada | sin fondos                                         |
      | 2014-07-01 | CO   | co.pacific_alliance.working_holiday | MX           | 25   | no        | no           | sí     | no     | sí     | no           | sí         | indeterminada | sin pasaje de vuelta                               |
      | 2014-07-01 | CO   | co.pacific_alliance.working_holiday | MX           | 25   | no        | no           | sí     | sí     | no     | no           | sí         | indeterminada | sin seguro                                         |
      | 2014-07-01 | CO   | co.pacific_alliance.working_holiday | MX           | 25   | no        | no           | sí     | sí     | sí     | sí           | sí         | indeterminada | con antecedentes penales                           |
      | 2014-07-01 | CO   | co.pacific_alliance.working_holiday | MX           | 25   | no        | no           | sí     | sí     | ?      | no           | sí         | indeterminada | seguro desconocido                                 |
      | 2014-07-01 | MX   | mx.pacific_alliance.working_holiday | PE           | 25   | no        | no           | sí     | sí     | sí     | no           | sí         | indeterminada | todo en regla, desde su país                       |
      | 2014-07-01 | MX   | mx.pacific_alliance.working_holiday | PE           | 25   | no        | no           | sí     | sí     | sí     | no           | no         | indeterminada | fuera de su país: pedirla desde su país es un paso |
      | 2014-07-01 | MX   | mx.pacific_alliance.working_holiday | BR           | 25   | no        | no           | sí     | sí     | sí     | no           | sí         | no elegible   | nacionalidad fuera de la Alianza                   |
      | 2014-07-01 | MX   | mx.pacific_alliance.working_holiday | MX           | 25   | no        | no           | sí     | sí     | sí     | no           | sí         | no elegible   | nacional del propio país                           |
      | 2014-07-01 | MX   | mx.pacific_alliance.working_holiday | PE           | 17   | no        | no           | sí     | sí     | sí     | no           | sí         | no elegible   | 17 años                                            |
      | 2014-07-01 | MX   | mx.pacific_alliance.working_holiday | PE           | 31   | no        | no           | sí     | sí     | sí     | no           | sí         | no elegible   | 31 años                                            |
      | 2014-07-01 | MX   | mx.pacific_alliance.working_holiday | PE           | 25   | sí        | no           | sí     | sí     | sí     | no           | sí         | indeterminada | ya participó                                       |
      | 2014-07-01 | MX   | mx.pacific_alliance.working_holiday | PE           | 25   | no        | sí           | sí     | sí     | sí     | no           | sí         | indeterminada | viaja con dependientes                             |
      | 2014-07-01 | MX   | mx.pacific_alliance.working_holiday | PE           | 25   | no        | no           | no     | sí     | sí     | no           | sí         | no elegible   | sin fondos                                         |
      | 2014-07-01 | MX   | mx.pacific_alliance.working_holiday | PE           | 25   | no        | no           | sí     | no     | sí     | no           | sí         | indeterminada | sin pasaje de vuelta                               |
      | 2014-07-01 | MX   | mx.pacific_alliance.working_holiday | PE           | 25   | no        | no           | sí     | sí     | no     | no           | sí         | indeterminada | sin seguro                                         |
      | 2014-07-01 | MX   | mx.pacific_alliance.working_holiday | PE           | 25   | no        | no           | sí     | sí     | sí     | sí           | sí         | indeterminada | con antecedentes penales                           |
      | 2014-07-01 | MX   | mx.pacific_alliance.working_holiday | PE           | 25   | no        | no           | sí     | sí     | ?      | no           | sí         | indeterminada | seguro desconocido                                 |
      | 2014-07-01 | PE   | pe.pacific_alliance.working_holiday | CL           | 25   | no        | no           | sí     | sí     | sí     | no           | sí         | indeterminada | todo en regla, desde su país                       |
      | 2014-07-01 | PE   | pe.pacific_alliance.working_holiday | CL           | 25   | no        | no           | sí     | sí     | sí     | no           | no         | indeterminada | fuera de su país: pedirla desde su país es un paso |
      | 2014-07-01 | PE   | pe.pacific_alliance.working_holiday | BR           | 25   | no        | no           | sí     | sí     | sí     | no           | sí         | no elegible   | nacionalidad fuera de la Alianza                   |
      | 2014-07-01 | PE   | pe.pacific_alliance.working_holiday | PE           | 25   | no        | no           | sí     | sí     | sí     | no           | sí         | no elegible   | nacional del propio país                           |
      | 2014-07-01 | PE   | pe.pacific_alliance.working_holiday | CL           | 17   | no        | no           | sí     | sí     | sí     | no           | sí         | no elegible   | 17 años                                            |
      | 2014-07-01 | PE   | pe.pacific_alliance.working_holiday | CL           | 31   | no        | no           | sí     | sí     | sí     | no           | sí         | no elegible   | 31 años                                            |
      | 2014-07-01 | PE   | pe.pacific_alliance.working_holiday | CL           | 25   | sí        | no           | sí     | sí     | sí     | no           | sí         | indeterminada | ya participó                                       |
      | 2014-07-01 | PE   | pe.pacific_alliance.working_holiday | CL           | 25   | no        | sí           | sí     | sí     | sí     | no           | sí         | indeterminada | viaja con dependientes                             |
      | 2014-07-01 | PE   | pe.pacific_alliance.working_holiday | CL           | 25   | no        | no           | no     | sí     | sí     | no           | sí         | indeterminada | sin fondos                                         |
      | 2014-07-01 | PE   | pe.pacific_alliance.working_holiday | CL           | 25   | no        | no           | sí     | no     | sí     | no           | sí         | indeterminada | sin pasaje de vuelta                               |
      | 2014-07-01 | PE   | pe.pacific_alliance.working_holiday | CL           | 25   | no        | no           | sí     | sí     | no     | no           | sí         | indeterminada | sin seguro                                         |
      | 2014-07-01 | PE   | pe.pacific_alliance.working_holiday | CL           | 25   | no        | no           | sí     | sí     | sí     | sí           | sí         | indeterminada | con antecedentes penales                           |
      | 2014-07-01 | PE   | pe.pacific_alliance.working_holiday | CL           | 25   | no        | no           | sí     | sí     | ?      | no           | sí         | indeterminada | seguro desconocido                                 |
      | 2026-01-15 | CL   | cl.pacific_alliance.working_holiday | CO           | 25   | no        | no           | sí     | sí     | sí     | no           | sí         | elegible      | todo en regla, desde su país                       |
      | 2026-01-15 | CL   | cl.pacific_alliance.working_holiday | CO           | 25   | no        | no           | sí     | sí     | sí     | no           | no         | elegible      | fuera de su país: pedirla desde su país es un paso |
      | 2026-01-15 | CL   | cl.pacific_alliance.working_holiday | BR           | 25   | no        | no           | sí     | sí     | sí     | no           | sí         | no elegible   | nacionalidad fuera de la Alianza                   |
      | 2026-01-15 | CL   | cl.pacific_alliance.working_holiday | CL           | 25   | no        | no           | sí     | sí     | sí     | no           | sí         | no elegible   | nacional del propio país                           |
      | 2026-01-15 | CL   | cl.pacific_alliance.working_holiday | CO           | 17   | no        | no           | sí     | sí     | sí     | no           | sí         | no elegible   | 17 años                                            |
      | 2026-01-15 | CL   | cl.pacific_alliance.working_holiday | CO           | 31   | no        | no           | sí     | sí     | sí     | no           | sí         | no elegible   | 31 años                                            |
      | 2026-01-15 | CL   | cl.pacific_alliance.working_holiday | CO           | 25   | sí        | no           | sí     | sí     | sí     | no           | sí         | indeterminada | ya participó                                       |
      | 2026-01-15 | CL   | cl.pacific_alliance.working_holiday | CO           | 25   | no        | sí           | sí     | sí     | sí     | no           | sí         | indeterminada | viaja con dependientes                             |
      | 2026-01-15 | CL   | cl.pacific_alliance.working_holiday | CO           | 25   | no        | no           | no     | sí     | sí     | no           | sí         | indeterminada | sin fondos                                         |
      | 2026-01-15 | CL   | cl.pacific_alliance.working_holiday | CO           | 25   | no        | no           | sí     | no     | sí     | no           | sí         | elegible      | sin pasaje de vuelta                               |
      | 2026-01-15 | CL   | cl.pacific_alliance.working_holiday | CO           | 25   | no        | no           | sí     | sí     | no     | no           | sí         | elegible      | sin seguro                                         |
      | 2026-01-15 | CL   | cl.pacific_alliance.working_holiday | CO           | 25   | no        | no           | sí     | sí     | sí     | sí           | sí         | indeterminada | con antecedentes penales                           |
      | 2026-01-15 | CL   | cl.pacific_alliance.working_holiday | CO           | 25   | no        | no           | sí     | sí     | ?      | no           | sí         | elegible      | seguro desconocido                                 |
      | 2026-01-15 | CO   | co.pacific_alliance.working_holiday | MX           | 25   | no        | no           | sí     | sí     | sí     | no           | sí         | elegible      | todo en regla, desde su país                       |
      | 2026-01-15 | CO   | co.pacific_alliance.working_holiday | MX           | 25   | no        | no           | sí     | sí     | sí     | no           | no         | elegible      | fuera de su país: pedirla desde su país es un paso |
      | 2026-01-15 | CO   | co.pacific_alliance.working_holiday | BR           | 25   | no        | no           | sí     | sí     | sí     | no           | sí         | no elegible   | nacionalidad fuera de la Alianza                   |
      | 2026-01-15 | CO   | co.pacific_alliance.working_holiday | CO           | 25   | no        | no           | sí     | sí     | sí     | no           | sí         | no elegible   | nacional del propio país                           |
      | 2026-01-15 | CO   | co.pacific_alliance.working_holiday | MX           | 17   | no        | no           | sí     | sí     | sí     | no           | sí         | no elegible   | 17 años                                            |
      | 2026-01-15 | CO   | co.pacific_alliance.working_holiday | MX           | 31   | no        | no           | sí     | sí     | sí     | no           | sí         | no elegible   | 31 años                                            |
      | 2026-01-15 | CO   | co.pacific_alliance.working_holiday | MX           | 25   | sí        | no           | sí     | sí     | sí     | no           | sí         | indeterminada | ya participó                                       |
      | 2026-01-15 | CO   | co.pacific_alliance.working_holiday | MX           | 25   | no        | sí           | sí     | sí     | sí     | no           | sí         | indeterminada | viaja con dependientes                             |
      | 2026-01-15 | CO   | co.pacific_alliance.working_holiday | MX           | 25   | no        | no           | no     | sí     | sí     | no           | sí         | indeterminada | sin fondos                                         |
      | 2026-01-15 | CO   | co.pacific_alliance.working_holiday | MX           | 25   | no        | no           | sí     | no     | sí     | no           | sí         | elegible      | sin pasaje de vuelta                               |
      | 2026-01-15 | CO   | co.pacific_alliance.working_holiday | MX           | 25   | no        | no           | sí     | sí     | no     | no           | sí         | elegible      | sin seguro                                         |
      | 2026-01-15 | CO   | co.pacific_alliance.working_holiday | MX           | 25   | no        | no           | sí     | sí     | sí     | sí           | sí         | indeterminada | con antecedentes penales                           |
      | 2026-01-15 | CO   | co.pacific_alliance.working_holiday | MX           | 25   | no        | no           | sí     | sí     | ?      | no           | sí         | elegible      | seguro desconocido                                 |
      | 2026-01-15 | MX   | mx.pacific_alliance.working_holiday | PE           | 25   | no        | no           | sí     | sí     | sí     | no           | sí         | elegible      | todo en regla, desde su país                       |
      | 2026-01-15 | MX   | mx.pacific_alliance.working_holiday | PE           | 25   | no        | no           | sí     | sí     | sí     | no           | no         | elegible      | fuera de su país: pedirla desde su país es un paso |
      | 2026-01-15 | MX   | mx.pacific_alliance.working_holiday | BR           | 25   | no        | no           | sí     | sí     | sí     | no           | sí         | no elegible   | nacionalidad fuera de la Alianza                   |
      | 2026-01-15 | MX   | mx.pacific_alliance.working_holiday | MX           | 25   | no        | no           | sí     | sí     | sí     | no           | sí         | no elegible   | nacional del propio país                           |
      | 2026-01-15 | MX   | mx.pacific_alliance.working_holiday | PE           | 17   | no        | no           | sí     | sí     | sí     | no           | sí         | no elegible   | 17 años                                            |
      | 2026-01-15 | MX   | mx.pacific_alliance.working_holiday | PE           | 31   | no        | no           | sí     | sí     | sí     | no           | sí         | no elegible   | 31 años                                            |
      | 2026-01-15 | MX   | mx.pacific_alliance.working_holiday | PE           | 25   | sí        | no           | sí     | sí     | sí     | no           | sí         | indeterminada | ya participó                                       |
      | 2026-01-15 | MX   | mx.pacific_alliance.working_holiday | PE           | 25   | no        | sí           | sí     | sí     | sí     | no           | sí         | indeterminada | viaja con dependientes                             |
      | 2026-01-15 | MX   | mx.pacific_alliance.working_holiday | PE           | 25   | no        | no           | no     | sí     | sí     | no           | sí         | no elegible   | sin fondos                                         |
      | 2026-01-15 | MX   | mx.pacific_alliance.working_holiday | PE           | 25   | no        | no           | sí     | no     | sí     | no           | sí         | elegible      | sin pasaje de vuelta                               |
      | 2026-01-15 | MX   | mx.pacific_alliance.working_holiday | PE           | 25   | no        | no           | sí     | sí     | no     | no           | sí         | elegible      | sin seguro                                         |
      | 2026-01-15 | MX   | mx.pacific_alliance.working_holiday | PE           | 25   | no        | no           | sí     | sí     | sí     | sí           | sí         | indeterminada | con antecedentes penales                           |
      | 2026-01-15 | MX   | mx.pacific_alliance.working_holiday | PE           | 25   | no        | no           | sí     | sí     | ?      | no           | sí         | elegible      | seguro desconocido                                 |
      | 2026-01-15 | PE   | pe.pacific_alliance.working_holiday | CL           | 25   | no        | no           | sí     | sí     | sí     | no           | sí         | elegible      | todo en regla, desde su país                       |
      | 2026-01-15 | PE   | pe.pacific_alliance.working_holiday | CL           | 25   | no        | no           | sí     | sí     | sí     | no           | no         | elegible      | fuera de su país: pedirla desde su país es un paso |
      | 2026-01-15 | PE   | pe.pacific_alliance.working_holiday | BR           | 25   | no        | no           | sí     | sí     | sí     | no           | sí         | no elegible   | nacionalidad fuera de la Alianza                   |
      | 2026-01-15 | PE   | pe.pacific_alliance.working_holiday | PE           | 25   | no        | no           | sí     | sí     | sí     | no           | sí         | no elegible   | nacional del propio país                           |
      | 2026-01-15 | PE   | pe.pacific_alliance.working_holiday | CL           | 17   | no        | no           | sí     | sí     | sí     | no           | sí         | no elegible   | 17 años                                            |
      | 2026-01-15 | PE   | pe.pacific_alliance.working_holiday | CL           | 31   | no        | no           | sí     | sí     | sí     | no           | sí         | no elegible   | 31 años                                            |
      | 2026-01-15 | PE   | pe.pacific_alliance.working_holiday | CL           | 25   | sí        | no           | sí     | sí     | sí     | no           | sí         | indeterminada | ya participó                                       |
      | 2026-01-15 | PE   | pe.pacific_alliance.working_holiday | CL           | 25   | no        | sí           | sí     | sí     | sí     | no           | sí         | indeterminada | viaja con dependientes                             |
      | 2026-01-15 | PE   | pe.pacific_alliance.working_holiday | CL           | 25   | no        | no           | no     | sí     | sí     | no           | sí         | indeterminada | sin fondos                                         |
      | 2026-01-15 | PE   | pe.pacific_alliance.working_holiday | CL           | 25   | no        | no           | sí     | no     | sí     | no           | sí         | elegible      | sin pasaje de vuelta                               |
      | 2026-01-15 | PE   | pe.pacific_alliance.working_holiday | CL           | 25   | no        | no           | sí     | sí     | no     | no           | sí         | elegible      | sin seguro                                         |
      | 2026-01-15 | PE   | pe.pacific_alliance.working_holiday | CL           | 25   | no        | no           | sí     | sí     | sí     | sí           | sí         | indeterminada | con antecedentes penales                           |
      | 2026-01-15 | PE   | pe.pacific_alliance.working_holiday | CL           | 25   | no        | no           | sí     | sí     | ?      | no           | sí         | elegible      | seguro desconocido                                 |
