# language: es
Característica: Familiares que no son nacionales de residentes MERCOSUR (Acuerdo, art. 9) y andinos (Decisión 878)
  Como equipo que mantiene los reglamentos de los bloques
  queremos que el cónyuge, pareja, padre, madre o hijo de un residente MERCOSUR o andino, que no es nacional
  de esos países, vea su residencia por el mismo plazo que la de su familiar, en cada país que aplica el acuerdo,
  con el vínculo decisivo en los dos sentidos y la fecha de inicio de cada país probada en sus bordes.
  Los esquemas de abajo recorren, país por país, estas vías:
    "ar.mercosur.family_member"
    "bo.mercosur.family_member"
    "br.mercosur.family_member"
    "cl.mercosur.family_member"
    "co.mercosur.family_member"
    "ec.mercosur.family_member"
    "pe.mercosur.family_member"
    "py.mercosur.family_member"
    "uy.mercosur.family_member"
    "bo.can.family_member"
    "co.can.family_member"
    "ec.can.family_member"
    "pe.can.family_member"

  Escenario: Esposa venezolana de un argentino con residencia MERCOSUR en Brasil
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato                        | valor |
      | host_country                | BR    |
      | nationalities               | VE    |
      | family_of_mercosur_resident | sí    |
    Cuando se evalúan las vías
    Entonces la vía "br.mercosur.family_member" es "elegible"
    Y la condición "family_of_resident" de la vía "br.mercosur.family_member" está "cumplida"
    Y la vía "br.mercosur.family_member" cita "Estatuto de la Ciudadanía"
    Y la vía "br.mercosur.family_member" señala un punto sin confirmar

  Escenario: Hijo haitiano de una colombiana con residencia andina en Ecuador
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato                   | valor |
      | host_country           | EC    |
      | nationalities          | HT    |
      | family_of_can_resident | sí    |
    Cuando se evalúan las vías
    Entonces la vía "ec.can.family_member" es "elegible"
    Y la vía "ec.can.family_member" cita "Comunidad Andina"
    Y la vía "ec.can.family_member" señala un punto sin confirmar

  Esquema del escenario: Familiar de residente: el vínculo decide en cada país
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato      | valor     |
      | nationalities | CU |
      | host_country | <pais> |
      | <dato>    | <vinculo> |
    Cuando se evalúan las vías
    Entonces la vía "<via>" es "<resultado>"
    Y la condición "family_of_resident" de la vía "<via>" está "<estado>"

    Ejemplos:
      | via                       | pais | dato                        | vinculo | resultado   | estado      |
      | ar.mercosur.family_member | AR   | family_of_mercosur_resident | sí      | elegible    | cumplida    |
      | ar.mercosur.family_member | AR   | family_of_mercosur_resident | no      | no elegible | no cumplida |
      | bo.mercosur.family_member | BO   | family_of_mercosur_resident | sí      | elegible    | cumplida    |
      | bo.mercosur.family_member | BO   | family_of_mercosur_resident | no      | no elegible | no cumplida |
      | br.mercosur.family_member | BR   | family_of_mercosur_resident | sí      | elegible    | cumplida    |
      | br.mercosur.family_member | BR   | family_of_mercosur_resident | no      | no elegible | no cumplida |
      | cl.mercosur.family_member | CL   | family_of_mercosur_resident | sí      | elegible    | cumplida    |
      | cl.mercosur.family_member | CL   | family_of_mercosur_resident | no      | no elegible | no cumplida |
      | co.mercosur.family_member | CO   | family_of_mercosur_resident | sí      | elegible    | cumplida    |
      | co.mercosur.family_member | CO   | family_of_mercosur_resident | no      | no elegible | no cumplida |
      | ec.mercosur.family_member | EC   | family_of_mercosur_resident | sí      | elegible    | cumplida    |
      | ec.mercosur.family_member | EC   | family_of_mercosur_resident | no      | no elegible | no cumplida |
      | pe.mercosur.family_member | PE   | family_of_mercosur_resident | sí      | elegible    | cumplida    |
      | pe.mercosur.family_member | PE   | family_of_mercosur_resident | no      | no elegible | no cumplida |
      | py.mercosur.family_member | PY   | family_of_mercosur_resident | sí      | elegible    | cumplida    |
      | py.mercosur.family_member | PY   | family_of_mercosur_resident | no      | no elegible | no cumplida |
      | uy.mercosur.family_member | UY   | family_of_mercosur_resident | sí      | elegible    | cumplida    |
      | uy.mercosur.family_member | UY   | family_of_mercosur_resident | no      | no elegible | no cumplida |
      | bo.can.family_member      | BO   | family_of_can_resident      | sí      | elegible    | cumplida    |
      | bo.can.family_member      | BO   | family_of_can_resident      | no      | no elegible | no cumplida |
      | co.can.family_member      | CO   | family_of_can_resident      | sí      | elegible    | cumplida    |
      | co.can.family_member      | CO   | family_of_can_resident      | no      | no elegible | no cumplida |
      | ec.can.family_member      | EC   | family_of_can_resident      | sí      | elegible    | cumplida    |
      | ec.can.family_member      | EC   | family_of_can_resident      | no      | no elegible | no cumplida |
      | pe.can.family_member      | PE   | family_of_can_resident      | sí      | elegible    | cumplida    |
      | pe.can.family_member      | PE   | family_of_can_resident      | no      | no elegible | no cumplida |

  Esquema del escenario: Familiar de residente: sin saber si el familiar tiene la residencia, la vía queda indeterminada
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato          | valor  |
      | host_country  | <pais> |
      | nationalities | VE     |
    Cuando se evalúan las vías
    Entonces la vía "<via>" es "indeterminada"
    Y falta el dato "<dato>" para la vía "<via>"

    Ejemplos:
      | via                       | pais | dato                        |
      | ar.mercosur.family_member | AR   | family_of_mercosur_resident |
      | bo.mercosur.family_member | BO   | family_of_mercosur_resident |
      | br.mercosur.family_member | BR   | family_of_mercosur_resident |
      | cl.mercosur.family_member | CL   | family_of_mercosur_resident |
      | co.mercosur.family_member | CO   | family_of_mercosur_resident |
      | ec.mercosur.family_member | EC   | family_of_mercosur_resident |
      | pe.mercosur.family_member | PE   | family_of_mercosur_resident |
      | py.mercosur.family_member | PY   | family_of_mercosur_resident |
      | uy.mercosur.family_member | UY   | family_of_mercosur_resident |
      | bo.can.family_member      | BO   | family_of_can_resident      |
      | co.can.family_member      | CO   | family_of_can_resident      |
      | ec.can.family_member      | EC   | family_of_can_resident      |
      | pe.can.family_member      | PE   | family_of_can_resident      |

  Esquema del escenario: Familiar de residente: desde que cada país aplica el acuerdo (la víspera, el día y el día siguiente)
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato         | valor  |
      | nationalities | CU |
      | host_country | <pais> |
      | <dato>       | sí     |
    Cuando se evalúan las vías
    Entonces la vía "<via>" es "<resultado>"

    Ejemplos:
      | via                       | pais | dato                        | fecha      | resultado   |
      | ar.mercosur.family_member | AR   | family_of_mercosur_resident | 2010-05-02 | no elegible |
      | ar.mercosur.family_member | AR   | family_of_mercosur_resident | 2010-05-03 | elegible    |
      | ar.mercosur.family_member | AR   | family_of_mercosur_resident | 2010-05-04 | elegible    |
      | bo.mercosur.family_member | BO   | family_of_mercosur_resident | 2009-07-27 | no elegible |
      | bo.mercosur.family_member | BO   | family_of_mercosur_resident | 2009-07-28 | elegible    |
      | bo.mercosur.family_member | BO   | family_of_mercosur_resident | 2009-07-29 | elegible    |
      | br.mercosur.family_member | BR   | family_of_mercosur_resident | 2009-07-27 | no elegible |
      | br.mercosur.family_member | BR   | family_of_mercosur_resident | 2009-07-28 | elegible    |
      | br.mercosur.family_member | BR   | family_of_mercosur_resident | 2009-07-29 | elegible    |
      | cl.mercosur.family_member | CL   | family_of_mercosur_resident | 2022-02-11 | no elegible |
      | cl.mercosur.family_member | CL   | family_of_mercosur_resident | 2022-02-12 | elegible    |
      | cl.mercosur.family_member | CL   | family_of_mercosur_resident | 2022-02-13 | elegible    |
      | co.mercosur.family_member | CO   | family_of_mercosur_resident | 2011-12-31 | no elegible |
      | co.mercosur.family_member | CO   | family_of_mercosur_resident | 2012-01-01 | elegible    |
      | co.mercosur.family_member | CO   | family_of_mercosur_resident | 2012-01-02 | elegible    |
      | ec.mercosur.family_member | EC   | family_of_mercosur_resident | 2013-03-10 | no elegible |
      | ec.mercosur.family_member | EC   | family_of_mercosur_resident | 2013-03-11 | elegible    |
      | ec.mercosur.family_member | EC   | family_of_mercosur_resident | 2013-03-12 | elegible    |
      | pe.mercosur.family_member | PE   | family_of_mercosur_resident | 2011-06-27 | no elegible |
      | pe.mercosur.family_member | PE   | family_of_mercosur_resident | 2011-06-28 | elegible    |
      | pe.mercosur.family_member | PE   | family_of_mercosur_resident | 2011-06-29 | elegible    |
      | py.mercosur.family_member | PY   | family_of_mercosur_resident | 2009-07-27 | no elegible |
      | py.mercosur.family_member | PY   | family_of_mercosur_resident | 2009-07-28 | elegible    |
      | py.mercosur.family_member | PY   | family_of_mercosur_resident | 2009-07-29 | elegible    |
      | uy.mercosur.family_member | UY   | family_of_mercosur_resident | 2014-09-03 | no elegible |
      | uy.mercosur.family_member | UY   | family_of_mercosur_resident | 2014-09-04 | elegible    |
      | uy.mercosur.family_member | UY   | family_of_mercosur_resident | 2014-09-05 | elegible    |
      | bo.can.family_member      | BO   | family_of_can_resident      | 2021-08-10 | no elegible |
      | bo.can.family_member      | BO   | family_of_can_resident      | 2021-08-11 | elegible    |
      | bo.can.family_member      | BO   | family_of_can_resident      | 2021-08-12 | elegible    |
      | co.can.family_member      | CO   | family_of_can_resident      | 2021-08-10 | no elegible |
      | co.can.family_member      | CO   | family_of_can_resident      | 2021-08-11 | elegible    |
      | co.can.family_member      | CO   | family_of_can_resident      | 2021-08-12 | elegible    |
      | ec.can.family_member      | EC   | family_of_can_resident      | 2021-08-10 | no elegible |
      | ec.can.family_member      | EC   | family_of_can_resident      | 2021-08-11 | elegible    |
      | ec.can.family_member      | EC   | family_of_can_resident      | 2021-08-12 | elegible    |
      | pe.can.family_member      | PE   | family_of_can_resident      | 2021-08-10 | no elegible |
      | pe.can.family_member      | PE   | family_of_can_resident      | 2021-08-11 | elegible    |
      | pe.can.family_member      | PE   | family_of_can_resident      | 2021-08-12 | elegible    |

  Escenario: Una peruana que califica por sí misma para la residencia andina en Bolivia no necesita la de familiar, que queda indeterminada y nunca "no elegible"
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato                 | valor      |
      | host_country         | BO         |
      | in_host_country      | sí         |
      | nationalities        | PE         |
      | naturalisations      | ninguna    |
      | age                  | 40         |
      | entry_date           | 2024-02-01 |
      | has_passport         | sí         |
      | passport_expiry_date | 2025-01-31 |
      | has_id_card          | sí         |
      | id_card_expiry_date  | 2029-12-31 |
      | criminal_record_5y   | no         |
      | statuses             | ninguna    |
    Cuando se evalúan las vías
    Entonces la vía "bo.can.temporary" es "elegible"
    Y la vía "bo.can.family_member" es "indeterminada"
    Y falta el dato "family_of_can_resident" para la vía "bo.can.family_member"
