# language: es
Característica: Colombia — Visa M "Acuerdo Mercosur" (Res. 5477/2022 desde el 21/10/2022)
  Como equipo que mantiene el reglamento colombiano
  queremos que la Visa M Mercosur excluya a los chilenos desde el 05/03/2019 y a los venezolanos desde noviembre de 2014,
  que deje indeterminado el acceso de los paraguayos (no confirmado) y que, desde la Res. 5477/2022, exija
  condición migratoria regular a quien la pide dentro de Colombia.

  Vía cubierta (pathways/co/):
    co.mercosur.visa_m   Visa M Mercosur; versión anterior (desde 2012, instrumentos sin fecha en las fuentes) y Res. 5477/2022

  # Las demás partes de P05 (Vacaciones y Trabajo, Decisión 878) son de otros autores.

  Escenario: P05 — chileno de 31 años en Colombia, turista regular: la Visa M Mercosur no es para chilenos desde 2019
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato                    | valor      |
      | host_country            | CO         |
      | in_host_country         | sí         |
      | mercosur_regular_status | sí         |
      | nationalities           | CL         |
      | naturalisations         | ninguna    |
      | birth_date              | 1994-11-20 |
      | entry_date              | 2025-11-01 |
      | criminal_record_5y      | no         |
    Cuando se evalúan las vías
    Entonces la vía "co.mercosur.visa_m" es "no elegible"
    Y la condición "national" de la vía "co.mercosur.visa_m" está "no cumplida"
    Y la condición "treaty_national" de la vía "co.mercosur.visa_m" está "no cumplida"
    Y la vía "co.mercosur.visa_m" cita "Chileans excluded from 5 Mar 2019"

  Esquema del escenario: Chilenos — excluidos desde el 05/03/2019 por reciprocidad
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato                 | valor      |
      | host_country         | CO         |
      | in_host_country      | no         |
      | nationalities        | CL         |
      | naturalisations      | ninguna    |
      | has_passport         | sí         |
      | passport_expiry_date | 2030-01-01 |
      | criminal_record_5y   | no         |
    Cuando se evalúan las vías
    Entonces la vía "co.mercosur.visa_m" es "<resultado>"

    Ejemplos:
      | fecha      | resultado   |
      | 2019-03-04 | elegible    |
      | 2019-03-05 | no elegible |
      | 2019-03-06 | no elegible |

  Esquema del escenario: Venezolanos — excluidos desde noviembre de 2014 (se usa el 01/11/2014, día sin confirmar)
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato                 | valor      |
      | host_country         | CO         |
      | in_host_country      | no         |
      | nationalities        | VE         |
      | naturalisations      | ninguna    |
      | has_passport         | sí         |
      | passport_expiry_date | 2030-01-01 |
      | criminal_record_5y   | no         |
    Cuando se evalúan las vías
    Entonces la vía "co.mercosur.visa_m" es "<resultado>"
    Y la vía "co.mercosur.visa_m" señala un punto sin confirmar

    Ejemplos:
      | fecha      | resultado   |
      | 2014-10-31 | elegible    |
      | 2014-11-01 | no elegible |
      | 2014-11-02 | no elegible |

  Esquema del escenario: Inicio (alrededor de 2012, se usa el 01/01/2012) y ecuatorianos desde el 11/03/2013
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato                 | valor          |
      | host_country         | CO             |
      | in_host_country      | no             |
      | nationalities        | <nacionalidad> |
      | naturalisations      | ninguna        |
      | has_passport         | sí             |
      | passport_expiry_date | 2030-01-01     |
      | criminal_record_5y   | no             |
    Cuando se evalúan las vías
    Entonces la vía "co.mercosur.visa_m" es "<resultado>"

    Ejemplos:
      | fecha      | nacionalidad | resultado   |
      | 2011-12-31 | AR           | no elegible |
      | 2012-01-01 | AR           | elegible    |
      | 2012-01-02 | AR           | elegible    |
      | 2013-03-10 | EC           | no elegible |
      | 2013-03-11 | EC           | elegible    |
      | 2013-03-12 | EC           | elegible    |

  Esquema del escenario: Res. 5477/2022 (21/10/2022) — desde entonces, pedirla dentro de Colombia exige situación regular: es un paso del trámite, no un "no"
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato                    | valor      |
      | host_country            | CO         |
      | in_host_country         | sí         |
      | mercosur_regular_status | no         |
      | nationalities           | PE         |
      | naturalisations         | ninguna    |
      | has_passport            | sí         |
      | passport_expiry_date    | 2030-01-01 |
      | criminal_record_5y      | no         |
    Cuando se evalúan las vías
    Entonces la vía "co.mercosur.visa_m" es "elegible"
    Y la vía "co.mercosur.visa_m" <pasos>

    Ejemplos:
      | fecha      | pasos                                                 |
      | 2022-10-20 | no pide pasos                                         |
      | 2022-10-21 | pide primero "from_abroad_or_regular_in_colombia"     |
      | 2022-10-22 | pide primero "from_abroad_or_regular_in_colombia"     |

  Esquema del escenario: Res. 5477/2022 — cada condición decide por sí sola
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato                    | valor            |
      | host_country            | CO               |
      | in_host_country         | <en_colombia>    |
      | mercosur_regular_status | <regular>        |
      | nationalities           | <nacionalidades> |
      | naturalisations         | ninguna          |
      | has_passport            | <pasaporte>      |
      | passport_expiry_date    | <venc_pasaporte> |
      | has_id_card             | <cedula>         |
      | id_card_expiry_date     | <venc_cedula>    |
      | criminal_record_5y      | <antecedentes>   |
    Cuando se evalúan las vías
    Entonces la vía "co.mercosur.visa_m" es "<resultado>"
    Y la condición "<condicion>" de la vía "co.mercosur.visa_m" está "<estado>"

    Ejemplos:
      | nacionalidades | en_colombia | regular | pasaporte | venc_pasaporte | cedula | venc_cedula | antecedentes | resultado     | condicion                     | estado      |
      | AR             | sí          | sí      | sí        | 2030-01-01     | no     | 2030-01-01  | no           | elegible      | national                      | cumplida    |
      | BR             | no          | no      | sí        | 2030-01-01     | no     | 2030-01-01  | no           | elegible      | national                      | cumplida    |
      | BO             | sí          | sí      | no        | 2030-01-01     | sí     | 2030-01-01  | no           | elegible      | valid_id_card                 | cumplida    |
      | CL             | sí          | sí      | sí        | 2030-01-01     | no     | 2030-01-01  | no           | no elegible   | national                      | no cumplida |
      | VE             | sí          | sí      | sí        | 2030-01-01     | no     | 2030-01-01  | no           | no elegible   | national                      | no cumplida |
      | PY             | sí          | sí      | sí        | 2030-01-01     | no     | 2030-01-01  | no           | indeterminada | paraguayans_served            | desconocida |
      | EC             | sí          | no      | sí        | 2030-01-01     | no     | 2030-01-01  | no           | elegible      | national                      | cumplida    |
      | EC             | sí          | ?       | sí        | 2030-01-01     | no     | 2030-01-01  | no           | elegible      | national                      | cumplida    |
      | UY             | sí          | sí      | no        | 2030-01-01     | no     | 2030-01-01  | no           | no elegible   | identity_document             | no cumplida |
      | UY             | sí          | sí      | sí        | 2026-01-14     | sí     | 2026-01-14  | no           | no elegible   | identity_document             | no cumplida |
      | PE             | sí          | sí      | sí        | 2026-01-15     | no     | 2020-01-01  | no           | elegible      | passport_not_expired          | cumplida    |
      | PE             | sí          | sí      | no        | 2020-01-01     | sí     | 2026-01-15  | no           | elegible      | id_card_not_expired           | cumplida    |
      | AR             | sí          | sí      | sí        | 2030-01-01     | no     | 2030-01-01  | sí           | no elegible   | no_criminal_record            | no cumplida |

  Esquema del escenario: Antes de la Res. 5477/2022 — cada condición decide por sí sola (2020)
    Dado la fecha de evaluación "2020-06-01"
    Y una persona con los datos:
      | dato                 | valor            |
      | host_country         | CO               |
      | in_host_country      | sí               |
      | nationalities        | <nacionalidades> |
      | naturalisations      | ninguna          |
      | has_passport         | <pasaporte>      |
      | passport_expiry_date | <venc_pasaporte> |
      | has_id_card          | <cedula>         |
      | id_card_expiry_date  | <venc_cedula>    |
      | criminal_record_5y   | <antecedentes>   |
    Cuando se evalúan las vías
    Entonces la vía "co.mercosur.visa_m" es "<resultado>"
    Y la condición "<condicion>" de la vía "co.mercosur.visa_m" está "<estado>"

    Ejemplos:
      | nacionalidades | pasaporte | venc_pasaporte | cedula | venc_cedula | antecedentes | resultado     | condicion            | estado      |
      | AR             | sí        | 2025-01-01     | no     | 2025-01-01  | no           | elegible      | valid_passport       | cumplida    |
      | BO             | no        | 2025-01-01     | sí     | 2025-01-01  | no           | elegible      | valid_id_card        | cumplida    |
      | CL             | sí        | 2025-01-01     | no     | 2025-01-01  | no           | no elegible   | national             | no cumplida |
      | PY             | sí        | 2025-01-01     | no     | 2025-01-01  | no           | indeterminada | paraguayans_served   | desconocida |
      | UY             | no        | 2025-01-01     | no     | 2025-01-01  | no           | no elegible   | identity_document    | no cumplida |
      | UY             | sí        | 2020-05-31     | sí     | 2020-05-31  | no           | no elegible   | identity_document    | no cumplida |
      | PE             | sí        | 2020-06-01     | no     | 2019-01-01  | no           | elegible      | passport_not_expired | cumplida    |
      | PE             | no        | 2019-01-01     | sí     | 2020-06-01  | no           | elegible      | id_card_not_expired  | cumplida    |
      | EC             | sí        | 2025-01-01     | no     | 2025-01-01  | sí           | no elegible   | no_criminal_record   | no cumplida |

  Escenario: Paraguayos — el acceso no está confirmado: la vía queda indeterminada con el punto señalado
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato                    | valor      |
      | host_country            | CO         |
      | in_host_country         | no         |
      | nationalities           | PY         |
      | naturalisations         | ninguna    |
      | has_passport            | sí         |
      | passport_expiry_date    | 2030-01-01 |
      | criminal_record_5y      | no         |
    Cuando se evalúan las vías
    Entonces la vía "co.mercosur.visa_m" es "indeterminada"
    Y la condición "paraguayan_national" de la vía "co.mercosur.visa_m" está "cumplida"
    Y la vía "co.mercosur.visa_m" señala un punto sin confirmar

  Escenario: Dentro de Colombia sin saber si su situación es regular: elegible, y el paso dice qué hacer si no lo es
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato                 | valor      |
      | host_country         | CO         |
      | in_host_country      | sí         |
      | nationalities        | BR         |
      | naturalisations      | ninguna    |
      | has_passport         | sí         |
      | passport_expiry_date | 2030-01-01 |
      | criminal_record_5y   | no         |
    Cuando se evalúan las vías
    Entonces la vía "co.mercosur.visa_m" es "elegible"
    Y la vía "co.mercosur.visa_m" pide primero "from_abroad_or_regular_in_colombia"
    Y la vía "co.mercosur.visa_m" no tiene la condición "regular_status_if_in_colombia"

  Esquema del escenario: Naturalización — la nacionalidad cuenta a los 5 años cumplidos
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato                 | valor                                          |
      | host_country         | CO                                             |
      | in_host_country      | no                                             |
      | nationalities        | HT, EC                                         |
      | naturalisations      | [{"country": "EC", "date": "<naturalizacion>"}] |
      | has_passport         | sí                                             |
      | passport_expiry_date | 2030-01-01                                     |
      | criminal_record_5y   | no                                             |
    Cuando se evalúan las vías
    Entonces la vía "co.mercosur.visa_m" es "<resultado>"

    Ejemplos:
      | naturalizacion | resultado   |
      | 2021-01-16     | no elegible |
      | 2021-01-15     | elegible    |
      | 2021-01-14     | elegible    |
