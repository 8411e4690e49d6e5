# language: es
Característica: Solo preguntas que tienen sentido para mí, y lo que veo es lo que cuenta
  Como persona migrante que responde en un teléfono
  quiero que no me pregunten lo que ya dije ni lo que no me toca,
  poder volver atrás, cambiar una respuesta o el idioma sin perder nada,
  y escribir las fechas como las recuerdo.

  Escenario: Un sirio en Brasil no recibe la pregunta de apátrida ni preguntas absurdas, y todo cabe en la pantalla
    Dado que abro el navegador en "ar" en un teléfono de 360 por 740
    Cuando respondo la entrevista de "un sirio de 30 años en São Paulo"
    Entonces no me preguntan "br_stateless_from_haiti"
    Y ninguna pregunta tenía su premisa ya excluida por mis respuestas
    Y me hacen como mucho 8 preguntas
    Y en cada pregunta veo la pregunta, sus respuestas y el botón Continuar sin desplazarme
    Y las páginas de la entrevista no tienen infracciones de accesibilidad

  Escenario: A una adulta que no dice su edad le preguntan la edad antes que la pregunta para menores, y una sola vez por sus antecedentes
    Dado que abro el navegador en "es" en un teléfono de 360 por 740
    Cuando respondo la entrevista de "una venezolana adulta en Bogotá que no dice su edad"
    Entonces me preguntan "age" antes que "co_child_in_school_or_protection"
    Y no me preguntan "criminal_record_5y"
    Y no me preguntan "co_other_nationality"
    Y ninguna pregunta tenía su premisa ya excluida por mis respuestas
    Y en cada pregunta veo la pregunta, sus respuestas y el botón Continuar sin desplazarme
    Y las páginas de la entrevista no tienen infracciones de accesibilidad

  Escenario: A un venezolano en Quito no le preguntan si es venezolano
    Dado que abro el navegador en "es" en un teléfono de 360 por 740
    Cuando respondo la entrevista de "un venezolano en Quito"
    Entonces no me preguntan "ec_venezuelan_national"
    Y ninguna pregunta tenía su premisa ya excluida por mis respuestas

  Escenario: A un brasileño en Montevideo no le preguntan por las vías que su residencia MERCOSUR hace innecesarias, y sus tarjetas lo dicen
    Dado que abro el navegador en "es" en un teléfono de 360 por 740
    Cuando respondo la entrevista de "un brasileño en Montevideo"
    Entonces no me preguntan "uy_family_tie"
    Y no me preguntan "family_of_mercosur_resident"
    Y no me preguntan "has_passport"
    Y ninguna pregunta tenía su premisa ya excluida por mis respuestas
    Y me hacen como mucho 7 preguntas
    Cuando veo mis opciones
    Entonces veo la vía "uy.mercosur.permanent" entre las opciones abiertas
    Y la vía "uy.vinculo_uruguayo.permanent" está en la sección "h-maybe" y dice "así que no necesita pedir también esta"
    Y la vía "uy.mercosur.family_member" está en la sección "h-maybe" y dice "así que no necesita pedir también esta"

  Escenario: Quien no sabe el país responde dónde está ahora, no las preguntas de todos los países
    Dado que abro el navegador en "fr" en un teléfono de 360 por 740
    Cuando respondo la entrevista de "alguien que no sabe el país y está en Argentina"
    Entonces me preguntan "current_country" antes que "nationalities"
    Y me hacen como mucho 20 preguntas
    Y ninguna pregunta tenía su premisa ya excluida por mis respuestas

  Escenario: Después de volver atrás, la revisión muestra todas las respuestas que deciden el resultado
    Dado que abro el navegador en "es" en un teléfono de 360 por 740
    Cuando empiezo la entrevista de "un haitiano en São Paulo" y llego a la pregunta "statuses"
    Y vuelvo atrás 2 veces
    Y abro la revisión de mis respuestas
    Entonces la revisión muestra la respuesta a "family_of_mercosur_resident"
    Y la revisión muestra la respuesta a "in_host_country"

  Escenario: Al cambiar el país, las respuestas que ya no aplican desaparecen de la revisión
    Dado que abro el navegador en "es" en un teléfono de 360 por 740
    Cuando respondo la entrevista de "alguien que no sabe el país y está en Argentina"
    Y abro la revisión de mis respuestas
    Entonces la revisión muestra la respuesta a "country_of_birth"
    Y la revisión muestra la respuesta a "entry_date"
    Cuando cambio la respuesta a "current_country" por el país "CL"
    Y abro la revisión de mis respuestas
    Entonces la revisión no muestra la respuesta a "country_of_birth"
    Y la revisión muestra la respuesta a "entry_date"

  Escenario: Cambiar el idioma en la revisión, los resultados y la impresión no borra nada, y el comprobante reabierto muestra sus respuestas
    Dado que abro el navegador en "pt" en un teléfono de 360 por 740
    Cuando respondo la entrevista de "un haitiano en São Paulo"
    Y abro la revisión de mis respuestas
    Y elijo el idioma "ht"
    Entonces sigo en la revisión, en "ht", con las mismas respuestas
    Cuando veo mis opciones
    Y elijo el idioma "fr"
    Entonces sigo en mis opciones, en "fr"
    Cuando abro la vista para imprimir
    Y elijo el idioma "es"
    Entonces sigo en la vista para imprimir, en "es", con el código del comprobante
    Cuando reabro el comprobante y abro la revisión
    Entonces la revisión muestra las mismas respuestas

  Escenario: Una fecha de entrada con solo el mes y el año se acepta y se muestra así
    Dado que abro el navegador en "es" en un teléfono de 360 por 740
    Cuando empiezo la entrevista de "alguien que no sabe el país y está en Argentina" y llego a la pregunta "entry_date"
    Y escribo como fecha solo el mes 3 y el año 2023
    Entonces la respuesta se acepta y la pregunta siguiente ya no es "entry_date"
    Cuando abro la revisión de mis respuestas
    Entonces la revisión muestra "marzo de 2023" para "entry_date"

  Esquema del escenario: Una fecha de entrada posterior a hoy se rechaza con un mensaje claro; hoy y ayer se aceptan
    Dado que abro el navegador en "es" en un teléfono de 360 por 740
    Cuando empiezo la entrevista de "alguien que no sabe el país y está en Argentina" y llego a la pregunta "entry_date"
    Y escribo como fecha el <fecha>
    Entonces <resultado>

    Ejemplos:
      | fecha      | resultado                                                               |
      | 14/10/2024 | la respuesta se acepta y la pregunta siguiente ya no es "entry_date"    |
      | 15/10/2024 | la respuesta se acepta y la pregunta siguiente ya no es "entry_date"    |
      | 16/10/2024 | veo un error que dice "posterior a hoy" y lo escrito sigue ahí          |

  Esquema del escenario: Las partes de la fecha siguen el orden de CLDR de cada idioma
    Dado que abro el navegador en "<idioma>" en un teléfono de 360 por 740
    Cuando empiezo la entrevista de "alguien que no sabe el país y está en Argentina" y llego a la pregunta "entry_date"
    Entonces las partes de la fecha van en el orden "<orden>"

    Ejemplos:
      | idioma | orden           |
      | es     | day month year  |
      | en     | month day year  |
      | ht     | year month day  |

  Escenario: Los permisos de Brasil tienen etiquetas distintas y una residencia permanente no pide fecha de fin
    Dado que abro el navegador en "ht" en un teléfono de 360 por 740
    Cuando empiezo la entrevista de "un haitiano en São Paulo" y llego a la pregunta "statuses"
    Entonces ninguna opción de la pregunta tiene la misma etiqueta que otra
    Cuando elijo el permiso "br.permanent_residence.humanitarian_haiti" sin fecha
    Entonces la respuesta se acepta y la pregunta siguiente ya no es "statuses"

  Esquema del escenario: En un teléfono veo todos los idiomas sin desplazarme de lado
    Dado que abro el navegador en "<idioma>" en un teléfono de 360 por 740
    Entonces veo cada idioma de la barra entero dentro de la pantalla

    Ejemplos:
      | idioma |
      | ar     |
      | ht     |
      | es     |
