# language: es
Característica: Uruguay — residencia permanente directa para nacionales del MERCOSUR (Ley 19.254)
  Como equipo que mantiene el reglamento uruguayo
  queremos que la vía diga elegible, no elegible o indeterminada, con la norma que lo decide,
  para que una persona del MERCOSUR sepa si puede pedir la residencia permanente en Uruguay sin pasar por una temporaria.

  Vía cubierta (pathways/uy/):
    uy.mercosur.permanent   residencia permanente Ley 19.254; Cancillería hasta el 07/02/2023, DNM desde el 08/02/2023

  # La tasa (gratuita para brasileños y paraguayos, UYU 3.122 para los demás) está en `apply.fee` y en los
  # documentos de la versión 2023-02-08; los pasos de escenario no pueden comprobarla (no hay frase para la tasa).

  Escenario: P09 — brasileño en Montevideo con cédula brasileña, sin antecedentes (tasa exenta)
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato               | valor   |
      | host_country       | UY      |
      | in_host_country    | sí      |
      | nationalities      | BR      |
      | naturalisations    | ninguna |
      | age                | 25      |
      | has_id_card        | sí      |
      | criminal_record_5y | no      |
      | statuses           | ninguna |
    Cuando se evalúan las vías
    Entonces la vía "uy.mercosur.permanent" es "elegible"
    Y la condición "treaty_national" de la vía "uy.mercosur.permanent" está "cumplida"
    Y la condición "identity_document" de la vía "uy.mercosur.permanent" está "cumplida"
    Y la vía "uy.mercosur.permanent" cita "Ley 19.254"
    Y la vía "uy.mercosur.permanent" cita "decree of 8 Feb 2023"
    Y la vía "uy.mercosur.permanent" señala un punto sin confirmar

  Esquema del escenario: Ley 19.254 (DNM, desde 2023) — cada condición decide por sí sola
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato               | valor            |
      | host_country       | UY               |
      | nationalities      | <nacionalidades> |
      | naturalisations    | ninguna          |
      | has_id_card        | <cedula>         |
      | has_passport       | <pasaporte>      |
      | criminal_record_5y | <antecedentes>   |
    Cuando se evalúan las vías
    Entonces la vía "uy.mercosur.permanent" es "<resultado>"
    Y la condición "<condicion>" de la vía "uy.mercosur.permanent" está "<estado>"

    Ejemplos:
      | nacionalidades | cedula | pasaporte | antecedentes | resultado     | condicion          | estado       |
      | BR             | sí     | no        | no           | elegible      | has_id_card        | cumplida     |
      | AR             | no     | sí        | no           | elegible      | has_passport       | cumplida     |
      | PY             | sí     | sí        | no           | elegible      | treaty_national    | cumplida     |
      | HT             | sí     | no        | no           | no elegible   | national           | no cumplida  |
      | BR             | no     | no        | no           | no elegible   | identity_document  | no cumplida  |
      | CO             | sí     | no        | sí           | no elegible   | no_criminal_record | no cumplida  |
      | PE             | sí     | no        | ?            | indeterminada | no_criminal_record | desconocida  |

  Escenario: Ley 19.254 — sin saber si tiene antecedentes la vía queda indeterminada, nunca "no"
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato            | valor   |
      | host_country    | UY      |
      | nationalities   | CL      |
      | naturalisations | ninguna |
      | has_id_card     | sí      |
    Cuando se evalúan las vías
    Entonces la vía "uy.mercosur.permanent" es "indeterminada"
    Y falta el dato "criminal_record_5y" para la vía "uy.mercosur.permanent"

  Escenario: Ley 19.254 — sin saber si la nacionalidad es de origen o por naturalización, indeterminada
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato               | valor |
      | host_country       | UY    |
      | nationalities      | EC    |
      | has_id_card        | sí    |
      | criminal_record_5y | no    |
    Cuando se evalúan las vías
    Entonces la vía "uy.mercosur.permanent" es "indeterminada"
    Y falta el dato "naturalisations" para la vía "uy.mercosur.permanent"

  Esquema del escenario: Ley 19.254 — nacionalidad por naturalización cuenta sólo con 5 años (Art. 2 del Acuerdo)
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato               | valor                                          |
      | host_country       | UY                                             |
      | nationalities      | HT, BO                                         |
      | naturalisations    | [{"country": "BO", "date": "<naturalizacion>"}] |
      | has_id_card        | sí                                             |
      | criminal_record_5y | no                                             |
    Cuando se evalúan las vías
    Entonces la vía "uy.mercosur.permanent" es "<resultado>"

    Ejemplos:
      | naturalizacion | resultado   |
      | 2021-01-16     | no elegible |
      | 2021-01-15     | elegible    |
      | 2021-01-14     | elegible    |

  Esquema del escenario: Venezolanos — listados mientras Venezuela era Estado Parte; desde la suspensión (05/08/2017) siguen admitidos, sin confirmar (UY-2)
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato               | valor   |
      | host_country       | UY      |
      | nationalities      | VE      |
      | naturalisations    | ninguna |
      | has_id_card        | sí      |
      | criminal_record_5y | no      |
    Cuando se evalúan las vías
    Entonces la vía "uy.mercosur.permanent" es "<resultado>"
    Y la vía "uy.mercosur.permanent" señala un punto sin confirmar

    Ejemplos:
      | fecha      | resultado     |
      | 2016-01-01 | elegible      |
      | 2017-08-04 | elegible      |
      | 2017-08-05 | elegible      |
      | 2017-08-06 | elegible      |
      | 2026-01-15 | elegible      |
      | 2026-12-01 | elegible      |

  Escenario: UY-2 — venezolano después de la suspensión: elegible, con la nota de que no está confirmado
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato               | valor   |
      | host_country       | UY      |
      | nationalities      | VE      |
      | naturalisations    | ninguna |
      | has_id_card        | sí      |
      | criminal_record_5y | no      |
    Cuando se evalúan las vías
    Entonces la vía "uy.mercosur.permanent" es "elegible"
    Y la condición "venezuelan_after_suspension" de la vía "uy.mercosur.permanent" está "cumplida"
    Y la vía "uy.mercosur.permanent" señala un punto sin confirmar

  Esquema del escenario: Ley 19.254 ante la Cancillería (2014-2023) — cada condición decide por sí sola
    Dado la fecha de evaluación "2020-06-01"
    Y una persona con los datos:
      | dato               | valor            |
      | host_country       | UY               |
      | nationalities      | <nacionalidades> |
      | naturalisations    | ninguna          |
      | has_id_card        | <cedula>         |
      | has_passport       | <pasaporte>      |
      | criminal_record_5y | <antecedentes>   |
    Cuando se evalúan las vías
    Entonces la vía "uy.mercosur.permanent" es "<resultado>"
    Y la condición "<condicion>" de la vía "uy.mercosur.permanent" está "<estado>"

    Ejemplos:
      | nacionalidades | cedula | pasaporte | antecedentes | resultado     | condicion                   | estado      |
      | BR             | sí     | no        | no           | elegible      | has_id_card                 | cumplida    |
      | AR             | no     | sí        | no           | elegible      | has_passport                | cumplida    |
      | HT             | sí     | no        | no           | no elegible   | national                    | no cumplida |
      | HT             | sí     | no        | no           | no elegible   | venezuelan_state_party      | no cumplida |
      | BR             | no     | no        | no           | no elegible   | identity_document           | no cumplida |
      | CO             | sí     | no        | sí           | no elegible   | no_criminal_record          | no cumplida |
      | VE             | sí     | no        | no           | elegible      | venezuelan_after_suspension | cumplida    |

  Esquema del escenario: Venezolano antes de la suspensión — vía de Estado Parte (2016)
    Dado la fecha de evaluación "2016-01-01"
    Y una persona con los datos:
      | dato               | valor   |
      | host_country       | UY      |
      | nationalities      | VE      |
      | naturalisations    | ninguna |
      | has_id_card        | sí      |
      | criminal_record_5y | <antecedentes> |
    Cuando se evalúan las vías
    Entonces la vía "uy.mercosur.permanent" es "<resultado>"
    Y la condición "venezuelan_state_party" de la vía "uy.mercosur.permanent" está "cumplida"

    Ejemplos:
      | antecedentes | resultado     |
      | no           | elegible      |
      | sí           | no elegible   |
      | ?            | indeterminada |

  Esquema del escenario: Ley 19.254 — publicada el 04/09/2014: antes no existe la vía
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato               | valor   |
      | host_country       | UY      |
      | nationalities      | AR      |
      | naturalisations    | ninguna |
      | has_id_card        | sí      |
      | criminal_record_5y | no      |
    Cuando se evalúan las vías
    Entonces la vía "uy.mercosur.permanent" es "<resultado>"

    Ejemplos:
      | fecha      | resultado   |
      | 2014-09-03 | no elegible |
      | 2014-09-04 | elegible    |
      | 2014-09-05 | elegible    |

  Esquema del escenario: Ley 19.254 — desde el decreto del 08/02/2023 se tramita en la DNM (cambia la norma citada)
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato               | valor   |
      | host_country       | UY      |
      | nationalities      | PY      |
      | naturalisations    | ninguna |
      | has_id_card        | sí      |
      | criminal_record_5y | no      |
    Cuando se evalúan las vías
    Entonces la vía "uy.mercosur.permanent" es "elegible"
    Y la vía "uy.mercosur.permanent" cita "<norma>"
    Y la vía "uy.mercosur.permanent" no cita "<otra>"

    Ejemplos:
      | fecha      | norma                    | otra                     |
      | 2023-02-07 | Bergstein                | Correo de Punta del Este |
      | 2023-02-08 | Correo de Punta del Este | Bergstein                |
      | 2023-02-09 | Correo de Punta del Este | Bergstein                |

  Esquema del escenario: UY-1 — Guyana y Surinam, Estados Asociados del MERCOSUR, están cubiertos por la Ley 19.254
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato               | valor           |
      | host_country       | UY              |
      | nationalities      | <nacionalidad>  |
      | naturalisations    | ninguna         |
      | has_passport       | sí              |
      | criminal_record_5y | no              |
    Cuando se evalúan las vías
    Entonces la vía "uy.mercosur.permanent" es "<resultado>"

    Ejemplos: desde la publicación de la ley (04/09/2014) y en diciembre de 2026 (caso del apéndice de la revisión)
      | fecha      | nacionalidad | resultado   |
      | 2014-09-03 | GY           | no elegible |
      | 2014-09-04 | GY           | elegible    |
      | 2014-09-05 | SR           | elegible    |
      | 2023-02-07 | SR           | elegible    |
      | 2023-02-08 | GY           | elegible    |
      | 2026-12-01 | GY           | elegible    |
      | 2026-12-01 | SR           | elegible    |
      | 2026-12-01 | HT           | no elegible |

  Esquema del escenario: UY-1 — Panamá es Estado Asociado desde el 06/12/2024: si Uruguay le aplica la Ley 19.254 no está confirmado
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato               | valor           |
      | host_country       | UY              |
      | nationalities      | PA              |
      | naturalisations    | <naturalizado>  |
      | has_passport       | sí              |
      | criminal_record_5y | no              |
    Cuando se evalúan las vías
    Entonces la vía "uy.mercosur.permanent" es "<resultado>"
    Y la condición "panamanian_national" de la vía "uy.mercosur.permanent" está "<estado>"

    Ejemplos:
      | fecha      | naturalizado                                  | resultado     | estado      |
      | 2024-12-05 | ninguna                                       | no elegible   | no cumplida |
      | 2024-12-06 | ninguna                                       | indeterminada | cumplida    |
      | 2024-12-07 | ninguna                                       | indeterminada | cumplida    |
      | 2026-12-01 | ninguna                                       | indeterminada | cumplida    |
      | 2026-12-01 | [{"country": "PA", "date": "2023-01-01"}]     | no elegible   | no cumplida |

  Escenario: UY-2 — caso del apéndice: venezolano con pasaporte vigente en diciembre de 2026
    Dado la fecha de evaluación "2026-12-01"
    Y una persona con los datos:
      | dato                 | valor      |
      | host_country         | UY         |
      | nationalities        | VE         |
      | naturalisations      | ninguna    |
      | has_passport         | sí         |
      | passport_expiry_date | 2030-01-01 |
      | criminal_record_5y   | no         |
    Cuando se evalúan las vías
    Entonces la vía "uy.mercosur.permanent" es "elegible"
    Y la vía "uy.mercosur.permanent" señala sin confirmar "reported by Uruguay's consular director in 2018"
    Y la vía "uy.mercosur.permanent" señala sin confirmar "how Uruguay weighs older convictions"
