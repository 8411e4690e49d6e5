# language: es
Característica: Argentina — residencia permanente para brasileños por el acuerdo bilateral de 2005
  Como equipo que mantiene el reglamento argentino
  queremos que un brasileño vea que el acuerdo de Puerto Iguazú (Ley 26.240) puede darle la residencia
  permanente directa, y que, como las fuentes se contradicen (Itamaraty frente a la Cancillería argentina),
  la respuesta quede indeterminada y nunca en un "sí" o un "no" que las fuentes no sostienen.

  Escenario: Brasileña sin antecedentes en Argentina: la vía bilateral queda indeterminada por la contradicción de las fuentes
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato               | valor   |
      | host_country       | AR      |
      | nationalities      | BR      |
      | naturalisations    | ninguna |
      | criminal_record_5y | no      |
      | sufficient_means   | sí      |
    Cuando se evalúan las vías
    Entonces la vía "ar.brazil_bilateral.permanent" es "indeterminada"
    Y la condición "direct_permanence" de la vía "ar.brazil_bilateral.permanent" está "desconocida"
    Y la condición "brazilian_national" de la vía "ar.brazil_bilateral.permanent" está "cumplida"
    Y la vía "ar.brazil_bilateral.permanent" cita "Cancillería argentina"

  Esquema del escenario: Acuerdo bilateral: una sola condición no cumplida basta para el "no"
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato               | valor             |
      | host_country       | AR                |
      | nationalities      | <nacionalidades>  |
      | naturalisations    | <naturalizaciones> |
      | criminal_record_5y | <antecedentes>    |
      | sufficient_means   | <medios>          |
    Cuando se evalúan las vías
    Entonces la vía "ar.brazil_bilateral.permanent" es "no elegible"
    Y la condición "<condicion>" de la vía "ar.brazil_bilateral.permanent" está "no cumplida"

    Ejemplos:
      | nacionalidades | naturalizaciones                          | antecedentes | medios | condicion          |
      | PY             | ninguna                                   | no           | sí     | brazilian_national |
      | PY, BR         | [{"country": "BR", "date": "2022-03-01"}] | no           | sí     | brazilian_national |
      | BR             | ninguna                                   | sí           | sí     | no_criminal_record |
      | BR             | ninguna                                   | no           | no     | lawful_means       |

  Esquema del escenario: Acuerdo bilateral: brasileño por naturalización desde hace 5 años
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato               | valor                                   |
      | host_country       | AR                                      |
      | nationalities      | PY, BR                                  |
      | naturalisations    | [{"country": "BR", "date": "<fecha>"}]  |
      | criminal_record_5y | no                                      |
      | sufficient_means   | sí                                      |
    Cuando se evalúan las vías
    Entonces la vía "ar.brazil_bilateral.permanent" es "<resultado>"
    Y la condición "brazilian_national" de la vía "ar.brazil_bilateral.permanent" está "<estado>"

    Ejemplos: naturalizado justo 5 años antes, un día antes y un día después
      | fecha      | resultado     | estado      |
      | 2021-01-14 | indeterminada | cumplida    |
      | 2021-01-15 | indeterminada | cumplida    |
      | 2021-01-16 | no elegible   | no cumplida |

  Esquema del escenario: Acuerdo bilateral: el DNU 366/2025 exige medios económicos desde el 29 de mayo de 2025
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato               | valor   |
      | host_country       | AR      |
      | nationalities      | BR      |
      | naturalisations    | ninguna |
      | criminal_record_5y | no      |
      | sufficient_means   | no      |
    Cuando se evalúan las vías
    Entonces la vía "ar.brazil_bilateral.permanent" es "<resultado>"

    Ejemplos: la víspera, el día y el día siguiente
      | fecha      | resultado     |
      | 2025-05-28 | indeterminada |
      | 2025-05-29 | no elegible   |
      | 2025-05-30 | no elegible   |

  Esquema del escenario: Acuerdo bilateral: desde la promulgación en Brasil (Decreto 6.736, enero de 2009)
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato               | valor   |
      | host_country       | AR      |
      | nationalities      | BR      |
      | naturalisations    | ninguna |
      | criminal_record_5y | no      |
    Cuando se evalúan las vías
    Entonces la vía "ar.brazil_bilateral.permanent" es "<resultado>"

    Ejemplos: la víspera, el día y el día siguiente
      | fecha      | resultado     |
      | 2009-01-11 | no elegible   |
      | 2009-01-12 | indeterminada |
      | 2009-01-13 | indeterminada |

  Escenario: Acuerdo bilateral: sin saber los antecedentes la vía queda indeterminada y lo dice
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato             | valor   |
      | host_country     | AR      |
      | nationalities    | BR      |
      | naturalisations  | ninguna |
      | sufficient_means | sí      |
    Cuando se evalúan las vías
    Entonces la vía "ar.brazil_bilateral.permanent" es "indeterminada"
    Y falta el dato "criminal_record_5y" para la vía "ar.brazil_bilateral.permanent"

  Escenario: Acuerdo bilateral antes del DNU 366/2025: los antecedentes penales bastan para el "no"
    Dado la fecha de evaluación "2020-06-01"
    Y una persona con los datos:
      | dato               | valor   |
      | host_country       | AR      |
      | nationalities      | BR      |
      | naturalisations    | ninguna |
      | criminal_record_5y | sí      |
    Cuando se evalúan las vías
    Entonces la vía "ar.brazil_bilateral.permanent" es "no elegible"
    Y la condición "no_criminal_record" de la vía "ar.brazil_bilateral.permanent" está "no cumplida"
