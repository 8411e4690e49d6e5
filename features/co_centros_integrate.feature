# language: es
Característica: Centros Intégrate de la red nacional en Colombia (revisión §B.1, ítem B1-11): quién puede usarlos, dónde y desde cuándo
  Como equipo que mantiene el contenido de las ciudades
  queremos que cada Centro Intégrate de las fuentes (Cúcuta, Bucaramanga, Cartagena, Santa Marta, Riohacha, Cali)
  atienda a toda persona migrante o retornada en su ciudad, sin preguntar por el estatus migratorio, desde la fecha
  que dan las fuentes; otra ciudad no, y sin la ciudad la respuesta queda indeterminada.

  Esquema del escenario: co.cucuta.integrate — en cucuta, sea cual sea la situación; otra ciudad no; sin dato, indeterminada; desde 2022-05-23
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato            | valor    |
      | host_country    | CO       |
      | city            | <ciudad> |
      | in_host_country | <dentro> |
      | nationalities   | VE       |
    Cuando se evalúan las vías
    Entonces la vía "co.cucuta.integrate" es "<resultado>"
    Y la condición "<condición>" de la vía "co.cucuta.integrate" está "<estado>"

    Ejemplos:
      | fecha      | ciudad | dentro | resultado     | condición | estado      |
      | 2026-12-07 | cucuta | sí     | elegible      | migrant_any_status | cumplida    |
      | 2026-12-07 | cucuta | no     | no elegible   | migrant_any_status | no cumplida |
      | 2026-12-07 | other  | sí     | no elegible   | in_city   | no cumplida |
      | 2026-12-07 | cucuta | ?      | indeterminada | migrant_any_status | desconocida |
      | 2026-12-07 | ?      | sí     | indeterminada | in_city   | desconocida |
      | 2022-05-22 | cucuta | sí     | no elegible   | in_force  | no cumplida |
      | 2022-05-23 | cucuta | sí     | elegible      | migrant_any_status | cumplida    |
      | 2022-05-24 | cucuta | sí     | elegible      | migrant_any_status | cumplida    |

  Esquema del escenario: co.bucaramanga.integrate — en bucaramanga, sea cual sea la situación; otra ciudad no; sin dato, indeterminada; desde 2022-05-01
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato            | valor    |
      | host_country    | CO       |
      | city            | <ciudad> |
      | in_host_country | <dentro> |
      | nationalities   | VE       |
    Cuando se evalúan las vías
    Entonces la vía "co.bucaramanga.integrate" es "<resultado>"
    Y la condición "<condición>" de la vía "co.bucaramanga.integrate" está "<estado>"

    Ejemplos:
      | fecha      | ciudad | dentro | resultado     | condición | estado      |
      | 2026-12-07 | bucaramanga | sí     | elegible      | migrant_any_status | cumplida    |
      | 2026-12-07 | bucaramanga | no     | no elegible   | migrant_any_status | no cumplida |
      | 2026-12-07 | other  | sí     | no elegible   | in_city   | no cumplida |
      | 2026-12-07 | bucaramanga | ?      | indeterminada | migrant_any_status | desconocida |
      | 2026-12-07 | ?      | sí     | indeterminada | in_city   | desconocida |
      | 2022-04-30 | bucaramanga | sí     | no elegible   | in_force  | no cumplida |
      | 2022-05-01 | bucaramanga | sí     | elegible      | migrant_any_status | cumplida    |
      | 2022-05-02 | bucaramanga | sí     | elegible      | migrant_any_status | cumplida    |

  Esquema del escenario: co.cartagena.integrate — en cartagena, sea cual sea la situación; otra ciudad no; sin dato, indeterminada; desde 2021-01-01
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato            | valor    |
      | host_country    | CO       |
      | city            | <ciudad> |
      | in_host_country | <dentro> |
      | nationalities   | VE       |
    Cuando se evalúan las vías
    Entonces la vía "co.cartagena.integrate" es "<resultado>"
    Y la condición "<condición>" de la vía "co.cartagena.integrate" está "<estado>"

    Ejemplos:
      | fecha      | ciudad | dentro | resultado     | condición | estado      |
      | 2026-12-07 | cartagena | sí     | elegible      | migrant_any_status | cumplida    |
      | 2026-12-07 | cartagena | no     | no elegible   | migrant_any_status | no cumplida |
      | 2026-12-07 | other  | sí     | no elegible   | in_city   | no cumplida |
      | 2026-12-07 | cartagena | ?      | indeterminada | migrant_any_status | desconocida |
      | 2026-12-07 | ?      | sí     | indeterminada | in_city   | desconocida |
      | 2020-12-31 | cartagena | sí     | no elegible   | in_force  | no cumplida |
      | 2021-01-01 | cartagena | sí     | elegible      | migrant_any_status | cumplida    |
      | 2021-01-02 | cartagena | sí     | elegible      | migrant_any_status | cumplida    |

  Esquema del escenario: co.santa_marta.integrate — en santa_marta, sea cual sea la situación; otra ciudad no; sin dato, indeterminada; desde 2023-09-01
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato            | valor    |
      | host_country    | CO       |
      | city            | <ciudad> |
      | in_host_country | <dentro> |
      | nationalities   | VE       |
    Cuando se evalúan las vías
    Entonces la vía "co.santa_marta.integrate" es "<resultado>"
    Y la condición "<condición>" de la vía "co.santa_marta.integrate" está "<estado>"

    Ejemplos:
      | fecha      | ciudad | dentro | resultado     | condición | estado      |
      | 2026-12-07 | santa_marta | sí     | elegible      | migrant_any_status | cumplida    |
      | 2026-12-07 | santa_marta | no     | no elegible   | migrant_any_status | no cumplida |
      | 2026-12-07 | other  | sí     | no elegible   | in_city   | no cumplida |
      | 2026-12-07 | santa_marta | ?      | indeterminada | migrant_any_status | desconocida |
      | 2026-12-07 | ?      | sí     | indeterminada | in_city   | desconocida |
      | 2023-08-31 | santa_marta | sí     | no elegible   | in_force  | no cumplida |
      | 2023-09-01 | santa_marta | sí     | elegible      | migrant_any_status | cumplida    |
      | 2023-09-02 | santa_marta | sí     | elegible      | migrant_any_status | cumplida    |

  Esquema del escenario: co.riohacha.integrate — en riohacha, sea cual sea la situación; otra ciudad no; sin dato, indeterminada; desde 2023-01-30
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato            | valor    |
      | host_country    | CO       |
      | city            | <ciudad> |
      | in_host_country | <dentro> |
      | nationalities   | VE       |
    Cuando se evalúan las vías
    Entonces la vía "co.riohacha.integrate" es "<resultado>"
    Y la condición "<condición>" de la vía "co.riohacha.integrate" está "<estado>"

    Ejemplos:
      | fecha      | ciudad | dentro | resultado     | condición | estado      |
      | 2026-12-07 | riohacha | sí     | elegible      | migrant_any_status | cumplida    |
      | 2026-12-07 | riohacha | no     | no elegible   | migrant_any_status | no cumplida |
      | 2026-12-07 | other  | sí     | no elegible   | in_city   | no cumplida |
      | 2026-12-07 | riohacha | ?      | indeterminada | migrant_any_status | desconocida |
      | 2026-12-07 | ?      | sí     | indeterminada | in_city   | desconocida |
      | 2023-01-29 | riohacha | sí     | no elegible   | in_force  | no cumplida |
      | 2023-01-30 | riohacha | sí     | elegible      | migrant_any_status | cumplida    |
      | 2023-01-31 | riohacha | sí     | elegible      | migrant_any_status | cumplida    |

  Esquema del escenario: co.cali.integrate — en cali, sea cual sea la situación; otra ciudad no; sin dato, indeterminada; desde 2023-07-19
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato            | valor    |
      | host_country    | CO       |
      | city            | <ciudad> |
      | in_host_country | <dentro> |
      | nationalities   | VE       |
    Cuando se evalúan las vías
    Entonces la vía "co.cali.integrate" es "<resultado>"
    Y la condición "<condición>" de la vía "co.cali.integrate" está "<estado>"

    Ejemplos:
      | fecha      | ciudad | dentro | resultado     | condición | estado      |
      | 2026-12-07 | cali | sí     | elegible      | migrant_any_status | cumplida    |
      | 2026-12-07 | cali | no     | no elegible   | migrant_any_status | no cumplida |
      | 2026-12-07 | other  | sí     | no elegible   | in_city   | no cumplida |
      | 2026-12-07 | cali | ?      | indeterminada | migrant_any_status | desconocida |
      | 2026-12-07 | ?      | sí     | indeterminada | in_city   | desconocida |
      | 2023-07-18 | cali | sí     | no elegible   | in_force  | no cumplida |
      | 2023-07-19 | cali | sí     | elegible      | migrant_any_status | cumplida    |
      | 2023-07-20 | cali | sí     | elegible      | migrant_any_status | cumplida    |

  Esquema del escenario: co.bogota.centro_abrazar — niños, niñas y adolescentes migrantes, o mujeres gestantes, en bogota; desde 2019-09-27
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato            | valor      |
      | host_country    | CO         |
      | city            | <ciudad>   |
      | in_host_country | <dentro>   |
      | nationalities   | VE         |
      | age             | <edad>     |
      | pregnant_now    | <gestante> |
    Cuando se evalúan las vías
    Entonces la vía "co.bogota.centro_abrazar" es "<resultado>"
    Y la condición "<condición>" de la vía "co.bogota.centro_abrazar" está "<estado>"

    Ejemplos:
      | fecha      | ciudad | dentro | edad | gestante | resultado     | condición            | estado      |
      | 2026-12-07 | bogota | sí     | 6    | no       | elegible      | under_18             | cumplida    |
      | 2026-12-07 | bogota | sí     | 17   | no       | elegible      | under_18             | cumplida    |
      | 2026-12-07 | bogota | sí     | 18   | no       | no elegible   | child_or_pregnant    | no cumplida |
      | 2026-12-07 | bogota | sí     | 24   | sí       | elegible      | pregnant             | cumplida    |
      | 2026-12-07 | bogota | sí     | 24   | ?        | indeterminada | child_or_pregnant    | desconocida |
      | 2026-12-07 | bogota | no     | 6    | no       | no elegible   | from_migration_flows | no cumplida |
      | 2026-12-07 | bogota | ?      | 6    | no       | indeterminada | from_migration_flows | desconocida |
      | 2026-12-07 | other  | sí     | 6    | no       | no elegible   | in_city              | no cumplida |
      | 2026-12-07 | ?      | sí     | 6    | no       | indeterminada | in_city              | desconocida |
      | 2019-09-26 | bogota | sí     | 6    | no       | no elegible   | in_force             | no cumplida |
      | 2019-09-27 | bogota | sí     | 6    | no       | elegible      | under_18             | cumplida    |
      | 2019-09-28 | bogota | sí     | 6    | no       | elegible      | under_18             | cumplida    |

  Esquema del escenario: co.cucuta.flores_2018 — temporada de flores de enero y febrero de 2018 para residentes de cucuta; después está cerrada
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato            | valor    |
      | host_country    | CO       |
      | city            | <ciudad> |
      | in_host_country | <dentro> |
      | nationalities   | CO       |
    Cuando se evalúan las vías
    Entonces la vía "co.cucuta.flores_2018" es "<resultado>"
    Y la condición "<condición>" de la vía "co.cucuta.flores_2018" está "<estado>"

    Ejemplos:
      | fecha      | ciudad | dentro | resultado     | condición   | estado      |
      | 2018-01-20 | cucuta | sí     | elegible      | in_colombia | cumplida    |
      | 2018-01-20 | cucuta | no     | no elegible   | in_colombia | no cumplida |
      | 2018-01-20 | cucuta | ?      | indeterminada | in_colombia | desconocida |
      | 2018-01-20 | other  | sí     | no elegible   | in_city     | no cumplida |
      | 2017-12-31 | cucuta | sí     | no elegible   | in_force    | no cumplida |
      | 2018-01-01 | cucuta | sí     | elegible      | in_colombia | cumplida    |
      | 2018-01-02 | cucuta | sí     | elegible      | in_colombia | cumplida    |
      | 2018-02-27 | cucuta | sí     | elegible      | in_colombia | cumplida    |
      | 2018-02-28 | cucuta | sí     | elegible      | in_colombia | cumplida    |
      | 2018-03-01 | cucuta | sí     | no elegible   | in_force    | no cumplida |
      | 2026-12-07 | cucuta | sí     | no elegible   | in_force    | no cumplida |

  Esquema del escenario: co.barranquilla.palante — familias de los barrios del programa en barranquilla; otros barrios no; desde 2023-07-26
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato                        | valor    |
      | host_country                | CO       |
      | city                        | <ciudad> |
      | in_host_country             | <dentro> |
      | nationalities               | VE       |
      | co_barranquilla_palante_area | <barrio> |
    Cuando se evalúan las vías
    Entonces la vía "co.barranquilla.palante" es "<resultado>"
    Y la condición "<condición>" de la vía "co.barranquilla.palante" está "<estado>"

    Ejemplos:
      | fecha      | ciudad       | dentro | barrio | resultado     | condición                | estado      |
      | 2026-12-07 | barranquilla | sí     | sí     | elegible      | programme_neighbourhood  | cumplida    |
      | 2026-12-07 | barranquilla | sí     | no     | no elegible   | programme_neighbourhood  | no cumplida |
      | 2026-12-07 | barranquilla | sí     | ?      | indeterminada | programme_neighbourhood  | desconocida |
      | 2026-12-07 | barranquilla | no     | sí     | no elegible   | migrant_returnee_or_host | no cumplida |
      | 2026-12-07 | other        | sí     | sí     | no elegible   | in_city                  | no cumplida |
      | 2023-07-25 | barranquilla | sí     | sí     | no elegible   | in_force                 | no cumplida |
      | 2023-07-26 | barranquilla | sí     | sí     | elegible      | programme_neighbourhood  | cumplida    |
      | 2023-07-27 | barranquilla | sí     | sí     | elegible      | programme_neighbourhood  | cumplida    |
