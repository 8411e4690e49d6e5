# language: es
Característica: Surinam — protección con certificado del ACNUR y permiso de estadía, libre movilidad CARICOM de personas calificadas
  Como equipo que mantiene los reglamentos de Surinam
  queremos que pedir protección nunca dé "no elegible" (Surinam no tiene procedimiento nacional: primero el ACNUR,
  luego el permiso de Justicia y Policía) y que un nacional de un Estado CARICOM con un oficio aprobado vea
  la libre movilidad, con lo que no está confirmado de su aplicación en Surinam.

  Vías cubiertas (pathways/sr/), fuentes revisadas el 2026-12-07:
    sr.asiel                   desde 2015-10-01 (situación descrita por el ACNUR en 2015)
    sr.caricom.habilidades     desde 2006-01-01 (mercado único; fecha sin confirmar)

  Escenario: Cubano en Paramaribo que teme volver: primero el registro del ACNUR, luego el permiso
    Dado la fecha de evaluación "2026-12-07"
    Y una persona con los datos:
      | dato            | valor |
      | host_country    | SR    |
      | in_host_country | sí    |
      | nationalities   | CU    |
    Cuando se evalúan las vías
    Entonces la vía "sr.asiel" es "elegible"
    Y la vía "sr.caricom.habilidades" es "no elegible"

  Esquema del escenario: Protección — en Surinam; desde fuera queda indeterminada; un surinamés no la pide en Surinam
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato            | valor   |
      | host_country    | SR      |
      | in_host_country | <en_sr> |
      | nationalities   | <nac>   |
    Cuando se evalúan las vías
    Entonces la vía "sr.asiel" es "<resultado>"
    Y la condición "<condición>" de la vía "sr.asiel" está "<estado>"

    Ejemplos:
      | fecha      | en_sr | nac | resultado     | condición       | estado      |
      | 2026-12-07 | sí    | VE  | elegible      | in_suriname     | cumplida    |
      | 2026-12-07 | no    | VE  | indeterminada | in_suriname     | no cumplida |
      | 2026-12-07 | ?     | HT  | indeterminada | in_suriname     | desconocida |
      | 2026-12-07 | sí    | SR  | no elegible   | not_sr_national | no cumplida |
      | 2026-12-07 | sí    | HT  | elegible      | not_sr_national | cumplida    |
      | 2015-10-01 | sí    | SY  | elegible      | in_suriname     | cumplida    |
      | 2015-10-02 | sí    | SY  | elegible      | in_suriname     | cumplida    |

  Esquema del escenario: CARICOM — nacional de un Estado participante, no surinamés, con oficio aprobado
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato                   | valor    |
      | host_country           | SR       |
      | in_host_country        | sí       |
      | nationalities          | <nac>    |
      | caricom_skill_category | <oficio> |
    Cuando se evalúan las vías
    Entonces la vía "sr.caricom.habilidades" es "<resultado>"
    Y la condición "<condición>" de la vía "sr.caricom.habilidades" está "<estado>"

    Ejemplos:
      | fecha      | nac   | oficio | resultado     | condición               | estado      |
      | 2026-12-07 | GY    | sí     | elegible      | caricom_skills_national | cumplida    |
      | 2026-12-07 | JM    | sí     | elegible      | approved_category       | cumplida    |
      | 2026-12-07 | JM    | no     | no elegible   | approved_category       | no cumplida |
      | 2026-12-07 | JM    | ?      | indeterminada | approved_category       | desconocida |
      | 2026-12-07 | BR    | sí     | no elegible   | caricom_skills_national | no cumplida |
      | 2026-12-07 | SR    | sí     | no elegible   | not_sr_national         | no cumplida |
      | 2026-12-07 | SR,GY | sí     | no elegible   | not_sr_national         | no cumplida |
      | 2026-12-07 | TT    | sí     | elegible      | not_sr_national         | cumplida    |

  Esquema del escenario: CARICOM en Surinam — desde el 1/01/2006: el día antes, el mismo día y el día después
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato                   | valor |
      | host_country           | SR    |
      | in_host_country        | sí    |
      | nationalities          | GY    |
      | caricom_skill_category | sí    |
    Cuando se evalúan las vías
    Entonces la vía "sr.caricom.habilidades" es "<resultado>"

    Ejemplos:
      | fecha      | resultado   |
      | 2005-12-31 | no elegible |
      | 2006-01-01 | elegible    |
      | 2006-01-02 | elegible    |
