# language: es
Característica: Panamá — permisos de regularización y solicitud de refugio
  Como equipo que mantiene los reglamentos de Panamá
  queremos que el Permiso Temporal de Protección (DE 112/2023), el Permiso de Protección de Seguridad
  Humanitaria (DE 6/2025) y el histórico Crisol de Razas respondan con sus fechas, y que pedir refugio
  nunca dé "no elegible". La asociación al MERCOSUR (6/12/2024) no da residencia MERCOSUR en Panamá
  (nota en pa.seguridad_humanitaria; rules/blocs.yaml la registra como asociada).

  Vías cubiertas (pathways/pa/), fuentes revisadas el 2026-12-07:
    pa.crisol_de_razas              2012-07-25 a 2016-06-02 (DE 547) y 2016-06-03 a 2019-07-31 (DE 167), cerrada
    pa.permiso_temporal_proteccion  2023-07-17 a 2024-07-19, cerrada
    pa.seguridad_humanitaria        desde 2025-03-14
    pa.refugio                      1998-02-10 a 2018-01-15 (DE 23), desde 2018-01-16 (DE 5, seis meses)

  Escenario: Venezolano en Ciudad de Panamá desde 2022, entró por Tocumen con sello, sin papeles: el permiso de 2025
    Dado la fecha de evaluación "2026-12-07"
    Y una persona con los datos:
      | dato                           | valor      |
      | host_country                   | PA         |
      | in_host_country                | sí         |
      | nationalities                  | VE         |
      | entry_date                     | 2022-03-15 |
      | mercosur_regular_status        | no         |
      | pa_entered_official_post       | sí         |
      | pa_refugee_claim_denied        | no         |
      | pa_pending_migration_procedure | no         |
      | criminal_record_5y             | no         |
    Cuando se evalúan las vías
    Entonces la vía "pa.seguridad_humanitaria" es "elegible"
    Y la vía "pa.permiso_temporal_proteccion" es "no elegible"
    Y la vía "pa.permiso_temporal_proteccion" cerró el "2024-07-19"
    Y la vía "pa.crisol_de_razas" cerró el "2019-07-31"
    Y la vía "pa.refugio" es "indeterminada"

  Esquema del escenario: Permiso Temporal de Protección — cada condición y el ingreso hasta el 17/07/2022
    Dado la fecha de evaluación "2023-10-01"
    Y una persona con los datos:
      | dato                           | valor       |
      | host_country                   | PA          |
      | in_host_country                | <en_pa>     |
      | mercosur_regular_status        | <regular>   |
      | entry_date                     | <entrada>   |
      | pa_pending_migration_procedure | <pendiente> |
      | criminal_record_5y             | <penal>     |
    Cuando se evalúan las vías
    Entonces la vía "pa.permiso_temporal_proteccion" es "<resultado>"
    Y la condición "<condición>" de la vía "pa.permiso_temporal_proteccion" está "<estado>"

    Ejemplos:
      | en_pa | regular | entrada    | pendiente | penal | resultado     | condición                       | estado      |
      | sí    | no      | 2021-05-01 | no        | no    | elegible      | in_panama                       | cumplida    |
      | no    | no      | 2021-05-01 | no        | no    | no elegible   | in_panama                       | no cumplida |
      | sí    | sí      | 2021-05-01 | no        | no    | no elegible   | irregular                       | no cumplida |
      | sí    | no      | 2022-07-16 | no        | no    | elegible      | in_panama_one_year_before_decree | cumplida   |
      | sí    | no      | 2022-07-17 | no        | no    | elegible      | in_panama_one_year_before_decree | cumplida   |
      | sí    | no      | 2022-07-18 | no        | no    | no elegible   | in_panama_one_year_before_decree | no cumplida |
      | sí    | no      | 2021-05-01 | sí        | no    | no elegible   | no_pending_procedure            | no cumplida |
      | sí    | no      | 2021-05-01 | no        | sí    | no elegible   | no_criminal_record              | no cumplida |
      | sí    | no      | 2021-05-01 | ?         | no    | indeterminada | no_pending_procedure            | desconocida |

  Esquema del escenario: Permiso Temporal de Protección — abre el 17/07/2023 y cierra el 19/07/2024
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato                           | valor      |
      | host_country                   | PA         |
      | in_host_country                | sí         |
      | mercosur_regular_status        | no         |
      | entry_date                     | 2021-05-01 |
      | pa_pending_migration_procedure | no         |
      | criminal_record_5y             | no         |
    Cuando se evalúan las vías
    Entonces la vía "pa.permiso_temporal_proteccion" es "<resultado>"

    Ejemplos:
      | fecha      | resultado   |
      | 2023-07-16 | no elegible |
      | 2023-07-17 | elegible    |
      | 2023-07-18 | elegible    |
      | 2024-07-18 | elegible    |
      | 2024-07-19 | elegible    |
      | 2024-07-20 | no elegible |

  Esquema del escenario: Seguridad humanitaria — los dos grupos, el año en Panamá y cada condición
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato                     | valor      |
      | nationalities | VE |
      | host_country             | PA         |
      | in_host_country          | <en_pa>    |
      | mercosur_regular_status  | <regular>  |
      | entry_date               | <entrada>  |
      | pa_entered_official_post | <sello>    |
      | pa_refugee_claim_denied  | <denegado> |
      | criminal_record_5y       | <penal>    |
    Cuando se evalúan las vías
    Entonces la vía "pa.seguridad_humanitaria" es "<resultado>"
    Y la condición "<condición>" de la vía "pa.seguridad_humanitaria" está "<estado>"

    Ejemplos:
      | en_pa | regular | entrada    | sello | denegado | penal | resultado     | condición              | estado      |
      | sí    | no      | 2024-06-01 | sí    | no       | no    | elegible      | irregular_one_year     | cumplida    |
      | sí    | no      | 2025-01-14 | sí    | no       | no    | elegible      | one_year_in_panama     | cumplida    |
      | sí    | no      | 2025-01-15 | sí    | no       | no    | elegible      | one_year_in_panama     | cumplida    |
      | sí    | no      | 2025-01-16 | sí    | no       | no    | no elegible   | one_year_in_panama     | no cumplida |
      | sí    | sí      | 2024-06-01 | sí    | no       | no    | no elegible   | irregular              | no cumplida |
      | sí    | no      | 2024-06-01 | no    | no       | no    | no elegible   | entered_official_post  | no cumplida |
      | sí    | ?       | 2025-12-01 | no    | sí       | no    | elegible      | refugee_claim_denied   | cumplida    |
      | sí    | no      | 2025-12-01 | no    | no       | no    | no elegible   | refugee_claim_denied   | no cumplida |
      | no    | no      | 2024-06-01 | sí    | no       | no    | no elegible   | in_panama              | no cumplida |
      | sí    | no      | 2024-06-01 | sí    | no       | sí    | no elegible   | no_criminal_record     | no cumplida |
      | sí    | no      | 2024-06-01 | ?     | no       | no    | indeterminada | entered_official_post  | desconocida |

  Esquema del escenario: Seguridad humanitaria — rige desde el 14/03/2025
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato                     | valor      |
      | nationalities | VE |
      | host_country             | PA         |
      | in_host_country          | sí         |
      | mercosur_regular_status  | no         |
      | entry_date               | 2023-02-01 |
      | pa_entered_official_post | sí         |
      | pa_refugee_claim_denied  | no         |
      | criminal_record_5y       | no         |
    Cuando se evalúan las vías
    Entonces la vía "pa.seguridad_humanitaria" es "<resultado>"

    Ejemplos:
      | fecha      | resultado   |
      | 2025-03-13 | no elegible |
      | 2025-03-14 | elegible    |
      | 2025-03-15 | elegible    |

  Esquema del escenario: Crisol de Razas — cada condición en sus dos versiones
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato                           | valor       |
      | host_country                   | PA          |
      | in_host_country                | <en_pa>     |
      | mercosur_regular_status        | <regular>   |
      | entry_date                     | <entrada>   |
      | pa_pending_migration_procedure | <pendiente> |
    Cuando se evalúan las vías
    Entonces la vía "pa.crisol_de_razas" es "<resultado>"
    Y la condición "<condición>" de la vía "pa.crisol_de_razas" está "<estado>"

    Ejemplos: DE 547/2012
      | fecha      | en_pa | regular | entrada    | pendiente | resultado     | condición  | estado      |
      | 2014-01-10 | sí    | no      | 2011-05-01 | ?         | elegible      | irregular  | cumplida    |
      | 2014-01-10 | no    | no      | 2011-05-01 | ?         | no elegible   | in_panama  | no cumplida |
      | 2014-01-10 | sí    | sí      | 2011-05-01 | ?         | no elegible   | irregular  | no cumplida |
      | 2014-01-10 | sí    | ?       | 2011-05-01 | ?         | indeterminada | irregular  | desconocida |

    Ejemplos: DE 167/2016 (un año en Panamá)
      | fecha      | en_pa | regular | entrada    | pendiente | resultado     | condición            | estado      |
      | 2018-03-01 | sí    | ?       | 2016-01-01 | no        | elegible      | in_panama            | cumplida    |
      | 2018-03-01 | no    | ?       | 2016-01-01 | no        | no elegible   | in_panama            | no cumplida |
      | 2018-03-01 | sí    | ?       | 2017-02-28 | no        | elegible      | one_year_in_panama   | cumplida    |
      | 2018-03-01 | sí    | ?       | 2017-03-01 | no        | elegible      | one_year_in_panama   | cumplida    |
      | 2018-03-01 | sí    | ?       | 2017-03-02 | no        | no elegible   | one_year_in_panama   | no cumplida |
      | 2018-03-01 | sí    | ?       | 2016-01-01 | sí        | no elegible   | no_pending_procedure | no cumplida |
      | 2018-03-01 | sí    | ?       | 2016-01-01 | ?         | indeterminada | no_pending_procedure | desconocida |

  Esquema del escenario: Crisol de Razas — fechas: abre el 25/07/2012, cambia el 3/06/2016, cierra tras el 31/07/2019
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato                           | valor      |
      | host_country                   | PA         |
      | in_host_country                | sí         |
      | mercosur_regular_status        | no         |
      | entry_date                     | 2010-01-01 |
      | pa_pending_migration_procedure | no         |
    Cuando se evalúan las vías
    Entonces la vía "pa.crisol_de_razas" es "<resultado>"

    Ejemplos:
      | fecha      | resultado   |
      | 2012-07-24 | no elegible |
      | 2012-07-25 | elegible    |
      | 2016-06-02 | elegible    |
      | 2016-06-03 | elegible    |
      | 2019-07-31 | elegible    |
      | 2019-08-01 | no elegible |

  Esquema del escenario: Refugio en Panamá — seis meses desde el ingreso (DE 5/2018); tarde o desde fuera es "indeterminada", nunca "no"
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato            | valor     |
      | host_country    | PA        |
      | in_host_country | <en_pa>   |
      | nationalities   | <nac>     |
      | entry_date      | <entrada> |
    Cuando se evalúan las vías
    Entonces la vía "pa.refugio" es "<resultado>"
    Y la condición "<condición>" de la vía "pa.refugio" está "<estado>"

    Ejemplos: DE 5/2018
      | fecha      | en_pa | nac | entrada    | resultado     | condición                | estado      |
      | 2024-09-15 | sí    | CO  | 2024-03-14 | indeterminada | entered_within_six_months | no cumplida |
      | 2024-09-15 | sí    | CO  | 2024-03-15 | elegible      | entered_within_six_months | cumplida    |
      | 2024-09-15 | sí    | NI  | 2024-03-16 | elegible      | entered_within_six_months | cumplida    |
      | 2024-09-15 | no    | NI  | 2024-08-01 | indeterminada | in_panama                | no cumplida |
      | 2024-09-15 | sí    | NI  | 2024-08-01 | elegible      | in_panama                | cumplida    |
      | 2024-09-15 | sí    | VE  | ?          | indeterminada | entered_within_six_months | desconocida |

    Ejemplos: DE 23/1998 y el cambio del 16/01/2018
      | fecha      | en_pa | nac | entrada    | resultado     | condición | estado      |
      | 2010-05-01 | sí    | CO  | 2001-01-01 | elegible      | in_panama | cumplida    |
      | 2010-05-01 | no    | CO  | ?          | indeterminada | in_panama | no cumplida |
      | 2018-01-15 | sí    | CO  | 2001-01-01 | elegible      | in_panama | cumplida    |
      | 2018-01-16 | sí    | CO  | 2001-01-01 | indeterminada | in_panama | cumplida    |
      | 2018-01-17 | sí    | CO  | 2001-01-01 | indeterminada | in_panama | cumplida    |
