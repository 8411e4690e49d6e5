# language: es
Característica: Ecuador — visa de residencia temporal MERCOSUR (2 años) y visa de residencia permanente MERCOSUR
  Como equipo que mantiene el reglamento ecuatoriano
  queremos que la visa temporal exija condición migratoria regular a quien la pide dentro del Ecuador (señalado
  como no confirmado) y que la permanente se pida en los 90 días antes del vencimiento, con medios lícitos de vida.

  Vías cubiertas (pathways/ec/):
    ec.mercosur.temporary   visa de residencia temporal MERCOSUR (USD 50 + USD 200), 2 años
    ec.mercosur.permanent   visa de residencia permanente MERCOSUR, en los 90 días antes del vencimiento

  Escenario: Chilena en Quito con estadía regular — Ecuador aplica el Acuerdo a los chilenos
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato                    | valor      |
      | host_country            | EC         |
      | in_host_country         | sí         |
      | mercosur_regular_status | sí         |
      | nationalities           | CL         |
      | naturalisations         | ninguna    |
      | age                     | 35         |
      | has_passport            | sí         |
      | passport_expiry_date    | 2031-01-01 |
      | criminal_record_5y      | no         |
      | statuses                | ninguna    |
    Cuando se evalúan las vías
    Entonces la vía "ec.mercosur.temporary" es "elegible"
    Y la vía "ec.mercosur.temporary" pide primero "from_abroad_or_regular_in_ecuador"
    Y la vía "ec.mercosur.temporary" cita "condición migratoria regular"
    Y la vía "ec.mercosur.temporary" señala un punto sin confirmar
    Y la vía "ec.mercosur.permanent" es "no elegible"

  Esquema del escenario: Temporal — cada condición decide por sí sola
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato                    | valor            |
      | host_country            | EC               |
      | in_host_country         | <en_ecuador>     |
      | mercosur_regular_status | <regular>        |
      | ec_entered_official_post | no              |
      | nationalities           | <nacionalidades> |
      | naturalisations         | ninguna          |
      | has_passport            | <pasaporte>      |
      | passport_expiry_date    | <venc_pasaporte> |
      | has_id_card             | <cedula>         |
      | id_card_expiry_date     | <venc_cedula>    |
      | criminal_record_5y      | <antecedentes>   |
    Cuando se evalúan las vías
    Entonces la vía "ec.mercosur.temporary" es "<resultado>"
    Y la condición "<condicion>" de la vía "ec.mercosur.temporary" está "<estado>"

    Ejemplos:
      | nacionalidades | en_ecuador | regular | pasaporte | venc_pasaporte | cedula | venc_cedula | antecedentes | resultado     | condicion                   | estado      |
      | CO             | sí         | sí      | sí        | 2030-01-01     | no     | 2030-01-01  | no           | elegible      | valid_passport              | cumplida    |
      | PE             | sí         | sí      | no        | 2030-01-01     | sí     | 2030-01-01  | no           | elegible      | valid_id_card               | cumplida    |
      | AR             | no         | no      | sí        | 2030-01-01     | no     | 2030-01-01  | no           | elegible      | national                    | cumplida    |
      | AR             | no         | ?       | sí        | 2030-01-01     | no     | 2030-01-01  | no           | elegible      | national                    | cumplida    |
      | VE             | sí         | sí      | sí        | 2030-01-01     | no     | 2030-01-01  | no           | no elegible   | national                    | no cumplida |
      | HT             | sí         | sí      | sí        | 2030-01-01     | no     | 2030-01-01  | no           | no elegible   | national                    | no cumplida |
      | BR             | sí         | no      | sí        | 2030-01-01     | no     | 2030-01-01  | no           | elegible      | national                    | cumplida    |
      | BR             | sí         | ?       | sí        | 2030-01-01     | no     | 2030-01-01  | no           | elegible      | national                    | cumplida    |
      | BO             | sí         | sí      | no        | 2030-01-01     | no     | 2030-01-01  | no           | no elegible   | identity_document           | no cumplida |
      | UY             | sí         | sí      | sí        | 2026-01-14     | sí     | 2026-01-14  | no           | no elegible   | identity_document           | no cumplida |
      | PY             | sí         | sí      | sí        | 2026-01-15     | no     | 2020-01-01  | no           | elegible      | passport_not_expired        | cumplida    |
      | PY             | sí         | sí      | no        | 2020-01-01     | sí     | 2026-01-15  | no           | elegible      | id_card_not_expired         | cumplida    |
      | CL             | sí         | sí      | sí        | 2030-01-01     | no     | 2030-01-01  | sí           | no elegible   | no_criminal_record          | no cumplida |

  Escenario: Temporal — dentro del Ecuador sin saber si su estadía es regular: elegible, y el paso dice qué hacer si no lo es
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato                 | valor      |
      | host_country         | EC         |
      | in_host_country      | sí         |
      | nationalities        | BR         |
      | naturalisations      | ninguna    |
      | has_passport         | sí         |
      | passport_expiry_date | 2030-01-01 |
      | criminal_record_5y   | no         |
    Cuando se evalúan las vías
    Entonces la vía "ec.mercosur.temporary" es "elegible"
    Y la vía "ec.mercosur.temporary" pide primero "from_abroad_or_regular_in_ecuador"
    Y la vía "ec.mercosur.temporary" no tiene la condición "regular_status_if_in_ecuador"

  Esquema del escenario: Temporal — rige desde la publicación de la adhesión del Ecuador (R.O. 909, 11/03/2013)
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato                    | valor      |
      | host_country            | EC         |
      | in_host_country         | sí         |
      | mercosur_regular_status | sí         |
      | nationalities           | CL         |
      | naturalisations         | ninguna    |
      | has_passport            | sí         |
      | passport_expiry_date    | 2030-01-01 |
      | criminal_record_5y      | no         |
    Cuando se evalúan las vías
    Entonces la vía "ec.mercosur.temporary" es "<resultado>"

    Ejemplos:
      | fecha      | resultado   |
      | 2013-03-10 | no elegible |
      | 2013-03-11 | elegible    |
      | 2013-03-12 | elegible    |

  Esquema del escenario: Temporal — naturalización: la nacionalidad cuenta a los 5 años cumplidos
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato                 | valor                                          |
      | host_country         | EC                                             |
      | in_host_country      | no                                             |
      | nationalities        | HT, PE                                         |
      | naturalisations      | [{"country": "PE", "date": "<naturalizacion>"}] |
      | has_passport         | sí                                             |
      | passport_expiry_date | 2030-01-01                                     |
      | criminal_record_5y   | no                                             |
    Cuando se evalúan las vías
    Entonces la vía "ec.mercosur.temporary" es "<resultado>"

    Ejemplos:
      | naturalizacion | resultado   |
      | 2021-01-16     | no elegible |
      | 2021-01-15     | elegible    |
      | 2021-01-14     | elegible    |

  # ---------------------------------------------------------------------------
  # ec.mercosur.permanent
  # ---------------------------------------------------------------------------

  Esquema del escenario: Permanente — la ventana de 90 días antes del vencimiento de la visa temporal
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato               | valor                                                                 |
      | host_country       | EC                                                                    |
      | statuses           | [{"status": "ec.temporary_residence.mercosur", "expires": "<vence>"}] |
      | age                | 40                                                                    |
      | sufficient_means   | sí                                                                    |
      | criminal_record_5y | no                                                                    |
    Cuando se evalúan las vías
    Entonces la vía "ec.mercosur.permanent" es "<resultado>"
    Y la condición "temporary_residence_ending" de la vía "ec.mercosur.permanent" está "<ventana>"

    Ejemplos: vence en 89, 90 y 91 días; vence mañana, hoy y venció ayer
      | vence      | resultado   | ventana     |
      | 2026-04-14 | elegible    | cumplida    |
      | 2026-04-15 | elegible    | cumplida    |
      | 2026-04-16 | no elegible | no cumplida |
      | 2026-01-16 | elegible    | cumplida    |
      | 2026-01-15 | elegible    | cumplida    |
      | 2026-01-14 | no elegible | no cumplida |

  Esquema del escenario: Permanente — cada condición decide por sí sola (antecedentes ecuatorianos desde los 18 años)
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato               | valor          |
      | host_country       | EC             |
      | statuses           | <residencias>  |
      | age                | <edad>         |
      | sufficient_means   | <medios>       |
      | criminal_record_5y | <antecedentes> |
    Cuando se evalúan las vías
    Entonces la vía "ec.mercosur.permanent" es "<resultado>"
    Y la condición "<condicion>" de la vía "ec.mercosur.permanent" está "<estado>"

    Ejemplos:
      | residencias                                                              | edad | medios | antecedentes | resultado     | condicion                  | estado      |
      | [{"status": "ec.temporary_residence.mercosur", "expires": "2026-03-01"}] | 40   | sí     | no           | elegible      | no_criminal_record         | cumplida    |
      | ninguna                                                                  | 40   | sí     | no           | no elegible   | temporary_residence_ending | no cumplida |
      | [{"status": "ec.temporary_residence.mercosur", "expires": "2026-03-01"}] | 40   | no     | no           | no elegible   | lawful_means               | no cumplida |
      | [{"status": "ec.temporary_residence.mercosur", "expires": "2026-03-01"}] | 40   | sí     | sí           | no elegible   | criminal_record            | no cumplida |
      | [{"status": "ec.temporary_residence.mercosur", "expires": "2026-03-01"}] | 17   | sí     | sí           | elegible      | under_18                   | cumplida    |
      | [{"status": "ec.temporary_residence.mercosur", "expires": "2026-03-01"}] | 18   | sí     | sí           | no elegible   | under_18                   | no cumplida |
      | [{"status": "ec.temporary_residence.mercosur", "expires": "2026-03-01"}] | 19   | sí     | sí           | no elegible   | under_18                   | no cumplida |
      | [{"status": "ec.temporary_residence.mercosur", "expires": "2026-03-01"}] | 18   | sí     | ?            | indeterminada | criminal_record            | desconocida |
      | [{"status": "ec.temporary_residence.mercosur", "expires": "2026-03-01"}] | 40   | ?      | no           | indeterminada | lawful_means               | desconocida |

  Escenario: Permanente — sin saber qué permisos tiene, queda indeterminada
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato               | valor |
      | host_country       | EC    |
      | age                | 40    |
      | sufficient_means   | sí    |
      | criminal_record_5y | no    |
    Cuando se evalúan las vías
    Entonces la vía "ec.mercosur.permanent" es "indeterminada"
    Y falta el dato "statuses" para la vía "ec.mercosur.permanent"

  Esquema del escenario: Permanente — rige desde el 11/03/2013
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato               | valor                                                                    |
      | host_country       | EC                                                                       |
      | statuses           | [{"status": "ec.temporary_residence.mercosur", "expires": "2013-05-01"}] |
      | age                | 40                                                                       |
      | sufficient_means   | sí                                                                       |
      | criminal_record_5y | no                                                                       |
    Cuando se evalúan las vías
    Entonces la vía "ec.mercosur.permanent" es "<resultado>"

    Ejemplos:
      | fecha      | resultado   |
      | 2013-03-10 | no elegible |
      | 2013-03-11 | elegible    |
      | 2013-03-12 | elegible    |

  Esquema del escenario: Temporal — quien entró regularmente y quedó irregular dentro de Ecuador no recibe un "no": es elegible y el primer paso dice dónde pedirla (EC-5)
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato                     | valor      |
      | host_country             | EC         |
      | in_host_country          | sí         |
      | mercosur_regular_status  | <regular>  |
      | ec_entered_official_post | <puesto>   |
      | nationalities            | BR         |
      | naturalisations          | ninguna    |
      | has_passport             | sí         |
      | passport_expiry_date     | 2030-01-01 |
      | criminal_record_5y       | no         |
    Cuando se evalúan las vías
    Entonces la vía "ec.mercosur.temporary" es "elegible"
    Y la vía "ec.mercosur.temporary" pide primero "from_abroad_or_regular_in_ecuador"

    Ejemplos:
      | regular | puesto |
      | sí      | sí     |
      | no      | sí     |
      | no      | no     |
      | no      | ?      |
