# language: es
Característica: Opciones de las ciudades: IDNYC, SF City ID, Padrón de Huéspedes de la Ciudad de México, Bogotá y Quito
  Como equipo que mantiene el contenido de las ciudades
  queremos que cada documento o servicio municipal diga quién puede pedirlo, con la norma o la página que lo dice,
  sin preguntar nunca por el estatus migratorio, y que un dato que falta dé "indeterminada", nunca "no".

  Vías cubiertas:
    us.nyc.idnyc                 IDNYC (Nueva York): 10 años o más, puntos de identidad y de residencia
    us.sf.city_id                SF City ID (San Francisco): 15 días seguidos en la ciudad, documentos vigentes
    mx.cdmx.padron_huespedes     Padrón de Huéspedes y Migrantes en Retorno (Ciudad de México)
    co.bogota.integrate          Intégrate y CEDID (Bogotá), servicio
    ec.quito.casa_sin_fronteras  Casa Sin Fronteras (Quito), servicio

  # ---------------------------------------------------------------------------
  # P30: hogar en Nueva York, y la variante de San Francisco
  # ---------------------------------------------------------------------------

  Escenario: P30 — Lucía, ecuatoriana indocumentada en Queens, con pasaporte vigente y factura de luz a su nombre
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato                      | valor      |
      | host_country              | US         |
      | city                      | new_york   |
      | in_host_country           | sí         |
      | nationalities             | EC         |
      | age                       | 35         |
      | has_passport              | sí         |
      | passport_expiry_date      | 2030-04-01 |
      | idnyc_identity_points     | 3          |
      | idnyc_residency_points    | 1          |
      | idnyc_photo_document      | sí         |
      | idnyc_birth_date_document | sí         |
      | idnyc_documents_current   | sí         |
    Cuando se evalúan las vías
    Entonces la vía "us.nyc.idnyc" es "elegible"
    Y la condición "identity_points" de la vía "us.nyc.idnyc" está "cumplida"
    Y la condición "residency_points" de la vía "us.nyc.idnyc" está "cumplida"
    Y la vía "us.nyc.idnyc" cita "points system"

  Esquema del escenario: P30 — Mateo, nacido el 2016-06-01: sin IDNYC a los 9 años, con IDNYC desde que cumple 10 (acompañado por Lucía)
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato                                    | valor      |
      | host_country                            | US         |
      | city                                    | new_york   |
      | in_host_country                         | sí         |
      | nationalities                           | EC         |
      | birth_date                              | 2016-06-01 |
      | idnyc_identity_points                   | 3          |
      | idnyc_residency_points                  | 1          |
      | idnyc_photo_document                    | no         |
      | idnyc_caretaker_with_relationship_proof | sí         |
      | idnyc_birth_date_document               | sí         |
      | idnyc_documents_current                 | sí         |
    Cuando se evalúan las vías
    Entonces la vía "us.nyc.idnyc" es "<resultado>"
    Y la condición "age_10_or_older" de la vía "us.nyc.idnyc" está "<edad>"

    Ejemplos:
      | fecha      | resultado   | edad        |
      | 2026-01-15 | no elegible | no cumplida |
      | 2026-05-31 | no elegible | no cumplida |
      | 2026-06-01 | elegible    | cumplida    |
      | 2026-06-02 | elegible    | cumplida    |

  Escenario: P30 — Mateo el 2026-06-01: sin documento con foto, cuenta que Lucía lo acompaña y prueba el parentesco
    Dado la fecha de evaluación "2026-06-01"
    Y una persona con los datos:
      | dato                                    | valor      |
      | host_country                            | US         |
      | city                                    | new_york   |
      | birth_date                              | 2016-06-01 |
      | idnyc_identity_points                   | 3          |
      | idnyc_residency_points                  | 1          |
      | idnyc_photo_document                    | no         |
      | idnyc_caretaker_with_relationship_proof | sí         |
      | idnyc_birth_date_document               | sí         |
      | idnyc_documents_current                 | sí         |
    Cuando se evalúan las vías
    Entonces la vía "us.nyc.idnyc" es "elegible"
    Y la condición "young_with_caretaker" de la vía "us.nyc.idnyc" está "cumplida"

  Escenario: P30, variante San Francisco — el hogar llegó el 2026-01-05: el 2026-01-15 aún no lleva 15 días seguidos
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato                       | valor         |
      | host_country               | US            |
      | city                       | san_francisco |
      | in_host_country            | sí            |
      | nationalities              | EC            |
      | age                        | 35            |
      | sf_residence_start_date    | 2026-01-05    |
      | sf_unexpired_photo_id      | sí            |
      | sf_residency_document_date | 2026-01-10    |
    Cuando se evalúan las vías
    Entonces la vía "us.sf.city_id" es "no elegible"
    Y la condición "resident_15_days" de la vía "us.sf.city_id" está "no cumplida"
    Y la vía "us.sf.city_id" cita "§95.2"
    Y la vía "us.nyc.idnyc" es "no elegible"
    Y la condición "in_city" de la vía "us.nyc.idnyc" está "no cumplida"

  Esquema del escenario: P30, variante San Francisco — los 15 días seguidos desde el 2026-01-05 (cómo se cuentan no está confirmado)
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato                       | valor         |
      | host_country               | US            |
      | city                       | san_francisco |
      | sf_residence_start_date    | 2026-01-05    |
      | sf_unexpired_photo_id      | sí            |
      | sf_residency_document_date | 2026-01-10    |
    Cuando se evalúan las vías
    Entonces la vía "us.sf.city_id" es "<resultado>"
    Y la condición "resident_15_days" de la vía "us.sf.city_id" está "<estado>"

    Ejemplos:
      | fecha      | resultado     | estado       |
      | 2026-01-18 | no elegible   | no cumplida  |
      | 2026-01-19 | indeterminada | desconocida  |
      | 2026-01-20 | elegible      | cumplida     |
      | 2026-01-21 | elegible      | cumplida     |

  # ---------------------------------------------------------------------------
  # us.nyc.idnyc
  # ---------------------------------------------------------------------------

  Esquema del escenario: IDNYC — cada condición decide por sí sola (regla anterior hasta el 28/03/2025 y desde el 29/03/2025)
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato                                    | valor        |
      | host_country                            | US           |
      | city                                    | new_york     |
      | age                                     | <edad>       |
      | idnyc_identity_points                   | <identidad>  |
      | idnyc_residency_points                  | <residencia> |
      | idnyc_photo_document                    | <foto>       |
      | idnyc_caretaker_with_relationship_proof | <acompañante> |
      | idnyc_birth_date_document               | <nacimiento> |
      | idnyc_documents_current                 | <vigentes>   |
    Cuando se evalúan las vías
    Entonces la vía "us.nyc.idnyc" es "<resultado>"
    Y la condición "<condición>" de la vía "us.nyc.idnyc" está "<estado>"

    Ejemplos: regla anterior (hasta el 28/03/2025)
      | fecha      | edad | identidad | residencia | foto | acompañante | nacimiento | vigentes | resultado   | condición                    | estado      |
      | 2025-01-15 | 35   | 3         | 1          | sí   | no          | sí         | sí       | elegible    | photo_document               | cumplida    |
      | 2025-01-15 | 15   | 3         | 1          | no   | sí          | sí         | sí       | elegible    | caretaker_proves_relationship | cumplida    |
      | 2025-01-15 | 9    | 3         | 1          | sí   | no          | sí         | sí       | no elegible | age_10_or_older              | no cumplida |
      | 2025-01-15 | 35   | 2         | 2          | sí   | no          | sí         | sí       | no elegible | identity_points              | no cumplida |
      | 2025-01-15 | 35   | 4         | 0          | sí   | no          | sí         | sí       | no elegible | residency_points             | no cumplida |
      | 2025-01-15 | 35   | 3         | 1          | no   | sí          | sí         | sí       | no elegible | age_21_or_younger            | no cumplida |
      | 2025-01-15 | 15   | 3         | 1          | no   | no          | sí         | sí       | no elegible | caretaker_proves_relationship | no cumplida |
      | 2025-01-15 | 15   | 3         | 1          | no   | no          | sí         | sí       | no elegible | photo_document               | no cumplida |
      | 2025-01-15 | 35   | 3         | 1          | sí   | no          | no         | sí       | no elegible | birth_date_document          | no cumplida |
      | 2025-01-15 | 35   | 3         | 1          | sí   | no          | sí         | no       | no elegible | documents_current            | no cumplida |

    Ejemplos: desde el 29/03/2025 un documento vencido ya no da "no": la regla de 2025 no está confirmada
      | fecha      | edad | identidad | residencia | foto | acompañante | nacimiento | vigentes | resultado   | condición                    | estado      |
      | 2026-01-15 | 35   | 3         | 1          | sí   | no          | sí         | sí       | elegible    | photo_document               | cumplida    |
      | 2026-01-15 | 15   | 3         | 1          | no   | sí          | sí         | sí       | elegible    | caretaker_proves_relationship | cumplida    |
      | 2026-01-15 | 9    | 3         | 1          | sí   | no          | sí         | sí       | no elegible | age_10_or_older              | no cumplida |
      | 2026-01-15 | 35   | 2         | 2          | sí   | no          | sí         | sí       | no elegible | identity_points              | no cumplida |
      | 2026-01-15 | 35   | 4         | 0          | sí   | no          | sí         | sí       | no elegible | residency_points             | no cumplida |
      | 2026-01-15 | 35   | 3         | 1          | no   | sí          | sí         | sí       | no elegible | age_21_or_younger            | no cumplida |
      | 2026-01-15 | 15   | 3         | 1          | no   | no          | sí         | sí       | no elegible | caretaker_proves_relationship | no cumplida |
      | 2026-01-15 | 15   | 3         | 1          | no   | no          | sí         | sí       | no elegible | photo_document               | no cumplida |
      | 2026-01-15 | 35   | 3         | 1          | sí   | no          | no         | sí       | no elegible | birth_date_document          | no cumplida |
      | 2026-01-15 | 35   | 3         | 1          | sí   | no          | sí         | no       | indeterminada | documents_current          | desconocida |

  Esquema del escenario: IDNYC — límites de edad (10 años) y de la excepción de la foto (21 años o menos)
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato                                    | valor    |
      | host_country                            | US       |
      | city                                    | new_york |
      | age                                     | <edad>   |
      | idnyc_identity_points                   | 3        |
      | idnyc_residency_points                  | 1        |
      | idnyc_photo_document                    | <foto>   |
      | idnyc_caretaker_with_relationship_proof | sí       |
      | idnyc_birth_date_document               | sí       |
      | idnyc_documents_current                 | sí       |
    Cuando se evalúan las vías
    Entonces la vía "us.nyc.idnyc" es "<resultado>"

    Ejemplos:
      | edad | foto | resultado   |
      | 9    | sí   | no elegible |
      | 10   | sí   | elegible    |
      | 11   | sí   | elegible    |
      | 20   | no   | elegible    |
      | 21   | no   | elegible    |
      | 22   | no   | no elegible |

  Esquema del escenario: IDNYC — puntos mínimos: 3 de identidad y 1 de residencia (4 en total)
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato                      | valor        |
      | host_country              | US           |
      | city                      | new_york     |
      | age                       | 40           |
      | idnyc_identity_points     | <identidad>  |
      | idnyc_residency_points    | <residencia> |
      | idnyc_photo_document      | sí           |
      | idnyc_birth_date_document | sí           |
      | idnyc_documents_current   | sí           |
    Cuando se evalúan las vías
    Entonces la vía "us.nyc.idnyc" es "<resultado>"

    Ejemplos:
      | identidad | residencia | resultado   |
      | 2         | 1          | no elegible |
      | 3         | 1          | elegible    |
      | 4         | 1          | elegible    |
      | 3         | 0          | no elegible |
      | 3         | 2          | elegible    |
      | 1         | 3          | no elegible |

  Esquema del escenario: IDNYC — la ciudad y el inicio del programa (2015)
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato                      | valor    |
      | host_country              | US       |
      | city                      | <ciudad> |
      | age                       | 40       |
      | idnyc_identity_points     | 3        |
      | idnyc_residency_points    | 1        |
      | idnyc_photo_document      | sí       |
      | idnyc_birth_date_document | sí       |
      | idnyc_documents_current   | sí       |
    Cuando se evalúan las vías
    Entonces la vía "us.nyc.idnyc" es "<resultado>"
    Y la condición "<condición>" de la vía "us.nyc.idnyc" está "<estado>"

    Ejemplos:
      | fecha      | ciudad        | resultado     | condición | estado       |
      | 2026-01-15 | san_francisco | no elegible   | in_city   | no cumplida  |
      | 2026-01-15 | ?             | indeterminada | in_city   | desconocida  |
      | 2014-12-31 | new_york      | no elegible   | in_force  | no cumplida  |
      | 2015-01-01 | new_york      | elegible      | in_city   | cumplida     |
      | 2015-01-02 | new_york      | elegible      | in_city   | cumplida     |

  Escenario: IDNYC — sin los puntos de residencia, la vía queda indeterminada y los pide
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato                      | valor    |
      | host_country              | US       |
      | city                      | new_york |
      | age                       | 40       |
      | idnyc_identity_points     | 3        |
      | idnyc_photo_document      | sí       |
      | idnyc_birth_date_document | sí       |
      | idnyc_documents_current   | sí       |
    Cuando se evalúan las vías
    Entonces la vía "us.nyc.idnyc" es "indeterminada"
    Y falta el dato "idnyc_residency_points" para la vía "us.nyc.idnyc"
    Y la vía "us.nyc.idnyc" señala un punto sin confirmar

  # ---------------------------------------------------------------------------
  # us.sf.city_id
  # ---------------------------------------------------------------------------

  Esquema del escenario: SF City ID — cada condición decide por sí sola
    Dado la fecha de evaluación "2026-03-01"
    Y una persona con los datos:
      | dato                       | valor         |
      | host_country               | US            |
      | city                       | san_francisco |
      | sf_residence_start_date    | <llegada>     |
      | sf_unexpired_photo_id      | <foto>        |
      | sf_two_identity_documents  | <dos>         |
      | sf_residency_document_date | <comprobante> |
    Cuando se evalúan las vías
    Entonces la vía "us.sf.city_id" es "<resultado>"
    Y la condición "<condición>" de la vía "us.sf.city_id" está "<estado>"

    Ejemplos:
      | llegada    | foto | dos | comprobante | resultado     | condición                    | estado      |
      | 2026-01-05 | sí   | no  | 2026-02-20  | elegible      | fifteen_full_days            | cumplida    |
      | 2026-01-05 | no   | sí  | 2026-02-20  | elegible      | two_documents                | cumplida    |
      | 2026-02-15 | sí   | no  | 2026-02-20  | indeterminada | fifteen_days_counting_arrival | desconocida |
      | 2026-02-15 | sí   | no  | 2026-02-20  | indeterminada | arrived_14_days_ago          | cumplida    |
      | 2026-02-20 | sí   | no  | 2026-02-20  | no elegible   | resident_15_days             | no cumplida |
      | 2026-02-20 | sí   | no  | 2026-02-20  | no elegible   | arrived_14_days_ago          | no cumplida |
      | 2026-01-05 | no   | no  | 2026-02-20  | no elegible   | identity                     | no cumplida |
      | 2026-01-05 | no   | no  | 2026-02-20  | no elegible   | unexpired_photo_id           | no cumplida |
      | 2026-01-05 | sí   | no  | 2026-01-29  | no elegible   | recent_residency_proof       | no cumplida |

  Esquema del escenario: SF City ID — el comprobante de domicilio debe tener 30 días o menos
    Dado la fecha de evaluación "2026-03-01"
    Y una persona con los datos:
      | dato                       | valor         |
      | host_country               | US            |
      | city                       | san_francisco |
      | sf_residence_start_date    | 2026-01-05    |
      | sf_unexpired_photo_id      | sí            |
      | sf_residency_document_date | <comprobante> |
    Cuando se evalúan las vías
    Entonces la vía "us.sf.city_id" es "<resultado>"

    Ejemplos:
      | comprobante | resultado   |
      | 2026-01-29  | no elegible |
      | 2026-01-30  | elegible    |
      | 2026-01-31  | elegible    |

  Esquema del escenario: SF City ID — tarjetas desde el 15/01/2009
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato                       | valor         |
      | host_country               | US            |
      | city                       | san_francisco |
      | sf_residence_start_date    | 2008-10-01    |
      | sf_unexpired_photo_id      | sí            |
      | sf_residency_document_date | 2009-01-02    |
    Cuando se evalúan las vías
    Entonces la vía "us.sf.city_id" es "<resultado>"

    Ejemplos:
      | fecha      | resultado   |
      | 2009-01-14 | no elegible |
      | 2009-01-15 | elegible    |
      | 2009-01-16 | elegible    |

  Escenario: SF City ID — sin la fecha del comprobante de domicilio, la vía queda indeterminada
    Dado la fecha de evaluación "2026-03-01"
    Y una persona con los datos:
      | dato                    | valor         |
      | host_country            | US            |
      | city                    | san_francisco |
      | sf_residence_start_date | 2026-01-05    |
      | sf_unexpired_photo_id   | sí            |
    Cuando se evalúan las vías
    Entonces la vía "us.sf.city_id" es "indeterminada"
    Y falta el dato "sf_residency_document_date" para la vía "us.sf.city_id"

  # ---------------------------------------------------------------------------
  # mx.cdmx.padron_huespedes
  # ---------------------------------------------------------------------------

  Esquema del escenario: Padrón de Huéspedes — cada condición decide por sí sola
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato                         | valor         |
      | host_country                 | MX            |
      | city                         | mexico_city   |
      | cdmx_international_migrant   | <migrante>    |
      | cdmx_returning_mexican       | <retorno>     |
      | has_passport                 | <pasaporte>   |
      | has_id_card                  | <cédula>      |
      | cdmx_other_identity_document | <otro>        |
      | cdmx_proof_of_residence      | <domicilio>   |
    Cuando se evalúan las vías
    Entonces la vía "mx.cdmx.padron_huespedes" es "<resultado>"
    Y la condición "<condición>" de la vía "mx.cdmx.padron_huespedes" está "<estado>"

    Ejemplos:
      | migrante | retorno | pasaporte | cédula | otro | domicilio | resultado   | condición                 | estado      |
      | sí       | no      | sí        | no     | no   | sí        | elegible    | international_migrant     | cumplida    |
      | no       | sí      | sí        | no     | no   | sí        | elegible    | returning_mexican         | cumplida    |
      | sí       | no      | no        | sí     | no   | sí        | elegible    | id_card                   | cumplida    |
      | sí       | no      | no        | no     | sí   | sí        | elegible    | other_identity_document   | cumplida    |
      | no       | no      | sí        | no     | no   | sí        | no elegible | guest_or_returning_migrant | no cumplida |
      | no       | no      | sí        | no     | no   | sí        | no elegible | returning_mexican         | no cumplida |
      | sí       | no      | no        | no     | no   | sí        | no elegible | proof_of_identity         | no cumplida |
      | sí       | no      | no        | no     | no   | sí        | no elegible | passport                  | no cumplida |
      | sí       | no      | sí        | no     | no   | no        | no elegible | proof_of_residence        | no cumplida |

  Esquema del escenario: Padrón de Huéspedes — la ciudad y el inicio (ley de 2011)
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato                       | valor    |
      | host_country               | MX       |
      | city                       | <ciudad> |
      | cdmx_international_migrant | sí       |
      | has_passport               | sí       |
      | cdmx_proof_of_residence    | sí       |
    Cuando se evalúan las vías
    Entonces la vía "mx.cdmx.padron_huespedes" es "<resultado>"

    Ejemplos:
      | fecha      | ciudad      | resultado   |
      | 2026-01-15 | other       | no elegible |
      | 2010-12-31 | mexico_city | no elegible |
      | 2011-01-01 | mexico_city | elegible    |
      | 2011-01-02 | mexico_city | elegible    |

  Escenario: Padrón de Huéspedes — sin comprobante de domicilio declarado, queda indeterminada
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato                       | valor       |
      | host_country               | MX          |
      | city                       | mexico_city |
      | cdmx_international_migrant | sí          |
      | has_passport               | no          |
      | has_id_card                | sí          |
    Cuando se evalúan las vías
    Entonces la vía "mx.cdmx.padron_huespedes" es "indeterminada"
    Y falta el dato "cdmx_proof_of_residence" para la vía "mx.cdmx.padron_huespedes"

  # ---------------------------------------------------------------------------
  # co.bogota.integrate y ec.quito.casa_sin_fronteras
  # ---------------------------------------------------------------------------

  Esquema del escenario: Intégrate y CEDID — atienden a migrantes en Bogotá, sea cual sea su situación
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato            | valor          |
      | host_country    | CO             |
      | city            | <ciudad>       |
      | in_host_country | <en_colombia>  |
      | nationalities   | VE             |
    Cuando se evalúan las vías
    Entonces la vía "co.bogota.integrate" es "<resultado>"
    Y la condición "<condición>" de la vía "co.bogota.integrate" está "<estado>"

    Ejemplos:
      | fecha      | ciudad | en_colombia | resultado     | condición         | estado       |
      | 2026-01-15 | bogota | sí          | elegible      | migrant_any_status | cumplida     |
      | 2026-01-15 | bogota | no          | no elegible   | migrant_any_status | no cumplida  |
      | 2026-01-15 | other  | sí          | no elegible   | in_city           | no cumplida  |
      | 2026-01-15 | bogota | ?           | indeterminada | migrant_any_status | desconocida  |
      | 2022-08-31 | bogota | sí          | no elegible   | in_force          | no cumplida  |
      | 2022-09-01 | bogota | sí          | elegible      | migrant_any_status | cumplida     |
      | 2022-09-02 | bogota | sí          | elegible      | migrant_any_status | cumplida     |

  Escenario: Intégrate — la continuidad de los Centros Intégrate tras los recortes de 2025 se señala como sin confirmar
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato            | valor  |
      | host_country    | CO     |
      | city            | bogota |
      | in_host_country | sí     |
    Cuando se evalúan las vías
    Entonces la vía "co.bogota.integrate" es "elegible"
    Y la vía "co.bogota.integrate" señala un punto sin confirmar

  Escenario: Intégrate — sin saber la ciudad, el servicio queda indeterminado y la pide
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato            | valor |
      | host_country    | CO    |
      | in_host_country | sí    |
    Cuando se evalúan las vías
    Entonces la vía "co.bogota.integrate" es "indeterminada"
    Y falta el dato "city" para la vía "co.bogota.integrate"

  Esquema del escenario: Casa Sin Fronteras — atiende a personas en movilidad humana en Quito
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato            | valor        |
      | host_country    | EC           |
      | city            | <ciudad>     |
      | in_host_country | <en_ecuador> |
      | nationalities   | CO           |
    Cuando se evalúan las vías
    Entonces la vía "ec.quito.casa_sin_fronteras" es "<resultado>"
    Y la condición "<condición>" de la vía "ec.quito.casa_sin_fronteras" está "<estado>"

    Ejemplos:
      | fecha      | ciudad | en_ecuador | resultado     | condición         | estado       |
      | 2026-01-15 | quito  | sí         | elegible      | migrant_any_status | cumplida     |
      | 2026-01-15 | quito  | no         | no elegible   | migrant_any_status | no cumplida  |
      | 2026-01-15 | other  | sí         | no elegible   | in_city           | no cumplida  |
      | 2026-01-15 | ?      | sí         | indeterminada | in_city           | desconocida  |
      | 2025-07-14 | quito  | sí         | no elegible   | in_force          | no cumplida  |
      | 2025-07-15 | quito  | sí         | elegible      | migrant_any_status | cumplida     |
      | 2025-07-16 | quito  | sí         | elegible      | migrant_any_status | cumplida     |

  Escenario: Casa Sin Fronteras — sin saber si está en Ecuador, queda indeterminada
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato         | valor |
      | host_country | EC    |
      | city         | quito |
    Cuando se evalúan las vías
    Entonces la vía "ec.quito.casa_sin_fronteras" es "indeterminada"
    Y falta el dato "in_host_country" para la vía "ec.quito.casa_sin_fronteras"
    Y la vía "ec.quito.casa_sin_fronteras" señala un punto sin confirmar

  # ec.quito.casa_del_hermano (añadida siguiendo docs/maintainers.md)
  Esquema del escenario: Casa del Hermano — albergue temporal para familias en movilidad humana en Quito
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato            | valor        |
      | host_country    | EC           |
      | city            | <ciudad>     |
      | in_host_country | <en_ecuador> |
      | nationalities   | VE           |
    Cuando se evalúan las vías
    Entonces la vía "ec.quito.casa_del_hermano" es "<resultado>"

    Ejemplos:
      | fecha      | ciudad | en_ecuador | resultado     |
      | 2026-01-15 | quito  | sí         | elegible      |
      | 2026-01-15 | quito  | no         | no elegible   |
      | 2026-01-15 | other  | sí         | no elegible   |
      | 2026-01-15 | quito  | ?          | indeterminada |
      | 2024-12-31 | quito  | sí         | no elegible   |
      | 2025-01-01 | quito  | sí         | elegible      |

  Esquema del escenario: IDNYC — documento vencido (p. ej. licencia de conducir): "no" hasta la audiencia del 28/03/2025, indeterminada desde el 29/03/2025 (regla de 2025 sin confirmar)
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato                      | valor      |
      | host_country              | US         |
      | city                      | new_york   |
      | age                       | 35         |
      | idnyc_identity_points     | 3          |
      | idnyc_residency_points    | 1          |
      | idnyc_photo_document      | sí         |
      | idnyc_birth_date_document | sí         |
      | idnyc_documents_current   | <vigentes> |
    Cuando se evalúan las vías
    Entonces la vía "us.nyc.idnyc" es "<resultado>"

    Ejemplos:
      | fecha      | vigentes | resultado     |
      | 2025-03-27 | no       | no elegible   |
      | 2025-03-28 | no       | no elegible   |
      | 2025-03-29 | no       | indeterminada |
      | 2025-03-30 | no       | indeterminada |
      | 2025-03-28 | sí       | elegible      |
      | 2025-03-29 | sí       | elegible      |
      | 2026-12-01 | no       | indeterminada |
