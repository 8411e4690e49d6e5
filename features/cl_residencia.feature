# language: es
Característica: Chile — Subcategoría 15 "reciprocidad internacional" (MERCOSUR) y residencia definitiva
  Como equipo que mantiene el reglamento chileno
  queremos que la Subcategoría 15 sólo se ofrezca a nacionales de Argentina, Bolivia, Brasil, Paraguay y Uruguay
  que la piden desde el extranjero, y que la residencia definitiva cuente el tiempo de residencia temporal,
  señalando lo que las fuentes dejan abierto.

  Vías cubiertas (pathways/cl/):
    cl.mercosur.temporary   residencia temporal Subcategoría 15 (Ley 21.325 art. 70 n.º 13), hasta 2 años, sólo desde el extranjero
    cl.mercosur.permanent   residencia definitiva: 24 meses (36 sin ingresos suficientes), en los 90 días antes del vencimiento

  # Las demás partes de P03 (art. 8 transitorio, empadronamiento 2023, Vacaciones y Trabajo) son de otros autores.

  Escenario: P03 — colombiano en Santiago, turista que se quedó: no tiene la Subcategoría 15
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato                 | valor      |
      | host_country         | CL         |
      | in_host_country      | sí         |
      | nationalities        | CO         |
      | naturalisations      | ninguna    |
      | age                  | 28         |
      | entry_date           | 2025-02-10 |
      | has_passport         | sí         |
      | passport_expiry_date | 2031-06-30 |
      | criminal_record_5y   | no         |
      | statuses             | ninguna    |
    Cuando se evalúan las vías
    Entonces la vía "cl.mercosur.temporary" es "no elegible"
    Y la condición "national" de la vía "cl.mercosur.temporary" está "no cumplida"
    Y la vía "cl.mercosur.temporary" no tiene la condición "applying_from_abroad"
    Y la vía "cl.mercosur.temporary" cita "Subcategoría 15"
    Y la vía "cl.mercosur.permanent" es "no elegible"

  Escenario: Boliviana que pide desde La Paz — elegible (y exenta de la tasa de solicitud)
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato                 | valor      |
      | host_country         | CL         |
      | in_host_country      | no         |
      | nationalities        | BO         |
      | naturalisations      | ninguna    |
      | age                  | 33         |
      | has_passport         | sí         |
      | passport_expiry_date | 2030-01-01 |
      | has_id_card          | no         |
      | criminal_record_5y   | no         |
    Cuando se evalúan las vías
    Entonces la vía "cl.mercosur.temporary" es "elegible"
    Y la vía "cl.mercosur.temporary" cita "application from abroad only"
    Y la vía "cl.mercosur.temporary" señala un punto sin confirmar

  Esquema del escenario: Subcategoría 15 — cada condición decide por sí sola
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato                 | valor            |
      | host_country         | CL               |
      | in_host_country      | <en_chile>       |
      | nationalities        | <nacionalidades> |
      | naturalisations      | ninguna          |
      | age                  | <edad>           |
      | has_passport         | <pasaporte>      |
      | passport_expiry_date | <venc_pasaporte> |
      | has_id_card          | <cedula>         |
      | id_card_expiry_date  | <venc_cedula>    |
      | criminal_record_5y   | <antecedentes>   |
    Cuando se evalúan las vías
    Entonces la vía "cl.mercosur.temporary" es "<resultado>"
    Y la condición "<condicion>" de la vía "cl.mercosur.temporary" está "<estado>"

    Ejemplos:
      | nacionalidades | en_chile | edad | pasaporte | venc_pasaporte | cedula | venc_cedula | antecedentes | resultado     | condicion               | estado      |
      | AR             | no       | 30   | sí        | 2030-01-01     | no     | 2030-01-01  | no           | elegible      | valid_passport          | cumplida    |
      | UY             | no       | 30   | no        | 2030-01-01     | sí     | 2030-01-01  | no           | elegible      | valid_id_card           | cumplida    |
      | PE             | no       | 30   | sí        | 2030-01-01     | no     | 2030-01-01  | no           | no elegible   | national                | no cumplida |
      | EC             | no       | 30   | sí        | 2030-01-01     | no     | 2030-01-01  | no           | no elegible   | national                | no cumplida |
      | VE             | no       | 30   | sí        | 2030-01-01     | no     | 2030-01-01  | no           | no elegible   | national                | no cumplida |
      | BR             | sí       | 30   | sí        | 2030-01-01     | no     | 2030-01-01  | no           | elegible      | national                | cumplida    |
      | BR             | ?        | 30   | sí        | 2030-01-01     | no     | 2030-01-01  | no           | elegible      | national                | cumplida    |
      | PY             | no       | 30   | no        | 2030-01-01     | no     | 2030-01-01  | no           | no elegible   | identity_document       | no cumplida |
      | PY             | no       | 30   | sí        | 2026-06-30     | sí     | 2026-01-14  | no           | no elegible   | identity_document       | no cumplida |
      | PY             | no       | 30   | no        | 2020-01-01     | sí     | 2026-01-15  | no           | elegible      | id_card_not_expired     | cumplida    |
      | AR             | no       | 30   | sí        | 2030-01-01     | no     | 2030-01-01  | sí           | no elegible   | criminal_record         | no cumplida |
      | AR             | no       | 17   | sí        | 2030-01-01     | no     | 2030-01-01  | sí           | elegible      | under_18                | cumplida    |
      | AR             | no       | 18   | sí        | 2030-01-01     | no     | 2030-01-01  | sí           | no elegible   | under_18                | no cumplida |
      | AR             | no       | 19   | sí        | 2030-01-01     | no     | 2030-01-01  | sí           | no elegible   | under_18                | no cumplida |
      | AR             | no       | 18   | sí        | 2030-01-01     | no     | 2030-01-01  | ?            | indeterminada | criminal_record         | desconocida |
      | AR             | no       | 17   | sí        | 2030-01-01     | no     | 2030-01-01  | ?            | elegible      | criminal_record         | cumplida    |

  Escenario: Subcategoría 15 — sin saber si la persona está en Chile: elegible, con el paso "pedirla desde el extranjero"
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato                 | valor      |
      | host_country         | CL         |
      | nationalities        | PY         |
      | naturalisations      | ninguna    |
      | age                  | 25         |
      | has_passport         | sí         |
      | passport_expiry_date | 2030-01-01 |
      | criminal_record_5y   | no         |
    Cuando se evalúan las vías
    Entonces la vía "cl.mercosur.temporary" es "elegible"
    Y la vía "cl.mercosur.temporary" pide primero "apply_from_abroad"

  Escenario: Argentino que ya está en Chile — elegible; pedirla desde el extranjero es el primer paso, no un "no"
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato                 | valor      |
      | host_country         | CL         |
      | in_host_country      | sí         |
      | nationalities        | AR         |
      | naturalisations      | ninguna    |
      | age                  | 30         |
      | has_passport         | sí         |
      | passport_expiry_date | 2030-01-01 |
      | criminal_record_5y   | no         |
    Cuando se evalúan las vías
    Entonces la vía "cl.mercosur.temporary" es "elegible"
    Y la vía "cl.mercosur.temporary" pide primero "apply_from_abroad"
    Y la vía "cl.mercosur.temporary" cita "application from abroad only"
    Y la vía "cl.mercosur.temporary" no tiene la condición "applying_from_abroad"

  Esquema del escenario: Subcategoría 15 — pasaporte con al menos un año de vigencia desde la solicitud
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato                 | valor         |
      | host_country         | CL            |
      | in_host_country      | no            |
      | nationalities        | BR            |
      | naturalisations      | ninguna       |
      | age                  | 40            |
      | has_passport         | sí            |
      | passport_expiry_date | <vencimiento> |
      | has_id_card          | no            |
      | criminal_record_5y   | no            |
    Cuando se evalúan las vías
    Entonces la vía "cl.mercosur.temporary" es "<resultado>"
    Y la condición "passport_valid_one_year" de la vía "cl.mercosur.temporary" está "<estado>"
    Y la vía "cl.mercosur.temporary" señala un punto sin confirmar

    Ejemplos:
      | vencimiento | resultado   | estado      |
      | 2027-01-14  | no elegible | no cumplida |
      | 2027-01-15  | elegible    | cumplida    |
      | 2027-01-16  | elegible    | cumplida    |

  Esquema del escenario: Subcategoría 15 — la mayoría de edad por fecha de nacimiento (18 años cumplidos ese día)
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato                 | valor        |
      | host_country         | CL           |
      | in_host_country      | no           |
      | nationalities        | UY           |
      | naturalisations      | ninguna      |
      | birth_date           | <nacimiento> |
      | has_passport         | sí           |
      | passport_expiry_date | 2030-01-01   |
      | has_id_card          | no           |
    Cuando se evalúan las vías
    Entonces la vía "cl.mercosur.temporary" es "<resultado>"
    Y la condición "under_18" de la vía "cl.mercosur.temporary" está "<menor>"

    Ejemplos:
      | nacimiento | resultado     | menor        |
      | 2008-01-16 | elegible      | cumplida     |
      | 2008-01-15 | indeterminada | no cumplida  |
      | 2008-01-14 | indeterminada | no cumplida  |

  Esquema del escenario: Subcategoría 15 — existe desde el Reglamento de la Ley 21.325 (12/02/2022)
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato                 | valor      |
      | host_country         | CL         |
      | in_host_country      | no         |
      | nationalities        | AR         |
      | naturalisations      | ninguna    |
      | age                  | 30         |
      | has_passport         | sí         |
      | passport_expiry_date | 2030-01-01 |
      | criminal_record_5y   | no         |
    Cuando se evalúan las vías
    Entonces la vía "cl.mercosur.temporary" es "<resultado>"

    Ejemplos:
      | fecha      | resultado   |
      | 2022-02-11 | no elegible |
      | 2022-02-12 | elegible    |
      | 2022-02-13 | elegible    |

  # ---------------------------------------------------------------------------
  # cl.mercosur.permanent
  # ---------------------------------------------------------------------------

  Esquema del escenario: Definitiva — 24 meses con ingresos suficientes, 36 meses sin ellos
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato                                | valor                                                                    |
      | host_country                        | CL                                                                       |
      | statuses                            | [{"status": "cl.temporary_residence.mercosur", "expires": "2026-03-01"}] |
      | mercosur_temporary_residence_months | <meses>                                                                  |
      | sufficient_means                    | <ingresos>                                                               |
      | criminal_record_5y                  | no                                                                       |
    Cuando se evalúan las vías
    Entonces la vía "cl.mercosur.permanent" es "<resultado>"
    Y la condición "<condicion>" de la vía "cl.mercosur.permanent" está "<estado>"
    Y la vía "cl.mercosur.permanent" señala un punto sin confirmar

    Ejemplos:
      | meses | ingresos | resultado     | condicion                  | estado      |
      | 11    | sí       | no elegible   | held_12_months             | no cumplida |
      | 12    | sí       | indeterminada | held_12_months             | cumplida    |
      | 13    | no       | indeterminada | agreement_period_open      | desconocida |
      | 23    | sí       | indeterminada | held_24_months             | no cumplida |
      | 24    | sí       | elegible      | held_24_months             | cumplida    |
      | 25    | sí       | elegible      | sufficient_income          | cumplida    |
      | 30    | no       | indeterminada | sufficient_income          | no cumplida |
      | 35    | no       | indeterminada | held_36_months             | no cumplida |
      | 36    | no       | elegible      | held_36_months             | cumplida    |
      | 37    | no       | elegible      | held_36_months             | cumplida    |
      | ?     | sí       | indeterminada | time_in_temporary_residence | desconocida |
      | 30    | ?        | indeterminada | time_in_temporary_residence | desconocida |
      | 40    | ?        | elegible      | time_in_temporary_residence | cumplida    |

  Escenario: Caso del anexo de la revisión (CL-1): argentino con Subcategoría 15, 22 meses, el permiso vence en 2 meses: indeterminada (regla de 12 meses sin confirmar), nunca "no"
    Dado la fecha de evaluación "2026-12-01"
    Y una persona con los datos:
      | dato                                | valor                                                                    |
      | host_country                        | CL                                                                       |
      | nationalities                       | AR                                                                       |
      | statuses                            | [{"status": "cl.temporary_residence.mercosur", "expires": "2027-02-01"}] |
      | mercosur_temporary_residence_months | 22                                                                       |
      | sufficient_means                    | sí                                                                       |
      | criminal_record_5y                  | no                                                                       |
    Cuando se evalúan las vías
    Entonces la vía "cl.mercosur.permanent" es "indeterminada"
    Y la condición "temporary_residence_ending" de la vía "cl.mercosur.permanent" está "cumplida"
    Y la condición "held_24_months" de la vía "cl.mercosur.permanent" está "no cumplida"
    Y la condición "agreement_period_open" de la vía "cl.mercosur.permanent" está "desconocida"

  Escenario: Definitiva — sin saber cuántos meses lleva, queda indeterminada
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato               | valor                                                                    |
      | host_country       | CL                                                                       |
      | statuses           | [{"status": "cl.temporary_residence.mercosur", "expires": "2026-03-01"}] |
      | sufficient_means   | sí                                                                       |
      | criminal_record_5y | no                                                                       |
    Cuando se evalúan las vías
    Entonces la vía "cl.mercosur.permanent" es "indeterminada"
    Y falta el dato "mercosur_temporary_residence_months" para la vía "cl.mercosur.permanent"

  Esquema del escenario: Definitiva — se pide en los 90 días antes del vencimiento del permiso temporal
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato                                | valor                                                                 |
      | host_country                        | CL                                                                    |
      | statuses                            | [{"status": "cl.temporary_residence.mercosur", "expires": "<vence>"}] |
      | mercosur_temporary_residence_months | 24                                                                    |
      | sufficient_means                    | sí                                                                    |
      | criminal_record_5y                  | no                                                                    |
    Cuando se evalúan las vías
    Entonces la vía "cl.mercosur.permanent" es "<resultado>"
    Y la condición "temporary_residence_ending" de la vía "cl.mercosur.permanent" está "<ventana>"

    Ejemplos: vence en 89, 90 y 91 días; vence mañana, hoy y venció ayer
      | vence      | resultado   | ventana     |
      | 2026-04-14 | elegible    | cumplida    |
      | 2026-04-15 | elegible    | cumplida    |
      | 2026-04-16 | no elegible | no cumplida |
      | 2026-01-16 | elegible    | cumplida    |
      | 2026-01-15 | elegible    | cumplida    |
      | 2026-01-14 | no elegible | no cumplida |

  Esquema del escenario: Definitiva — permiso y antecedentes deciden por sí solos
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato                                | valor          |
      | host_country                        | CL             |
      | statuses                            | <residencias>  |
      | mercosur_temporary_residence_months | 24             |
      | sufficient_means                    | sí             |
      | criminal_record_5y                  | <antecedentes> |
    Cuando se evalúan las vías
    Entonces la vía "cl.mercosur.permanent" es "<resultado>"
    Y la condición "<condicion>" de la vía "cl.mercosur.permanent" está "<estado>"

    Ejemplos:
      | residencias                                                              | antecedentes | resultado     | condicion                  | estado      |
      | ninguna                                                                  | no           | no elegible   | temporary_residence_ending | no cumplida |
      | ?                                                                        | no           | indeterminada | temporary_residence_ending | desconocida |
      | [{"status": "cl.temporary_residence.mercosur", "expires": "2026-03-01"}] | sí           | no elegible   | no_criminal_record         | no cumplida |
      | [{"status": "cl.temporary_residence.mercosur", "expires": "2026-03-01"}] | no           | elegible      | no_criminal_record         | cumplida    |

  Esquema del escenario: Definitiva — rige desde el Reglamento de la Ley 21.325 (12/02/2022)
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato                                | valor                                                                    |
      | host_country                        | CL                                                                       |
      | statuses                            | [{"status": "cl.temporary_residence.mercosur", "expires": "2022-04-01"}] |
      | mercosur_temporary_residence_months | 24                                                                       |
      | sufficient_means                    | sí                                                                       |
      | criminal_record_5y                  | no                                                                       |
    Cuando se evalúan las vías
    Entonces la vía "cl.mercosur.permanent" es "<resultado>"

    Ejemplos:
      | fecha      | resultado   |
      | 2022-02-11 | no elegible |
      | 2022-02-12 | elegible    |
      | 2022-02-13 | elegible    |
