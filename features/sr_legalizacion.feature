# language: es
Característica: Surinam — rondas de legalización (Project Legalisatie) de 2017, 2018 (VII) y 2019 (VIII)
  Como equipo que mantiene los reglamentos de Surinam
  queremos que cada ronda de legalización de Justicia y Policía se aplique solo en sus fechas y con sus condiciones
  (entrada legal antes del 1/07/2017 en 2017; en 2018 también entrada irregular con todos los documentos), y que la
  ronda VIII, cuyo fin no consta en las fuentes, dé "indeterminada" y nunca una respuesta inventada.

  Vías cubiertas (pathways/sr/legalisatie.yaml), fuentes revisadas el 2026-12-07:
    sr.legalisatie   2017-09-20 a 2017-12-20; 2018-07-09 a 2018-12-15 (VII); desde 2019-02-15 (VIII, fin no confirmado)

  Esquema del escenario: sr.legalisatie 2017 — entrada legal antes del 1/07/2017, en Surinam, no surinamés
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato               | valor     |
      | host_country       | SR        |
      | in_host_country    | <en_sr>   |
      | nationalities      | <nac>     |
      | sr_entered_legally | <legal>   |
      | entry_date         | <entrada> |
    Cuando se evalúan las vías
    Entonces la vía "sr.legalisatie" es "<resultado>"
    Y la condición "<condición>" de la vía "sr.legalisatie" está "<estado>"

    Ejemplos:
      | fecha      | en_sr | nac | legal | entrada    | resultado     | condición                 | estado      |
      | 2017-10-15 | sí    | VE  | sí    | 2016-03-01 | elegible      | entered_legally           | cumplida    |
      | 2017-10-15 | no    | VE  | sí    | 2016-03-01 | no elegible   | in_suriname               | no cumplida |
      | 2017-10-15 | ?     | VE  | sí    | 2016-03-01 | indeterminada | in_suriname               | desconocida |
      | 2017-10-15 | sí    | SR  | sí    | 2016-03-01 | no elegible   | not_sr_national           | no cumplida |
      | 2017-10-15 | sí    | HT  | no    | 2016-03-01 | no elegible   | entered_legally           | no cumplida |
      | 2017-10-15 | sí    | HT  | ?     | 2016-03-01 | indeterminada | entered_legally           | desconocida |
      | 2017-10-15 | sí    | CN  | sí    | 2017-06-30 | elegible      | entered_before_2017_07_01 | cumplida    |
      | 2017-10-15 | sí    | CN  | sí    | 2017-07-01 | no elegible   | entered_before_2017_07_01 | no cumplida |
      | 2017-10-15 | sí    | CN  | sí    | 2017-07-02 | no elegible   | entered_before_2017_07_01 | no cumplida |
      | 2017-10-15 | sí    | CN  | sí    | ?          | indeterminada | entered_before_2017_07_01 | desconocida |
      | 2017-09-19 | sí    | VE  | sí    | 2016-03-01 | no elegible   | in_force                  | no cumplida |
      | 2017-09-20 | sí    | VE  | sí    | 2016-03-01 | elegible      | entered_legally           | cumplida    |
      | 2017-09-21 | sí    | VE  | sí    | 2016-03-01 | elegible      | entered_legally           | cumplida    |
      | 2017-12-19 | sí    | VE  | sí    | 2016-03-01 | elegible      | entered_legally           | cumplida    |
      | 2017-12-20 | sí    | VE  | sí    | 2016-03-01 | elegible      | entered_legally           | cumplida    |
      | 2017-12-21 | sí    | VE  | sí    | 2016-03-01 | no elegible   | in_force                  | no cumplida |

  Esquema del escenario: sr.legalisatie VII (2018) — entrada legal, o entrada irregular con todos los documentos
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato                    | valor   |
      | host_country            | SR      |
      | in_host_country         | sí      |
      | nationalities           | HT      |
      | sr_entered_legally      | <legal> |
      | sr_has_filing_documents | <docs>  |
    Cuando se evalúan las vías
    Entonces la vía "sr.legalisatie" es "<resultado>"
    Y la condición "<condición>" de la vía "sr.legalisatie" está "<estado>"

    Ejemplos:
      | fecha      | legal | docs | resultado     | condición                | estado      |
      | 2018-10-01 | sí    | no   | elegible      | entered_legally          | cumplida    |
      | 2018-10-01 | no    | sí   | elegible      | irregular_with_documents | cumplida    |
      | 2018-10-01 | no    | no   | no elegible   | legal_entry_or_documents | no cumplida |
      | 2018-10-01 | no    | ?    | indeterminada | legal_entry_or_documents | desconocida |
      | 2018-07-08 | sí    | no   | no elegible   | in_force                 | no cumplida |
      | 2018-07-09 | sí    | no   | elegible      | entered_legally          | cumplida    |
      | 2018-07-10 | no    | sí   | elegible      | irregular_with_documents | cumplida    |
      | 2018-12-14 | no    | sí   | elegible      | irregular_with_documents | cumplida    |
      | 2018-12-15 | no    | sí   | elegible      | irregular_with_documents | cumplida    |
      | 2018-12-16 | no    | sí   | no elegible   | in_force                 | no cumplida |

  Esquema del escenario: sr.legalisatie VIII (desde 2019-02-15) — sin fecha de fin en las fuentes: indeterminada, nunca inventada
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato                    | valor   |
      | host_country            | SR      |
      | in_host_country         | sí      |
      | nationalities           | VE      |
      | sr_entered_legally      | <legal> |
      | sr_has_filing_documents | <docs>  |
    Cuando se evalúan las vías
    Entonces la vía "sr.legalisatie" es "<resultado>"
    Y la condición "<condición>" de la vía "sr.legalisatie" está "<estado>"

    Ejemplos:
      | fecha      | legal | docs | resultado     | condición                | estado      |
      | 2019-02-14 | sí    | no   | no elegible   | in_force                 | no cumplida |
      | 2019-02-15 | sí    | no   | indeterminada | round_open               | desconocida |
      | 2019-02-16 | no    | sí   | indeterminada | irregular_with_documents | cumplida    |
      | 2026-12-07 | sí    | no   | indeterminada | round_open               | desconocida |
      | 2026-12-07 | no    | no   | no elegible   | legal_entry_or_documents | no cumplida |

  Esquema del escenario: sr.legalisatie VII y VIII — fuera de Surinam, o siendo surinamés, no aplica (aunque la ronda VIII siga sin fecha de fin)
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato                    | valor   |
      | host_country            | SR      |
      | in_host_country         | <en_sr> |
      | nationalities           | <nac>   |
      | sr_entered_legally      | sí      |
      | sr_has_filing_documents | no      |
    Cuando se evalúan las vías
    Entonces la vía "sr.legalisatie" es "<resultado>"
    Y la condición "<condición>" de la vía "sr.legalisatie" está "<estado>"

    Ejemplos:
      | fecha      | en_sr | nac | resultado     | condición       | estado      |
      | 2018-10-01 | no    | VE  | no elegible   | in_suriname     | no cumplida |
      | 2018-10-01 | sí    | SR  | no elegible   | not_sr_national | no cumplida |
      | 2018-10-01 | sí    | VE  | elegible      | not_sr_national | cumplida    |
      | 2026-12-07 | no    | VE  | no elegible   | in_suriname     | no cumplida |
      | 2026-12-07 | sí    | SR  | no elegible   | not_sr_national | no cumplida |
      | 2026-12-07 | sí    | VE  | indeterminada | not_sr_national | cumplida    |
