# language: es
Característica: Perú — residencia temporal MERCOSUR (2 años) y permanente (procedimiento sin confirmar)
  Como equipo que mantiene el reglamento peruano
  queremos comprobar cada requisito del trámite de Migraciones para extranjeros que ya están en el Perú,
  y señalar que el paso a la residencia permanente MERCOSUR no tiene procedimiento confirmado.

  Vías cubiertas (pathways/pe/):
    pe.mercosur.temporary   residencia temporal MERCOSUR (Superintendencia Nacional de Migraciones), 2 años, S/ 162,50
    pe.mercosur.permanent   residencia permanente en los 90 días antes del vencimiento (Art. 5 del Acuerdo)

  Escenario: Colombiana en Lima con pasaporte vigente — elegible a la temporal MERCOSUR
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato                 | valor      |
      | host_country         | PE         |
      | in_host_country      | sí         |
      | nationalities        | CO         |
      | naturalisations      | ninguna    |
      | age                  | 29         |
      | has_passport         | sí         |
      | passport_expiry_date | 2029-03-01 |
      | has_id_card          | no         |
      | criminal_record_5y   | no         |
      | statuses             | ninguna    |
    Cuando se evalúan las vías
    Entonces la vía "pe.mercosur.temporary" es "elegible"
    Y la vía "pe.mercosur.temporary" cita "Suramérica Abierta"
    Y la vía "pe.mercosur.temporary" señala un punto sin confirmar
    Y la vía "pe.mercosur.permanent" es "no elegible"

  Esquema del escenario: Temporal — cada condición decide por sí sola
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato                 | valor            |
      | host_country         | PE               |
      | in_host_country      | <en_peru>        |
      | nationalities        | <nacionalidades> |
      | naturalisations      | ninguna          |
      | has_passport         | <pasaporte>      |
      | passport_expiry_date | <venc_pasaporte> |
      | has_id_card          | <cedula>         |
      | id_card_expiry_date  | <venc_cedula>    |
      | criminal_record_5y   | <antecedentes>   |
    Cuando se evalúan las vías
    Entonces la vía "pe.mercosur.temporary" es "<resultado>"
    Y la condición "<condicion>" de la vía "pe.mercosur.temporary" está "<estado>"

    Ejemplos:
      | nacionalidades | en_peru | pasaporte | venc_pasaporte | cedula | venc_cedula | antecedentes | resultado     | condicion            | estado      |
      | BR             | sí      | sí        | 2030-01-01     | no     | 2030-01-01  | no           | elegible      | valid_passport       | cumplida    |
      | BO             | sí      | no        | 2030-01-01     | sí     | 2030-01-01  | no           | elegible      | valid_id_card        | cumplida    |
      | VE             | sí      | sí        | 2030-01-01     | no     | 2030-01-01  | no           | no elegible   | national             | no cumplida |
      | HT             | sí      | sí        | 2030-01-01     | no     | 2030-01-01  | no           | no elegible   | national             | no cumplida |
      | AR             | no      | sí        | 2030-01-01     | no     | 2030-01-01  | no           | elegible      | national             | cumplida    |
      | AR             | ?       | sí        | 2030-01-01     | no     | 2030-01-01  | no           | elegible      | national             | cumplida    |
      | CL             | sí      | no        | 2030-01-01     | no     | 2030-01-01  | no           | no elegible   | identity_document    | no cumplida |
      | EC             | sí      | sí        | 2026-01-14     | sí     | 2026-01-14  | no           | no elegible   | identity_document    | no cumplida |
      | PY             | sí      | sí        | 2026-01-15     | no     | 2020-01-01  | no           | elegible      | passport_not_expired | cumplida    |
      | UY             | sí      | no        | 2020-01-01     | sí     | 2026-01-15  | no           | elegible      | id_card_not_expired  | cumplida    |
      | UY             | sí      | sí        | 2030-01-01     | no     | 2030-01-01  | sí           | no elegible   | no_criminal_record   | no cumplida |

  Escenario: Temporal — sin saber si tiene antecedentes, indeterminada
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato                 | valor      |
      | host_country         | PE         |
      | in_host_country      | sí         |
      | nationalities        | BR         |
      | naturalisations      | ninguna    |
      | has_passport         | sí         |
      | passport_expiry_date | 2030-01-01 |
    Cuando se evalúan las vías
    Entonces la vía "pe.mercosur.temporary" es "indeterminada"
    Y falta el dato "criminal_record_5y" para la vía "pe.mercosur.temporary"

  Esquema del escenario: Temporal — adhesión del Perú (28/06/2011), Colombia (01/01/2012) y Ecuador (11/03/2013)
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato                 | valor          |
      | host_country         | PE             |
      | in_host_country      | sí             |
      | nationalities        | <nacionalidad> |
      | naturalisations      | ninguna        |
      | has_passport         | sí             |
      | passport_expiry_date | 2030-01-01     |
      | criminal_record_5y   | no             |
    Cuando se evalúan las vías
    Entonces la vía "pe.mercosur.temporary" es "<resultado>"

    Ejemplos:
      | fecha      | nacionalidad | resultado   |
      | 2011-06-27 | AR           | no elegible |
      | 2011-06-28 | AR           | elegible    |
      | 2011-06-29 | AR           | elegible    |
      | 2011-12-31 | CO           | no elegible |
      | 2012-01-01 | CO           | elegible    |
      | 2012-01-02 | CO           | elegible    |
      | 2013-03-10 | EC           | no elegible |
      | 2013-03-11 | EC           | elegible    |
      | 2013-03-12 | EC           | elegible    |

  Esquema del escenario: Temporal — naturalización: la nacionalidad cuenta a los 5 años cumplidos
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato                 | valor                                          |
      | host_country         | PE                                             |
      | in_host_country      | sí                                             |
      | nationalities        | HT, BR                                         |
      | naturalisations      | [{"country": "BR", "date": "<naturalizacion>"}] |
      | has_passport         | sí                                             |
      | passport_expiry_date | 2030-01-01                                     |
      | criminal_record_5y   | no                                             |
    Cuando se evalúan las vías
    Entonces la vía "pe.mercosur.temporary" es "<resultado>"

    Ejemplos:
      | naturalizacion | resultado   |
      | 2021-01-16     | no elegible |
      | 2021-01-15     | elegible    |
      | 2021-01-14     | elegible    |

  Esquema del escenario: Permanente — la ventana de 90 días antes del vencimiento de la temporal
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato               | valor                                                                 |
      | host_country       | PE                                                                    |
      | statuses           | [{"status": "pe.temporary_residence.mercosur", "expires": "<vence>"}] |
      | sufficient_means   | sí                                                                    |
      | criminal_record_5y | no                                                                    |
    Cuando se evalúan las vías
    Entonces la vía "pe.mercosur.permanent" es "<resultado>"
    Y la condición "temporary_residence_ending" de la vía "pe.mercosur.permanent" está "<ventana>"
    Y la vía "pe.mercosur.permanent" señala un punto sin confirmar

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
      | host_country       | PE             |
      | statuses           | <residencias>  |
      | sufficient_means   | <medios>       |
      | criminal_record_5y | <antecedentes> |
    Cuando se evalúan las vías
    Entonces la vía "pe.mercosur.permanent" es "<resultado>"
    Y la condición "<condicion>" de la vía "pe.mercosur.permanent" está "<estado>"

    Ejemplos:
      | residencias                                                              | medios | antecedentes | resultado     | condicion                  | estado      |
      | [{"status": "pe.temporary_residence.mercosur", "expires": "2026-03-01"}] | sí     | no           | elegible      | lawful_means               | cumplida    |
      | ninguna                                                                  | sí     | no           | no elegible   | temporary_residence_ending | no cumplida |
      | [{"status": "pe.temporary_residence.mercosur", "expires": "2026-03-01"}] | no     | no           | no elegible   | lawful_means               | no cumplida |
      | [{"status": "pe.temporary_residence.mercosur", "expires": "2026-03-01"}] | sí     | sí           | no elegible   | no_criminal_record         | no cumplida |
      | [{"status": "pe.temporary_residence.mercosur", "expires": "2026-03-01"}] | sí     | ?            | indeterminada | no_criminal_record         | desconocida |

  Escenario: Permanente — sin saber qué permisos tiene, queda indeterminada
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato               | valor |
      | host_country       | PE    |
      | sufficient_means   | sí    |
      | criminal_record_5y | no    |
    Cuando se evalúan las vías
    Entonces la vía "pe.mercosur.permanent" es "indeterminada"
    Y falta el dato "statuses" para la vía "pe.mercosur.permanent"

  Esquema del escenario: Permanente — rige desde la adhesión del Perú (28/06/2011)
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato               | valor                                                                    |
      | host_country       | PE                                                                       |
      | statuses           | [{"status": "pe.temporary_residence.mercosur", "expires": "2011-08-01"}] |
      | sufficient_means   | sí                                                                       |
      | criminal_record_5y | no                                                                       |
    Cuando se evalúan las vías
    Entonces la vía "pe.mercosur.permanent" es "<resultado>"

    Ejemplos:
      | fecha      | resultado   |
      | 2011-06-27 | no elegible |
      | 2011-06-28 | elegible    |
      | 2011-06-29 | elegible    |

  Escenario: Encadenamiento — la temporal obtenida hoy no abre todavía la permanente
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato                 | valor      |
      | host_country         | PE         |
      | in_host_country      | sí         |
      | nationalities        | AR         |
      | naturalisations      | ninguna    |
      | has_passport         | sí         |
      | passport_expiry_date | 2030-01-01 |
      | criminal_record_5y   | no         |
      | sufficient_means     | sí         |
      | statuses             | ninguna    |
    Cuando se evalúan las vías
    Entonces la vía "pe.mercosur.temporary" es "elegible"
    Y la vía "pe.mercosur.permanent" es "no elegible"
