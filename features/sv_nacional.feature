# language: es
Característica: El Salvador — libre movilidad CA-4, solicitud de refugio (5 días hábiles) y retorno (Bienvenido a Casa)
  Como equipo que mantiene los reglamentos de El Salvador
  queremos que guatemaltecos, hondureños y nicaragüenses vean su estancia CA-4, que pedir refugio nunca dé
  "no elegible" (después de 5 días se pide igual, justificando el retraso), y que un salvadoreño retornado
  sepa qué recibe al llegar.

  Vías cubiertas (pathways/sv/), fuentes revisadas el 2026-12-07:
    sv.ca4.libre_movilidad            desde 2006-06-01
    sv.refugio                        desde 2005-08-22 (Reglamento, Decreto Ejecutivo 79)
    sv.retornados.bienvenido_a_casa   desde 2007-06-01

  Escenario: Nicaragüense que cruzó hace 3 días por El Amatillo: refugio en plazo y estancia CA-4
    Dado la fecha de evaluación "2026-12-07"
    Y una persona con los datos:
      | dato            | valor      |
      | host_country    | SV         |
      | in_host_country | sí         |
      | nationalities   | NI         |
      | entry_date      | 2026-12-04 |
    Cuando se evalúan las vías
    Entonces la vía "sv.refugio" es "elegible"
    Y la vía "sv.ca4.libre_movilidad" es "elegible"
    Y la vía "sv.retornados.bienvenido_a_casa" es "no elegible"

  Esquema del escenario: Refugio — 5 días desde el ingreso: el día antes, el mismo día y el día después; tarde no es "no"
    Dado la fecha de evaluación "2026-12-07"
    Y una persona con los datos:
      | dato            | valor     |
      | host_country    | SV        |
      | in_host_country | <en_sv>   |
      | nationalities   | <nac>     |
      | entry_date      | <entrada> |
    Cuando se evalúan las vías
    Entonces la vía "sv.refugio" es "<resultado>"
    Y la condición "<condición>" de la vía "sv.refugio" está "<estado>"

    Ejemplos:
      | en_sv | nac | entrada    | resultado     | condición             | estado      |
      | sí    | VE  | 2026-12-03 | elegible      | entered_within_5_days | cumplida    |
      | sí    | VE  | 2026-12-02 | elegible      | entered_within_5_days | cumplida    |
      | sí    | VE  | 2026-12-01 | indeterminada | entered_within_5_days | no cumplida |
      | sí    | VE  | ?          | indeterminada | entered_within_5_days | desconocida |
      | sí    | CU  | 2026-12-06 | elegible      | in_el_salvador        | cumplida    |
      | no    | CU  | 2026-12-06 | indeterminada | in_el_salvador        | no cumplida |
      | ?     | CU  | 2026-12-06 | indeterminada | in_el_salvador        | desconocida |
      | sí    | SV  | 2026-12-06 | no elegible   | not_sv_national       | no cumplida |
      | sí    | HN  | 2026-12-06 | elegible      | not_sv_national       | cumplida    |

  Esquema del escenario: CA-4 — sólo nacionales de Guatemala, Honduras y Nicaragua, desde el 1/06/2006
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato            | valor |
      | host_country    | SV    |
      | in_host_country | sí    |
      | nationalities   | <nac> |
    Cuando se evalúan las vías
    Entonces la vía "sv.ca4.libre_movilidad" es "<resultado>"

    Ejemplos:
      | fecha      | nac | resultado     |
      | 2026-12-07 | GT  | elegible      |
      | 2026-12-07 | HN  | elegible      |
      | 2026-12-07 | SV  | no elegible   |
      | 2026-12-07 | PA  | no elegible   |
      | 2006-05-31 | HN  | no elegible   |
      | 2006-06-01 | HN  | elegible      |
      | 2006-06-02 | NI  | elegible      |

  Esquema del escenario: Bienvenido a Casa — salvadoreño y retornado, cada condición decide por sí sola, desde junio de 2007
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato                       | valor       |
      | host_country               | SV          |
      | in_host_country            | sí          |
      | nationalities              | <nac>       |
      | sv_returned_to_el_salvador | <retornado> |
    Cuando se evalúan las vías
    Entonces la vía "sv.retornados.bienvenido_a_casa" es "<resultado>"
    Y la condición "<condición>" de la vía "sv.retornados.bienvenido_a_casa" está "<estado>"

    Ejemplos:
      | fecha      | nac   | retornado | resultado     | condición               | estado      |
      | 2026-12-07 | SV    | sí        | elegible      | salvadoran              | cumplida    |
      | 2026-12-07 | SV,US | sí        | elegible      | salvadoran              | cumplida    |
      | 2026-12-07 | GT    | sí        | no elegible   | salvadoran              | no cumplida |
      | 2026-12-07 | SV    | no        | no elegible   | returned_to_el_salvador | no cumplida |
      | 2026-12-07 | SV    | ?         | indeterminada | returned_to_el_salvador | desconocida |

  Esquema del escenario: Bienvenido a Casa — el programa rige desde junio de 2007: el día antes, el mismo día y el día después
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato                       | valor |
      | host_country               | SV    |
      | in_host_country            | sí    |
      | nationalities              | SV    |
      | sv_returned_to_el_salvador | sí    |
    Cuando se evalúan las vías
    Entonces la vía "sv.retornados.bienvenido_a_casa" es "<resultado>"

    Ejemplos:
      | fecha      | resultado     |
      | 2007-05-31 | no elegible   |
      | 2007-06-01 | elegible      |
      | 2007-06-02 | elegible      |
