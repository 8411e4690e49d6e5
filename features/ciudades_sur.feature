# language: es
Característica: Servicios locales del sur en las fuentes (revisión §B.1): Maipú (Chile) y Mendoza (Argentina)
  Como equipo que mantiene el contenido de las ciudades
  queremos que la oficina municipal de Maipú atienda a toda persona migrante o refugiada de la comuna sin preguntar
  por su estatus, y que la matrícula provisoria de Mendoza para profesionales de la salud con título extranjero
  (Resolución 1941/2020) quede indeterminada mientras no se sepa si se sigue otorgando, nunca "no elegible" por eso.

  Esquema del escenario: cl.maipu.oficina_migrantes — en maipu, sea cual sea la situación; otra ciudad no; sin dato, indeterminada; desde 2022-01-01
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato            | valor    |
      | host_country    | CL       |
      | city            | <ciudad> |
      | in_host_country | <dentro> |
      | nationalities   | VE       |
    Cuando se evalúan las vías
    Entonces la vía "cl.maipu.oficina_migrantes" es "<resultado>"
    Y la condición "<condición>" de la vía "cl.maipu.oficina_migrantes" está "<estado>"

    Ejemplos:
      | fecha      | ciudad | dentro | resultado     | condición          | estado      |
      | 2026-12-07 | maipu  | sí     | elegible      | migrant_any_status | cumplida    |
      | 2026-12-07 | maipu  | no     | no elegible   | migrant_any_status | no cumplida |
      | 2026-12-07 | other  | sí     | no elegible   | in_city            | no cumplida |
      | 2026-12-07 | maipu  | ?      | indeterminada | migrant_any_status | desconocida |
      | 2026-12-07 | ?      | sí     | indeterminada | in_city            | desconocida |
      | 2021-12-31 | maipu  | sí     | no elegible   | in_force           | no cumplida |
      | 2022-01-01 | maipu  | sí     | elegible      | migrant_any_status | cumplida    |
      | 2022-01-02 | maipu  | sí     | elegible      | migrant_any_status | cumplida    |

  Esquema del escenario: ar.mendoza.matricula_salud — profesional de la salud con título extranjero en reválida; si se sigue otorgando no está dicho, así que indeterminada; desde 2020-09-11
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato                                  | valor    |
      | host_country                          | AR       |
      | city                                  | <ciudad> |
      | in_host_country                       | <dentro> |
      | nationalities                         | VE       |
      | ar_foreign_health_degree_revalidating | <título> |
    Cuando se evalúan las vías
    Entonces la vía "ar.mendoza.matricula_salud" es "<resultado>"
    Y la condición "<condición>" de la vía "ar.mendoza.matricula_salud" está "<estado>"

    Ejemplos:
      | fecha      | ciudad  | dentro | título | resultado     | condición           | estado      |
      | 2026-12-07 | mendoza | sí     | sí     | indeterminada | still_granted       | desconocida |
      | 2026-12-07 | mendoza | sí     | sí     | indeterminada | foreign_health_degree | cumplida  |
      | 2026-12-07 | mendoza | sí     | no     | no elegible   | foreign_health_degree | no cumplida |
      | 2026-12-07 | mendoza | sí     | ?      | indeterminada | foreign_health_degree | desconocida |
      | 2026-12-07 | mendoza | no     | sí     | no elegible   | in_argentina        | no cumplida |
      | 2026-12-07 | mendoza | sí     | sí     | indeterminada | in_argentina        | cumplida    |
      | 2026-12-07 | other   | sí     | sí     | no elegible   | in_city             | no cumplida |
      | 2026-12-07 | ?       | sí     | sí     | indeterminada | in_city             | desconocida |
      | 2020-09-10 | mendoza | sí     | sí     | no elegible   | in_force            | no cumplida |
      | 2020-09-11 | mendoza | sí     | sí     | indeterminada | still_granted       | desconocida |
      | 2020-09-12 | mendoza | sí     | sí     | indeterminada | still_granted       | desconocida |
