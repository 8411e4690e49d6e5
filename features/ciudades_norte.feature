# language: es
Característica: Servicios de ciudades de Norteamérica y México de las fuentes (revisión §B.1, ítems B1-19, B1-25, B1-27, B1-50, B1-52)
  Como equipo que mantiene el contenido de las ciudades
  queremos que quien vive en Montgomery County, Tlaxcala, Denver, Boston o Nueva York vea el servicio de su ciudad,
  que quien vive en otra ciudad no lo vea, y que un servicio cerrado diga desde cuándo está cerrado.


  Esquema del escenario: us.montgomery_county.gilchrist — en montgomery_county, sea cual sea la situación; otra ciudad no; sin dato, indeterminada; desde 2001-09-08
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato            | valor    |
      | host_country    | US       |
      | city            | <ciudad> |
      | in_host_country | <dentro> |
      | nationalities   | SV       |
    Cuando se evalúan las vías
    Entonces la vía "us.montgomery_county.gilchrist" es "<resultado>"
    Y la condición "<condición>" de la vía "us.montgomery_county.gilchrist" está "<estado>"

    Ejemplos:
      | fecha      | ciudad            | dentro | resultado     | condición          | estado      |
      | 2026-12-07 | montgomery_county | sí     | elegible      | resident_any_status | cumplida    |
      | 2026-12-07 | montgomery_county | no     | no elegible   | resident_any_status | no cumplida |
      | 2026-12-07 | other             | sí     | no elegible   | in_city             | no cumplida |
      | 2026-12-07 | boston            | sí     | no elegible   | in_city             | no cumplida |
      | 2026-12-07 | montgomery_county | ?      | indeterminada | resident_any_status | desconocida |
      | 2026-12-07 | ?                 | sí     | indeterminada | in_city             | desconocida |
      | 2001-09-07 | montgomery_county | sí     | no elegible   | in_force            | no cumplida |
      | 2001-09-08 | montgomery_county | sí     | elegible      | resident_any_status | cumplida    |
      | 2001-09-09 | montgomery_county | sí     | elegible      | resident_any_status | cumplida    |

  Esquema del escenario: mx.tlaxcala.dispensa_apostilla — en Tlaxcala se registra la nacionalidad mexicana sin apostilla; en otra ciudad no; desde 2023-07-04
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato            | valor    |
      | host_country    | MX       |
      | city            | <ciudad> |
      | in_host_country | <dentro> |
      | nationalities   | <nac>    |
    Cuando se evalúan las vías
    Entonces la vía "mx.tlaxcala.dispensa_apostilla" es "<resultado>"
    Y la condición "<condición>" de la vía "mx.tlaxcala.dispensa_apostilla" está "<estado>"

    Ejemplos:
      | fecha      | ciudad      | dentro | nac | resultado     | condición      | estado      |
      | 2026-12-07 | tlaxcala    | sí     | MX  | elegible      | mexican_parent | cumplida    |
      | 2026-12-07 | tlaxcala    | sí     | US  | indeterminada | mexican_parent | desconocida |
      | 2026-12-07 | tlaxcala    | no     | MX  | no elegible   | in_mexico      | no cumplida |
      | 2026-12-07 | mexico_city | sí     | MX  | no elegible   | in_city        | no cumplida |
      | 2026-12-07 | other       | sí     | MX  | no elegible   | in_city        | no cumplida |
      | 2026-12-07 | ?           | sí     | MX  | indeterminada | in_city        | desconocida |
      | 2023-07-03 | tlaxcala    | sí     | MX  | no elegible   | in_force       | no cumplida |
      | 2023-07-04 | tlaxcala    | sí     | MX  | elegible      | mexican_parent | cumplida    |
      | 2023-07-05 | tlaxcala    | sí     | MX  | elegible      | mexican_parent | cumplida    |

  Esquema del escenario: us.denver.workready — solo con invitación de la Ciudad (indeterminada) del 13/06/2024 al 31/12/2024; después está cerrado
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato            | valor    |
      | host_country    | US       |
      | city            | <ciudad> |
      | in_host_country | <dentro> |
      | nationalities   | VE       |
    Cuando se evalúan las vías
    Entonces la vía "us.denver.workready" es "<resultado>"
    Y la condición "<condición>" de la vía "us.denver.workready" está "<estado>"

    Ejemplos:
      | fecha      | ciudad | dentro | resultado     | condición             | estado      |
      | 2024-09-01 | denver | sí     | indeterminada | enrolled_from_shelter | desconocida |
      | 2024-09-01 | denver | no     | no elegible   | in_united_states      | no cumplida |
      | 2024-09-01 | other  | sí     | no elegible   | in_city               | no cumplida |
      | 2024-09-01 | ?      | sí     | indeterminada | in_city               | desconocida |
      | 2024-06-12 | denver | sí     | no elegible   | in_force              | no cumplida |
      | 2024-06-13 | denver | sí     | indeterminada | enrolled_from_shelter | desconocida |
      | 2024-06-14 | denver | sí     | indeterminada | enrolled_from_shelter | desconocida |
      | 2024-12-30 | denver | sí     | indeterminada | enrolled_from_shelter | desconocida |
      | 2024-12-31 | denver | sí     | indeterminada | enrolled_from_shelter | desconocida |
      | 2025-01-01 | denver | sí     | no elegible   | in_force              | no cumplida |

  Escenario: us.denver.workready — en 2026 una clínica ve que cerró y cuándo
    Dado la fecha de evaluación "2026-12-07"
    Y una persona con los datos:
      | dato            | valor  |
      | host_country    | US     |
      | city            | denver |
      | in_host_country | sí     |
      | nationalities   | VE     |
    Cuando se evalúan las vías
    Entonces la vía "us.denver.workready" es "no elegible"
    Y la vía "us.denver.workready" cerró el "2024-12-31"

  Esquema del escenario: us.boston.moia — en boston, sea cual sea la situación; otra ciudad no; sin dato, indeterminada; desde 2016-04-29
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato            | valor    |
      | host_country    | US       |
      | city            | <ciudad> |
      | in_host_country | <dentro> |
      | nationalities   | HT       |
    Cuando se evalúan las vías
    Entonces la vía "us.boston.moia" es "<resultado>"
    Y la condición "<condición>" de la vía "us.boston.moia" está "<estado>"

    Ejemplos:
      | fecha      | ciudad   | dentro | resultado     | condición           | estado      |
      | 2026-12-07 | boston   | sí     | elegible      | resident_any_status | cumplida    |
      | 2026-12-07 | boston   | no     | no elegible   | resident_any_status | no cumplida |
      | 2026-12-07 | other    | sí     | no elegible   | in_city             | no cumplida |
      | 2026-12-07 | new_york | sí     | no elegible   | in_city             | no cumplida |
      | 2026-12-07 | boston   | ?      | indeterminada | resident_any_status | desconocida |
      | 2026-12-07 | ?        | sí     | indeterminada | in_city             | desconocida |
      | 2016-04-28 | boston   | sí     | no elegible   | in_force            | no cumplida |
      | 2016-04-29 | boston   | sí     | elegible      | resident_any_status | cumplida    |
      | 2016-04-30 | boston   | sí     | elegible      | resident_any_status | cumplida    |

  Esquema del escenario: us.new_york.mrap — familias en albergues de la Ciudad de Nueva York: la reubicación depende del albergue y del asilo pedido (indeterminada); otra ciudad no; desde 2023-05-03
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato            | valor    |
      | host_country    | US       |
      | city            | <ciudad> |
      | in_host_country | <dentro> |
      | nationalities   | VE       |
    Cuando se evalúan las vías
    Entonces la vía "us.new_york.mrap" es "<resultado>"
    Y la condición "<condición>" de la vía "us.new_york.mrap" está "<estado>"

    Ejemplos:
      | fecha      | ciudad   | dentro | resultado     | condición                        | estado      |
      | 2026-12-07 | new_york | sí     | indeterminada | family_in_shelter_asylum_applied | desconocida |
      | 2026-12-07 | new_york | no     | no elegible   | in_united_states                 | no cumplida |
      | 2026-12-07 | other    | sí     | no elegible   | in_city                          | no cumplida |
      | 2026-12-07 | denver   | sí     | no elegible   | in_city                          | no cumplida |
      | 2026-12-07 | ?        | sí     | indeterminada | in_city                          | desconocida |
      | 2023-05-02 | new_york | sí     | no elegible   | in_force                         | no cumplida |
      | 2023-05-03 | new_york | sí     | indeterminada | family_in_shelter_asylum_applied | desconocida |
      | 2023-05-04 | new_york | sí     | indeterminada | family_in_shelter_asylum_applied | desconocida |

  Esquema del escenario: us.dallas.wcia — talleres de ciudadanía en dallas: depende de la residencia permanente (indeterminada); otra ciudad no; desde 2017-03-01
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato            | valor    |
      | host_country    | US       |
      | city            | <ciudad> |
      | in_host_country | <dentro> |
      | nationalities   | MX       |
    Cuando se evalúan las vías
    Entonces la vía "us.dallas.wcia" es "<resultado>"
    Y la condición "<condición>" de la vía "us.dallas.wcia" está "<estado>"

    Ejemplos:
      | fecha      | ciudad | dentro | resultado     | condición                         | estado      |
      | 2026-12-07 | dallas | sí     | indeterminada | permanent_resident_may_naturalise | desconocida |
      | 2026-12-07 | dallas | no     | no elegible   | in_united_states                  | no cumplida |
      | 2026-12-07 | other  | sí     | no elegible   | in_city                           | no cumplida |
      | 2026-12-07 | boston | sí     | no elegible   | in_city                           | no cumplida |
      | 2026-12-07 | ?      | sí     | indeterminada | in_city                           | desconocida |
      | 2017-02-28 | dallas | sí     | no elegible   | in_force                          | no cumplida |
      | 2017-03-01 | dallas | sí     | indeterminada | permanent_resident_may_naturalise | desconocida |
      | 2017-03-02 | dallas | sí     | indeterminada | permanent_resident_may_naturalise | desconocida |

  Esquema del escenario: mx.conocer.certificacion — certificación de competencias en México desde los 15 años: el día antes, el mismo día y el día después; fuera de México no
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato            | valor        |
      | host_country    | MX           |
      | in_host_country | <dentro>     |
      | nationalities   | VE           |
      | birth_date      | <nacimiento> |
    Cuando se evalúan las vías
    Entonces la vía "mx.conocer.certificacion" es "<resultado>"
    Y la condición "<condición>" de la vía "mx.conocer.certificacion" está "<estado>"

    Ejemplos:
      | fecha      | dentro | nacimiento | resultado     | condición | estado      |
      | 2026-12-07 | sí     | 1990-01-01 | elegible      | in_mexico | cumplida    |
      | 2026-12-07 | no     | 1990-01-01 | no elegible   | in_mexico | no cumplida |
      | 2026-12-07 | ?      | 1990-01-01 | indeterminada | in_mexico | desconocida |
      | 2026-12-07 | sí     | 2011-12-08 | no elegible   | age_15    | no cumplida |
      | 2026-12-07 | sí     | 2011-12-07 | elegible      | age_15    | cumplida    |
      | 2026-12-07 | sí     | 2011-12-06 | elegible      | age_15    | cumplida    |
      | 2026-12-07 | sí     | ?          | indeterminada | age_15    | desconocida |
      | 2023-03-29 | sí     | 1990-01-01 | no elegible   | in_force  | no cumplida |
      | 2023-03-30 | sí     | 1990-01-01 | elegible      | in_mexico | cumplida    |
      | 2023-03-31 | sí     | 1990-01-01 | elegible      | in_mexico | cumplida    |

  Esquema del escenario: hn.choloma.umar — vive en choloma, hondureño y retornado; otra ciudad no; desde 2018-04-23
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato                    | valor       |
      | host_country            | HN          |
      | city                    | <ciudad>    |
      | in_host_country         | sí          |
      | nationalities           | <nac>       |
      | hn_returned_to_honduras | <retornado> |
    Cuando se evalúan las vías
    Entonces la vía "hn.choloma.umar" es "<resultado>"
    Y la condición "<condición>" de la vía "hn.choloma.umar" está "<estado>"

    Ejemplos:
      | fecha      | ciudad         | nac | retornado | resultado     | condición            | estado      |
      | 2026-12-07 | choloma        | HN  | sí        | elegible      | returned_to_honduras | cumplida    |
      | 2026-12-07 | choloma        | HN  | no        | no elegible   | returned_to_honduras | no cumplida |
      | 2026-12-07 | choloma        | HN  | ?         | indeterminada | returned_to_honduras | desconocida |
      | 2026-12-07 | choloma        | SV  | sí        | no elegible   | honduran             | no cumplida |
      | 2026-12-07 | san_pedro_sula | HN  | sí        | no elegible   | in_city              | no cumplida |
      | 2026-12-07 | other          | HN  | sí        | no elegible   | in_city              | no cumplida |
      | 2026-12-07 | ?              | HN  | sí        | indeterminada | in_city              | desconocida |
      | 2018-04-22 | choloma        | HN  | sí        | no elegible   | in_force             | no cumplida |
      | 2018-04-23 | choloma        | HN  | sí        | elegible      | returned_to_honduras | cumplida    |
      | 2018-04-24 | choloma        | HN  | sí        | elegible      | returned_to_honduras | cumplida    |

  Esquema del escenario: gt.san_marcos.oficina_migrante — en San Marcos (Guatemala); San Marcos de Texas u otra ciudad no; desde 2025-01-27
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato            | valor    |
      | host_country    | GT       |
      | city            | <ciudad> |
      | in_host_country | <dentro> |
      | nationalities   | GT       |
    Cuando se evalúan las vías
    Entonces la vía "gt.san_marcos.oficina_migrante" es "<resultado>"
    Y la condición "<condición>" de la vía "gt.san_marcos.oficina_migrante" está "<estado>"

    Ejemplos:
      | fecha      | ciudad        | dentro | resultado     | condición    | estado      |
      | 2026-12-07 | san_marcos_gt | sí     | elegible      | in_guatemala | cumplida    |
      | 2026-12-07 | san_marcos_gt | no     | no elegible   | in_guatemala | no cumplida |
      | 2026-12-07 | san_marcos_gt | ?      | indeterminada | in_guatemala | desconocida |
      | 2026-12-07 | san_marcos    | sí     | no elegible   | in_city      | no cumplida |
      | 2026-12-07 | other         | sí     | no elegible   | in_city      | no cumplida |
      | 2026-12-07 | ?             | sí     | indeterminada | in_city      | desconocida |
      | 2025-01-26 | san_marcos_gt | sí     | no elegible   | in_force     | no cumplida |
      | 2025-01-27 | san_marcos_gt | sí     | elegible      | in_guatemala | cumplida    |
      | 2025-01-28 | san_marcos_gt | sí     | elegible      | in_guatemala | cumplida    |

  Esquema del escenario: mx.tijuana.dmam — en tijuana, mexicano retornado o persona extranjera, sea cual sea la situación; otra ciudad no; desde 2015-10-01
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato            | valor    |
      | host_country    | MX       |
      | city            | <ciudad> |
      | in_host_country | <dentro> |
      | nationalities   | <nac>    |
    Cuando se evalúan las vías
    Entonces la vía "mx.tijuana.dmam" es "<resultado>"
    Y la condición "<condición>" de la vía "mx.tijuana.dmam" está "<estado>"

    Ejemplos:
      | fecha      | ciudad      | dentro | nac | resultado     | condición          | estado      |
      | 2026-12-07 | tijuana     | sí     | MX  | elegible      | migrant_any_status | cumplida    |
      | 2026-12-07 | tijuana     | sí     | HT  | elegible      | migrant_any_status | cumplida    |
      | 2026-12-07 | tijuana     | no     | MX  | no elegible   | migrant_any_status | no cumplida |
      | 2026-12-07 | tijuana     | ?      | MX  | indeterminada | migrant_any_status | desconocida |
      | 2026-12-07 | mexico_city | sí     | MX  | no elegible   | in_city            | no cumplida |
      | 2026-12-07 | ?           | sí     | MX  | indeterminada | in_city            | desconocida |
      | 2015-09-30 | tijuana     | sí     | MX  | no elegible   | in_force           | no cumplida |
      | 2015-10-01 | tijuana     | sí     | MX  | elegible      | migrant_any_status | cumplida    |
      | 2015-10-02 | tijuana     | sí     | MX  | elegible      | migrant_any_status | cumplida    |
