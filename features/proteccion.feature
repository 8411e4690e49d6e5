# language: es
Característica: Protección internacional en cada país cubierto: pedir refugio (o asilo) nunca da "no elegible"
  Como equipo que mantiene los reglamentos de protección
  queremos que cada país cubierto diga que se puede pedir refugio, dónde, cómo, hasta cuándo y quién ayuda,
  con la advertencia de que sólo la autoridad decide: la respuesta es "elegible" con pasos, o "indeterminada"
  (desde fuera del país, o pasado un plazo que la ley pide), nunca "no elegible".

  Vías cubiertas (fuentes revisadas el 2026-12-07):
    ar.refugio  bo.refugio  br.refugio  cl.refugio  co.refugio  ec.refugio  mx.refugio  pe.refugio
    py.refugio  uy.refugio  us.asylum, y los pasos de cr.refugio, do.refugio y pa.refugio

  Esquema del escenario: Dentro del país se puede pedir (elegible, primero dónde pedir); desde fuera, indeterminada; sin el dato, indeterminada
    Dado la fecha de evaluación "2026-12-07"
    Y una persona con los datos:
      | dato            | valor      |
      | host_country    | <país>     |
      | in_host_country | <dentro>   |
      | nationalities   | <nac>      |
      | entry_date      | 2026-11-20 |
    Cuando se evalúan las vías
    Entonces la vía "<vía>" es "<resultado>"
    Y la condición "in_country" de la vía "<vía>" está "<estado>"

    Ejemplos:
      | país | vía        | nac | dentro | resultado     | estado      |
      | AR   | ar.refugio | VE  | sí     | elegible      | cumplida    |
      | AR   | ar.refugio | VE  | no     | indeterminada | no cumplida |
      | AR   | ar.refugio | VE  | ?      | indeterminada | desconocida |
      | BO   | bo.refugio | VE  | sí     | elegible      | cumplida    |
      | BO   | bo.refugio | VE  | no     | indeterminada | no cumplida |
      | BO   | bo.refugio | VE  | ?      | indeterminada | desconocida |
      | BR   | br.refugio | VE  | sí     | elegible      | cumplida    |
      | BR   | br.refugio | VE  | no     | indeterminada | no cumplida |
      | BR   | br.refugio | VE  | ?      | indeterminada | desconocida |
      | CL   | cl.refugio | HT  | sí     | elegible      | cumplida    |
      | CL   | cl.refugio | HT  | no     | indeterminada | no cumplida |
      | CL   | cl.refugio | HT  | ?      | indeterminada | desconocida |
      | CO   | co.refugio | VE  | sí     | elegible      | cumplida    |
      | CO   | co.refugio | VE  | no     | indeterminada | no cumplida |
      | CO   | co.refugio | VE  | ?      | indeterminada | desconocida |
      | EC   | ec.refugio | CO  | sí     | elegible      | cumplida    |
      | EC   | ec.refugio | CO  | no     | indeterminada | no cumplida |
      | EC   | ec.refugio | CO  | ?      | indeterminada | desconocida |
      | MX   | mx.refugio | HN  | sí     | elegible      | cumplida    |
      | MX   | mx.refugio | HN  | no     | indeterminada | no cumplida |
      | MX   | mx.refugio | HN  | ?      | indeterminada | desconocida |
      | PE   | pe.refugio | VE  | sí     | elegible      | cumplida    |
      | PE   | pe.refugio | VE  | no     | indeterminada | no cumplida |
      | PE   | pe.refugio | VE  | ?      | indeterminada | desconocida |
      | PY   | py.refugio | CU  | sí     | elegible      | cumplida    |
      | PY   | py.refugio | CU  | no     | indeterminada | no cumplida |
      | PY   | py.refugio | CU  | ?      | indeterminada | desconocida |
      | UY   | uy.refugio | CU  | sí     | elegible      | cumplida    |
      | UY   | uy.refugio | CU  | no     | indeterminada | no cumplida |
      | UY   | uy.refugio | CU  | ?      | indeterminada | desconocida |
      | US   | us.asylum  | VE  | sí     | elegible      | cumplida    |
      | US   | us.asylum  | VE  | no     | indeterminada | no cumplida |
      | US   | us.asylum  | VE  | ?      | indeterminada | desconocida |

  Esquema del escenario: El primer paso es dónde y cómo pedir, y la advertencia de que sólo la autoridad decide
    Dado la fecha de evaluación "2026-12-07"
    Y una persona con los datos:
      | dato            | valor      |
      | host_country    | <país>     |
      | in_host_country | sí         |
      | nationalities   | VE         |
      | entry_date      | 2026-11-20 |
    Cuando se evalúan las vías
    Entonces la vía "<vía>" pide primero "where_to_ask"
    Y la vía "<vía>" cita "<artículo>"

    Ejemplos:
      | país | vía        | artículo |
      | AR   | ar.refugio | art. 3 |
      | BO   | bo.refugio | non-refoulement |
      | BR   | br.refugio | RN 18/2014 art. 1 |
      | CL   | cl.refugio | regular or irregular |
      | CO   | co.refugio | two months |
      | EC   | ec.refugio | 90 days |
      | MX   | mx.refugio | any foreign person |
      | PE   | pe.refugio | art. 3 |
      | PY   | py.refugio | art. 3 |
      | UY   | uy.refugio | art. 1 |
      | US   | us.asylum  | physically present |

  Esquema del escenario: Colombia — dos meses desde el ingreso: el día antes, el mismo día y el día después; tarde no es "no"
    Dado la fecha de evaluación "2026-03-15"
    Y una persona con los datos:
      | dato            | valor     |
      | host_country    | CO        |
      | in_host_country | sí        |
      | nationalities   | VE        |
      | entry_date      | <entrada> |
    Cuando se evalúan las vías
    Entonces la vía "co.refugio" es "<resultado>"
    Y la condición "entered_within_two_months" de la vía "co.refugio" está "<estado>"

    Ejemplos:
      | entrada    | resultado     | estado      |
      | 2026-01-16 | elegible      | cumplida    |
      | 2026-01-15 | elegible      | cumplida    |
      | 2026-01-14 | indeterminada | no cumplida |
      | ?          | indeterminada | desconocida |

  Esquema del escenario: Colombia — desde el 25/01/2025 el salvoconducto SC-2 permite trabajar (el día antes, el mismo día, el día después)
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato            | valor     |
      | host_country    | CO        |
      | in_host_country | sí        |
      | nationalities   | VE        |
      | entry_date      | <entrada> |
    Cuando se evalúan las vías
    Entonces la vía "co.refugio" es "elegible"
    Y la vía "co.refugio" cita "<cita>"

    Ejemplos:
      | fecha      | entrada    | cita                    |
      | 2025-01-24 | 2025-01-10 | SC-2 for 180 days       |
      | 2025-01-25 | 2025-01-10 | Decreto 0089 of 2025    |
      | 2025-01-26 | 2025-01-10 | Decreto 0089 of 2025    |

  Esquema del escenario: Ecuador — 90 días desde el ingreso: el día antes, el mismo día y el día después; tarde no es "no"
    Dado la fecha de evaluación "2026-12-07"
    Y una persona con los datos:
      | dato            | valor     |
      | host_country    | EC        |
      | in_host_country | sí        |
      | nationalities   | VE        |
      | entry_date      | <entrada> |
    Cuando se evalúan las vías
    Entonces la vía "ec.refugio" es "<resultado>"
    Y la condición "entered_within_90_days" de la vía "ec.refugio" está "<estado>"

    Ejemplos:
      | entrada    | resultado     | estado      |
      | 2026-09-09 | elegible      | cumplida    |
      | 2026-09-08 | elegible      | cumplida    |
      | 2026-09-07 | indeterminada | no cumplida |
      | ?          | indeterminada | desconocida |

  Esquema del escenario: Estados Unidos — un año desde la última llegada; después, asilo con excepciones y las otras protecciones sin plazo
    Dado la fecha de evaluación "2026-12-07"
    Y una persona con los datos:
      | dato            | valor     |
      | host_country    | US        |
      | in_host_country | sí        |
      | nationalities   | VE        |
      | entry_date      | <entrada> |
    Cuando se evalúan las vías
    Entonces la vía "us.asylum" es "<resultado>"
    Y la condición "arrived_within_one_year" de la vía "us.asylum" está "<estado>"

    Ejemplos:
      | entrada    | resultado     | estado      |
      | 2025-12-08 | elegible      | cumplida    |
      | 2025-12-07 | elegible      | cumplida    |
      | 2025-12-06 | indeterminada | no cumplida |
      | ?          | indeterminada | desconocida |

  Esquema del escenario: Brasil (apatridia desde el 21/11/2017) y Chile (plazo de 7 días hábiles desde el 20/02/2024): el día antes y el día del cambio
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato            | valor      |
      | host_country    | <país>     |
      | in_host_country | sí         |
      | nationalities   | VE         |
      | entry_date      | 2017-01-10 |
    Cuando se evalúan las vías
    Entonces la vía "<vía>" es "elegible"
    Y la vía "<vía>" <cita_o_no> "<texto>"

    Ejemplos:
      | fecha      | país | vía        | cita_o_no | texto                 |
      | 2017-11-20 | BR   | br.refugio | no cita   | §§ 2, 6 and 7         |
      | 2017-11-21 | BR   | br.refugio | cita      | §§ 2, 6 and 7         |
      | 2024-02-19 | CL   | cl.refugio | no cita   | 7-working-day         |
      | 2024-02-20 | CL   | cl.refugio | cita      | 7-working-day         |
      | 2024-02-21 | CL   | cl.refugio | cita      | 7-working-day         |

  # Una persona por país: dentro del país, elegible con el primer paso; fuera, indeterminada (nunca no elegible)

  Escenario: Venezolano en Buenos Aires que teme volver: puede pedir refugio, con pasos; desde fuera, indeterminada
    Dado la fecha de evaluación "2026-12-07"
    Y una persona con los datos:
      | dato            | valor      |
      | host_country    | AR         |
      | in_host_country | sí         |
      | nationalities   | VE         |
      | entry_date      | 2026-10-01 |
    Cuando se evalúan las vías
    Entonces la vía "ar.refugio" es "elegible"
    Y la vía "ar.refugio" pide primero "where_to_ask"
    Y la condición "asking_from_abroad" de la vía "ar.refugio" está "desconocida"

  Escenario: Venezolana en La Paz que teme volver: puede pedir refugio, con pasos; desde fuera, indeterminada
    Dado la fecha de evaluación "2026-12-07"
    Y una persona con los datos:
      | dato            | valor      |
      | host_country    | BO         |
      | in_host_country | sí         |
      | nationalities   | VE         |
      | entry_date      | 2026-10-01 |
    Cuando se evalúan las vías
    Entonces la vía "bo.refugio" es "elegible"
    Y la vía "bo.refugio" pide primero "where_to_ask"
    Y la condición "asking_from_abroad" de la vía "bo.refugio" está "desconocida"

  Escenario: Venezolano en Pacaraima que teme volver: puede pedir refugio, con pasos; desde fuera, indeterminada
    Dado la fecha de evaluación "2026-12-07"
    Y una persona con los datos:
      | dato            | valor      |
      | host_country    | BR         |
      | in_host_country | sí         |
      | nationalities   | VE         |
      | entry_date      | 2026-10-01 |
    Cuando se evalúan las vías
    Entonces la vía "br.refugio" es "elegible"
    Y la vía "br.refugio" pide primero "where_to_ask"
    Y la condición "asking_from_abroad" de la vía "br.refugio" está "desconocida"

  Escenario: Haitiana en Santiago que teme volver: puede pedir refugio, con pasos; desde fuera, indeterminada
    Dado la fecha de evaluación "2026-12-07"
    Y una persona con los datos:
      | dato            | valor      |
      | host_country    | CL         |
      | in_host_country | sí         |
      | nationalities   | HT         |
      | entry_date      | 2026-10-01 |
    Cuando se evalúan las vías
    Entonces la vía "cl.refugio" es "elegible"
    Y la vía "cl.refugio" pide primero "where_to_ask"
    Y la condición "asking_from_abroad" de la vía "cl.refugio" está "desconocida"

  Escenario: Hondureño en Tapachula que teme volver: puede pedir refugio, con pasos; desde fuera, indeterminada
    Dado la fecha de evaluación "2026-12-07"
    Y una persona con los datos:
      | dato            | valor      |
      | host_country    | MX         |
      | in_host_country | sí         |
      | nationalities   | HN         |
      | entry_date      | 2026-10-01 |
    Cuando se evalúan las vías
    Entonces la vía "mx.refugio" es "elegible"
    Y la vía "mx.refugio" pide primero "where_to_ask"
    Y la condición "asking_from_abroad" de la vía "mx.refugio" está "desconocida"

  Escenario: Venezolana en Lima que teme volver: puede pedir refugio, con pasos; desde fuera, indeterminada
    Dado la fecha de evaluación "2026-12-07"
    Y una persona con los datos:
      | dato            | valor      |
      | host_country    | PE         |
      | in_host_country | sí         |
      | nationalities   | VE         |
      | entry_date      | 2026-10-01 |
    Cuando se evalúan las vías
    Entonces la vía "pe.refugio" es "elegible"
    Y la vía "pe.refugio" pide primero "where_to_ask"
    Y la condición "asking_from_abroad" de la vía "pe.refugio" está "desconocida"

  Escenario: Cubano en Asunción que teme volver: puede pedir refugio, con pasos; desde fuera, indeterminada
    Dado la fecha de evaluación "2026-12-07"
    Y una persona con los datos:
      | dato            | valor      |
      | host_country    | PY         |
      | in_host_country | sí         |
      | nationalities   | CU         |
      | entry_date      | 2026-10-01 |
    Cuando se evalúan las vías
    Entonces la vía "py.refugio" es "elegible"
    Y la vía "py.refugio" pide primero "where_to_ask"
    Y la condición "asking_from_abroad" de la vía "py.refugio" está "desconocida"

  Escenario: Cubana en Montevideo que teme volver: puede pedir refugio, con pasos; desde fuera, indeterminada
    Dado la fecha de evaluación "2026-12-07"
    Y una persona con los datos:
      | dato            | valor      |
      | host_country    | UY         |
      | in_host_country | sí         |
      | nationalities   | CU         |
      | entry_date      | 2026-10-01 |
    Cuando se evalúan las vías
    Entonces la vía "uy.refugio" es "elegible"
    Y la vía "uy.refugio" pide primero "where_to_ask"
    Y la condición "asking_from_abroad" de la vía "uy.refugio" está "desconocida"

  Esquema del escenario: Costa Rica, República Dominicana y Panamá — el "cómo pedir" es ahora el primer paso, no un texto aparte
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato            | valor     |
      | host_country    | <país>    |
      | in_host_country | sí        |
      | nationalities   | <nac>     |
      | entry_date      | <entrada> |
    Cuando se evalúan las vías
    Entonces la vía "<vía>" es "elegible"
    Y la vía "<vía>" pide primero "how_to_ask"

    Ejemplos:
      | fecha      | país | vía        | nac | entrada    |
      | 2015-06-01 | CR   | cr.refugio | NI  | 2015-05-20 |
      | 2023-01-15 | CR   | cr.refugio | NI  | 2023-01-10 |
      | 2026-12-07 | CR   | cr.refugio | VE  | 2019-01-10 |
      | 2026-12-07 | DO   | do.refugio | HT  | 2026-12-01 |
      | 2017-06-01 | PA   | pa.refugio | CO  | 2017-05-20 |
      | 2026-12-07 | PA   | pa.refugio | VE  | 2026-11-20 |

  Esquema del escenario: Brasil antes de la Lei 13.445 — dentro, elegible; desde fuera, indeterminada (el día antes del cambio)
    Dado la fecha de evaluación "2017-11-20"
    Y una persona con los datos:
      | dato            | valor    |
      | host_country    | BR       |
      | in_host_country | <dentro> |
      | nationalities   | HT       |
    Cuando se evalúan las vías
    Entonces la vía "br.refugio" es "<resultado>"
    Y la condición "in_country" de la vía "br.refugio" está "<estado>"

    Ejemplos:
      | dentro | resultado     | estado      |
      | sí     | elegible      | cumplida    |
      | no     | indeterminada | no cumplida |
