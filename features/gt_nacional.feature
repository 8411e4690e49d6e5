# language: es
Característica: Guatemala — libre movilidad CA-4, residencia permanente para nacidos en Centroamérica y solicitud de refugio
  Como equipo que mantiene los reglamentos de Guatemala
  queremos que salvadoreños, hondureños y nicaragüenses vean su estancia de 90 días con la cédula (CA-4),
  que quien nació en otro país centroamericano vea la residencia permanente del IGM, y que pedir refugio
  nunca dé "no elegible": se puede pedir en la frontera o en el IGM, con cómo y quién ayuda.

  Vías cubiertas (pathways/gt/), fuentes revisadas el 2026-12-07:
    gt.ca4.libre_movilidad            desde 2006-06-01
    gt.residencia.centroamericanos    desde 2019-04-20 (Acuerdo 4-2019)
    gt.refugio                        desde 2019-04-20 (Acuerdo 2-2019)

  Escenario: Hondureña en Ciudad de Guatemala, nacida en San Pedro Sula: estancia CA-4, residencia permanente y refugio
    Dado la fecha de evaluación "2026-12-07"
    Y una persona con los datos:
      | dato             | valor |
      | host_country     | GT    |
      | in_host_country  | sí    |
      | nationalities    | HN    |
      | country_of_birth | HN    |
    Cuando se evalúan las vías
    Entonces la vía "gt.ca4.libre_movilidad" es "elegible"
    Y la vía "gt.residencia.centroamericanos" es "elegible"
    Y la vía "gt.residencia.centroamericanos" señala un punto sin confirmar
    Y la vía "gt.refugio" es "elegible"

  Esquema del escenario: CA-4 — sólo nacionales de El Salvador, Honduras y Nicaragua, desde el 1/06/2006
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato            | valor |
      | host_country    | GT    |
      | in_host_country | sí    |
      | nationalities   | <nac> |
    Cuando se evalúan las vías
    Entonces la vía "gt.ca4.libre_movilidad" es "<resultado>"

    Ejemplos:
      | fecha      | nac | resultado     |
      | 2026-12-07 | SV  | elegible      |
      | 2026-12-07 | NI  | elegible      |
      | 2026-12-07 | CR  | no elegible   |
      | 2026-12-07 | VE  | no elegible   |
      | 2026-12-07 | GT  | no elegible   |
      | 2006-05-31 | SV  | no elegible   |
      | 2006-06-01 | SV  | elegible      |
      | 2006-06-02 | SV  | elegible      |

  Escenario: CA-4 — sin saber la nacionalidad queda indeterminada
    Dado la fecha de evaluación "2026-12-07"
    Y una persona con los datos:
      | dato            | valor |
      | host_country    | GT    |
      | in_host_country | sí    |
    Cuando se evalúan las vías
    Entonces la vía "gt.ca4.libre_movilidad" es "indeterminada"
    Y falta el dato "nationalities" para la vía "gt.ca4.libre_movilidad"

  Esquema del escenario: Residencia permanente — nacido en otro país centroamericano, desde el 20/04/2019
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato             | valor     |
      | host_country     | GT        |
      | in_host_country  | sí        |
      | nationalities    | <nac>     |
      | country_of_birth | <nacido>  |
    Cuando se evalúan las vías
    Entonces la vía "gt.residencia.centroamericanos" es "<resultado>"
    Y la condición "born_in_central_america" de la vía "gt.residencia.centroamericanos" está "<estado>"

    Ejemplos:
      | fecha      | nac | nacido | resultado     | estado      |
      | 2026-12-07 | SV  | SV     | elegible      | cumplida    |
      | 2026-12-07 | NI  | NI     | elegible      | cumplida    |
      | 2026-12-07 | CR  | CR     | elegible      | cumplida    |
      | 2026-12-07 | US  | HN     | elegible      | cumplida    |
      | 2026-12-07 | VE  | VE     | no elegible   | no cumplida |
      | 2026-12-07 | MX  | MX     | no elegible   | no cumplida |
      | 2026-12-07 | HN  | ?      | indeterminada | desconocida |

  Esquema del escenario: Refugio — se pide en Guatemala o en su frontera; desde fuera queda indeterminada, nunca "no"
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato            | valor   |
      | host_country    | GT      |
      | in_host_country | <en_gt> |
      | nationalities   | <nac>   |
    Cuando se evalúan las vías
    Entonces la vía "gt.refugio" es "<resultado>"
    Y la condición "in_guatemala" de la vía "gt.refugio" está "<estado>"

    Ejemplos:
      | fecha      | en_gt | nac | resultado     | estado      |
      | 2026-12-07 | sí    | HN  | elegible      | cumplida    |
      | 2026-12-07 | sí    | VE  | elegible      | cumplida    |
      | 2026-12-07 | no    | SV  | indeterminada | no cumplida |
      | 2026-12-07 | ?     | NI  | indeterminada | desconocida |
      | 2019-04-20 | sí    | HN  | elegible      | cumplida    |

  Esquema del escenario: Refugio — la condición de refugiado protege a quien está fuera de su propio país: un guatemalteco no la pide en Guatemala
    Dado la fecha de evaluación "2026-12-07"
    Y una persona con los datos:
      | dato            | valor |
      | host_country    | GT    |
      | in_host_country | sí    |
      | nationalities   | <nac> |
    Cuando se evalúan las vías
    Entonces la vía "gt.refugio" es "<resultado>"
    Y la condición "not_gt_national" de la vía "gt.refugio" está "<estado>"

    Ejemplos:
      | nac | resultado   | estado      |
      | HN  | elegible    | cumplida    |
      | GT  | no elegible | no cumplida |

  Esquema del escenario: Residencia permanente — rige desde el 20/04/2019: el día antes, el mismo día y el día después
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato             | valor |
      | host_country     | GT    |
      | in_host_country  | sí    |
      | nationalities    | SV    |
      | country_of_birth | SV    |
    Cuando se evalúan las vías
    Entonces la vía "gt.residencia.centroamericanos" es "<resultado>"

    Ejemplos:
      | fecha      | resultado     |
      | 2019-04-19 | no elegible   |
      | 2019-04-20 | elegible      |
      | 2019-04-21 | elegible      |
