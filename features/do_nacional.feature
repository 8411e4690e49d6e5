# language: es
Característica: República Dominicana — plan de normalización de venezolanos, tarjeta de habitante fronterizo y refugio
  Como equipo que mantiene los reglamentos de la República Dominicana
  queremos que el PNV (Resolución 119-21) cubra a venezolanos que entraron regularmente de enero de 2014 a
  marzo de 2020, que la tarjeta de habitante fronterizo (Ley 285-04 art. 36.6) sirva a pequeños comerciantes
  que viven del lado haitiano de la frontera, y que pedir refugio nunca dé "no elegible".

  Vías cubiertas (pathways/do/), fuentes revisadas el 2026-12-07:
    do.pnv                    2021-04-12 a 2021-05-12; 2021-05-13 a 2021-12-31 (prórroga de días sin confirmar); cerrada
    do.habitante_fronterizo   desde 2021-05-27 (piloto de Pedernales; el mes sin confirmar)
    do.refugio                desde 1984-09-10 (Decreto 2330: 15 días desde el ingreso)

  Escenario: Haitiana en Santo Domingo que entró hace 10 días huyendo de la violencia: puede pedir refugio ya
    Dado la fecha de evaluación "2026-12-07"
    Y una persona con los datos:
      | dato                          | valor      |
      | host_country                  | DO         |
      | in_host_country               | sí         |
      | nationalities                 | HT         |
      | entry_date                    | 2026-11-27 |
      | do_lives_haitian_border_area  | no         |
    Cuando se evalúan las vías
    Entonces la vía "do.refugio" es "elegible"
    Y la vía "do.habitante_fronterizo" es "no elegible"
    Y la vía "do.pnv" es "no elegible"
    Y la vía "do.pnv" cerró el "2021-12-31"

  Escenario: Comerciante de Ouanaminthe que cruza al mercado de Dajabón y vuelve cada tarde
    Dado la fecha de evaluación "2026-12-07"
    Y una persona con los datos:
      | dato                          | valor |
      | host_country                  | DO    |
      | in_host_country               | no    |
      | nationalities                 | HT    |
      | do_lives_haitian_border_area  | sí    |
      | do_border_small_trade         | sí    |
      | has_id_card                   | sí    |
    Cuando se evalúan las vías
    Entonces la vía "do.habitante_fronterizo" es "elegible"
    Y la vía "do.habitante_fronterizo" señala un punto sin confirmar
    Y la vía "do.refugio" es "indeterminada"

  Esquema del escenario: PNV — cada condición decide por sí sola, en el primer periodo y en la prórroga dudosa
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato                              | valor       |
      | host_country                      | DO          |
      | in_host_country                   | <en_rd>     |
      | nationalities                     | <nac>       |
      | do_entered_tourist_card_or_visa   | <regular>   |
      | entry_date                        | <entrada>   |
      | criminal_record_5y                | <penal>     |
      | do_asylum_expulsion_or_extradition | <proceso>  |
    Cuando se evalúan las vías
    Entonces la vía "do.pnv" es "<resultado>"
    Y la condición "<condición>" de la vía "do.pnv" está "<estado>"

    Ejemplos: primer periodo (12/04 a 12/05/2021)
      | fecha      | en_rd | nac | regular | entrada    | penal | proceso | resultado     | condición                       | estado      |
      | 2021-04-20 | sí    | VE  | sí      | 2018-06-01 | no    | no      | elegible      | venezuelan                      | cumplida    |
      | 2021-04-20 | sí    | CO  | sí      | 2018-06-01 | no    | no      | no elegible   | venezuelan                      | no cumplida |
      | 2021-04-20 | no    | VE  | sí      | 2018-06-01 | no    | no      | no elegible   | in_dominican_republic           | no cumplida |
      | 2021-04-20 | sí    | VE  | no      | 2018-06-01 | no    | no      | no elegible   | entered_regularly               | no cumplida |
      | 2021-04-20 | sí    | VE  | sí      | 2013-12-31 | no    | no      | no elegible   | entered_from_january_2014       | no cumplida |
      | 2021-04-20 | sí    | VE  | sí      | 2014-01-01 | no    | no      | elegible      | entered_from_january_2014       | cumplida    |
      | 2021-04-20 | sí    | VE  | sí      | 2014-01-02 | no    | no      | elegible      | entered_from_january_2014       | cumplida    |
      | 2021-04-20 | sí    | VE  | sí      | 2020-03-30 | no    | no      | elegible      | entered_by_march_2020           | cumplida    |
      | 2021-04-20 | sí    | VE  | sí      | 2020-03-31 | no    | no      | elegible      | entered_by_march_2020           | cumplida    |
      | 2021-04-20 | sí    | VE  | sí      | 2020-04-01 | no    | no      | no elegible   | entered_by_march_2020           | no cumplida |
      | 2021-04-20 | sí    | VE  | sí      | 2018-06-01 | sí    | no      | no elegible   | no_criminal_record              | no cumplida |
      | 2021-04-20 | sí    | VE  | sí      | 2018-06-01 | no    | sí      | no elegible   | no_asylum_expulsion_extradition | no cumplida |
      | 2021-04-20 | sí    | VE  | sí      | 2018-06-01 | no    | ?       | indeterminada | no_asylum_expulsion_extradition | desconocida |

    Ejemplos: prórroga de días sin confirmar (13/05 a 31/12/2021): nunca mejor que "indeterminada"
      | fecha      | en_rd | nac | regular | entrada    | penal | proceso | resultado     | condición                       | estado      |
      | 2021-09-15 | sí    | VE  | sí      | 2018-06-01 | no    | no      | indeterminada | venezuelan                      | cumplida    |
      | 2021-09-15 | sí    | CO  | sí      | 2018-06-01 | no    | no      | no elegible   | venezuelan                      | no cumplida |
      | 2021-09-15 | no    | VE  | sí      | 2018-06-01 | no    | no      | no elegible   | in_dominican_republic           | no cumplida |
      | 2021-09-15 | sí    | VE  | no      | 2018-06-01 | no    | no      | no elegible   | entered_regularly               | no cumplida |
      | 2021-09-15 | sí    | VE  | sí      | 2013-12-31 | no    | no      | no elegible   | entered_from_january_2014       | no cumplida |
      | 2021-09-15 | sí    | VE  | sí      | 2020-04-01 | no    | no      | no elegible   | entered_by_march_2020           | no cumplida |
      | 2021-09-15 | sí    | VE  | sí      | 2018-06-01 | sí    | no      | no elegible   | no_criminal_record              | no cumplida |
      | 2021-09-15 | sí    | VE  | sí      | 2018-06-01 | no    | sí      | no elegible   | no_asylum_expulsion_extradition | no cumplida |

  Esquema del escenario: PNV — abre el 12/04/2021, primer periodo hasta el 12/05/2021, cerrado desde 2022
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato                               | valor      |
      | host_country                       | DO         |
      | in_host_country                    | sí         |
      | nationalities                      | VE         |
      | do_entered_tourist_card_or_visa    | sí         |
      | entry_date                         | 2017-08-10 |
      | criminal_record_5y                 | no         |
      | do_asylum_expulsion_or_extradition | no         |
    Cuando se evalúan las vías
    Entonces la vía "do.pnv" es "<resultado>"

    Ejemplos:
      | fecha      | resultado     |
      | 2021-04-11 | no elegible   |
      | 2021-04-12 | elegible      |
      | 2021-04-13 | elegible      |
      | 2021-05-12 | elegible      |
      | 2021-05-13 | indeterminada |
      | 2021-12-31 | indeterminada |
      | 2022-01-01 | no elegible   |

  Esquema del escenario: Habitante fronterizo — cada condición, y el piloto desde el 27/05/2021
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato                         | valor       |
      | host_country                 | DO          |
      | in_host_country              | no          |
      | do_lives_haitian_border_area | <frontera>  |
      | do_border_small_trade        | <comercio>  |
      | has_id_card                  | <cedula>    |
      | has_passport                 | <pasaporte> |
    Cuando se evalúan las vías
    Entonces la vía "do.habitante_fronterizo" es "<resultado>"
    Y la condición "<condición>" de la vía "do.habitante_fronterizo" está "<estado>"

    Ejemplos:
      | fecha      | frontera | comercio | cedula | pasaporte | resultado     | condición                         | estado      |
      | 2025-05-01 | sí       | sí       | sí     | no        | elegible      | has_id_card                       | cumplida    |
      | 2025-05-01 | sí       | sí       | no     | sí        | elegible      | has_passport                      | cumplida    |
      | 2025-05-01 | sí       | sí       | no     | no        | no elegible   | identity_document                 | no cumplida |
      | 2025-05-01 | no       | sí       | sí     | no        | no elegible   | lives_in_haitian_border_community | no cumplida |
      | 2025-05-01 | sí       | no       | sí     | no        | no elegible   | small_trade_same_day              | no cumplida |
      | 2025-05-01 | sí       | ?        | sí     | no        | indeterminada | small_trade_same_day              | desconocida |
      | 2021-05-27 | sí       | sí       | sí     | no        | elegible      | has_id_card                       | cumplida    |
      | 2021-05-28 | sí       | sí       | sí     | no        | elegible      | has_id_card                       | cumplida    |

  Escenario: Habitante fronterizo — el día antes del piloto (26/05/2021) todavía no se emitía
    Dado la fecha de evaluación "2021-05-26"
    Y una persona con los datos:
      | dato                         | valor |
      | host_country                 | DO    |
      | in_host_country              | no    |
      | do_lives_haitian_border_area | sí    |
      | do_border_small_trade        | sí    |
      | has_id_card                  | sí    |
    Cuando se evalúan las vías
    Entonces la vía "do.habitante_fronterizo" es "no elegible"

  Esquema del escenario: Refugio — 15 días desde el ingreso: el día antes, el mismo día y el día después; tarde o desde fuera es "indeterminada", nunca "no"
    Dado la fecha de evaluación "2025-03-20"
    Y una persona con los datos:
      | dato            | valor     |
      | host_country    | DO        |
      | in_host_country | <en_rd>   |
      | nationalities   | <nac>     |
      | entry_date      | <entrada> |
    Cuando se evalúan las vías
    Entonces la vía "do.refugio" es "<resultado>"
    Y la condición "<condición>" de la vía "do.refugio" está "<estado>"

    Ejemplos:
      | en_rd | nac | entrada    | resultado     | condición              | estado      |
      | sí    | HT  | 2025-03-04 | indeterminada | entered_within_15_days | no cumplida |
      | sí    | HT  | 2025-03-05 | elegible      | entered_within_15_days | cumplida    |
      | sí    | VE  | 2025-03-06 | elegible      | entered_within_15_days | cumplida    |
      | no    | HT  | 2025-03-10 | indeterminada | in_dominican_republic  | no cumplida |
      | sí    | HT  | 2025-03-10 | elegible      | in_dominican_republic  | cumplida    |
      | ?     | HT  | 2025-03-10 | indeterminada | in_dominican_republic  | desconocida |
      | sí    | CU  | ?          | indeterminada | entered_within_15_days | desconocida |
