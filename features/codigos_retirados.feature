# language: es
Característica: Códigos de país retirados de ISO 3166 (SU, YU, ZR, CS, DD, TP, AN…)
  Como equipo que mantiene el navegador
  queremos que un código de país que ya no existe se rechace con un error claro que diga el código de hoy,
  en vez de aceptarse como si fuera un país (no aparecen en ninguna lista de países).

  Esquema del escenario: un código retirado se rechaza nombrando el dato y el código de hoy
    Dado la fecha de evaluación "2026-06-01"
    Y una persona con los datos:
      | dato             | valor     |
      | host_country     | AR        |
      | <dato>           | <código>  |
    Cuando se evalúan las vías
    Entonces se rechaza el dato "<dato>" con un mensaje que nombra "<código>, <hoy>"

    Ejemplos:
      | dato             | código | hoy |
      | nationalities    | SU     | RU  |
      | country_of_birth | YU     | RS  |
      | nationalities    | ZR     | CD  |
      | country_of_birth | CS     | ME  |
      | nationalities    | DD     | DE  |
      | country_of_birth | TP     | TL  |
      | nationalities    | AN     | CW  |
      | country_of_birth | BU     | MM  |

  Escenario: el código de hoy se acepta (RU en vez de SU)
    Dado la fecha de evaluación "2026-06-01"
    Y una persona con los datos:
      | dato             | valor |
      | host_country     | AR    |
      | nationalities    | RU    |
      | country_of_birth | RU    |
    Cuando se evalúan las vías
    Entonces la vía "ar.mercosur.temporary" es "no elegible"
