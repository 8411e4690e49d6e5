# language: es
Característica: Programa de Vacaciones y Trabajo de la Alianza del Pacífico (Chile, Colombia, México, Perú)
  Como equipo que mantiene las reglas de la Alianza del Pacífico
  queremos que cada país anfitrión diga elegible, no elegible o indeterminada para jóvenes de los otros tres países,
  señalando lo que el texto recuperado del acuerdo no confirma (edad a qué fecha, fondos, seguro, dependientes...).

  Vías cubiertas:
    cl.pacific_alliance.working_holiday   co.pacific_alliance.working_holiday
    mx.pacific_alliance.working_holiday   pe.pacific_alliance.working_holiday

  Escenario: Peruana de 25 años que postula desde Perú a Chile: elegible, con los puntos sin confirmar señalados
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato                         | valor   |
      | host_country                 | CL      |
      | in_host_country              | no      |
      | wh_in_home_country           | sí      |
      | nationalities                | PE      |
      | age                          | 25      |
      | wh_previous_participation    | no      |
      | wh_accompanied_by_dependants | no      |
      | wh_sufficient_funds          | sí      |
      | wh_return_ticket_or_funds    | sí      |
      | wh_travel_insurance          | sí      |
      | criminal_record_5y           | no      |
    Cuando se evalúan las vías
    Entonces la vía "cl.pacific_alliance.working_holiday" es "elegible"
    Y la vía "cl.pacific_alliance.working_holiday" cita "Acuerdo Interinstitucional de la Alianza del Pacífico"
    Y la vía "cl.pacific_alliance.working_holiday" señala un punto sin confirmar
    Y la vía "co.pacific_alliance.working_holiday" es "no elegible"
    Y la vía "mx.pacific_alliance.working_holiday" es "no elegible"
    Y la vía "pe.pacific_alliance.working_holiday" es "no elegible"

  Esquema del escenario: Vacaciones y trabajo: cada condición decide por sí sola, en los cuatro países
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato                         | valor          |
      | host_country                 | <país>         |
      | nationalities                | <nacionalidad> |
      | age                          | <edad>         |
      | wh_previous_participation    | <participó>    |
      | wh_accompanied_by_dependants | <dependientes> |
      | wh_sufficient_funds          | <fondos>       |
      | wh_return_ticket_or_funds    | <pasaje>       |
      | wh_travel_insurance          | <seguro>       |
      | criminal_record_5y           | <antecedentes> |
      | wh_in_home_country           | <en_su_país>   |
    Cuando se evalúan las vías
    Entonces la vía "<vía>" es "<resultado>"
    Y la condición "<condición>" de la vía "<vía>" está "<estado>"

    Ejemplos: todo en regla: elegible
      | país | vía                                 | nacionalidad | edad | participó | dependientes | fondos | pasaje | seguro | antecedentes | en_su_país | resultado | condición                 | estado   |
      | CL   | cl.pacific_alliance.working_holiday | CO           | 25   | no        | no           | sí     | sí     | sí     | no           | sí         | elegible  | partner_national          | cumplida |
      | CO   | co.pacific_alliance.working_holiday | MX           | 25   | no        | no           | sí     | sí     | sí     | no           | sí         | elegible  | age_18_to_30              | cumplida |
      | MX   | mx.pacific_alliance.working_holiday | PE           | 25   | no        | no           | sí     | sí     | sí     | no           | sí         | elegible  | sufficient_funds          | cumplida |
      | PE   | pe.pacific_alliance.working_holiday | CL           | 25   | no        | no           | sí     | sí     | sí     | no           | sí         | elegible  | partner_national          | cumplida |
      | CL   | cl.pacific_alliance.working_holiday | CO           | 25   | no        | no           | sí     | sí     | sí     | no           | no         | elegible  | partner_national          | cumplida |
      | CO   | co.pacific_alliance.working_holiday | PE           | 25   | no        | no           | sí     | sí     | sí     | no           | ?          | elegible  | partner_national          | cumplida |
      | CL   | cl.pacific_alliance.working_holiday | MX, BR       | 25   | no        | no           | sí     | sí     | sí     | no           | sí         | elegible  | partner_national          | cumplida |

    Ejemplos: una sola condición falla: no elegible si la condición consta; indeterminada si viene de otros programas (nunca "no"); pasaje y seguro son documentos: elegible
      | país | vía                                 | nacionalidad | edad | participó | dependientes | fondos | pasaje | seguro | antecedentes | en_su_país | resultado   | condición           | estado      |
      | CL   | cl.pacific_alliance.working_holiday | BR           | 25   | no        | no           | sí     | sí     | sí     | no           | sí         | no elegible | partner_national    | no cumplida |
      | CO   | co.pacific_alliance.working_holiday | CO           | 25   | no        | no           | sí     | sí     | sí     | no           | sí         | no elegible | partner_national    | no cumplida |
      | MX   | mx.pacific_alliance.working_holiday | AR           | 25   | no        | no           | sí     | sí     | sí     | no           | sí         | no elegible | partner_national    | no cumplida |
      | PE   | pe.pacific_alliance.working_holiday | EC           | 25   | no        | no           | sí     | sí     | sí     | no           | sí         | no elegible | partner_national    | no cumplida |
      | CL   | cl.pacific_alliance.working_holiday | PE           | 17   | no        | no           | sí     | sí     | sí     | no           | sí         | no elegible | age_at_least_18     | no cumplida |
      | CO   | co.pacific_alliance.working_holiday | CL           | 31   | no        | no           | sí     | sí     | sí     | no           | sí         | no elegible | age_at_most_30      | no cumplida |
      | MX   | mx.pacific_alliance.working_holiday | CO           | 25   | sí        | no           | sí     | sí     | sí     | no           | sí         | indeterminada | first_participation | desconocida |
      | PE   | pe.pacific_alliance.working_holiday | MX           | 25   | no        | sí           | sí     | sí     | sí     | no           | sí         | indeterminada | no_dependants       | desconocida |
      | CL   | cl.pacific_alliance.working_holiday | MX           | 25   | no        | no           | no     | sí     | sí     | no           | sí         | indeterminada | sufficient_funds    | desconocida |
      | MX   | mx.pacific_alliance.working_holiday | CL           | 25   | no        | no           | no     | sí     | sí     | no           | sí         | no elegible | sufficient_funds    | no cumplida |
      | CO   | co.pacific_alliance.working_holiday | PE           | 25   | no        | no           | sí     | no     | sí     | no           | sí         | elegible      | partner_national    | cumplida    |
      | MX   | mx.pacific_alliance.working_holiday | PE           | 25   | no        | no           | sí     | sí     | no     | no           | sí         | elegible      | partner_national    | cumplida    |
      | PE   | pe.pacific_alliance.working_holiday | CO           | 25   | no        | no           | sí     | sí     | sí     | sí           | sí         | indeterminada | no_criminal_record  | desconocida |

    Ejemplos: con un dato que falta: indeterminada (nunca "no"); estar fuera de su país es un paso del trámite, no una condición
      | país | vía                                 | nacionalidad | edad | participó | dependientes | fondos | pasaje | seguro | antecedentes | en_su_país | resultado     | condición                 | estado      |
      | MX   | mx.pacific_alliance.working_holiday | ?            | 25   | no        | no           | sí     | sí     | sí     | no           | sí         | indeterminada | partner_national          | desconocida |
      | PE   | pe.pacific_alliance.working_holiday | CL           | ?    | no        | no           | sí     | sí     | sí     | no           | sí         | indeterminada | age_18_to_30              | desconocida |
      | CL   | cl.pacific_alliance.working_holiday | PE           | 25   | ?         | no           | sí     | sí     | sí     | no           | sí         | indeterminada | first_participation       | desconocida |
      | CO   | co.pacific_alliance.working_holiday | MX           | 25   | no        | ?            | sí     | sí     | sí     | no           | sí         | indeterminada | no_dependants             | desconocida |
      | MX   | mx.pacific_alliance.working_holiday | CO           | 25   | no        | no           | ?      | sí     | sí     | no           | sí         | indeterminada | sufficient_funds          | desconocida |
      | PE   | pe.pacific_alliance.working_holiday | MX           | 25   | no        | no           | ?      | sí     | sí     | no           | sí         | indeterminada | sufficient_funds          | desconocida |
      | CL   | cl.pacific_alliance.working_holiday | CO           | 25   | no        | no           | sí     | sí     | ?      | no           | sí         | elegible      | partner_national          | cumplida    |
      | CO   | co.pacific_alliance.working_holiday | CL           | 25   | no        | no           | sí     | sí     | sí     | ?            | sí         | indeterminada | no_criminal_record        | desconocida |

  Esquema del escenario: Vacaciones y trabajo: falta un dato, la vía queda indeterminada y lo pide
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato                         | valor          |
      | host_country                 | <país>         |
      | nationalities                | <nacionalidad> |
      | age                          | 22             |
      | wh_previous_participation    | no             |
      | wh_travel_insurance          | sí             |
      | wh_sufficient_funds          | sí             |
      | wh_return_ticket_or_funds    | sí             |
      | criminal_record_5y           | no             |
      | wh_in_home_country           | sí             |
    Cuando se evalúan las vías
    Entonces la vía "<vía>" es "indeterminada"
    Y falta el dato "wh_accompanied_by_dependants" para la vía "<vía>"

    Ejemplos:
      | país | vía                                 | nacionalidad |
      | CL   | cl.pacific_alliance.working_holiday | PE           |
      | CO   | co.pacific_alliance.working_holiday | CL           |
      | MX   | mx.pacific_alliance.working_holiday | CO           |
      | PE   | pe.pacific_alliance.working_holiday | MX           |

  Esquema del escenario: Edad 18 a 30 con edad dada directamente: bordes 17/18 y 30/31 (edad a la fecha de evaluación, señalado)
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato                         | valor  |
      | host_country                 | MX     |
      | nationalities                | CL     |
      | age                          | <edad> |
      | wh_previous_participation    | no     |
      | wh_accompanied_by_dependants | no     |
      | wh_sufficient_funds          | sí     |
      | wh_return_ticket_or_funds    | sí     |
      | wh_travel_insurance          | sí     |
      | criminal_record_5y           | no     |
      | wh_in_home_country           | sí     |
    Cuando se evalúan las vías
    Entonces la vía "mx.pacific_alliance.working_holiday" es "<resultado>"
    Y la condición "age_18_to_30" de la vía "mx.pacific_alliance.working_holiday" está "<estado>"

    Ejemplos:
      | edad | resultado   | estado      |
      | 17   | no elegible | no cumplida |
      | 18   | elegible    | cumplida    |
      | 19   | elegible    | cumplida    |
      | 29   | elegible    | cumplida    |
      | 30   | elegible    | cumplida    |
      | 31   | no elegible | no cumplida |

  Esquema del escenario: Cumpleaños 18: nacido el 15/01/2008, un día antes, el día y un día después
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato                         | valor      |
      | host_country                 | PE         |
      | nationalities                | CO         |
      | birth_date                   | 2008-01-15 |
      | wh_previous_participation    | no         |
      | wh_accompanied_by_dependants | no         |
      | wh_sufficient_funds          | sí         |
      | wh_return_ticket_or_funds    | sí         |
      | wh_travel_insurance          | sí         |
      | criminal_record_5y           | no         |
      | wh_in_home_country           | sí         |
    Cuando se evalúan las vías
    Entonces la vía "pe.pacific_alliance.working_holiday" es "<resultado>"
    Y la condición "age_at_least_18" de la vía "pe.pacific_alliance.working_holiday" está "<estado>"

    Ejemplos:
      | fecha      | resultado   | estado      |
      | 2026-01-14 | no elegible | no cumplida |
      | 2026-01-15 | elegible    | cumplida    |
      | 2026-01-16 | elegible    | cumplida    |

  Esquema del escenario: Vigencia: firmado el 19/06/2014, visas esperadas desde agosto de 2014
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato                         | valor          |
      | host_country                 | <país>         |
      | nationalities                | <nacionalidad> |
      | age                          | 24             |
      | wh_previous_participation    | no             |
      | wh_accompanied_by_dependants | no             |
      | wh_sufficient_funds          | sí             |
      | wh_return_ticket_or_funds    | sí             |
      | wh_travel_insurance          | sí             |
      | criminal_record_5y           | no             |
      | wh_in_home_country           | sí             |
    Cuando se evalúan las vías
    Entonces la vía "<vía>" es "<resultado>"

    Ejemplos:
      | fecha      | país | vía                                 | nacionalidad | resultado     |
      | 2014-06-18 | CL   | cl.pacific_alliance.working_holiday | PE           | no elegible   |
      | 2014-06-19 | CL   | cl.pacific_alliance.working_holiday | PE           | indeterminada |
      | 2014-06-20 | CL   | cl.pacific_alliance.working_holiday | PE           | indeterminada |
      | 2014-07-31 | CO   | co.pacific_alliance.working_holiday | MX           | indeterminada |
      | 2014-08-01 | CO   | co.pacific_alliance.working_holiday | MX           | elegible      |
      | 2014-08-02 | CO   | co.pacific_alliance.working_holiday | MX           | elegible      |
      | 2014-06-18 | MX   | mx.pacific_alliance.working_holiday | CO           | no elegible   |
      | 2014-07-31 | MX   | mx.pacific_alliance.working_holiday | CO           | indeterminada |
      | 2014-08-01 | MX   | mx.pacific_alliance.working_holiday | CO           | elegible      |
      | 2014-06-19 | PE   | pe.pacific_alliance.working_holiday | CL           | indeterminada |
      | 2014-08-01 | PE   | pe.pacific_alliance.working_holiday | CL           | elegible      |

  Escenario: Antes de agosto de 2014 la vía explica que no se sabe si ya se emitían visas
    Dado la fecha de evaluación "2014-07-01"
    Y una persona con los datos:
      | dato                         | valor |
      | host_country                 | CL    |
      | nationalities                | MX    |
      | age                          | 24    |
      | wh_previous_participation    | no    |
      | wh_accompanied_by_dependants | no    |
      | wh_sufficient_funds          | sí    |
      | wh_return_ticket_or_funds    | sí    |
      | wh_travel_insurance          | sí    |
      | criminal_record_5y           | no    |
      | wh_in_home_country           | sí    |
    Cuando se evalúan las vías
    Entonces la vía "cl.pacific_alliance.working_holiday" es "indeterminada"
    Y la condición "programme_started" de la vía "cl.pacific_alliance.working_holiday" está "desconocida"
    Y la vía "cl.pacific_alliance.working_holiday" señala un punto sin confirmar

  Esquema del escenario: Antes de agosto de 2014 nacionalidad, edad y solvencia de México siguen decidiendo un "no"; lo tomado de otros programas, no
    Dado la fecha de evaluación "2014-07-01"
    Y una persona con los datos:
      | dato                         | valor          |
      | host_country                 | <país>         |
      | nationalities                | <nacionalidad> |
      | age                          | <edad>         |
      | wh_previous_participation    | <participó>    |
      | wh_accompanied_by_dependants | <dependientes> |
      | wh_sufficient_funds          | <fondos>       |
      | wh_return_ticket_or_funds    | <pasaje>       |
      | wh_travel_insurance          | <seguro>       |
      | criminal_record_5y           | <antecedentes> |
      | wh_in_home_country           | sí             |
    Cuando se evalúan las vías
    Entonces la vía "<vía>" es "<resultado>"

    Ejemplos:
      | país | vía                                 | nacionalidad | edad | participó | dependientes | fondos | pasaje | seguro | antecedentes | resultado     |
      | CL   | cl.pacific_alliance.working_holiday | BR           | 24   | no        | no           | sí     | sí     | sí     | no           | no elegible   |
      | CO   | co.pacific_alliance.working_holiday | PE           | 17   | no        | no           | sí     | sí     | sí     | no           | no elegible   |
      | MX   | mx.pacific_alliance.working_holiday | PE           | 31   | no        | no           | sí     | sí     | sí     | no           | no elegible   |
      | PE   | pe.pacific_alliance.working_holiday | MX           | 24   | sí        | no           | sí     | sí     | sí     | no           | indeterminada |
      | CL   | cl.pacific_alliance.working_holiday | CO           | 24   | no        | sí           | sí     | sí     | sí     | no           | indeterminada |
      | CO   | co.pacific_alliance.working_holiday | CL           | 24   | no        | no           | no     | sí     | sí     | no           | indeterminada |
      | MX   | mx.pacific_alliance.working_holiday | CO           | 24   | no        | no           | sí     | no     | sí     | no           | indeterminada |
      | PE   | pe.pacific_alliance.working_holiday | CL           | 24   | no        | no           | sí     | sí     | no     | no           | indeterminada |
      | CL   | cl.pacific_alliance.working_holiday | PE           | 24   | no        | no           | sí     | sí     | sí     | sí           | indeterminada |
      | MX   | mx.pacific_alliance.working_holiday | CL           | 24   | no        | no           | no     | sí     | sí     | no           | no elegible   |
      | MX   | mx.pacific_alliance.working_holiday | CL           | 24   | no        | no           | sí     | sí     | sí     | no           | indeterminada |

  Escenario: Caso del anexo de la revisión: colombiano de 25 años que viaja con un dependiente a Chile: indeterminada, nunca "no"
    Dado la fecha de evaluación "2026-12-01"
    Y una persona con los datos:
      | dato                         | valor |
      | host_country                 | CL    |
      | in_host_country              | no    |
      | wh_in_home_country           | sí    |
      | nationalities                | CO    |
      | age                          | 25    |
      | wh_previous_participation    | no    |
      | wh_accompanied_by_dependants | sí    |
      | wh_sufficient_funds          | sí    |
      | criminal_record_5y           | no    |
    Cuando se evalúan las vías
    Entonces la vía "cl.pacific_alliance.working_holiday" es "indeterminada"
    Y la condición "no_dependants" de la vía "cl.pacific_alliance.working_holiday" está "desconocida"
    Y la condición "travels_without_dependants" de la vía "cl.pacific_alliance.working_holiday" está "no cumplida"
    Y la condición "dependants_rule_open" de la vía "cl.pacific_alliance.working_holiday" está "desconocida"

  Esquema del escenario: Lo que viene de otros programas nunca da "no": con la respuesta desfavorable queda indeterminada, con la favorable elegible
    Dado la fecha de evaluación "2026-12-01"
    Y una persona con los datos:
      | dato                         | valor          |
      | host_country                 | <país>         |
      | wh_in_home_country           | sí             |
      | nationalities                | <nacionalidad> |
      | age                          | 22             |
      | wh_previous_participation    | <participó>    |
      | wh_accompanied_by_dependants | <dependientes> |
      | wh_sufficient_funds          | <fondos>       |
      | criminal_record_5y           | <antecedentes> |
    Cuando se evalúan las vías
    Entonces la vía "<vía>" es "<resultado>"
    Y la condición "<condición>" de la vía "<vía>" está "<estado>"

    Ejemplos:
      | país | vía                                 | nacionalidad | participó | dependientes | fondos | antecedentes | resultado     | condición          | estado      |
      | CO   | co.pacific_alliance.working_holiday | PE           | sí        | no           | sí     | no           | indeterminada | first_participation | desconocida |
      | CO   | co.pacific_alliance.working_holiday | PE           | no        | no           | sí     | no           | elegible      | first_participation | cumplida    |
      | MX   | mx.pacific_alliance.working_holiday | CL           | no        | sí           | sí     | no           | indeterminada | no_dependants       | desconocida |
      | MX   | mx.pacific_alliance.working_holiday | CL           | no        | no           | sí     | no           | elegible      | no_dependants       | cumplida    |
      | PE   | pe.pacific_alliance.working_holiday | CO           | no        | no           | no     | no           | indeterminada | sufficient_funds    | desconocida |
      | PE   | pe.pacific_alliance.working_holiday | CO           | no        | no           | sí     | no           | elegible      | sufficient_funds    | cumplida    |
      | MX   | mx.pacific_alliance.working_holiday | PE           | no        | no           | no     | no           | no elegible   | sufficient_funds    | no cumplida |
      | CL   | cl.pacific_alliance.working_holiday | MX           | no        | no           | sí     | sí           | indeterminada | no_criminal_record  | desconocida |
      | CL   | cl.pacific_alliance.working_holiday | MX           | no        | no           | sí     | no           | elegible      | no_criminal_record  | cumplida    |
