# language: es
Característica: Bolivia — residencia temporaria MERCOSUR y permanente (procedimiento nacional sin confirmar)
  Como equipo que mantiene el reglamento boliviano
  queremos aplicar los requisitos del Acuerdo de Residencia y señalar siempre que el trámite nacional
  (oficina, formulario, tasa) no está confirmado, para que la persona lo verifique antes de presentarse.

  Vías cubiertas (pathways/bo/):
    bo.mercosur.temporary   residencia temporaria MERCOSUR (hasta 2 años), Acuerdo Art. 4
    bo.mercosur.permanent   residencia permanente en los 90 días antes del vencimiento (Art. 5)

  Escenario: P06 — peruana en El Alto con DNI vigente y pasaporte vencido, tras quedarse como turista
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato                 | valor      |
      | host_country         | BO         |
      | in_host_country      | sí         |
      | nationalities        | PE         |
      | naturalisations      | ninguna    |
      | age                  | 40         |
      | entry_date           | 2024-02-01 |
      | has_passport         | sí         |
      | passport_expiry_date | 2025-01-31 |
      | has_id_card          | sí         |
      | id_card_expiry_date  | 2029-12-31 |
      | criminal_record_5y   | no         |
      | statuses             | ninguna    |
    Cuando se evalúan las vías
    Entonces la vía "bo.mercosur.temporary" es "elegible"
    Y la condición "valid_id_card" de la vía "bo.mercosur.temporary" está "cumplida"
    Y la condición "valid_passport" de la vía "bo.mercosur.temporary" está "no cumplida"
    Y la vía "bo.mercosur.temporary" cita "4(a)"
    Y la vía "bo.mercosur.temporary" señala un punto sin confirmar
    Y la vía "bo.mercosur.permanent" es "no elegible"

  Esquema del escenario: Temporaria — cada condición decide por sí sola
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato                 | valor            |
      | host_country         | BO               |
      | nationalities        | <nacionalidades> |
      | naturalisations      | ninguna          |
      | has_passport         | <pasaporte>      |
      | passport_expiry_date | <venc_pasaporte> |
      | has_id_card          | <cedula>         |
      | id_card_expiry_date  | <venc_cedula>    |
      | criminal_record_5y   | <antecedentes>   |
      | mercosur_consular_nationality_certificate | no |
    Cuando se evalúan las vías
    Entonces la vía "bo.mercosur.temporary" es "<resultado>"
    Y la condición "<condicion>" de la vía "bo.mercosur.temporary" está "<estado>"

    Ejemplos:
      | nacionalidades | pasaporte | venc_pasaporte | cedula | venc_cedula | antecedentes | resultado     | condicion                | estado       |
      | BR             | sí        | 2030-01-01     | no     | 2030-01-01  | no           | elegible      | valid_passport           | cumplida     |
      | UY             | no        | 2030-01-01     | sí     | 2030-01-01  | no           | elegible      | valid_id_card            | cumplida     |
      | HT             | sí        | 2030-01-01     | no     | 2030-01-01  | no           | no elegible   | national                 | no cumplida  |
      | CL             | no        | 2030-01-01     | no     | 2030-01-01  | no           | no elegible   | identity_document        | no cumplida  |
      | CO             | sí        | 2026-01-14     | sí     | 2026-01-14  | no           | no elegible   | identity_document        | no cumplida  |
      | PE             | sí        | 2026-01-15     | no     | 2020-01-01  | no           | elegible      | passport_not_expired     | cumplida     |
      | EC             | no        | 2020-01-01     | sí     | 2026-01-15  | no           | elegible      | id_card_not_expired      | cumplida     |
      | PY             | sí        | 2030-01-01     | no     | 2030-01-01  | sí           | no elegible   | no_criminal_record       | no cumplida  |
      | AR             | sí        | 2030-01-01     | no     | 2030-01-01  | ?            | indeterminada | no_criminal_record       | desconocida  |
      | VE             | sí        | 2030-01-01     | no     | 2030-01-01  | no           | indeterminada | venezuelans_served       | desconocida  |

  Escenario: Temporaria — venezolano: el punto abierto es de derecho (Venezuela no adhirió al Acuerdo)
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato                 | valor      |
      | host_country         | BO         |
      | nationalities        | VE         |
      | naturalisations      | ninguna    |
      | has_passport         | sí         |
      | passport_expiry_date | 2030-01-01 |
      | criminal_record_5y   | no         |
    Cuando se evalúan las vías
    Entonces la vía "bo.mercosur.temporary" es "indeterminada"
    Y la condición "venezuelan_national" de la vía "bo.mercosur.temporary" está "cumplida"
    Y la vía "bo.mercosur.temporary" señala un punto sin confirmar

  Escenario: Temporaria — sin saber la fecha de vencimiento del documento, indeterminada
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato               | valor   |
      | host_country       | BO      |
      | nationalities      | AR      |
      | naturalisations    | ninguna |
      | has_passport       | sí      |
      | has_id_card        | no      |
      | criminal_record_5y | no      |
    Cuando se evalúan las vías
    Entonces la vía "bo.mercosur.temporary" es "indeterminada"
    Y falta el dato "passport_expiry_date" para la vía "bo.mercosur.temporary"

  Esquema del escenario: Temporaria — fechas de adhesión: Acuerdo (28/07/2009), Perú (28/06/2011), Colombia (01/01/2012), Ecuador (11/03/2013)
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato                 | valor          |
      | host_country         | BO             |
      | nationalities        | <nacionalidad> |
      | naturalisations      | ninguna        |
      | has_passport         | sí             |
      | passport_expiry_date | 2030-01-01     |
      | criminal_record_5y   | no             |
    Cuando se evalúan las vías
    Entonces la vía "bo.mercosur.temporary" es "<resultado>"

    Ejemplos:
      | fecha      | nacionalidad | resultado   |
      | 2009-07-27 | BR           | no elegible |
      | 2009-07-28 | BR           | elegible    |
      | 2009-07-29 | BR           | elegible    |
      | 2011-06-27 | PE           | no elegible |
      | 2011-06-28 | PE           | elegible    |
      | 2011-06-29 | PE           | elegible    |
      | 2011-12-31 | CO           | no elegible |
      | 2012-01-01 | CO           | elegible    |
      | 2012-01-02 | CO           | elegible    |
      | 2013-03-10 | EC           | no elegible |
      | 2013-03-11 | EC           | elegible    |
      | 2013-03-12 | EC           | elegible    |

  Esquema del escenario: Temporaria — naturalización: la nacionalidad cuenta a los 5 años cumplidos
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato                 | valor                                          |
      | host_country         | BO                                             |
      | nationalities        | HT, AR                                         |
      | naturalisations      | [{"country": "AR", "date": "<naturalizacion>"}] |
      | has_passport         | sí                                             |
      | passport_expiry_date | 2030-01-01                                     |
      | criminal_record_5y   | no                                             |
    Cuando se evalúan las vías
    Entonces la vía "bo.mercosur.temporary" es "<resultado>"

    Ejemplos:
      | naturalizacion | resultado   |
      | 2021-01-16     | no elegible |
      | 2021-01-15     | elegible    |
      | 2021-01-14     | elegible    |

  Esquema del escenario: Permanente — la ventana de 90 días antes del vencimiento de la temporaria
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato               | valor                                                                 |
      | host_country       | BO                                                                    |
      | statuses           | [{"status": "bo.temporary_residence.mercosur", "expires": "<vence>"}] |
      | sufficient_means   | sí                                                                    |
      | criminal_record_5y | no                                                                    |
    Cuando se evalúan las vías
    Entonces la vía "bo.mercosur.permanent" es "<resultado>"
    Y la condición "temporary_residence_ending" de la vía "bo.mercosur.permanent" está "<ventana>"

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
      | host_country       | BO             |
      | statuses           | <residencias>  |
      | sufficient_means   | <medios>       |
      | criminal_record_5y | <antecedentes> |
    Cuando se evalúan las vías
    Entonces la vía "bo.mercosur.permanent" es "<resultado>"
    Y la condición "<condicion>" de la vía "bo.mercosur.permanent" está "<estado>"
    Y la vía "bo.mercosur.permanent" señala un punto sin confirmar

    Ejemplos:
      | residencias                                                              | medios | antecedentes | resultado     | condicion                  | estado      |
      | [{"status": "bo.temporary_residence.mercosur", "expires": "2026-03-01"}] | sí     | no           | elegible      | no_criminal_record         | cumplida    |
      | ninguna                                                                  | sí     | no           | no elegible   | temporary_residence_ending | no cumplida |
      | [{"status": "bo.temporary_residence.mercosur", "expires": "2026-03-01"}] | no     | no           | no elegible   | lawful_means               | no cumplida |
      | [{"status": "bo.temporary_residence.mercosur", "expires": "2026-03-01"}] | sí     | sí           | no elegible   | no_criminal_record         | no cumplida |
      | [{"status": "bo.temporary_residence.mercosur", "expires": "2026-03-01"}] | ?      | no           | indeterminada | lawful_means               | desconocida |

  Escenario: Permanente — sin saber qué permisos tiene, queda indeterminada
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato               | valor |
      | host_country       | BO    |
      | sufficient_means   | sí    |
      | criminal_record_5y | no    |
    Cuando se evalúan las vías
    Entonces la vía "bo.mercosur.permanent" es "indeterminada"
    Y falta el dato "statuses" para la vía "bo.mercosur.permanent"

  Esquema del escenario: Permanente — el Acuerdo rige desde el 28/07/2009
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato               | valor                                                                    |
      | host_country       | BO                                                                       |
      | statuses           | [{"status": "bo.temporary_residence.mercosur", "expires": "2009-09-01"}] |
      | sufficient_means   | sí                                                                       |
      | criminal_record_5y | no                                                                       |
    Cuando se evalúan las vías
    Entonces la vía "bo.mercosur.permanent" es "<resultado>"

    Ejemplos:
      | fecha      | resultado   |
      | 2009-07-27 | no elegible |
      | 2009-07-28 | elegible    |
      | 2009-07-29 | elegible    |

  Esquema del escenario: X-2 — el certificado de nacionalidad expedido por el consulado reemplaza pasaporte y cédula (Acuerdo art. 4(a))
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato                                      | valor      |
      | host_country                              | BO         |
      | nationalities                             | CL         |
      | naturalisations                           | ninguna    |
      | has_passport                              | no         |
      | has_id_card                               | no         |
      | criminal_record_5y                        | no         |
      | mercosur_consular_nationality_certificate | <consular> |
    Cuando se evalúan las vías
    Entonces la vía "bo.mercosur.temporary" es "<resultado>"
    Y la condición "consular_certificate" de la vía "bo.mercosur.temporary" está "<estado>"

    Ejemplos:
      | consular | resultado     | estado      |
      | sí       | elegible      | cumplida    |
      | no       | no elegible   | no cumplida |
      | ?        | indeterminada | desconocida |

  Escenario: X-3 — los antecedentes de más de 5 años se señalan como punto sin confirmar
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato                 | valor      |
      | host_country         | BO         |
      | nationalities        | AR         |
      | naturalisations      | ninguna    |
      | has_passport         | sí         |
      | passport_expiry_date | 2030-01-01 |
      | criminal_record_5y   | no         |
    Cuando se evalúan las vías
    Entonces la vía "bo.mercosur.temporary" es "elegible"
    Y la vía "bo.mercosur.temporary" señala sin confirmar "may also reach older convictions"
