# language: es
Característica: Regularización extraordinaria de Chile, Ley 21.325 artículo 8 transitorio
  Como equipo que mantiene el reglamento chileno
  queremos que la regularización de 2021 diga elegible, no elegible o indeterminada según la fecha,
  con el artículo que lo decide, y que después del cierre responda "cerrada".

  Vía cubierta (pathways/cl/):
    cl.ley21325.art8_transitorio   2021-04-20 a 2021-10-16 (180 días desde la publicación, seguro abierta)
                                   2021-10-17 a 2022-01-31 (180 días hábiles: día de cierre sin confirmar)
  El empadronamiento biométrico de 2023 no es una regularización y no se codifica como vía.

  Escenario: P03 — colombiana en Santiago, entró por avión como turista en 2025: la regularización de 2021 está cerrada
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato                           | valor      |
      | host_country                   | CL         |
      | in_host_country                | sí         |
      | nationalities                  | CO         |
      | naturalisations                | ninguna    |
      | age                            | 28         |
      | entry_date                     | 2025-02-10 |
      | cl_entered_authorised_crossing | sí         |
      | cl_irregular_status            | sí         |
      | has_passport                   | sí         |
      | passport_expiry_date           | 2030-01-01 |
      | criminal_record_5y             | no         |
    Cuando se evalúan las vías
    Entonces la vía "cl.ley21325.art8_transitorio" es "no elegible"
    Y la condición "in_force" de la vía "cl.ley21325.art8_transitorio" está "no cumplida"
    Y la vía "cl.ley21325.art8_transitorio" cerró el "2022-01-31"

  Escenario: Art. 8 transitorio — quien entró el mismo 18/03/2020 ya no está cubierto, y la vía cita el artículo
    Dado la fecha de evaluación "2021-07-01"
    Y una persona con los datos:
      | dato                           | valor      |
      | host_country                   | CL         |
      | in_host_country                | sí         |
      | nationalities                  | CO         |
      | entry_date                     | 2020-03-18 |
      | cl_entered_authorised_crossing | sí         |
      | cl_irregular_status            | sí         |
      | criminal_record_5y             | no         |
    Cuando se evalúan las vías
    Entonces la vía "cl.ley21325.art8_transitorio" es "no elegible"
    Y la condición "entered_before_18_march_2020" de la vía "cl.ley21325.art8_transitorio" está "no cumplida"
    Y la vía "cl.ley21325.art8_transitorio" cita "Art. 8 transitorio: entry before 18 Mar 2020"

  Esquema del escenario: Art. 8 transitorio — cada condición decide por sí sola, en la ventana segura y en la dudosa
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato                           | valor          |
      | host_country                   | CL             |
      | in_host_country                | <en_chile>     |
      | nationalities                  | PE             |
      | entry_date                     | <entrada>      |
      | cl_entered_authorised_crossing | <paso>         |
      | cl_irregular_status            | <irregular>    |
      | criminal_record_5y             | <antecedentes> |
    Cuando se evalúan las vías
    Entonces la vía "cl.ley21325.art8_transitorio" es "<resultado>"
    Y la condición "<condición>" de la vía "cl.ley21325.art8_transitorio" está "<estado>"

    Ejemplos: ventana abierta con seguridad (hasta el 16/10/2021)
      | fecha      | en_chile | entrada    | paso | irregular | antecedentes | resultado   | condición                    | estado      |
      | 2021-07-01 | sí       | 2019-05-10 | sí   | sí        | no           | elegible    | authorised_crossing          | cumplida    |
      | 2021-07-01 | no       | 2019-05-10 | sí   | sí        | no           | no elegible | in_chile                     | no cumplida |
      | 2021-07-01 | sí       | 2019-05-10 | sí   | no        | no           | no elegible | irregular                    | no cumplida |
      | 2021-07-01 | sí       | 2019-05-10 | no   | sí        | no           | no elegible | authorised_crossing          | no cumplida |
      | 2021-07-01 | sí       | 2020-03-18 | sí   | sí        | no           | no elegible | entered_before_18_march_2020 | no cumplida |
      | 2021-07-01 | sí       | 2019-05-10 | sí   | sí        | sí           | no elegible | no_criminal_record           | no cumplida |

    Ejemplos: ventana de cierre sin confirmar (17/10/2021 a 31/01/2022): a lo sumo "indeterminada"
      | fecha      | en_chile | entrada    | paso | irregular | antecedentes | resultado     | condición                    | estado       |
      | 2021-12-01 | sí       | 2019-05-10 | sí   | sí        | no           | indeterminada | window_still_open            | desconocida  |
      | 2021-12-01 | no       | 2019-05-10 | sí   | sí        | no           | no elegible   | in_chile                     | no cumplida  |
      | 2021-12-01 | sí       | 2019-05-10 | sí   | no        | no           | no elegible   | irregular                    | no cumplida  |
      | 2021-12-01 | sí       | 2019-05-10 | no   | sí        | no           | no elegible   | authorised_crossing          | no cumplida  |
      | 2021-12-01 | sí       | 2020-03-18 | sí   | sí        | no           | no elegible   | entered_before_18_march_2020 | no cumplida  |
      | 2021-12-01 | sí       | 2019-05-10 | sí   | sí        | sí           | no elegible   | no_criminal_record           | no cumplida  |

  Esquema del escenario: Art. 8 transitorio — fecha de entrada alrededor del 18/03/2020
    Dado la fecha de evaluación "2021-07-01"
    Y una persona con los datos:
      | dato                           | valor     |
      | host_country                   | CL        |
      | in_host_country                | sí        |
      | entry_date                     | <entrada> |
      | cl_entered_authorised_crossing | sí        |
      | cl_irregular_status            | sí        |
      | criminal_record_5y             | no        |
    Cuando se evalúan las vías
    Entonces la vía "cl.ley21325.art8_transitorio" es "<resultado>"

    Ejemplos:
      | entrada    | resultado   |
      | 2020-03-17 | elegible    |
      | 2020-03-18 | no elegible |
      | 2020-03-19 | no elegible |

  Esquema del escenario: Art. 8 transitorio — la ventana de 180 días hábiles desde el 20/04/2021
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato                           | valor      |
      | host_country                   | CL         |
      | in_host_country                | sí         |
      | entry_date                     | 2018-11-02 |
      | cl_entered_authorised_crossing | sí         |
      | cl_irregular_status            | sí         |
      | criminal_record_5y             | no         |
    Cuando se evalúan las vías
    Entonces la vía "cl.ley21325.art8_transitorio" es "<resultado>"

    Ejemplos:
      | fecha      | resultado     |
      | 2021-04-19 | no elegible   |
      | 2021-04-20 | elegible      |
      | 2021-04-21 | elegible      |
      | 2021-10-15 | elegible      |
      | 2021-10-16 | elegible      |
      | 2021-10-17 | indeterminada |
      | 2022-01-30 | indeterminada |
      | 2022-01-31 | indeterminada |
      | 2022-02-01 | no elegible   |

  Escenario: Art. 8 transitorio — en la ventana dudosa la vía muestra el punto sin confirmar
    Dado la fecha de evaluación "2022-01-10"
    Y una persona con los datos:
      | dato                           | valor      |
      | host_country                   | CL         |
      | in_host_country                | sí         |
      | entry_date                     | 2018-11-02 |
      | cl_entered_authorised_crossing | sí         |
      | cl_irregular_status            | sí         |
      | criminal_record_5y             | no         |
    Cuando se evalúan las vías
    Entonces la vía "cl.ley21325.art8_transitorio" es "indeterminada"
    Y la condición "window_still_open" de la vía "cl.ley21325.art8_transitorio" está "desconocida"
    Y la vía "cl.ley21325.art8_transitorio" señala un punto sin confirmar

  Escenario: Art. 8 transitorio — después del 31/01/2022 la vía responde "cerrada"
    Dado la fecha de evaluación "2022-02-01"
    Y una persona con los datos:
      | dato                           | valor      |
      | host_country                   | CL         |
      | in_host_country                | sí         |
      | entry_date                     | 2018-11-02 |
      | cl_entered_authorised_crossing | sí         |
      | cl_irregular_status            | sí         |
      | criminal_record_5y             | no         |
    Cuando se evalúan las vías
    Entonces la vía "cl.ley21325.art8_transitorio" es "no elegible"
    Y la vía "cl.ley21325.art8_transitorio" cerró el "2022-01-31"

  Escenario: Art. 8 transitorio — sin saber si entró por un paso habilitado, la vía queda indeterminada
    Dado la fecha de evaluación "2021-07-01"
    Y una persona con los datos:
      | dato                | valor      |
      | host_country        | CL         |
      | in_host_country     | sí         |
      | entry_date          | 2018-11-02 |
      | cl_irregular_status | sí         |
      | criminal_record_5y  | no         |
    Cuando se evalúan las vías
    Entonces la vía "cl.ley21325.art8_transitorio" es "indeterminada"
    Y la condición "authorised_crossing" de la vía "cl.ley21325.art8_transitorio" está "desconocida"
    Y falta el dato "cl_entered_authorised_crossing" para la vía "cl.ley21325.art8_transitorio"
