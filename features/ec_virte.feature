# language: es
Característica: Ecuador — VIRTE y regularizaciones extraordinarias (DE 436, DE 698, DE 753, DE 370)
  Como equipo que mantiene el reglamento ecuatoriano
  queremos que cada etapa diga elegible, no elegible o indeterminada con su decreto y sus fechas,
  mostrando el conflicto sobre la fecha de corte del DE 436 y lo que las fuentes no dicen
  (fin de la etapa 2, día de publicación y cierre del DE 370). Las etapas cerradas se conservan con sus fechas.

  Escenario: P20 — venezolano que entró por Rumichaca el 20/08/2019 y estaba irregular el 01/06/2022 (2023-03-01)
    Dado la fecha de evaluación "2023-03-01"
    Y una persona con los datos:
      | dato                     | valor      |
      | host_country             | EC         |
      | in_host_country          | sí         |
      | nationalities            | VE         |
      | age                      | 36         |
      | entry_date               | 2019-08-20 |
      | ec_entered_official_post | sí         |
      | ec_irregular_2022_06_01  | sí         |
      | ec_registro_permanencia  | sí         |
      | ec_security_risk         | no         |
      | has_passport             | sí         |
      | passport_expiry_date     | 2019-12-01 |
    Cuando se evalúan las vías
    Entonces la vía "ec.virte.de436" es "elegible"
    Y la condición "irregular_on_1_jun_2022" de la vía "ec.virte.de436" está "cumplida"
    Y la condición "passport_expired_at_most_5_years" de la vía "ec.virte.de436" está "cumplida"
    Y la vía "ec.virte.de436" cita "Decreto Ejecutivo 436"
    Y la vía "ec.virte.de753" es "no elegible"
    Y la vía "ec.virte.de370" es "no elegible"

  Esquema del escenario: DE 436 — proceso de un año desde el 01/06/2022
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato                     | valor      |
      | host_country             | EC         |
      | in_host_country          | sí         |
      | nationalities            | VE         |
      | entry_date               | 2019-08-20 |
      | ec_entered_official_post | sí         |
      | ec_irregular_2022_06_01  | sí         |
      | ec_registro_permanencia  | sí         |
      | ec_security_risk         | no         |
      | has_passport             | sí         |
      | passport_expiry_date     | 2019-12-01 |
    Cuando se evalúan las vías
    Entonces la vía "ec.virte.de436" es "<resultado>"

    Ejemplos:
      | fecha      | resultado   |
      | 2022-05-31 | no elegible |
      | 2022-06-01 | elegible    |
      | 2022-06-02 | elegible    |
      | 2023-05-30 | elegible    |
      | 2023-05-31 | elegible    |
      | 2023-06-01 | no elegible |

  Escenario: DE 436 — cerrado después del 31/05/2023; lo sigue el DE 370 (VIRTE II)
    Dado la fecha de evaluación "2023-06-01"
    Y una persona con los datos:
      | dato          | valor |
      | host_country  | EC    |
      | nationalities | VE    |
    Cuando se evalúan las vías
    Entonces la vía "ec.virte.de436" es "no elegible"
    Y la vía "ec.virte.de436" cerró el "2023-05-31"

  Esquema del escenario: DE 436 — fecha de corte en conflicto ("irregular al 1 de junio" o "ingresó antes del 3 de junio de 2022")
    Dado la fecha de evaluación "2023-03-01"
    Y una persona con los datos:
      | dato                     | valor       |
      | host_country             | EC          |
      | in_host_country          | sí          |
      | nationalities            | VE          |
      | entry_date               | <entrada>   |
      | ec_entered_official_post | sí          |
      | ec_irregular_2022_06_01  | <irregular> |
      | ec_registro_permanencia  | sí          |
      | ec_security_risk         | no          |
      | has_passport             | sí          |
      | passport_expiry_date     | 2027-01-01  |
    Cuando se evalúan las vías
    Entonces la vía "ec.virte.de436" es "<resultado>"
    Y la condición "cutoff" de la vía "ec.virte.de436" está "<corte>"

    Ejemplos:
      | entrada    | irregular | resultado     | corte       |
      | 2022-03-01 | sí        | elegible      | cumplida    |
      | 2022-05-20 | no        | indeterminada | desconocida |
      | 2022-06-01 | no        | indeterminada | desconocida |
      | 2022-06-02 | no        | indeterminada | desconocida |
      | 2022-06-03 | no        | no elegible   | no cumplida |

  Escenario: DE 436 — quien no estaba irregular el 01/06/2022 pero entró antes del 03/06 ve el conflicto de fuentes
    Dado la fecha de evaluación "2023-03-01"
    Y una persona con los datos:
      | dato                     | valor      |
      | host_country             | EC         |
      | in_host_country          | sí         |
      | nationalities            | VE         |
      | entry_date               | 2022-06-02 |
      | ec_entered_official_post | sí         |
      | ec_irregular_2022_06_01  | no         |
      | ec_registro_permanencia  | sí         |
      | ec_security_risk         | no         |
      | has_passport             | sí         |
      | passport_expiry_date     | 2027-01-01 |
    Cuando se evalúan las vías
    Entonces la vía "ec.virte.de436" es "indeterminada"
    Y la condición "cutoff_wording" de la vía "ec.virte.de436" está "desconocida"
    Y la vía "ec.virte.de436" señala un punto sin confirmar

  Esquema del escenario: DE 436 — pasaporte vencido hasta 5 años (día anterior, el mismo día, día siguiente)
    Dado la fecha de evaluación "2023-03-01"
    Y una persona con los datos:
      | dato                     | valor       |
      | host_country             | EC          |
      | in_host_country          | sí          |
      | nationalities            | VE          |
      | entry_date               | 2019-08-20  |
      | ec_entered_official_post | sí          |
      | ec_irregular_2022_06_01  | sí          |
      | ec_registro_permanencia  | sí          |
      | ec_security_risk         | no          |
      | has_passport             | sí          |
      | passport_expiry_date     | <vence>     |
    Cuando se evalúan las vías
    Entonces la vía "ec.virte.de436" es "<resultado>"

    Ejemplos:
      | vence      | resultado   |
      | 2018-02-28 | no elegible |
      | 2018-03-01 | elegible    |
      | 2018-03-02 | elegible    |

  Esquema del escenario: DE 436 — cada condición decide por sí sola
    Dado la fecha de evaluación "2023-03-01"
    Y una persona con los datos:
      | dato                     | valor        |
      | host_country             | EC           |
      | in_host_country          | <en_ec>      |
      | nationalities            | <nac>        |
      | entry_date               | <entrada>    |
      | ec_entered_official_post | <puesto>     |
      | ec_irregular_2022_06_01  | <irregular>  |
      | ec_registro_permanencia  | <registro>   |
      | ec_security_risk         | <riesgo>     |
      | has_passport             | <pasaporte>  |
      | passport_expiry_date     | <vence>      |
    Cuando se evalúan las vías
    Entonces la vía "ec.virte.de436" es "<resultado>"

    Ejemplos:
      | en_ec | nac | entrada    | puesto | irregular | registro | riesgo | pasaporte | vence      | resultado     |
      | sí    | VE  | 2019-08-20 | sí     | sí        | sí       | no     | sí        | 2019-12-01 | elegible      |
      | no    | VE  | 2019-08-20 | sí     | sí        | sí       | no     | sí        | 2019-12-01 | no elegible   |
      | sí    | CO  | 2019-08-20 | sí     | sí        | sí       | no     | sí        | 2019-12-01 | no elegible   |
      | sí    | VE  | 2019-08-20 | no     | sí        | sí       | no     | sí        | 2019-12-01 | no elegible   |
      | sí    | VE  | 2022-06-10 | sí     | no        | sí       | no     | sí        | 2019-12-01 | no elegible   |
      | sí    | VE  | 2022-05-01 | sí     | no        | sí       | no     | sí        | 2019-12-01 | indeterminada |
      | sí    | VE  | 2019-08-20 | sí     | sí        | no       | no     | sí        | 2019-12-01 | no elegible   |
      | sí    | VE  | 2019-08-20 | sí     | sí        | sí       | sí     | sí        | 2019-12-01 | no elegible   |
      | sí    | VE  | 2019-08-20 | sí     | sí        | sí       | no     | no        | 2019-12-01 | no elegible   |
      | sí    | VE  | 2019-08-20 | sí     | sí        | sí       | no     | sí        | 2017-12-01 | no elegible   |

  Escenario: DE 436 — sin saber si Ecuador la registra como riesgo de seguridad queda indeterminada
    Dado la fecha de evaluación "2023-03-01"
    Y una persona con los datos:
      | dato                     | valor      |
      | host_country             | EC         |
      | in_host_country          | sí         |
      | nationalities            | VE         |
      | entry_date               | 2019-08-20 |
      | ec_entered_official_post | sí         |
      | ec_irregular_2022_06_01  | sí         |
      | ec_registro_permanencia  | sí         |
      | has_passport             | sí         |
      | passport_expiry_date     | 2019-12-01 |
    Cuando se evalúan las vías
    Entonces la vía "ec.virte.de436" es "indeterminada"
    Y falta el dato "ec_security_risk" para la vía "ec.virte.de436"

  Esquema del escenario: DE 698 (etapa 2, no venezolanos) — empezó el 12/07/2023; su cierre no consta, a más tardar el 10/03/2025 (el DE 560 cerró el último proceso VIRTE)
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato                     | valor      |
      | host_country             | EC         |
      | in_host_country          | sí         |
      | nationalities            | CO         |
      | entry_date               | 2021-05-01 |
      | ec_entered_official_post | sí         |
      | ec_irregular_status      | sí         |
      | ec_registro_permanencia  | sí         |
    Cuando se evalúan las vías
    Entonces la vía "ec.virte.de698" es "<resultado>"

    Ejemplos:
      | fecha      | resultado     |
      | 2023-07-11 | no elegible   |
      | 2023-07-12 | indeterminada |
      | 2023-07-13 | indeterminada |
      | 2025-03-09 | indeterminada |
      | 2025-03-10 | indeterminada |
      | 2025-03-11 | no elegible   |
      | 2026-12-01 | no elegible   |

  Escenario: DE 698 — la apertura no basta: sin fecha de cierre queda indeterminada y lo señala
    Dado la fecha de evaluación "2023-08-01"
    Y una persona con los datos:
      | dato                     | valor      |
      | host_country             | EC         |
      | in_host_country          | sí         |
      | nationalities            | PE         |
      | entry_date               | 2021-05-01 |
      | ec_entered_official_post | sí         |
      | ec_irregular_status      | sí         |
      | ec_registro_permanencia  | sí         |
    Cuando se evalúan las vías
    Entonces la vía "ec.virte.de698" es "indeterminada"
    Y la condición "window_open" de la vía "ec.virte.de698" está "desconocida"
    Y la vía "ec.virte.de698" señala un punto sin confirmar

  Esquema del escenario: DE 698 — ingreso regular hasta el 16/09/2022 y cada condición decide por sí sola
    Dado la fecha de evaluación "2023-08-01"
    Y una persona con los datos:
      | dato                     | valor       |
      | host_country             | EC          |
      | in_host_country          | <en_ec>     |
      | nationalities            | <nac>       |
      | entry_date               | <entrada>   |
      | ec_entered_official_post | <puesto>    |
      | ec_irregular_status      | <irregular> |
      | ec_registro_permanencia  | <registro>  |
    Cuando se evalúan las vías
    Entonces la vía "ec.virte.de698" es "<resultado>"

    Ejemplos:
      | en_ec | nac    | entrada    | puesto | irregular | registro | resultado     |
      | sí    | CO     | 2022-09-15 | sí     | sí        | sí       | indeterminada |
      | sí    | CO     | 2022-09-16 | sí     | sí        | sí       | indeterminada |
      | sí    | CO     | 2022-09-17 | sí     | sí        | sí       | no elegible   |
      | no    | CO     | 2021-05-01 | sí     | sí        | sí       | no elegible   |
      | sí    | VE, CO | 2021-05-01 | sí     | sí        | sí       | no elegible   |
      | sí    | CO     | 2021-05-01 | no     | sí        | sí       | no elegible   |
      | sí    | CO     | 2021-05-01 | sí     | no        | sí       | no elegible   |
      | sí    | CO     | 2021-05-01 | sí     | sí        | no       | no elegible   |

  Escenario: DE 698 — sin saber sus nacionalidades queda indeterminada (si es venezolana se lee de la lista)
    Dado la fecha de evaluación "2023-08-01"
    Y una persona con los datos:
      | dato                     | valor      |
      | host_country             | EC         |
      | in_host_country          | sí         |
      | entry_date               | 2021-05-01 |
      | ec_entered_official_post | sí         |
      | ec_irregular_status      | sí         |
      | ec_registro_permanencia  | sí         |
    Cuando se evalúan las vías
    Entonces la vía "ec.virte.de698" es "indeterminada"
    Y falta el dato "nationalities" para la vía "ec.virte.de698"

  Escenario: Caso EC-4 de la revisión: un venezolano (nacionalidades [VE]) no queda indeterminado en la etapa para no venezolanos: no elegible
    Dado la fecha de evaluación "2023-08-01"
    Y una persona con los datos:
      | dato                     | valor      |
      | host_country             | EC         |
      | in_host_country          | sí         |
      | nationalities            | VE         |
      | entry_date               | 2021-05-01 |
      | ec_entered_official_post | sí         |
      | ec_irregular_status      | sí         |
      | ec_registro_permanencia  | sí         |
    Cuando se evalúan las vías
    Entonces la vía "ec.virte.de698" es "no elegible"
    Y la condición "not_venezuelan" de la vía "ec.virte.de698" está "no cumplida"

  Escenario: DE 698 — después del 10/03/2025 la etapa 2 figura cerrada
    Dado la fecha de evaluación "2025-03-11"
    Y una persona con los datos:
      | dato          | valor |
      | host_country  | EC    |
      | nationalities | CO    |
    Cuando se evalúan las vías
    Entonces la vía "ec.virte.de698" es "no elegible"
    Y la vía "ec.virte.de698" cerró el "2025-03-10"

  Esquema del escenario: DE 753 (etapa 3, ingreso irregular) — proceso de 8 meses desde el 31/05/2023
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato                     | valor |
      | host_country             | EC    |
      | in_host_country          | sí    |
      | nationalities            | VE    |
      | ec_entered_official_post | no    |
      | ec_registro_permanencia  | sí    |
    Cuando se evalúan las vías
    Entonces la vía "ec.virte.de753" es "<resultado>"

    Ejemplos:
      | fecha      | resultado   |
      | 2023-05-30 | no elegible |
      | 2023-05-31 | elegible    |
      | 2023-06-01 | elegible    |
      | 2024-01-30 | elegible    |
      | 2024-01-31 | elegible    |
      | 2024-02-01 | no elegible |

  Escenario: DE 753 — cerrado después del 31/01/2024 (fin aproximado, señalado)
    Dado la fecha de evaluación "2024-02-01"
    Y una persona con los datos:
      | dato          | valor |
      | host_country  | EC    |
      | nationalities | VE    |
    Cuando se evalúan las vías
    Entonces la vía "ec.virte.de753" es "no elegible"
    Y la vía "ec.virte.de753" cerró el "2024-01-31"

  Esquema del escenario: DE 753 — cada condición decide por sí sola
    Dado la fecha de evaluación "2023-09-01"
    Y una persona con los datos:
      | dato                     | valor      |
      | host_country             | EC         |
      | in_host_country          | <en_ec>    |
      | nationalities            | <nac>      |
      | ec_entered_official_post | <puesto>   |
      | ec_registro_permanencia  | <registro> |
    Cuando se evalúan las vías
    Entonces la vía "ec.virte.de753" es "<resultado>"
    Y la vía "ec.virte.de753" señala un punto sin confirmar

    Ejemplos:
      | en_ec | nac | puesto | registro | resultado     |
      | sí    | VE  | no     | sí       | elegible      |
      | no    | VE  | no     | sí       | no elegible   |
      | sí    | CO  | no     | sí       | no elegible   |
      | sí    | VE  | sí     | sí       | no elegible   |
      | sí    | VE  | no     | no       | no elegible   |
      | sí    | VE  | no     | ?        | indeterminada |

  Escenario: DE 753 — sin saber si completó el Registro de Permanencia queda indeterminada
    Dado la fecha de evaluación "2023-09-01"
    Y una persona con los datos:
      | dato                     | valor |
      | host_country             | EC    |
      | in_host_country          | sí    |
      | nationalities            | VE    |
      | ec_entered_official_post | no    |
    Cuando se evalúan las vías
    Entonces la vía "ec.virte.de753" es "indeterminada"
    Y falta el dato "ec_registro_permanencia" para la vía "ec.virte.de753"

  Esquema del escenario: DE 370 (VIRTE II) — firmado el 23/08/2024, derogado por el DE 560 el 11/03/2025
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato                               | valor      |
      | host_country                       | EC         |
      | in_host_country                    | sí         |
      | nationalities                      | VE         |
      | ec_certificado_permanencia_expired | sí         |
      | ec_visa_earlier_round              | no         |
      | has_passport                       | sí         |
      | passport_expiry_date               | 2022-01-01 |
      | has_id_card                        | no         |
    Cuando se evalúan las vías
    Entonces la vía "ec.virte.de370" es "<resultado>"

    Ejemplos:
      | fecha      | resultado     |
      | 2024-08-22 | no elegible   |
      | 2024-08-23 | indeterminada |
      | 2024-08-24 | indeterminada |
      | 2024-10-22 | indeterminada |
      | 2024-10-23 | elegible      |
      | 2024-10-24 | elegible      |
      | 2025-03-09 | elegible      |
      | 2025-03-10 | elegible      |
      | 2025-03-11 | no elegible   |
      | 2025-03-20 | no elegible   |
      | 2025-04-01 | no elegible   |
      | 2025-04-15 | no elegible   |

  Escenario: DE 370 — derogado el 11/03/2025 por el DE 560: el último día fue el 10/03/2025
    Dado la fecha de evaluación "2025-03-20"
    Y una persona con los datos:
      | dato                               | valor      |
      | host_country                       | EC         |
      | in_host_country                    | sí         |
      | nationalities                      | VE         |
      | ec_certificado_permanencia_expired | sí         |
      | ec_visa_earlier_round              | no         |
      | has_passport                       | sí         |
      | passport_expiry_date               | 2022-01-01 |
    Cuando se evalúan las vías
    Entonces la vía "ec.virte.de370" es "no elegible"
    Y la vía "ec.virte.de370" cerró el "2025-03-10"

  Escenario: DE 370 — entre la firma y los dos meses para las normas la vía queda indeterminada y lo señala
    Dado la fecha de evaluación "2024-09-15"
    Y una persona con los datos:
      | dato                               | valor      |
      | host_country                       | EC         |
      | in_host_country                    | sí         |
      | nationalities                      | VE         |
      | ec_certificado_permanencia_expired | sí         |
      | ec_visa_earlier_round              | no         |
      | has_passport                       | sí         |
      | passport_expiry_date               | 2022-01-01 |
    Cuando se evalúan las vías
    Entonces la vía "ec.virte.de370" es "indeterminada"
    Y la condición "applications_open" de la vía "ec.virte.de370" está "desconocida"
    Y la vía "ec.virte.de370" señala un punto sin confirmar

  Esquema del escenario: DE 370 — pasaporte o cédula vencidos hasta 5 años (día anterior, el mismo día, día siguiente)
    Dado la fecha de evaluación "2025-01-15"
    Y una persona con los datos:
      | dato                               | valor         |
      | host_country                       | EC            |
      | in_host_country                    | sí            |
      | nationalities                      | VE            |
      | ec_certificado_permanencia_expired | sí            |
      | ec_visa_earlier_round              | no            |
      | has_passport                       | <pasaporte>   |
      | passport_expiry_date               | <vence_pas>   |
      | has_id_card                        | <cedula>      |
      | id_card_expiry_date                | <vence_ced>   |
    Cuando se evalúan las vías
    Entonces la vía "ec.virte.de370" es "<resultado>"

    Ejemplos:
      | pasaporte | vence_pas  | cedula | vence_ced  | resultado   |
      | sí        | 2020-01-14 | no     | 2010-01-01 | no elegible |
      | sí        | 2020-01-15 | no     | 2010-01-01 | elegible    |
      | sí        | 2020-01-16 | no     | 2010-01-01 | elegible    |
      | no        | 2010-01-01 | sí     | 2020-01-14 | no elegible |
      | no        | 2010-01-01 | sí     | 2020-01-15 | elegible    |
      | no        | 2010-01-01 | sí     | 2020-01-16 | elegible    |

  Esquema del escenario: DE 370 — cada condición decide por sí sola, en cada versión de la ventana
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato                               | valor         |
      | host_country                       | EC            |
      | in_host_country                    | <en_ec>       |
      | nationalities                      | <nac>         |
      | ec_certificado_permanencia_expired | <certificado> |
      | ec_visa_earlier_round              | <visa_antes>  |
      | has_passport                       | <pasaporte>   |
      | passport_expiry_date               | <vence_pas>   |
      | has_id_card                        | <cedula>      |
      | id_card_expiry_date                | <vence_ced>   |
    Cuando se evalúan las vías
    Entonces la vía "ec.virte.de370" es "<resultado>"

    Ejemplos: del 23/08/2024 al 22/10/2024 (apertura de las solicitudes desconocida)
      | fecha      | en_ec | nac | certificado | visa_antes | pasaporte | vence_pas  | cedula | vence_ced  | resultado     |
      | 2024-09-15 | sí    | VE  | sí          | no         | sí        | 2022-01-01 | no     | 2022-01-01 | indeterminada |
      | 2024-09-15 | sí    | VE  | sí          | no         | no        | 2022-01-01 | sí     | 2022-01-01 | indeterminada |
      | 2024-09-15 | sí    | VE  | sí          | no         | no        | 2022-01-01 | no     | 2022-01-01 | no elegible   |
      | 2024-09-15 | sí    | VE  | sí          | no         | sí        | 2018-01-01 | no     | 2022-01-01 | no elegible   |
      | 2024-09-15 | sí    | VE  | sí          | no         | no        | 2022-01-01 | sí     | 2018-01-01 | no elegible   |
      | 2024-09-15 | no    | VE  | sí          | no         | sí        | 2022-01-01 | no     | 2022-01-01 | no elegible   |
      | 2024-09-15 | sí    | CO  | sí          | no         | sí        | 2022-01-01 | no     | 2022-01-01 | no elegible   |
      | 2024-09-15 | sí    | VE  | no          | no         | sí        | 2022-01-01 | no     | 2022-01-01 | no elegible   |
      | 2024-09-15 | sí    | VE  | sí          | sí         | sí        | 2022-01-01 | no     | 2022-01-01 | no elegible   |

    Ejemplos: del 23/10/2024 al 10/03/2025
      | fecha      | en_ec | nac | certificado | visa_antes | pasaporte | vence_pas  | cedula | vence_ced  | resultado     |
      | 2025-01-15 | sí    | VE  | sí          | no         | sí        | 2022-01-01 | no     | 2022-01-01 | elegible      |
      | 2025-01-15 | sí    | VE  | sí          | no         | no        | 2022-01-01 | sí     | 2022-01-01 | elegible      |
      | 2025-01-15 | sí    | VE  | sí          | no         | no        | 2022-01-01 | no     | 2022-01-01 | no elegible   |
      | 2025-01-15 | sí    | VE  | sí          | no         | sí        | 2018-01-01 | no     | 2022-01-01 | no elegible   |
      | 2025-01-15 | sí    | VE  | sí          | no         | no        | 2022-01-01 | sí     | 2018-01-01 | no elegible   |
      | 2025-01-15 | no    | VE  | sí          | no         | sí        | 2022-01-01 | no     | 2022-01-01 | no elegible   |
      | 2025-01-15 | sí    | CO  | sí          | no         | sí        | 2022-01-01 | no     | 2022-01-01 | no elegible   |
      | 2025-01-15 | sí    | VE  | no          | no         | sí        | 2022-01-01 | no     | 2022-01-01 | no elegible   |
      | 2025-01-15 | sí    | VE  | sí          | sí         | sí        | 2022-01-01 | no     | 2022-01-01 | no elegible   |

  Escenario: DE 370 — sin saber si obtuvo una visa en una ronda anterior queda indeterminada
    Dado la fecha de evaluación "2025-01-15"
    Y una persona con los datos:
      | dato                               | valor      |
      | host_country                       | EC         |
      | in_host_country                    | sí         |
      | nationalities                      | VE         |
      | ec_certificado_permanencia_expired | sí         |
      | has_passport                       | sí         |
      | passport_expiry_date               | 2022-01-01 |
    Cuando se evalúan las vías
    Entonces la vía "ec.virte.de370" es "indeterminada"
    Y falta el dato "ec_visa_earlier_round" para la vía "ec.virte.de370"
