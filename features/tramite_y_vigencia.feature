# language: es
Característica: Cómo pedirla no decide si se tiene derecho; cada vía cerrada dice por qué cerró (issue 11)
  Como equipo que mantiene los reglamentos
  queremos que un requisito de trámite (pedirla desde el extranjero, en persona, desde su país, con un documento
  apostillado) sea un paso que se muestra primero, nunca un "no", y que una vía cerrada diga por qué cerró y qué
  la reemplazó, con la fecha en que se verificaron sus fuentes.

  Vías usadas: "cl.mercosur.temporary", "pe.mercosur.temporary", "ar.mercosur.temporary", "mx.visitante_humanitario",
  "pe.cpp.2023", "mx.ptrm.2015", "ec.virte.de370"

  Escenario: Argentina que está en Chile (antes "no elegible"): elegible, el primer paso es salir y pedirla desde el extranjero
    Dado la fecha de evaluación "2026-12-07"
    Y una persona con los datos:
      | dato                 | valor      |
      | host_country         | CL         |
      | in_host_country      | sí         |
      | nationalities        | AR         |
      | naturalisations      | ninguna    |
      | age                  | 40         |
      | has_passport         | sí         |
      | passport_expiry_date | 2031-01-01 |
      | criminal_record_5y   | no         |
    Cuando se evalúan las vías
    Entonces la vía "cl.mercosur.temporary" es "elegible"
    Y la vía "cl.mercosur.temporary" pide primero "apply_from_abroad"

  Escenario: Uruguayo en Bolivia que quiere vivir en el Perú (antes "no elegible"): elegible, pedirla en persona en el Perú
    Dado la fecha de evaluación "2026-12-07"
    Y una persona con los datos:
      | dato                 | valor      |
      | host_country         | PE         |
      | in_host_country      | no         |
      | nationalities        | UY         |
      | naturalisations      | ninguna    |
      | has_passport         | sí         |
      | passport_expiry_date | 2031-01-01 |
      | criminal_record_5y   | no         |
    Cuando se evalúan las vías
    Entonces la vía "pe.mercosur.temporary" es "elegible"
    Y la vía "pe.mercosur.temporary" pide primero "apply_in_person_in_peru"

  Escenario: Paraguaya que no puede conseguir el certificado de antecedentes (antes "no elegible"): elegible, el paso dice qué hacer
    Dado la fecha de evaluación "2026-12-07"
    Y una persona con los datos:
      | dato                                   | valor      |
      | host_country                           | AR         |
      | in_host_country                        | sí         |
      | nationalities                          | PY         |
      | naturalisations                        | ninguna    |
      | has_passport                           | sí         |
      | passport_expiry_date                   | 2031-01-01 |
      | criminal_record_5y                     | no         |
      | criminal_record_certificate_obtainable | no         |
      | ar_entered_evading_control             | no         |
    Cuando se evalúan las vías
    Entonces la vía "ar.mercosur.temporary" es "elegible"
    Y la vía "ar.mercosur.temporary" pide primero "record_certificate"

  Escenario: Solicitante de refugio fuera de México (antes "no elegible"): elegible, pedirla al INM dentro del país
    Dado la fecha de evaluación "2026-12-07"
    Y una persona con los datos:
      | dato               | valor |
      | nationalities | HN |
      | host_country       | MX    |
      | in_host_country    | no    |
      | age                | 30    |
      | mx_comar_applicant | sí    |
    Cuando se evalúan las vías
    Entonces la vía "mx.visitante_humanitario" es "elegible"
    Y la vía "mx.visitante_humanitario" pide primero "ask_inm_in_mexico"

  Esquema del escenario: CPP 2023 — el día antes, el día del cierre y el día después; luego dice por qué cerró
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato         | valor |
      | host_country | PE    |
    Cuando se evalúan las vías
    Entonces la vía "pe.cpp.2023" <estado>

    Ejemplos:
      | fecha      | estado                                                    |
      | 2023-11-09 | sigue abierta                                             |
      | 2023-11-10 | sigue abierta                                             |
      | 2023-11-11 | cerró con la nota "Applications ended on 10 November 2023" |

  Esquema del escenario: PTRM 2015 — cerró el 18/12/2015 y lo reemplazó el PTRM 2017
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato         | valor |
      | host_country | MX    |
    Cuando se evalúan las vías
    Entonces la vía "mx.ptrm.2015" <estado>

    Ejemplos:
      | fecha      | estado                                  |
      | 2015-12-17 | sigue abierta                           |
      | 2015-12-18 | sigue abierta                           |
      | 2015-12-19 | fue reemplazada por "mx.ptrm.2017"      |

  Escenario: VIRTE II — la nota de cierre dice que el Decreto Ejecutivo 560 la derogó
    Dado la fecha de evaluación "2026-12-07"
    Y una persona con los datos:
      | dato         | valor |
      | host_country | EC    |
    Cuando se evalúan las vías
    Entonces la vía "ec.virte.de370" cerró con la nota "Decreto Ejecutivo 560 of 11 March 2025 repealed"
