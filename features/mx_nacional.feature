# language: es
Característica: Vías nacionales en México: tarjeta de visitante por razones humanitarias, CURP temporal, artículo 133 y PTRM
  Como equipo que mantiene el reglamento mexicano
  queremos que cada vía diga elegible, no elegible o indeterminada, con el artículo que lo decide,
  que los programas cerrados (PTRM 2015 y 2017) respondan "cerrada" después de su fin,
  y que un dato que falta nunca se vuelva un "no".

  Vías cubiertas (pathways/mx/):
    mx.visitante_humanitario      Ley de Migración art. 52 fr. V (TVRH)
    mx.curp.temporal_comar        CURP temporal para solicitantes de refugio, vía COMAR
    mx.regularizacion.art133      regularización por los supuestos del art. 133
    mx.ptrm.2015                  13/01/2015 a 18/12/2015; entrada antes del 09/11/2012
    mx.ptrm.2017                  desde el 09/01/2017, fin sin confirmar (indeterminada hasta el 31/12/2025); entrada antes del 09/01/2015

  # ---------------------------------------------------------------------------
  # Personas
  # ---------------------------------------------------------------------------

  Escenario: P25 — hondureño de 22 años en Ciudad de México, solicitante de refugio ante la COMAR desde 2025-09-20
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato                         | valor       |
      | host_country                 | MX          |
      | city                         | mexico_city |
      | in_host_country              | sí          |
      | nationalities                | HN          |
      | age                          | 22          |
      | mx_comar_applicant           | sí          |
      | cdmx_international_migrant   | sí          |
      | cdmx_other_identity_document | sí          |
      | cdmx_proof_of_residence      | sí          |
    Cuando se evalúan las vías
    Entonces la vía "mx.visitante_humanitario" es "elegible"
    Y la condición "protection_applicant" de la vía "mx.visitante_humanitario" está "cumplida"
    Y la vía "mx.visitante_humanitario" cita "Art. 52 fr. V (c)"
    Y la vía "mx.visitante_humanitario" señala un punto sin confirmar
    Y la vía "mx.curp.temporal_comar" es "elegible"
    Y la vía "mx.cdmx.padron_huespedes" es "elegible"

  Escenario: P26 — cubano en Cancún desde 2014, irregular desde diciembre de 2014, sin familia ni vulnerabilidad
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato                                               | valor      |
      | host_country                                       | MX         |
      | city                                               | other      |
      | in_host_country                                    | sí         |
      | nationalities                                      | CU         |
      | age                                                | 48         |
      | entry_date                                         | 2014-06-15 |
      | mx_irregular_since                                 | 2014-12-15 |
      | mx_spouse_or_partner_of_mexican_or_resident        | no         |
      | mx_parent_child_or_guardian_of_mexican_or_resident | no         |
      | mx_grave_crime_victim_or_witness                   | no         |
      | mx_vulnerable_cannot_be_returned                   | no         |
      | mx_child_abduction_case                            | no         |
      | mx_pending_migration_procedure                     | no         |
      | mx_deportation_or_return_proceedings               | no         |
      | mx_criminal_proceedings                            | no         |
      | mx_grave_crime_conviction                          | no         |
      | mx_previously_deported                             | no         |
      | mx_breached_exit_order                             | no         |
      | criminal_record_5y                                 | no         |
    Cuando se evalúan las vías
    Entonces la vía "mx.ptrm.2017" es "no elegible"
    Y la vía "mx.ptrm.2017" cerró el "2025-12-31"
    Y la vía "mx.ptrm.2015" es "no elegible"
    Y la vía "mx.ptrm.2015" cerró el "2015-12-18"
    Y la vía "mx.regularizacion.art133" es "no elegible"
    Y la condición "ground" de la vía "mx.regularizacion.art133" está "no cumplida"
    Y la vía "mx.regularizacion.art133" cita "Art. 133 fr. IV"

  Escenario: P26 en 2017 — cumplía el corte de entrada del PTRM 2017; que el programa siguiera abierto no está confirmado
    Dado la fecha de evaluación "2017-06-01"
    Y una persona con los datos:
      | dato                                 | valor      |
      | host_country                         | MX         |
      | in_host_country                      | sí         |
      | nationalities                        | CU         |
      | age                                  | 39         |
      | entry_date                           | 2014-06-15 |
      | mx_irregular_since                   | 2014-12-15 |
      | mx_pending_migration_procedure       | no         |
      | mx_criminal_proceedings              | no         |
      | mx_grave_crime_conviction            | no         |
      | mx_previously_deported               | no         |
      | mx_breached_exit_order               | no         |
    Cuando se evalúan las vías
    Entonces la vía "mx.ptrm.2017" es "indeterminada"
    Y la condición "entered_before_9_january_2015" de la vía "mx.ptrm.2017" está "cumplida"
    Y la condición "programme_open" de la vía "mx.ptrm.2017" está "desconocida"
    Y la vía "mx.ptrm.2017" señala un punto sin confirmar

  Escenario: P26 en 2015 — su entrada (2014) es posterior al corte del PTRM 2015 (09/11/2012)
    Dado la fecha de evaluación "2015-06-01"
    Y una persona con los datos:
      | dato                                 | valor      |
      | host_country                         | MX         |
      | in_host_country                      | sí         |
      | nationalities                        | CU         |
      | age                                  | 37         |
      | entry_date                           | 2014-06-15 |
      | mx_irregular_since                   | 2014-12-15 |
      | mx_pending_migration_procedure       | no         |
      | mx_deportation_or_return_proceedings | no         |
      | mx_criminal_proceedings              | no         |
      | criminal_record_5y                   | no         |
    Cuando se evalúan las vías
    Entonces la vía "mx.ptrm.2015" es "no elegible"
    Y la condición "entered_before_9_november_2012" de la vía "mx.ptrm.2015" está "no cumplida"
    Y la vía "mx.ptrm.2015" cita "entry before 9 Nov 2012"

  # ---------------------------------------------------------------------------
  # mx.visitante_humanitario
  # ---------------------------------------------------------------------------

  Esquema del escenario: TVRH — cada supuesto del art. 52 fr. V decide por sí solo
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato                       | valor       |
      | nationalities | GT |
      | host_country               | MX          |
      | in_host_country            | <en_méxico> |
      | age                        | <edad>      |
      | mx_crime_victim_or_witness | <víctima>   |
      | mx_unaccompanied_child     | <solo>      |
      | mx_comar_applicant         | <comar>     |
    Cuando se evalúan las vías
    Entonces la vía "mx.visitante_humanitario" es "<resultado>"
    Y la condición "<condición>" de la vía "mx.visitante_humanitario" está "<estado>"

    Ejemplos:
      | en_méxico | edad | víctima | solo | comar | resultado   | condición               | estado      |
      | sí        | 30   | no      | no   | sí    | elegible    | protection_applicant    | cumplida    |
      | sí        | 30   | sí      | no   | no    | elegible    | crime_victim_or_witness | cumplida    |
      | sí        | 16   | no      | sí   | no    | elegible    | unaccompanied_child     | cumplida    |
      | sí        | 30   | no      | no   | no    | no elegible | humanitarian_ground     | no cumplida |
      | sí        | 30   | no      | no   | no    | no elegible | protection_applicant    | no cumplida |
      | sí        | 18   | no      | sí   | no    | no elegible | under_18                | no cumplida |
      | sí        | 16   | no      | no   | no    | no elegible | unaccompanied           | no cumplida |
      | no        | 30   | no      | no   | sí    | elegible    | protection_applicant    | cumplida    |

  Esquema del escenario: TVRH — niña, niño o adolescente no acompañado: 17 años sí, 18 no
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato                       | valor  |
      | nationalities | GT |
      | host_country               | MX     |
      | in_host_country            | sí     |
      | age                        | <edad> |
      | mx_crime_victim_or_witness | no     |
      | mx_unaccompanied_child     | sí     |
      | mx_comar_applicant         | no     |
    Cuando se evalúan las vías
    Entonces la vía "mx.visitante_humanitario" es "<resultado>"
    Y la condición "under_18" de la vía "mx.visitante_humanitario" está "<estado>"

    Ejemplos:
      | edad | resultado   | estado      |
      | 17   | elegible    | cumplida    |
      | 18   | no elegible | no cumplida |
      | 19   | no elegible | no cumplida |

  Esquema del escenario: TVRH — desde la publicación de la Ley de Migración (25/05/2011)
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato               | valor |
      | nationalities | GT |
      | host_country       | MX    |
      | in_host_country    | sí    |
      | age                | 30    |
      | mx_comar_applicant | sí    |
    Cuando se evalúan las vías
    Entonces la vía "mx.visitante_humanitario" es "<resultado>"

    Ejemplos:
      | fecha      | resultado   |
      | 2011-05-24 | no elegible |
      | 2011-05-25 | elegible    |
      | 2011-05-26 | elegible    |

  Escenario: TVRH — si falta saber si pidió refugio y no hay otro supuesto, queda indeterminada (nunca "no")
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato                       | valor |
      | host_country               | MX    |
      | in_host_country            | sí    |
      | age                        | 30    |
      | mx_crime_victim_or_witness | no    |
      | mx_unaccompanied_child     | no    |
    Cuando se evalúan las vías
    Entonces la vía "mx.visitante_humanitario" es "indeterminada"
    Y falta el dato "mx_comar_applicant" para la vía "mx.visitante_humanitario"

  Escenario: TVRH — sin ningún supuesto, la vía dice que la Secretaría puede concederla por otra causa humanitaria
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato                       | valor |
      | host_country               | MX    |
      | in_host_country            | sí    |
      | age                        | 30    |
      | mx_crime_victim_or_witness | no    |
      | mx_unaccompanied_child     | no    |
      | mx_comar_applicant         | no    |
    Cuando se evalúan las vías
    Entonces la vía "mx.visitante_humanitario" es "no elegible"
    Y la vía "mx.visitante_humanitario" señala un punto sin confirmar

  # ---------------------------------------------------------------------------
  # mx.curp.temporal_comar
  # ---------------------------------------------------------------------------

  Esquema del escenario: CURP temporal — solicitantes de refugio en México, con constancia de la COMAR
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato               | valor       |
      | host_country       | MX          |
      | in_host_country    | <en_méxico> |
      | mx_comar_applicant | <comar>     |
    Cuando se evalúan las vías
    Entonces la vía "mx.curp.temporal_comar" es "<resultado>"
    Y la condición "<condición>" de la vía "mx.curp.temporal_comar" está "<estado>"

    Ejemplos:
      | fecha      | en_méxico | comar | resultado     | condición        | estado       |
      | 2026-01-15 | sí        | sí    | elegible      | refugee_applicant | cumplida     |
      | 2026-01-15 | sí        | no    | no elegible   | refugee_applicant | no cumplida  |
      | 2026-01-15 | no        | sí    | no elegible   | in_mexico         | no cumplida  |
      | 2026-01-15 | sí        | ?     | indeterminada | refugee_applicant | desconocida  |
      | 2021-10-17 | sí        | sí    | no elegible   | in_force          | no cumplida  |
      | 2021-10-18 | sí        | sí    | elegible      | in_mexico         | cumplida     |
      | 2021-10-19 | sí        | sí    | elegible      | in_mexico         | cumplida     |

  Escenario: CURP temporal — sin saber si está en México, queda indeterminada
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato               | valor |
      | host_country       | MX    |
      | mx_comar_applicant | sí    |
    Cuando se evalúan las vías
    Entonces la vía "mx.curp.temporal_comar" es "indeterminada"
    Y falta el dato "in_host_country" para la vía "mx.curp.temporal_comar"

  # ---------------------------------------------------------------------------
  # mx.regularizacion.art133
  # ---------------------------------------------------------------------------

  Esquema del escenario: Art. 133 — cada supuesto decide por sí solo
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato                                               | valor       |
      | nationalities | GT |
      | host_country                                       | MX          |
      | in_host_country                                    | <en_méxico> |
      | mx_spouse_or_partner_of_mexican_or_resident        | <cónyuge>   |
      | mx_parent_child_or_guardian_of_mexican_or_resident | <familia>   |
      | mx_grave_crime_victim_or_witness                   | <víctima>   |
      | mx_vulnerable_cannot_be_returned                   | <vulnerable> |
      | mx_child_abduction_case                            | <sustracción> |
    Cuando se evalúan las vías
    Entonces la vía "mx.regularizacion.art133" es "<resultado>"
    Y la condición "<condición>" de la vía "mx.regularizacion.art133" está "<estado>"

    Ejemplos:
      | en_méxico | cónyuge | familia | víctima | vulnerable | sustracción | resultado   | condición                     | estado      |
      | sí        | sí      | no      | no      | no         | no          | elegible    | spouse_or_partner             | cumplida    |
      | sí        | no      | sí      | no      | no         | no          | elegible    | family_of_mexican_or_resident | cumplida    |
      | sí        | no      | no      | sí      | no         | no          | elegible    | grave_crime_victim_or_witness | cumplida    |
      | sí        | no      | no      | no      | sí         | no          | elegible    | vulnerable                    | cumplida    |
      | sí        | no      | no      | no      | no         | sí          | elegible    | child_abduction               | cumplida    |
      | sí        | no      | no      | no      | no         | no          | no elegible | ground                        | no cumplida |
      | sí        | no      | no      | no      | no         | no          | no elegible | family_of_mexican_or_resident | no cumplida |
      | no        | sí      | no      | no      | no         | no          | no elegible | in_mexico                     | no cumplida |

  Esquema del escenario: Art. 133 — desde la publicación de la Ley de Migración (25/05/2011)
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato                                        | valor |
      | nationalities | GT |
      | host_country                                | MX    |
      | in_host_country                             | sí    |
      | mx_spouse_or_partner_of_mexican_or_resident | sí    |
    Cuando se evalúan las vías
    Entonces la vía "mx.regularizacion.art133" es "<resultado>"

    Ejemplos:
      | fecha      | resultado   |
      | 2011-05-24 | no elegible |
      | 2011-05-25 | elegible    |
      | 2011-05-26 | elegible    |

  Escenario: Art. 133 — si falta un supuesto y los demás no aplican, queda indeterminada
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato                                               | valor |
      | host_country                                       | MX    |
      | in_host_country                                    | sí    |
      | mx_spouse_or_partner_of_mexican_or_resident        | no    |
      | mx_parent_child_or_guardian_of_mexican_or_resident | no    |
      | mx_grave_crime_victim_or_witness                   | no    |
      | mx_child_abduction_case                            | no    |
    Cuando se evalúan las vías
    Entonces la vía "mx.regularizacion.art133" es "indeterminada"
    Y falta el dato "mx_vulnerable_cannot_be_returned" para la vía "mx.regularizacion.art133"

  # ---------------------------------------------------------------------------
  # mx.ptrm.2015
  # ---------------------------------------------------------------------------

  Esquema del escenario: PTRM 2015 — cada condición decide por sí sola
    Dado la fecha de evaluación "2015-06-01"
    Y una persona con los datos:
      | dato                                 | valor          |
      | host_country                         | MX             |
      | in_host_country                      | <en_méxico>    |
      | entry_date                           | <entrada>      |
      | mx_irregular_since                   | <irregular>    |
      | mx_pending_migration_procedure       | <trámite>      |
      | mx_deportation_or_return_proceedings | <deportación>  |
      | mx_criminal_proceedings              | <proceso>      |
      | criminal_record_5y                   | <condena>      |
    Cuando se evalúan las vías
    Entonces la vía "mx.ptrm.2015" es "<resultado>"
    Y la condición "<condición>" de la vía "mx.ptrm.2015" está "<estado>"

    Ejemplos:
      | en_méxico | entrada    | irregular  | trámite | deportación | proceso | condena | resultado   | condición                      | estado      |
      | sí        | 2010-03-01 | 2011-01-01 | no      | no          | no      | no      | elegible    | irregular_on_13_january_2015   | cumplida    |
      | no        | 2010-03-01 | 2011-01-01 | no      | no          | no      | no      | no elegible | in_mexico                      | no cumplida |
      | sí        | 2012-11-09 | 2013-01-01 | no      | no          | no      | no      | no elegible | entered_before_9_november_2012 | no cumplida |
      | sí        | 2010-03-01 | 2015-01-14 | no      | no          | no      | no      | no elegible | irregular_on_13_january_2015   | no cumplida |
      | sí        | 2010-03-01 | 2011-01-01 | sí      | no          | no      | no      | no elegible | no_pending_procedure           | no cumplida |
      | sí        | 2010-03-01 | 2011-01-01 | no      | sí          | no      | no      | no elegible | no_deportation_proceedings     | no cumplida |
      | sí        | 2010-03-01 | 2011-01-01 | no      | no          | sí      | no      | no elegible | no_criminal_proceedings        | no cumplida |
      | sí        | 2010-03-01 | 2011-01-01 | no      | no          | no      | sí      | no elegible | no_conviction                  | no cumplida |

  Esquema del escenario: PTRM 2015 — cortes de entrada (09/11/2012) y de irregularidad (13/01/2015)
    Dado la fecha de evaluación "2015-06-01"
    Y una persona con los datos:
      | dato                                 | valor       |
      | host_country                         | MX          |
      | in_host_country                      | sí          |
      | entry_date                           | <entrada>   |
      | mx_irregular_since                   | <irregular> |
      | mx_pending_migration_procedure       | no          |
      | mx_deportation_or_return_proceedings | no          |
      | mx_criminal_proceedings              | no          |
      | criminal_record_5y                   | no          |
    Cuando se evalúan las vías
    Entonces la vía "mx.ptrm.2015" es "<resultado>"

    Ejemplos:
      | entrada    | irregular  | resultado   |
      | 2012-11-08 | 2013-06-01 | elegible    |
      | 2012-11-09 | 2013-06-01 | no elegible |
      | 2012-11-10 | 2013-06-01 | no elegible |
      | 2011-05-01 | 2015-01-12 | elegible    |
      | 2011-05-01 | 2015-01-13 | elegible    |
      | 2011-05-01 | 2015-01-14 | no elegible |

  Esquema del escenario: PTRM 2015 — vigencia del 13/01/2015 al 18/12/2015
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato                                 | valor      |
      | host_country                         | MX         |
      | in_host_country                      | sí         |
      | entry_date                           | 2010-03-01 |
      | mx_irregular_since                   | 2011-01-01 |
      | mx_pending_migration_procedure       | no         |
      | mx_deportation_or_return_proceedings | no         |
      | mx_criminal_proceedings              | no         |
      | criminal_record_5y                   | no         |
    Cuando se evalúan las vías
    Entonces la vía "mx.ptrm.2015" es "<resultado>"

    Ejemplos:
      | fecha      | resultado   |
      | 2015-01-12 | no elegible |
      | 2015-01-13 | elegible    |
      | 2015-01-14 | elegible    |
      | 2015-12-17 | elegible    |
      | 2015-12-18 | elegible    |
      | 2015-12-19 | no elegible |

  Escenario: PTRM 2015 — sin la fecha desde la que está irregular, queda indeterminada
    Dado la fecha de evaluación "2015-06-01"
    Y una persona con los datos:
      | dato                                 | valor      |
      | host_country                         | MX         |
      | in_host_country                      | sí         |
      | entry_date                           | 2010-03-01 |
      | mx_pending_migration_procedure       | no         |
      | mx_deportation_or_return_proceedings | no         |
      | mx_criminal_proceedings              | no         |
      | criminal_record_5y                   | no         |
    Cuando se evalúan las vías
    Entonces la vía "mx.ptrm.2015" es "indeterminada"
    Y falta el dato "mx_irregular_since" para la vía "mx.ptrm.2015"

  # ---------------------------------------------------------------------------
  # mx.ptrm.2017
  # ---------------------------------------------------------------------------

  Esquema del escenario: PTRM 2017 — cada condición decide por sí sola (como el cierre no está confirmado, a lo sumo "indeterminada")
    Dado la fecha de evaluación "2017-06-01"
    Y una persona con los datos:
      | dato                           | valor         |
      | host_country                   | MX            |
      | in_host_country                | <en_méxico>   |
      | entry_date                     | <entrada>     |
      | mx_irregular_since             | <irregular>   |
      | mx_pending_migration_procedure | <trámite>     |
      | mx_criminal_proceedings        | <proceso>     |
      | mx_grave_crime_conviction      | <condena>     |
      | mx_previously_deported         | <deportado>   |
      | mx_breached_exit_order         | <orden>       |
    Cuando se evalúan las vías
    Entonces la vía "mx.ptrm.2017" es "<resultado>"
    Y la condición "<condición>" de la vía "mx.ptrm.2017" está "<estado>"

    Ejemplos:
      | en_méxico | entrada    | irregular  | trámite | proceso | condena | deportado | orden | resultado     | condición                     | estado      |
      | sí        | 2013-03-01 | 2014-01-01 | no      | no      | no      | no        | no    | indeterminada | programme_open                | desconocida |
      | sí        | 2013-03-01 | 2014-01-01 | no      | no      | no      | no        | no    | indeterminada | irregular_on_9_january_2017   | cumplida    |
      | no        | 2013-03-01 | 2014-01-01 | no      | no      | no      | no        | no    | no elegible   | in_mexico                     | no cumplida |
      | sí        | 2015-01-09 | 2015-06-01 | no      | no      | no      | no        | no    | no elegible   | entered_before_9_january_2015 | no cumplida |
      | sí        | 2013-03-01 | 2017-01-10 | no      | no      | no      | no        | no    | no elegible   | irregular_on_9_january_2017   | no cumplida |
      | sí        | 2013-03-01 | 2014-01-01 | sí      | no      | no      | no        | no    | no elegible   | no_pending_procedure          | no cumplida |
      | sí        | 2013-03-01 | 2014-01-01 | no      | sí      | no      | no        | no    | no elegible   | no_criminal_proceedings       | no cumplida |
      | sí        | 2013-03-01 | 2014-01-01 | no      | no      | sí      | no        | no    | no elegible   | no_grave_crime_conviction     | no cumplida |
      | sí        | 2013-03-01 | 2014-01-01 | no      | no      | no      | sí        | no    | no elegible   | not_previously_deported       | no cumplida |
      | sí        | 2013-03-01 | 2014-01-01 | no      | no      | no      | no        | sí    | no elegible   | no_breached_exit_order        | no cumplida |

  Esquema del escenario: PTRM 2017 — cortes de entrada (09/01/2015) y de irregularidad (09/01/2017)
    Dado la fecha de evaluación "2017-06-01"
    Y una persona con los datos:
      | dato                           | valor       |
      | host_country                   | MX          |
      | in_host_country                | sí          |
      | entry_date                     | <entrada>   |
      | mx_irregular_since             | <irregular> |
      | mx_pending_migration_procedure | no          |
      | mx_criminal_proceedings        | no          |
      | mx_grave_crime_conviction      | no          |
      | mx_previously_deported         | no          |
      | mx_breached_exit_order         | no          |
    Cuando se evalúan las vías
    Entonces la vía "mx.ptrm.2017" es "<resultado>"

    Ejemplos:
      | entrada    | irregular  | resultado     |
      | 2015-01-08 | 2015-06-01 | indeterminada |
      | 2015-01-09 | 2015-06-01 | no elegible   |
      | 2015-01-10 | 2015-06-01 | no elegible   |
      | 2014-02-01 | 2017-01-08 | indeterminada |
      | 2014-02-01 | 2017-01-09 | indeterminada |
      | 2014-02-01 | 2017-01-10 | no elegible   |

  Esquema del escenario: PTRM 2017 — desde el 09/01/2017; cierre sin confirmar, "cerrada" sólo después del 31/12/2025
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato                           | valor      |
      | host_country                   | MX         |
      | in_host_country                | sí         |
      | entry_date                     | 2013-03-01 |
      | mx_irregular_since             | 2014-01-01 |
      | mx_pending_migration_procedure | no         |
      | mx_criminal_proceedings        | no         |
      | mx_grave_crime_conviction      | no         |
      | mx_previously_deported         | no         |
      | mx_breached_exit_order         | no         |
    Cuando se evalúan las vías
    Entonces la vía "mx.ptrm.2017" es "<resultado>"

    Ejemplos:
      | fecha      | resultado     |
      | 2017-01-08 | no elegible   |
      | 2017-01-09 | indeterminada |
      | 2017-01-10 | indeterminada |
      | 2025-12-30 | indeterminada |
      | 2025-12-31 | indeterminada |
      | 2026-01-01 | no elegible   |

  Escenario: PTRM 2017 — un dato que falta se pide aunque el programa ya dé "indeterminada"
    Dado la fecha de evaluación "2017-06-01"
    Y una persona con los datos:
      | dato                           | valor      |
      | host_country                   | MX         |
      | in_host_country                | sí         |
      | entry_date                     | 2013-03-01 |
      | mx_irregular_since             | 2014-01-01 |
      | mx_pending_migration_procedure | no         |
      | mx_criminal_proceedings        | no         |
      | mx_grave_crime_conviction      | no         |
      | mx_breached_exit_order         | no         |
    Cuando se evalúan las vías
    Entonces la vía "mx.ptrm.2017" es "indeterminada"
    Y la condición "not_previously_deported" de la vía "mx.ptrm.2017" está "desconocida"
    Y falta el dato "mx_previously_deported" para la vía "mx.ptrm.2017"
