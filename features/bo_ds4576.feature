# language: es
Característica: Regularización migratoria excepcional de Bolivia, Decreto Supremo 4576/2021
  Como equipo que mantiene el reglamento boliviano
  queremos que la regularización de 2021 cubra sólo a quien ya estaba irregular (o con orden de salida)
  hasta el 24/08/2021, que se pudiera pedir durante 12 meses, y que después responda "cerrada".

  Vía cubierta (pathways/bo/):
    bo.ds4576.regularisation   2021-08-25 a 2022-08-24 (12 meses) y 2022-08-25 a 2022-08-31 (último día sin confirmar)
  El DS 3676/2018 no se codifica: las fuentes no dan sus condiciones.

  Escenario: P06 — peruana en El Alto que entró como turista el 2024-02-01 y se quedó: el DS 4576 está cerrado
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato                 | valor      |
      | host_country         | BO         |
      | in_host_country      | sí         |
      | nationalities        | PE         |
      | naturalisations      | ninguna    |
      | age                  | 40         |
      | entry_date           | 2024-02-01 |
      | bo_entered_irregularly | no       |
      | bo_irregular_since   | 2024-03-02 |
      | bo_exit_order        | no         |
      | has_passport         | sí         |
      | passport_expiry_date | 2025-01-31 |
      | has_id_card          | sí         |
      | id_card_expiry_date  | 2029-06-30 |
      | criminal_record_5y   | no         |
    Cuando se evalúan las vías
    Entonces la vía "bo.ds4576.regularisation" es "no elegible"
    Y la condición "in_force" de la vía "bo.ds4576.regularisation" está "no cumplida"
    Y la vía "bo.ds4576.regularisation" cerró el "2022-08-31"

  Esquema del escenario: DS 4576 — cada condición decide por sí sola, en los 12 meses y en los días dudosos
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato                   | valor        |
      | host_country           | BO           |
      | in_host_country        | <en_bolivia> |
      | bo_entered_irregularly | <irregular>  |
      | entry_date             | <entrada>    |
      | bo_irregular_since     | <desde>      |
      | bo_exit_order          | <orden>      |
      | bo_exit_order_date     | <fecha_orden> |
      | bo_exit_order_art38_cause | sí |
    Cuando se evalúan las vías
    Entonces la vía "bo.ds4576.regularisation" es "<resultado>"
    Y la condición "<condición>" de la vía "bo.ds4576.regularisation" está "<estado>"

    Ejemplos: dentro de los 12 meses (hasta el 24/08/2022)
      | fecha      | en_bolivia | irregular | entrada    | desde      | orden | fecha_orden | resultado   | condición                | estado      |
      | 2022-03-01 | sí         | sí        | 2021-06-01 | ?          | no    | ?           | elegible    | irregular_entry          | cumplida    |
      | 2022-03-01 | sí         | no        | 2019-01-10 | 2020-01-10 | no    | ?           | elegible    | irregular_stay           | cumplida    |
      | 2022-03-01 | sí         | no        | 2019-01-10 | ?          | sí    | 2020-06-01  | elegible    | exit_order               | cumplida    |
      | 2022-03-01 | no         | sí        | 2021-06-01 | ?          | no    | ?           | no elegible | in_bolivia               | no cumplida |
      | 2022-03-01 | sí         | sí        | 2021-08-25 | 2021-09-01 | no    | ?           | no elegible | irregular_before_decree  | no cumplida |
      | 2022-03-01 | sí         | sí        | 2021-08-25 | 2021-09-01 | no    | ?           | no elegible | entered_by_24_august_2021 | no cumplida |
      | 2022-03-01 | sí         | no        | 2021-06-01 | 2021-09-01 | no    | ?           | no elegible | entered_irregularly      | no cumplida |
      | 2022-03-01 | sí         | no        | 2021-06-01 | 2021-09-01 | no    | ?           | no elegible | irregular_stay           | no cumplida |
      | 2022-03-01 | sí         | no        | 2021-06-01 | 2021-09-01 | no    | 2020-06-01  | no elegible | ordered_to_leave         | no cumplida |
      | 2022-03-01 | sí         | no        | 2021-06-01 | 2021-09-01 | sí    | 2020-03-21  | no elegible | order_from_22_march_2020 | no cumplida |
      | 2022-03-01 | sí         | no        | 2021-06-01 | 2021-09-01 | sí    | 2021-08-25  | no elegible | order_by_24_august_2021  | no cumplida |

    Ejemplos: días dudosos del cierre (25 al 31/08/2022): a lo sumo "indeterminada"
      | fecha      | en_bolivia | irregular | entrada    | desde      | orden | fecha_orden | resultado     | condición                | estado      |
      | 2022-08-28 | sí         | sí        | 2021-06-01 | ?          | no    | ?           | indeterminada | irregular_entry          | cumplida    |
      | 2022-08-28 | sí         | no        | 2019-01-10 | 2020-01-10 | no    | ?           | indeterminada | irregular_stay           | cumplida    |
      | 2022-08-28 | sí         | no        | 2019-01-10 | ?          | sí    | 2020-06-01  | indeterminada | exit_order               | cumplida    |
      | 2022-08-28 | no         | sí        | 2021-06-01 | ?          | no    | ?           | no elegible   | in_bolivia               | no cumplida |
      | 2022-08-28 | sí         | sí        | 2021-08-25 | 2021-09-01 | no    | ?           | no elegible   | entered_by_24_august_2021 | no cumplida |
      | 2022-08-28 | sí         | no        | 2021-06-01 | 2021-09-01 | no    | ?           | no elegible   | entered_irregularly      | no cumplida |
      | 2022-08-28 | sí         | no        | 2021-06-01 | 2021-09-01 | no    | 2020-06-01  | no elegible   | ordered_to_leave         | no cumplida |
      | 2022-08-28 | sí         | no        | 2021-06-01 | 2021-09-01 | sí    | 2020-03-21  | no elegible   | order_from_22_march_2020 | no cumplida |
      | 2022-08-28 | sí         | no        | 2021-06-01 | 2021-09-01 | sí    | 2021-08-25  | no elegible   | order_by_24_august_2021  | no cumplida |

  Esquema del escenario: DS 4576 — irregularidad hasta el día anterior a su vigencia (24/08/2021) y órdenes de salida desde el 22/03/2020
    Dado la fecha de evaluación "2022-03-01"
    Y una persona con los datos:
      | dato                   | valor         |
      | host_country           | BO            |
      | in_host_country        | sí            |
      | bo_entered_irregularly | <irregular>   |
      | entry_date             | <entrada>     |
      | bo_irregular_since     | <desde>       |
      | bo_exit_order          | <orden>       |
      | bo_exit_order_date     | <fecha_orden> |
      | bo_exit_order_art38_cause | sí |
    Cuando se evalúan las vías
    Entonces la vía "bo.ds4576.regularisation" es "<resultado>"

    Ejemplos: entrada irregular
      | irregular | entrada    | desde      | orden | fecha_orden | resultado   |
      | sí        | 2021-08-23 | 2021-08-23 | no    | ?           | elegible    |
      | sí        | 2021-08-24 | 2021-08-24 | no    | ?           | elegible    |
      | sí        | 2021-08-25 | 2021-08-25 | no    | ?           | no elegible |

    Ejemplos: permanencia irregular (entrada regular)
      | irregular | entrada    | desde      | orden | fecha_orden | resultado   |
      | no        | 2021-01-10 | 2021-08-23 | no    | ?           | elegible    |
      | no        | 2021-01-10 | 2021-08-24 | no    | ?           | elegible    |
      | no        | 2021-01-10 | 2021-08-25 | no    | ?           | no elegible |

    Ejemplos: orden de salida
      | irregular | entrada    | desde      | orden | fecha_orden | resultado   |
      | no        | 2019-01-10 | 2021-12-01 | sí    | 2020-03-21  | no elegible |
      | no        | 2019-01-10 | 2021-12-01 | sí    | 2020-03-22  | elegible    |
      | no        | 2019-01-10 | 2021-12-01 | sí    | 2020-03-23  | elegible    |
      | no        | 2019-01-10 | 2021-12-01 | sí    | 2021-08-23  | elegible    |
      | no        | 2019-01-10 | 2021-12-01 | sí    | 2021-08-24  | elegible    |
      | no        | 2019-01-10 | 2021-12-01 | sí    | 2021-08-25  | no elegible |

  Esquema del escenario: DS 4576 — 12 meses desde el 25/08/2021; el último día no está confirmado
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato                   | valor      |
      | host_country           | BO         |
      | in_host_country        | sí         |
      | bo_entered_irregularly | sí         |
      | entry_date             | 2020-11-15 |
      | bo_irregular_since     | 2020-11-15 |
      | bo_exit_order          | no         |
    Cuando se evalúan las vías
    Entonces la vía "bo.ds4576.regularisation" es "<resultado>"

    Ejemplos:
      | fecha      | resultado     |
      | 2021-08-24 | no elegible   |
      | 2021-08-25 | elegible      |
      | 2021-08-26 | elegible      |
      | 2022-08-23 | elegible      |
      | 2022-08-24 | elegible      |
      | 2022-08-25 | indeterminada |
      | 2022-08-30 | indeterminada |
      | 2022-08-31 | indeterminada |
      | 2022-09-01 | no elegible   |

  Escenario: DS 4576 — en los días dudosos del cierre, la vía muestra el punto sin confirmar
    Dado la fecha de evaluación "2022-08-25"
    Y una persona con los datos:
      | dato                   | valor      |
      | host_country           | BO         |
      | in_host_country        | sí         |
      | bo_entered_irregularly | sí         |
      | entry_date             | 2020-11-15 |
    Cuando se evalúan las vías
    Entonces la vía "bo.ds4576.regularisation" es "indeterminada"
    Y la condición "window_still_open" de la vía "bo.ds4576.regularisation" está "desconocida"
    Y la vía "bo.ds4576.regularisation" señala un punto sin confirmar

  Escenario: DS 4576 — quien no entró ni quedó irregular a tiempo y no dice si tuvo orden de salida queda indeterminada
    Dado la fecha de evaluación "2022-03-01"
    Y una persona con los datos:
      | dato                   | valor      |
      | host_country           | BO         |
      | in_host_country        | sí         |
      | bo_entered_irregularly | no         |
      | entry_date             | 2021-06-01 |
      | bo_irregular_since     | 2021-09-01 |
    Cuando se evalúan las vías
    Entonces la vía "bo.ds4576.regularisation" es "indeterminada"
    Y falta el dato "bo_exit_order" para la vía "bo.ds4576.regularisation"

  Esquema del escenario: BO-1 — la orden de salida cuenta sólo por las causales de los numerales 1, 2 y 5 del art. 38.I de la Ley 370
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato                      | valor      |
      | host_country              | BO         |
      | in_host_country           | sí         |
      | bo_entered_irregularly    | no         |
      | entry_date                | 2019-01-10 |
      | bo_irregular_since        | 2021-12-01 |
      | bo_exit_order             | sí         |
      | bo_exit_order_date        | 2020-06-01 |
      | bo_exit_order_art38_cause | <causal>   |
    Cuando se evalúan las vías
    Entonces la vía "bo.ds4576.regularisation" es "<resultado>"
    Y la condición "order_for_listed_cause" de la vía "bo.ds4576.regularisation" está "<estado>"

    Ejemplos: dentro de los 12 meses (hasta el 24/08/2022) y en los días dudosos del cierre
      | fecha      | causal | resultado     | estado      |
      | 2022-03-01 | sí     | elegible      | cumplida    |
      | 2022-03-01 | no     | no elegible   | no cumplida |
      | 2022-03-01 | ?      | indeterminada | desconocida |
      | 2022-08-24 | sí     | elegible      | cumplida    |
      | 2022-08-25 | sí     | indeterminada | cumplida    |
      | 2022-08-25 | no     | no elegible   | no cumplida |
