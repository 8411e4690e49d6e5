# language: es
Característica: Honduras — retorno (CAMR y UMAR de San Pedro Sula), libre movilidad CA-4 y solicitud de refugio
  Como equipo que mantiene los reglamentos de Honduras
  queremos que un hondureño retornado que vive en San Pedro Sula sepa a dónde ir (el CAMR al llegar, la UMAR
  de la alcaldía después), que guatemaltecos, salvadoreños y nicaragüenses vean su estancia CA-4 de 90 días,
  y que pedir refugio nunca dé "no elegible".

  Vías cubiertas (pathways/hn/), fuentes revisadas el 2026-12-07:
    hn.retornados.camr          desde 2014-01-01 (fecha de apertura sin confirmar)
    hn.san_pedro_sula.umar      desde 2018-04-23 (funcionando en esa fecha según La Tribuna)
    hn.ca4.libre_movilidad      desde 2006-06-01
    hn.refugio                  desde 2004-05-03 (Reglamento de la Ley de Migración y Extranjería)

  Escenario: Hondureño deportado de Estados Unidos que vive en San Pedro Sula: CAMR al llegar y UMAR en la alcaldía
    Dado la fecha de evaluación "2026-12-07"
    Y una persona con los datos:
      | dato                    | valor          |
      | host_country            | HN             |
      | city                    | san_pedro_sula |
      | in_host_country         | sí             |
      | nationalities           | HN             |
      | hn_returned_to_honduras | sí             |
    Cuando se evalúan las vías
    Entonces la vía "hn.retornados.camr" es "elegible"
    Y la vía "hn.retornados.camr" cita "returnees by air and by land attended at the CAMR"
    Y la vía "hn.san_pedro_sula.umar" es "elegible"
    Y la vía "hn.san_pedro_sula.umar" señala un punto sin confirmar
    Y la vía "hn.ca4.libre_movilidad" es "no elegible"

  Esquema del escenario: CAMR — hondureño y retornado, cada condición decide por sí sola
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato                    | valor       |
      | host_country            | HN          |
      | in_host_country         | sí          |
      | nationalities           | <nac>       |
      | hn_returned_to_honduras | <retornado> |
    Cuando se evalúan las vías
    Entonces la vía "hn.retornados.camr" es "<resultado>"
    Y la condición "<condición>" de la vía "hn.retornados.camr" está "<estado>"

    Ejemplos:
      | fecha      | nac | retornado | resultado     | condición            | estado      |
      | 2026-12-07 | HN  | sí        | elegible      | honduran             | cumplida    |
      | 2026-12-07 | GT  | sí        | no elegible   | honduran             | no cumplida |
      | 2026-12-07 | HN  | no        | no elegible   | returned_to_honduras | no cumplida |
      | 2026-12-07 | HN  | ?         | indeterminada | returned_to_honduras | desconocida |

  Esquema del escenario: UMAR San Pedro Sula — vive en San Pedro Sula, hondureño y retornado, desde el 23/04/2018
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato                    | valor       |
      | host_country            | HN          |
      | city                    | <ciudad>    |
      | in_host_country         | sí          |
      | nationalities           | <nac>       |
      | hn_returned_to_honduras | <retornado> |
    Cuando se evalúan las vías
    Entonces la vía "hn.san_pedro_sula.umar" es "<resultado>"

    Ejemplos:
      | fecha      | ciudad         | nac | retornado | resultado     |
      | 2026-12-07 | san_pedro_sula | HN  | sí        | elegible      |
      | 2026-12-07 | other          | HN  | sí        | no elegible   |
      | 2026-12-07 | ?              | HN  | sí        | indeterminada |
      | 2026-12-07 | san_pedro_sula | SV  | sí        | no elegible   |
      | 2026-12-07 | san_pedro_sula | HN  | no        | no elegible   |
      | 2026-12-07 | san_pedro_sula | HN  | ?         | indeterminada |
      | 2018-04-22 | san_pedro_sula | HN  | sí        | no elegible   |
      | 2018-04-23 | san_pedro_sula | HN  | sí        | elegible      |
      | 2018-04-24 | san_pedro_sula | HN  | sí        | elegible      |

  Esquema del escenario: CA-4 — sólo nacionales de Guatemala, El Salvador y Nicaragua, desde el 1/06/2006
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato            | valor |
      | host_country    | HN    |
      | in_host_country | sí    |
      | nationalities   | <nac> |
    Cuando se evalúan las vías
    Entonces la vía "hn.ca4.libre_movilidad" es "<resultado>"

    Ejemplos:
      | fecha      | nac | resultado     |
      | 2026-12-07 | GT  | elegible      |
      | 2026-12-07 | NI  | elegible      |
      | 2026-12-07 | HN  | no elegible   |
      | 2026-12-07 | CR  | no elegible   |
      | 2006-05-31 | GT  | no elegible   |
      | 2006-06-01 | GT  | elegible      |
      | 2006-06-02 | SV  | elegible      |

  Esquema del escenario: Refugio — se pide en Honduras o en su frontera; desde fuera queda indeterminada, nunca "no"
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato            | valor   |
      | host_country    | HN      |
      | in_host_country | <en_hn> |
      | nationalities   | <nac>   |
    Cuando se evalúan las vías
    Entonces la vía "hn.refugio" es "<resultado>"
    Y la condición "in_honduras" de la vía "hn.refugio" está "<estado>"

    Ejemplos:
      | fecha      | en_hn | nac | resultado     | estado      |
      | 2026-12-07 | sí    | NI  | elegible      | cumplida    |
      | 2026-12-07 | sí    | VE  | elegible      | cumplida    |
      | 2026-12-07 | no    | CU  | indeterminada | no cumplida |
      | 2026-12-07 | ?     | HT  | indeterminada | desconocida |
      | 2004-05-03 | sí    | NI  | elegible      | cumplida    |
      | 2004-05-04 | sí    | NI  | elegible      | cumplida    |

  Esquema del escenario: Refugio — la condición de refugiado protege a quien está fuera de su propio país: un hondureño no la pide en Honduras
    Dado la fecha de evaluación "2026-12-07"
    Y una persona con los datos:
      | dato            | valor |
      | host_country    | HN    |
      | in_host_country | sí    |
      | nationalities   | <nac> |
    Cuando se evalúan las vías
    Entonces la vía "hn.refugio" es "<resultado>"
    Y la condición "not_hn_national" de la vía "hn.refugio" está "<estado>"

    Ejemplos:
      | nac   | resultado   | estado      |
      | SV    | elegible    | cumplida    |
      | HN    | no elegible | no cumplida |
      | HN,US | no elegible | no cumplida |

  Esquema del escenario: CAMR — desde el inicio de 2014: el día antes, el mismo día y el día después
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato                    | valor |
      | host_country            | HN    |
      | in_host_country         | sí    |
      | nationalities           | HN    |
      | hn_returned_to_honduras | sí    |
    Cuando se evalúan las vías
    Entonces la vía "hn.retornados.camr" es "<resultado>"

    Ejemplos:
      | fecha      | resultado     |
      | 2013-12-31 | no elegible   |
      | 2014-01-01 | elegible      |
      | 2014-01-02 | elegible      |
