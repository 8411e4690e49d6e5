# language: es
Característica: Servicios de las ciudades de las fuentes (revisión §B.1): quién puede usarlos, dónde, y desde cuándo
  Como equipo que mantiene el contenido de las ciudades
  queremos que cada centro, oficina o documento municipal de las fuentes diga quién puede usarlo, en qué ciudad y
  desde qué fecha, sin preguntar nunca por el estatus migratorio; uno cerrado dice cuándo cerró.


  Esquema del escenario: ar.cordoba.capem — en cordoba, sea cual sea la situación; otra ciudad no; sin dato, indeterminada; desde 2022-04-01
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato            | valor    |
      | host_country    | AR       |
      | city            | <ciudad> |
      | in_host_country | <dentro> |
      | nationalities   | VE       |
    Cuando se evalúan las vías
    Entonces la vía "ar.cordoba.capem" es "<resultado>"
    Y la condición "<condición>" de la vía "ar.cordoba.capem" está "<estado>"

    Ejemplos:
      | fecha      | ciudad | dentro | resultado     | condición | estado      |
      | 2026-12-07 | cordoba | sí     | elegible      | migrant_any_status | cumplida    |
      | 2026-12-07 | cordoba | no     | no elegible   | migrant_any_status | no cumplida |
      | 2026-12-07 | other  | sí     | no elegible   | in_city   | no cumplida |
      | 2026-12-07 | cordoba | ?      | indeterminada | migrant_any_status | desconocida |
      | 2026-12-07 | ?      | sí     | indeterminada | in_city   | desconocida |
      | 2022-03-31 | cordoba | sí     | no elegible   | in_force  | no cumplida |
      | 2022-04-01 | cordoba | sí     | elegible      | migrant_any_status | cumplida    |
      | 2022-04-02 | cordoba | sí     | elegible      | migrant_any_status | cumplida    |

  Esquema del escenario: ar.quilmes.direccion_migrantes — en quilmes, sea cual sea la situación; otra ciudad no; sin dato, indeterminada; desde 2019-01-01
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato            | valor    |
      | host_country    | AR       |
      | city            | <ciudad> |
      | in_host_country | <dentro> |
      | nationalities   | PY       |
    Cuando se evalúan las vías
    Entonces la vía "ar.quilmes.direccion_migrantes" es "<resultado>"
    Y la condición "<condición>" de la vía "ar.quilmes.direccion_migrantes" está "<estado>"

    Ejemplos:
      | fecha      | ciudad | dentro | resultado     | condición | estado      |
      | 2026-12-07 | quilmes | sí     | elegible      | migrant_any_status | cumplida    |
      | 2026-12-07 | quilmes | no     | no elegible   | migrant_any_status | no cumplida |
      | 2026-12-07 | other  | sí     | no elegible   | in_city   | no cumplida |
      | 2026-12-07 | quilmes | ?      | indeterminada | migrant_any_status | desconocida |
      | 2026-12-07 | ?      | sí     | indeterminada | in_city   | desconocida |
      | 2018-12-31 | quilmes | sí     | no elegible   | in_force  | no cumplida |
      | 2019-01-01 | quilmes | sí     | elegible      | migrant_any_status | cumplida    |
      | 2019-01-02 | quilmes | sí     | elegible      | migrant_any_status | cumplida    |

  Esquema del escenario: pe.tacna.centro_orientacion — en tacna, sea cual sea la situación; otra ciudad no; sin dato, indeterminada; desde 2023-05-07
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato            | valor    |
      | host_country    | PE       |
      | city            | <ciudad> |
      | in_host_country | <dentro> |
      | nationalities   | VE       |
    Cuando se evalúan las vías
    Entonces la vía "pe.tacna.centro_orientacion" es "<resultado>"
    Y la condición "<condición>" de la vía "pe.tacna.centro_orientacion" está "<estado>"

    Ejemplos:
      | fecha      | ciudad | dentro | resultado     | condición | estado      |
      | 2026-12-07 | tacna | sí     | elegible      | migrant_any_status | cumplida    |
      | 2026-12-07 | tacna | no     | no elegible   | migrant_any_status | no cumplida |
      | 2026-12-07 | other  | sí     | no elegible   | in_city   | no cumplida |
      | 2026-12-07 | tacna | ?      | indeterminada | migrant_any_status | desconocida |
      | 2026-12-07 | ?      | sí     | indeterminada | in_city   | desconocida |
      | 2023-05-06 | tacna | sí     | no elegible   | in_force  | no cumplida |
      | 2023-05-07 | tacna | sí     | elegible      | migrant_any_status | cumplida    |
      | 2023-05-08 | tacna | sí     | elegible      | migrant_any_status | cumplida    |

  Esquema del escenario: co.barranquilla.cilm — en barranquilla, sea cual sea la situación; otra ciudad no; sin dato, indeterminada; desde 2020-03-01
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato            | valor    |
      | host_country    | CO       |
      | city            | <ciudad> |
      | in_host_country | <dentro> |
      | nationalities   | VE       |
    Cuando se evalúan las vías
    Entonces la vía "co.barranquilla.cilm" es "<resultado>"
    Y la condición "<condición>" de la vía "co.barranquilla.cilm" está "<estado>"

    Ejemplos:
      | fecha      | ciudad | dentro | resultado     | condición | estado      |
      | 2026-12-07 | barranquilla | sí     | elegible      | migrant_any_status | cumplida    |
      | 2026-12-07 | barranquilla | no     | no elegible   | migrant_any_status | no cumplida |
      | 2026-12-07 | other  | sí     | no elegible   | in_city   | no cumplida |
      | 2026-12-07 | barranquilla | ?      | indeterminada | migrant_any_status | desconocida |
      | 2026-12-07 | ?      | sí     | indeterminada | in_city   | desconocida |
      | 2020-02-29 | barranquilla | sí     | no elegible   | in_force  | no cumplida |
      | 2020-03-01 | barranquilla | sí     | elegible      | migrant_any_status | cumplida    |
      | 2020-03-02 | barranquilla | sí     | elegible      | migrant_any_status | cumplida    |

  Esquema del escenario: co.medellin.integrate — en medellin, sea cual sea la situación; otra ciudad no; sin dato, indeterminada; desde 2022-01-01
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato            | valor    |
      | host_country    | CO       |
      | city            | <ciudad> |
      | in_host_country | <dentro> |
      | nationalities   | VE       |
    Cuando se evalúan las vías
    Entonces la vía "co.medellin.integrate" es "<resultado>"
    Y la condición "<condición>" de la vía "co.medellin.integrate" está "<estado>"

    Ejemplos:
      | fecha      | ciudad | dentro | resultado     | condición | estado      |
      | 2026-12-07 | medellin | sí     | elegible      | migrant_any_status | cumplida    |
      | 2026-12-07 | medellin | no     | no elegible   | migrant_any_status | no cumplida |
      | 2026-12-07 | other  | sí     | no elegible   | in_city   | no cumplida |
      | 2026-12-07 | medellin | ?      | indeterminada | migrant_any_status | desconocida |
      | 2026-12-07 | ?      | sí     | indeterminada | in_city   | desconocida |
      | 2021-12-31 | medellin | sí     | no elegible   | in_force  | no cumplida |
      | 2022-01-01 | medellin | sí     | elegible      | migrant_any_status | cumplida    |
      | 2022-01-02 | medellin | sí     | elegible      | migrant_any_status | cumplida    |

  Esquema del escenario: ec.guayaquil.movilidad_humana — en guayaquil, sea cual sea la situación; otra ciudad no; sin dato, indeterminada; desde 2021-01-01
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato            | valor    |
      | host_country    | EC       |
      | city            | <ciudad> |
      | in_host_country | <dentro> |
      | nationalities   | VE       |
    Cuando se evalúan las vías
    Entonces la vía "ec.guayaquil.movilidad_humana" es "<resultado>"
    Y la condición "<condición>" de la vía "ec.guayaquil.movilidad_humana" está "<estado>"

    Ejemplos:
      | fecha      | ciudad | dentro | resultado     | condición | estado      |
      | 2026-12-07 | guayaquil | sí     | elegible      | migrant_any_status | cumplida    |
      | 2026-12-07 | guayaquil | no     | no elegible   | migrant_any_status | no cumplida |
      | 2026-12-07 | other  | sí     | no elegible   | in_city   | no cumplida |
      | 2026-12-07 | guayaquil | ?      | indeterminada | migrant_any_status | desconocida |
      | 2026-12-07 | ?      | sí     | indeterminada | in_city   | desconocida |
      | 2020-12-31 | guayaquil | sí     | no elegible   | in_force  | no cumplida |
      | 2021-01-01 | guayaquil | sí     | elegible      | migrant_any_status | cumplida    |
      | 2021-01-02 | guayaquil | sí     | elegible      | migrant_any_status | cumplida    |

  Esquema del escenario: uy.montevideo.centro_referencia — en montevideo, sea cual sea la situación; otra ciudad no; sin dato, indeterminada; desde 2024-03-01
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato            | valor    |
      | host_country    | UY       |
      | city            | <ciudad> |
      | in_host_country | <dentro> |
      | nationalities   | CU       |
    Cuando se evalúan las vías
    Entonces la vía "uy.montevideo.centro_referencia" es "<resultado>"
    Y la condición "<condición>" de la vía "uy.montevideo.centro_referencia" está "<estado>"

    Ejemplos:
      | fecha      | ciudad | dentro | resultado     | condición | estado      |
      | 2026-12-07 | montevideo | sí     | elegible      | migrant_any_status | cumplida    |
      | 2026-12-07 | montevideo | no     | no elegible   | migrant_any_status | no cumplida |
      | 2026-12-07 | other  | sí     | no elegible   | in_city   | no cumplida |
      | 2026-12-07 | montevideo | ?      | indeterminada | migrant_any_status | desconocida |
      | 2026-12-07 | ?      | sí     | indeterminada | in_city   | desconocida |
      | 2024-02-29 | montevideo | sí     | no elegible   | in_force  | no cumplida |
      | 2024-03-01 | montevideo | sí     | elegible      | migrant_any_status | cumplida    |
      | 2024-03-02 | montevideo | sí     | elegible      | migrant_any_status | cumplida    |

  Esquema del escenario: br.rio_de_janeiro.crai — en rio_de_janeiro, sea cual sea la situación; otra ciudad no; sin dato, indeterminada; desde 2023-01-07
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato            | valor    |
      | host_country    | BR       |
      | city            | <ciudad> |
      | in_host_country | <dentro> |
      | nationalities   | VE       |
    Cuando se evalúan las vías
    Entonces la vía "br.rio_de_janeiro.crai" es "<resultado>"
    Y la condición "<condición>" de la vía "br.rio_de_janeiro.crai" está "<estado>"

    Ejemplos:
      | fecha      | ciudad | dentro | resultado     | condición | estado      |
      | 2026-12-07 | rio_de_janeiro | sí     | elegible      | immigrant_any_status | cumplida    |
      | 2026-12-07 | rio_de_janeiro | no     | no elegible   | immigrant_any_status | no cumplida |
      | 2026-12-07 | other  | sí     | no elegible   | in_city   | no cumplida |
      | 2026-12-07 | rio_de_janeiro | ?      | indeterminada | immigrant_any_status | desconocida |
      | 2026-12-07 | ?      | sí     | indeterminada | in_city   | desconocida |
      | 2023-01-06 | rio_de_janeiro | sí     | no elegible   | in_force  | no cumplida |
      | 2023-01-07 | rio_de_janeiro | sí     | elegible      | immigrant_any_status | cumplida    |
      | 2023-01-08 | rio_de_janeiro | sí     | elegible      | immigrant_any_status | cumplida    |

  Esquema del escenario: us.san_antonio.enhanced_library_card — en san_antonio, sea cual sea la situación; otra ciudad no; sin dato, indeterminada; desde 2021-01-01
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato            | valor    |
      | host_country    | US       |
      | city            | <ciudad> |
      | in_host_country | <dentro> |
      | nationalities   | MX       |
    Cuando se evalúan las vías
    Entonces la vía "us.san_antonio.enhanced_library_card" es "<resultado>"
    Y la condición "<condición>" de la vía "us.san_antonio.enhanced_library_card" está "<estado>"

    Ejemplos:
      | fecha      | ciudad | dentro | resultado     | condición | estado      |
      | 2026-12-07 | san_antonio | sí     | elegible      | in_united_states | cumplida    |
      | 2026-12-07 | san_antonio | no     | no elegible   | in_united_states | no cumplida |
      | 2026-12-07 | other  | sí     | no elegible   | in_city   | no cumplida |
      | 2026-12-07 | san_antonio | ?      | indeterminada | in_united_states | desconocida |
      | 2026-12-07 | ?      | sí     | indeterminada | in_city   | desconocida |
      | 2020-12-31 | san_antonio | sí     | no elegible   | in_force  | no cumplida |
      | 2021-01-01 | san_antonio | sí     | elegible      | in_united_states | cumplida    |
      | 2021-01-02 | san_antonio | sí     | elegible      | in_united_states | cumplida    |

  Esquema del escenario: us.chicago.citykey — en chicago, sea cual sea la situación; otra ciudad no; sin dato, indeterminada; desde 2017-12-13
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato            | valor    |
      | host_country    | US       |
      | city            | <ciudad> |
      | in_host_country | <dentro> |
      | nationalities   | MX       |
    Cuando se evalúan las vías
    Entonces la vía "us.chicago.citykey" es "<resultado>"
    Y la condición "<condición>" de la vía "us.chicago.citykey" está "<estado>"

    Ejemplos:
      | fecha      | ciudad | dentro | resultado     | condición | estado      |
      | 2026-12-07 | chicago | sí     | elegible      | in_united_states | cumplida    |
      | 2026-12-07 | chicago | no     | no elegible   | in_united_states | no cumplida |
      | 2026-12-07 | other  | sí     | no elegible   | in_city   | no cumplida |
      | 2026-12-07 | chicago | ?      | indeterminada | in_united_states | desconocida |
      | 2026-12-07 | ?      | sí     | indeterminada | in_city   | desconocida |
      | 2017-12-12 | chicago | sí     | no elegible   | in_force  | no cumplida |
      | 2017-12-13 | chicago | sí     | elegible      | in_united_states | cumplida    |
      | 2017-12-14 | chicago | sí     | elegible      | in_united_states | cumplida    |

  Esquema del escenario: us.new_haven.elm_city_card — en new_haven, sea cual sea la situación; otra ciudad no; sin dato, indeterminada; desde 2007-07-24
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato            | valor    |
      | host_country    | US       |
      | city            | <ciudad> |
      | in_host_country | <dentro> |
      | nationalities   | EC       |
    Cuando se evalúan las vías
    Entonces la vía "us.new_haven.elm_city_card" es "<resultado>"
    Y la condición "<condición>" de la vía "us.new_haven.elm_city_card" está "<estado>"

    Ejemplos:
      | fecha      | ciudad | dentro | resultado     | condición | estado      |
      | 2026-12-07 | new_haven | sí     | elegible      | in_united_states | cumplida    |
      | 2026-12-07 | new_haven | no     | no elegible   | in_united_states | no cumplida |
      | 2026-12-07 | other  | sí     | no elegible   | in_city   | no cumplida |
      | 2026-12-07 | new_haven | ?      | indeterminada | in_united_states | desconocida |
      | 2026-12-07 | ?      | sí     | indeterminada | in_city   | desconocida |
      | 2007-07-23 | new_haven | sí     | no elegible   | in_force  | no cumplida |
      | 2007-07-24 | new_haven | sí     | elegible      | in_united_states | cumplida    |
      | 2007-07-25 | new_haven | sí     | elegible      | in_united_states | cumplida    |

  Esquema del escenario: ar.buenos_aires.voto_extranjero — residentes permanentes desde los 16 años votan en la Ciudad, sin inscribirse
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato            | valor        |
      | host_country    | AR           |
      | city            | <ciudad>     |
      | in_host_country | sí           |
      | nationalities   | PY           |
      | birth_date      | <nacimiento> |
      | ar_permanent_resident | <estatus> |
    Cuando se evalúan las vías
    Entonces la vía "ar.buenos_aires.voto_extranjero" es "<resultado>"
    Y la condición "<condición>" de la vía "ar.buenos_aires.voto_extranjero" está "<estado>"

    Ejemplos:
      | fecha      | ciudad       | nacimiento | estatus                                   | resultado     | condición          | estado      |
      | 2026-12-07 | buenos_aires | 1990-05-01 | sí        | elegible      | permanent_resident | cumplida    |
      | 2026-12-07 | buenos_aires | 1990-05-01 | no        | no elegible   | permanent_resident | no cumplida |
      | 2026-12-07 | buenos_aires | 1990-05-01 | ?                     | indeterminada | permanent_resident | desconocida |
      | 2026-12-07 | other        | 1990-05-01 | sí        | no elegible   | in_city            | no cumplida |
      | 2026-12-07 | buenos_aires | 2010-12-08 | sí        | no elegible   | age_16_or_older    | no cumplida |
      | 2026-12-07 | buenos_aires | 2010-12-07 | sí        | elegible      | age_16_or_older    | cumplida    |
      | 2026-12-07 | buenos_aires | 2010-12-06 | sí        | elegible      | age_16_or_older    | cumplida    |
      | 2019-12-31 | buenos_aires | 1990-05-01 | sí        | no elegible   | in_force           | no cumplida |
      | 2020-01-01 | buenos_aires | 1990-05-01 | sí        | elegible      | permanent_resident | cumplida    |

  Escenario: ar.buenos_aires.voto_extranjero — quien no está en Argentina no figura
    Dado la fecha de evaluación "2026-12-07"
    Y una persona con los datos:
      | dato            | valor                                  |
      | host_country    | AR                                     |
      | city            | buenos_aires                           |
      | in_host_country | no                                     |
      | nationalities   | PY                                     |
      | birth_date      | 1990-05-01                             |
      | ar_permanent_resident | sí |
    Cuando se evalúan las vías
    Entonces la vía "ar.buenos_aires.voto_extranjero" es "no elegible"
    Y la condición "in_argentina" de la vía "ar.buenos_aires.voto_extranjero" está "no cumplida"

  Esquema del escenario: mx.tijuana.repatriados — mexicanos retornados en Tijuana; una persona extranjera no
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato            | valor    |
      | host_country    | MX       |
      | city            | <ciudad> |
      | in_host_country | <dentro> |
      | nationalities   | <nac>    |
    Cuando se evalúan las vías
    Entonces la vía "mx.tijuana.repatriados" es "<resultado>"
    Y la condición "<condición>" de la vía "mx.tijuana.repatriados" está "<estado>"

    Ejemplos:
      | fecha      | ciudad  | dentro | nac | resultado     | condición | estado      |
      | 2026-12-07 | tijuana | sí     | MX  | elegible      | mexican   | cumplida    |
      | 2026-12-07 | tijuana | sí     | HN  | no elegible   | mexican   | no cumplida |
      | 2026-12-07 | tijuana | no     | MX  | no elegible   | in_mexico | no cumplida |
      | 2026-12-07 | tijuana | ?      | MX  | indeterminada | in_mexico | desconocida |
      | 2026-12-07 | other   | sí     | MX  | no elegible   | in_city   | no cumplida |
      | 2020-08-19 | tijuana | sí     | MX  | no elegible   | in_force  | no cumplida |
      | 2020-08-20 | tijuana | sí     | MX  | elegible      | mexican   | cumplida    |
      | 2020-08-21 | tijuana | sí     | MX  | elegible      | mexican   | cumplida    |

  Esquema del escenario: us.san_antonio.mrc — el Centro de Bienvenida recibió solicitantes de asilo hasta el 2/02/2025; después está cerrado
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato            | valor    |
      | host_country    | US       |
      | city            | <ciudad> |
      | in_host_country | <dentro> |
      | nationalities   | VE       |
    Cuando se evalúan las vías
    Entonces la vía "us.san_antonio.mrc" es "<resultado>"
    Y la condición "<condición>" de la vía "us.san_antonio.mrc" está "<estado>"

    Ejemplos:
      | fecha      | ciudad      | dentro | resultado     | condición                | estado      |
      | 2024-06-01 | san_antonio | sí     | elegible      | asylum_seeker_in_transit | cumplida    |
      | 2024-06-01 | san_antonio | no     | no elegible   | asylum_seeker_in_transit | no cumplida |
      | 2024-06-01 | san_antonio | ?      | indeterminada | asylum_seeker_in_transit | desconocida |
      | 2024-06-01 | other       | sí     | no elegible   | in_city                  | no cumplida |
      | 2022-06-30 | san_antonio | sí     | no elegible   | in_force                 | no cumplida |
      | 2022-07-01 | san_antonio | sí     | elegible      | asylum_seeker_in_transit | cumplida    |
      | 2025-02-01 | san_antonio | sí     | elegible      | asylum_seeker_in_transit | cumplida    |
      | 2025-02-02 | san_antonio | sí     | elegible      | asylum_seeker_in_transit | cumplida    |
      | 2025-02-03 | san_antonio | sí     | no elegible   | in_force                 | no cumplida |

  Escenario: us.san_antonio.mrc — en 2026 una clínica ve que cerró y cuándo
    Dado la fecha de evaluación "2026-12-07"
    Y una persona con los datos:
      | dato            | valor       |
      | host_country    | US          |
      | city            | san_antonio |
      | in_host_country | sí          |
      | nationalities   | VE          |
    Cuando se evalúan las vías
    Entonces la vía "us.san_antonio.mrc" es "no elegible"
    Y la vía "us.san_antonio.mrc" cerró el "2025-02-02"

  Esquema del escenario: us.san_marcos.enhanced_library_card — adultos de San Marcos (Texas): 18 años el día antes, el mismo día y el día después
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato            | valor        |
      | host_country    | US           |
      | city            | <ciudad>     |
      | in_host_country | <dentro>     |
      | nationalities   | MX           |
      | birth_date      | <nacimiento> |
    Cuando se evalúan las vías
    Entonces la vía "us.san_marcos.enhanced_library_card" es "<resultado>"
    Y la condición "<condición>" de la vía "us.san_marcos.enhanced_library_card" está "<estado>"

    Ejemplos:
      | fecha      | ciudad     | dentro | nacimiento | resultado     | condición        | estado      |
      | 2026-12-07 | san_marcos | sí     | 1990-01-01 | elegible      | in_united_states | cumplida    |
      | 2026-12-07 | san_marcos | no     | 1990-01-01 | no elegible   | in_united_states | no cumplida |
      | 2026-12-07 | san_marcos | ?      | 1990-01-01 | indeterminada | in_united_states | desconocida |
      | 2026-12-07 | other      | sí     | 1990-01-01 | no elegible   | in_city          | no cumplida |
      | 2026-12-07 | san_marcos | sí     | 2008-12-08 | no elegible   | adult            | no cumplida |
      | 2026-12-07 | san_marcos | sí     | 2008-12-07 | elegible      | adult            | cumplida    |
      | 2026-12-07 | san_marcos | sí     | 2008-12-06 | elegible      | adult            | cumplida    |
      | 2026-12-07 | san_marcos | sí     | ?          | indeterminada | adult            | desconocida |
      | 2020-12-31 | san_marcos | sí     | 1990-01-01 | no elegible   | in_force         | no cumplida |
      | 2021-01-01 | san_marcos | sí     | 1990-01-01 | elegible      | in_united_states | cumplida    |

  Esquema del escenario: br.acolhida.interiorizacao — venezolanos en Brasil pueden pedir la interiorización voluntaria; otra nacionalidad no
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato            | valor    |
      | host_country    | BR       |
      | in_host_country | <dentro> |
      | nationalities   | <nac>    |
    Cuando se evalúan las vías
    Entonces la vía "br.acolhida.interiorizacao" es "<resultado>"
    Y la condición "<condición>" de la vía "br.acolhida.interiorizacao" está "<estado>"

    Ejemplos:
      | fecha      | dentro | nac | resultado     | condición  | estado      |
      | 2026-12-07 | sí     | VE  | elegible      | venezuelan | cumplida    |
      | 2026-12-07 | sí     | CU  | no elegible   | venezuelan | no cumplida |
      | 2026-12-07 | no     | VE  | no elegible   | in_brazil  | no cumplida |
      | 2026-12-07 | ?      | VE  | indeterminada | in_brazil  | desconocida |
      | 2018-04-03 | sí     | VE  | no elegible   | in_force   | no cumplida |
      | 2018-04-04 | sí     | VE  | elegible      | venezuelan | cumplida    |
      | 2018-04-05 | sí     | VE  | elegible      | venezuelan | cumplida    |

  Esquema del escenario: mx.acnur.integracion_local — refugiados reconocidos en México pueden pedir la reubicación del PIL; quien espera todavía no
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato                  | valor        |
      | host_country          | MX           |
      | in_host_country       | <dentro>     |
      | nationalities         | HN           |
      | mx_recognised_refugee | <reconocido> |
    Cuando se evalúan las vías
    Entonces la vía "mx.acnur.integracion_local" es "<resultado>"
    Y la condición "<condición>" de la vía "mx.acnur.integracion_local" está "<estado>"

    Ejemplos:
      | fecha      | dentro | reconocido | resultado     | condición          | estado      |
      | 2026-12-07 | sí     | sí         | elegible      | recognised_refugee | cumplida    |
      | 2026-12-07 | sí     | no         | no elegible   | recognised_refugee | no cumplida |
      | 2026-12-07 | sí     | ?          | indeterminada | recognised_refugee | desconocida |
      | 2026-12-07 | no     | sí         | no elegible   | in_mexico          | no cumplida |
      | 2016-04-30 | sí     | sí         | no elegible   | in_force           | no cumplida |
      | 2016-05-01 | sí     | sí         | elegible      | recognised_refugee | cumplida    |
      | 2016-05-02 | sí     | sí         | elegible      | recognised_refugee | cumplida    |
