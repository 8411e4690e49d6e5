# language: es
Característica: Canadá — solicitud de refugio (con el Acuerdo de Tercer País Seguro) y servicios de Montréal y Toronto
  Como equipo que mantiene los reglamentos de Canadá
  queremos que pedir refugio nunca dé "no elegible": quien llega de Estados Unidos por tierra queda
  indeterminado con las excepciones del Acuerdo explicadas (desde el 25/03/2023 en toda la frontera terrestre),
  y que quien vive en Montréal o Toronto, con o sin papeles, sepa qué servicios municipales puede usar.

  Vías cubiertas (pathways/ca/), fuentes revisadas el 2026-12-07:
    ca.asilo                       2004-12-29 a 2023-03-24 (Acuerdo en los puertos de entrada terrestres),
                                   desde 2023-03-25 (toda la frontera terrestre)
    ca.montreal.acces_sans_peur    desde 2019-06-05
    ca.toronto.access_to           desde 2013-02-21

  Escenario: Venezolana que llegó en avión desde Bogotá y vive en Toronto: puede pedir refugio y usar los servicios de la ciudad
    Dado la fecha de evaluación "2026-12-07"
    Y una persona con los datos:
      | dato                        | valor   |
      | host_country                | CA      |
      | city                        | toronto |
      | in_host_country             | sí      |
      | nationalities               | VE      |
      | ca_entering_from_us_by_land | no      |
    Cuando se evalúan las vías
    Entonces la vía "ca.asilo" es "elegible"
    Y la vía "ca.toronto.access_to" es "elegible"
    Y la vía "ca.montreal.acces_sans_peur" es "no elegible"

  Escenario: Haitiano que cruza desde Estados Unidos por tierra hacia Montréal: indeterminada, con las excepciones del Acuerdo
    Dado la fecha de evaluación "2026-12-07"
    Y una persona con los datos:
      | dato                        | valor    |
      | host_country                | CA       |
      | city                        | montreal |
      | in_host_country             | sí       |
      | nationalities               | HT       |
      | ca_entering_from_us_by_land | sí       |
    Cuando se evalúan las vías
    Entonces la vía "ca.asilo" es "indeterminada"
    Y la condición "not_from_us_by_land" de la vía "ca.asilo" está "no cumplida"
    Y la vía "ca.asilo" cita "if you crossed to make a claim and don't meet an exception, you'll be returned to the US"
    Y la vía "ca.montreal.acces_sans_peur" es "elegible"

  Esquema del escenario: Refugio — cada condición decide por sí sola; llegar de EE. UU. por tierra o estar fuera nunca es "no"
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato                        | valor    |
      | host_country                | CA       |
      | in_host_country             | <en_ca>  |
      | nationalities               | <nac>    |
      | ca_entering_from_us_by_land | <tierra> |
    Cuando se evalúan las vías
    Entonces la vía "ca.asilo" es "<resultado>"
    Y la condición "<condición>" de la vía "ca.asilo" está "<estado>"

    Ejemplos:
      | fecha      | en_ca | nac | tierra | resultado     | condición           | estado      |
      | 2026-12-07 | sí    | CO  | no     | elegible      | not_from_us_by_land | cumplida    |
      | 2026-12-07 | sí    | CO  | sí     | indeterminada | not_from_us_by_land | no cumplida |
      | 2026-12-07 | sí    | CO  | ?      | indeterminada | not_from_us_by_land | desconocida |
      | 2026-12-07 | no    | AF  | no     | indeterminada | in_canada           | no cumplida |
      | 2026-12-07 | ?     | AF  | no     | indeterminada | in_canada           | desconocida |
      | 2026-12-07 | sí    | CA  | no     | no elegible   | not_ca_national     | no cumplida |
      | 2026-12-07 | sí    | MX  | no     | elegible      | not_ca_national     | cumplida    |
      | 2015-06-01 | sí    | CO  | no     | elegible      | not_from_us_by_land | cumplida    |
      | 2015-06-01 | sí    | CO  | sí     | indeterminada | not_from_us_by_land | no cumplida |
      | 2015-06-01 | no    | CO  | no     | indeterminada | in_canada           | no cumplida |
      | 2015-06-01 | sí    | CA  | no     | no elegible   | not_ca_national     | no cumplida |

  Esquema del escenario: Refugio — el Acuerdo se extiende a toda la frontera terrestre el 25/03/2023 (el día antes, el mismo día y el día después)
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato                        | valor |
      | host_country                | CA    |
      | in_host_country             | sí    |
      | nationalities               | NG    |
      | ca_entering_from_us_by_land | sí    |
    Cuando se evalúan las vías
    Entonces la vía "ca.asilo" es "indeterminada"
    Y la vía "ca.asilo" cita "<artículo>"

    Ejemplos:
      | fecha      | artículo                                                                                                |
      | 2023-03-24 | family member, unaccompanied minor, document holder and public interest exceptions |
      | 2023-03-25 | if you crossed to make a claim and don't meet an exception, you'll be returned to the US |
      | 2023-03-26 | if you crossed to make a claim and don't meet an exception, you'll be returned to the US |

  Esquema del escenario: Montréal — vive en Montréal, con cualquier estatus, desde el 5/06/2019
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato            | valor    |
      | host_country    | CA       |
      | city            | <ciudad> |
      | in_host_country | <en_ca>  |
      | nationalities   | <nac>    |
    Cuando se evalúan las vías
    Entonces la vía "ca.montreal.acces_sans_peur" es "<resultado>"

    Ejemplos:
      | fecha      | ciudad   | en_ca | nac | resultado     |
      | 2026-12-07 | montreal | sí    | HT  | elegible      |
      | 2026-12-07 | montreal | no    | HT  | no elegible   |
      | 2026-12-07 | montreal | ?     | HT  | indeterminada |
      | 2026-12-07 | toronto  | sí    | HT  | no elegible   |
      | 2026-12-07 | ?        | sí    | HT  | indeterminada |
      | 2019-06-04 | montreal | sí    | MX  | no elegible   |
      | 2019-06-05 | montreal | sí    | MX  | elegible      |
      | 2019-06-06 | montreal | sí    | MX  | elegible      |

  Esquema del escenario: Toronto — vive en Toronto, con cualquier estatus, desde el 21/02/2013
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato            | valor    |
      | host_country    | CA       |
      | city            | <ciudad> |
      | in_host_country | <en_ca>  |
      | nationalities   | <nac>    |
    Cuando se evalúan las vías
    Entonces la vía "ca.toronto.access_to" es "<resultado>"

    Ejemplos:
      | fecha      | ciudad   | en_ca | nac | resultado     |
      | 2026-12-07 | toronto  | sí    | JM  | elegible      |
      | 2026-12-07 | toronto  | no    | JM  | no elegible   |
      | 2026-12-07 | toronto  | ?     | JM  | indeterminada |
      | 2026-12-07 | montreal | sí    | JM  | no elegible   |
      | 2013-02-20 | toronto  | sí    | VE  | no elegible   |
      | 2013-02-21 | toronto  | sí    | VE  | elegible      |
      | 2013-02-22 | toronto  | sí    | VE  | elegible      |
