# language: es
Característica: Paraguay — residencia temporaria MERCOSUR (2 años) y permanente (Art. 5 del Acuerdo)
  Como equipo que mantiene el reglamento paraguayo
  queremos comprobar cada condición en fechas de evaluación fijas, antes y después de la Ley 6984/2022,
  para que la persona reciba "indeterminada" cuando falte un dato y nunca "no elegible" por falta de información.

  Vías cubiertas (pathways/py/):
    py.mercosur.temporary   residencia temporaria MERCOSUR; Ley 978/1996 hasta el 17/10/2022, Ley 6984/2022 desde el 18/10/2022
    py.mercosur.permanent   residencia permanente en los 90 días antes del vencimiento de la temporaria

  # ---------------------------------------------------------------------------
  # py.mercosur.temporary — Ley 6984/2022
  # ---------------------------------------------------------------------------

  Escenario: Argentino con pasaporte vigente y sin antecedentes es elegible; la prórroga queda señalada como conflicto
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato                 | valor      |
      | host_country         | PY         |
      | in_host_country      | sí         |
      | nationalities        | AR         |
      | naturalisations      | ninguna    |
      | age                  | 30         |
      | has_passport         | sí         |
      | passport_expiry_date | 2030-01-01 |
      | has_id_card          | no         |
      | criminal_record_5y   | no         |
      | statuses             | ninguna    |
    Cuando se evalúan las vías
    Entonces la vía "py.mercosur.temporary" es "elegible"
    Y la vía "py.mercosur.temporary" cita "Meu Plano PY"
    Y la vía "py.mercosur.temporary" señala un punto sin confirmar
    Y la vía "py.mercosur.permanent" es "no elegible"

  Esquema del escenario: Ley 6984/2022 — cada condición decide por sí sola
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato                 | valor            |
      | host_country         | PY               |
      | nationalities        | <nacionalidades> |
      | naturalisations      | ninguna          |
      | age                  | 30               |
      | has_passport         | <pasaporte>      |
      | passport_expiry_date | <venc_pasaporte> |
      | has_id_card          | <cedula>         |
      | id_card_expiry_date  | <venc_cedula>    |
      | criminal_record_5y   | <antecedentes>   |
      | mercosur_consular_nationality_certificate | no |
    Cuando se evalúan las vías
    Entonces la vía "py.mercosur.temporary" es "<resultado>"
    Y la condición "<condicion>" de la vía "py.mercosur.temporary" está "<estado>"

    Ejemplos:
      | nacionalidades | pasaporte | venc_pasaporte | cedula | venc_cedula | antecedentes | resultado     | condicion            | estado       |
      | BR             | sí        | 2030-01-01     | no     | 2030-01-01  | no           | elegible      | valid_passport       | cumplida     |
      | UY             | no        | 2030-01-01     | sí     | 2030-01-01  | no           | elegible      | valid_id_card        | cumplida     |
      | HT             | sí        | 2030-01-01     | no     | 2030-01-01  | no           | no elegible   | national             | no cumplida  |
      | VE             | sí        | 2030-01-01     | no     | 2030-01-01  | no           | no elegible   | national             | no cumplida  |
      | CL             | no        | 2030-01-01     | no     | 2030-01-01  | no           | no elegible   | identity_document    | no cumplida  |
      | CO             | sí        | 2026-01-14     | sí     | 2026-01-14  | no           | no elegible   | identity_document    | no cumplida  |
      | PE             | sí        | 2026-01-15     | no     | 2020-01-01  | no           | elegible      | passport_not_expired | cumplida     |
      | EC             | no        | 2020-01-01     | sí     | 2026-01-15  | no           | elegible      | id_card_not_expired  | cumplida     |
      | BO             | sí        | 2030-01-01     | no     | 2030-01-01  | sí           | no elegible   | no_criminal_record   | no cumplida  |
      | BO             | sí        | ?              | no     | 2030-01-01  | no           | indeterminada | identity_document    | desconocida  |

  Escenario: Ley 6984/2022 — venezolano: no figura entre las nacionalidades atendidas (punto sin confirmar)
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato                 | valor      |
      | host_country         | PY         |
      | nationalities        | VE         |
      | naturalisations      | ninguna    |
      | age                  | 30         |
      | has_passport         | sí         |
      | passport_expiry_date | 2030-01-01 |
      | criminal_record_5y   | no         |
    Cuando se evalúan las vías
    Entonces la vía "py.mercosur.temporary" es "no elegible"
    Y la condición "national" de la vía "py.mercosur.temporary" está "no cumplida"
    Y la vía "py.mercosur.temporary" señala un punto sin confirmar

  Escenario: Ley 6984/2022 — sin saber si tiene antecedentes la vía queda indeterminada
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato                 | valor      |
      | host_country         | PY         |
      | nationalities        | BR         |
      | naturalisations      | ninguna    |
      | age                  | 13         |
      | has_passport         | sí         |
      | passport_expiry_date | 2030-01-01 |
    Cuando se evalúan las vías
    Entonces la vía "py.mercosur.temporary" es "indeterminada"
    Y falta el dato "criminal_record_5y" para la vía "py.mercosur.temporary"

  Esquema del escenario: Cambio de ley el 18/10/2022 — con la Ley 978/1996 no se pedían antecedentes antes de los 14 años
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato                 | valor      |
      | host_country         | PY         |
      | nationalities        | AR         |
      | naturalisations      | ninguna    |
      | age                  | 13         |
      | has_passport         | sí         |
      | passport_expiry_date | 2030-01-01 |
    Cuando se evalúan las vías
    Entonces la vía "py.mercosur.temporary" es "<resultado>"

    Ejemplos:
      | fecha      | resultado     |
      | 2022-10-17 | elegible      |
      | 2022-10-18 | indeterminada |
      | 2022-10-19 | indeterminada |

  # ---------------------------------------------------------------------------
  # py.mercosur.temporary — Ley 978/1996 (hasta el 17/10/2022)
  # ---------------------------------------------------------------------------

  Esquema del escenario: Ley 978/1996 — cada condición decide por sí sola (2020)
    Dado la fecha de evaluación "2020-06-01"
    Y una persona con los datos:
      | dato                 | valor            |
      | host_country         | PY               |
      | nationalities        | <nacionalidades> |
      | naturalisations      | ninguna          |
      | age                  | <edad>           |
      | has_passport         | <pasaporte>      |
      | passport_expiry_date | <venc_pasaporte> |
      | has_id_card          | <cedula>         |
      | id_card_expiry_date  | <venc_cedula>    |
      | criminal_record_5y   | <antecedentes>   |
      | mercosur_consular_nationality_certificate | no |
    Cuando se evalúan las vías
    Entonces la vía "py.mercosur.temporary" es "<resultado>"
    Y la condición "<condicion>" de la vía "py.mercosur.temporary" está "<estado>"

    Ejemplos:
      | nacionalidades | edad | pasaporte | venc_pasaporte | cedula | venc_cedula | antecedentes | resultado     | condicion            | estado       |
      | BR             | 30   | sí        | 2025-01-01     | no     | 2025-01-01  | no           | elegible      | no_criminal_record   | cumplida     |
      | UY             | 30   | no        | 2025-01-01     | sí     | 2025-01-01  | no           | elegible      | valid_id_card        | cumplida     |
      | HT             | 30   | sí        | 2025-01-01     | no     | 2025-01-01  | no           | no elegible   | national             | no cumplida  |
      | CL             | 30   | no        | 2025-01-01     | no     | 2025-01-01  | no           | no elegible   | identity_document    | no cumplida  |
      | CO             | 30   | sí        | 2020-05-31     | sí     | 2020-05-31  | no           | no elegible   | identity_document    | no cumplida  |
      | PE             | 30   | sí        | 2020-06-01     | no     | 2019-01-01  | no           | elegible      | passport_not_expired | cumplida     |
      | EC             | 30   | no        | 2019-01-01     | sí     | 2020-06-01  | no           | elegible      | id_card_not_expired  | cumplida     |
      | BO             | 30   | sí        | 2025-01-01     | no     | 2025-01-01  | sí           | no elegible   | criminal_record      | no cumplida  |
      | BO             | 13   | sí        | 2025-01-01     | no     | 2025-01-01  | sí           | elegible      | under_14             | cumplida     |
      | BO             | 14   | sí        | 2025-01-01     | no     | 2025-01-01  | sí           | no elegible   | under_14             | no cumplida  |
      | BO             | 15   | sí        | 2025-01-01     | no     | 2025-01-01  | sí           | no elegible   | under_14             | no cumplida  |
      | BO             | 14   | sí        | 2025-01-01     | no     | 2025-01-01  | ?            | indeterminada | criminal_record      | desconocida  |

  Escenario: Ley 978/1996 — sin la edad ni los antecedentes, la vía queda indeterminada
    Dado la fecha de evaluación "2020-06-01"
    Y una persona con los datos:
      | dato                 | valor      |
      | host_country         | PY         |
      | nationalities        | BR         |
      | naturalisations      | ninguna    |
      | has_passport         | sí         |
      | passport_expiry_date | 2025-01-01 |
    Cuando se evalúan las vías
    Entonces la vía "py.mercosur.temporary" es "indeterminada"
    Y falta el dato "criminal_record_5y" para la vía "py.mercosur.temporary"
    Y falta el dato "age" para la vía "py.mercosur.temporary"

  Esquema del escenario: Fechas de adhesión — Acuerdo (28/07/2009), Perú (28/06/2011), Colombia (01/01/2012), Ecuador (11/03/2013)
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato                 | valor           |
      | host_country         | PY              |
      | nationalities        | <nacionalidad>  |
      | naturalisations      | ninguna         |
      | age                  | 30              |
      | has_passport         | sí              |
      | passport_expiry_date | 2030-01-01      |
      | criminal_record_5y   | no              |
    Cuando se evalúan las vías
    Entonces la vía "py.mercosur.temporary" es "<resultado>"

    Ejemplos:
      | fecha      | nacionalidad | resultado   |
      | 2009-07-27 | AR           | no elegible |
      | 2009-07-28 | AR           | elegible    |
      | 2009-07-29 | AR           | elegible    |
      | 2011-06-27 | PE           | no elegible |
      | 2011-06-28 | PE           | elegible    |
      | 2011-06-29 | PE           | elegible    |
      | 2011-12-31 | CO           | no elegible |
      | 2012-01-01 | CO           | elegible    |
      | 2012-01-02 | CO           | elegible    |
      | 2013-03-10 | EC           | no elegible |
      | 2013-03-11 | EC           | elegible    |
      | 2013-03-12 | EC           | elegible    |

  Esquema del escenario: Naturalización — la nacionalidad cuenta a los 5 años cumplidos (Art. 2)
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato                 | valor                                          |
      | host_country         | PY                                             |
      | nationalities        | HT, UY                                         |
      | naturalisations      | [{"country": "UY", "date": "<naturalizacion>"}] |
      | age                  | 40                                             |
      | has_passport         | sí                                             |
      | passport_expiry_date | 2030-01-01                                     |
      | criminal_record_5y   | no                                             |
    Cuando se evalúan las vías
    Entonces la vía "py.mercosur.temporary" es "<resultado>"

    Ejemplos:
      | naturalizacion | resultado   |
      | 2021-01-16     | no elegible |
      | 2021-01-15     | elegible    |
      | 2021-01-14     | elegible    |

  # ---------------------------------------------------------------------------
  # py.mercosur.permanent
  # ---------------------------------------------------------------------------

  Esquema del escenario: Permanente — la ventana de 90 días antes del vencimiento de la temporaria
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato               | valor                                                                    |
      | host_country       | PY                                                                       |
      | statuses           | [{"status": "py.temporary_residence.mercosur", "expires": "<vence>"}]    |
      | sufficient_means   | sí                                                                       |
      | criminal_record_5y | no                                                                       |
    Cuando se evalúan las vías
    Entonces la vía "py.mercosur.permanent" es "<resultado>"
    Y la condición "temporary_residence_ending" de la vía "py.mercosur.permanent" está "<ventana>"

    Ejemplos: vence en 89, 90 y 91 días; vence mañana, hoy y venció ayer
      | vence      | resultado   | ventana     |
      | 2026-04-14 | elegible    | cumplida    |
      | 2026-04-15 | elegible    | cumplida    |
      | 2026-04-16 | no elegible | no cumplida |
      | 2026-01-16 | elegible    | cumplida    |
      | 2026-01-15 | elegible    | cumplida    |
      | 2026-01-14 | no elegible | no cumplida |

  Esquema del escenario: Permanente — cada condición decide por sí sola
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato               | valor          |
      | host_country       | PY             |
      | statuses           | <residencias>  |
      | sufficient_means   | <medios>       |
      | criminal_record_5y | <antecedentes> |
    Cuando se evalúan las vías
    Entonces la vía "py.mercosur.permanent" es "<resultado>"
    Y la condición "<condicion>" de la vía "py.mercosur.permanent" está "<estado>"

    Ejemplos:
      | residencias                                                              | medios | antecedentes | resultado     | condicion                  | estado      |
      | [{"status": "py.temporary_residence.mercosur", "expires": "2026-03-01"}] | sí     | no           | elegible      | lawful_means               | cumplida    |
      | ninguna                                                                  | sí     | no           | no elegible   | temporary_residence_ending | no cumplida |
      | [{"status": "py.temporary_residence.mercosur", "expires": "2026-03-01"}] | no     | no           | no elegible   | lawful_means               | no cumplida |
      | [{"status": "py.temporary_residence.mercosur", "expires": "2026-03-01"}] | sí     | sí           | no elegible   | no_criminal_record         | no cumplida |
      | ?                                                                        | sí     | no           | indeterminada | temporary_residence_ending | desconocida |

  Escenario: Permanente — sin saber qué permisos tiene, queda indeterminada
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato               | valor |
      | host_country       | PY    |
      | sufficient_means   | sí    |
      | criminal_record_5y | no    |
    Cuando se evalúan las vías
    Entonces la vía "py.mercosur.permanent" es "indeterminada"
    Y falta el dato "statuses" para la vía "py.mercosur.permanent"

  Esquema del escenario: Permanente — el Acuerdo rige desde el 28/07/2009
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato               | valor                                                                    |
      | host_country       | PY                                                                       |
      | statuses           | [{"status": "py.temporary_residence.mercosur", "expires": "2009-09-01"}] |
      | sufficient_means   | sí                                                                       |
      | criminal_record_5y | no                                                                       |
    Cuando se evalúan las vías
    Entonces la vía "py.mercosur.permanent" es "<resultado>"

    Ejemplos:
      | fecha      | resultado   |
      | 2009-07-27 | no elegible |
      | 2009-07-28 | elegible    |
      | 2009-07-29 | elegible    |

  Escenario: Encadenamiento — obtener hoy la temporaria no abre todavía la permanente (vence en 2 años)
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato                 | valor      |
      | host_country         | PY         |
      | in_host_country      | sí         |
      | nationalities        | PE         |
      | naturalisations      | ninguna    |
      | age                  | 35         |
      | has_passport         | sí         |
      | passport_expiry_date | 2030-01-01 |
      | criminal_record_5y   | no         |
      | sufficient_means     | sí         |
      | statuses             | ninguna    |
    Cuando se evalúan las vías
    Entonces la vía "py.mercosur.temporary" es "elegible"
    Y la vía "py.mercosur.permanent" es "no elegible"

  Esquema del escenario: X-2 — el certificado de nacionalidad expedido por el consulado reemplaza pasaporte y cédula (Acuerdo art. 4(a))
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato                                      | valor      |
      | host_country                              | PY         |
      | nationalities                             | CL         |
      | naturalisations                           | ninguna    |
      | age                                       | 30         |
      | has_passport                              | no         |
      | has_id_card                               | no         |
      | criminal_record_5y                        | no         |
      | mercosur_consular_nationality_certificate | <consular> |
    Cuando se evalúan las vías
    Entonces la vía "py.mercosur.temporary" es "<resultado>"
    Y la condición "consular_certificate" de la vía "py.mercosur.temporary" está "<estado>"

    Ejemplos: con la Ley 978/1996 (hasta el 17/10/2022) y con la Ley 6984/2022 (desde el 18/10/2022)
      | fecha      | consular | resultado     | estado      |
      | 2020-06-01 | sí       | elegible      | cumplida    |
      | 2020-06-01 | no       | no elegible   | no cumplida |
      | 2022-10-17 | sí       | elegible      | cumplida    |
      | 2022-10-18 | sí       | elegible      | cumplida    |
      | 2026-01-15 | sí       | elegible      | cumplida    |
      | 2026-01-15 | no       | no elegible   | no cumplida |
      | 2026-01-15 | ?        | indeterminada | desconocida |

  Escenario: X-2 y X-3 — el certificado consular y los antecedentes de más de 5 años se señalan como puntos sin confirmar
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato                                      | valor   |
      | host_country                              | PY      |
      | nationalities                             | CL      |
      | naturalisations                           | ninguna |
      | age                                       | 30      |
      | has_passport                              | no      |
      | has_id_card                               | no      |
      | criminal_record_5y                        | no      |
      | mercosur_consular_nationality_certificate | sí      |
    Cuando se evalúan las vías
    Entonces la vía "py.mercosur.temporary" es "elegible"
    Y la vía "py.mercosur.temporary" señala sin confirmar "names only the passport or identity card"
    Y la vía "py.mercosur.temporary" señala sin confirmar "may also reach older convictions"
