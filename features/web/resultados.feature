# language: es
Característica: Resultados que llevan al siguiente paso, y una hoja que sirve de derivación
  Como persona migrante, o quien la atiende en una clínica,
  quiero saber qué hacer primero, dónde y hasta cuándo, quién puede ayudarme, y llevarme una hoja con todo
  para poder actuar mañana mismo, aunque mi país de acogida no esté cubierto.

  Escenario: Cada opción abierta empieza por lo que hay que hacer primero y dónde, y la página nombra quién ayuda
    Dado que abro el navegador en "es" con una pantalla de 360 píxeles
    Cuando respondo la entrevista de la persona P01
    Entonces la opción "ar.venezuela.disp388" empieza por "Qué hacer primero:" y nombra "Dirección Nacional de Migraciones"
    Y la página nombra un lugar que puede ayudar: "Dirección Nacional de Migraciones (DNM)"
    Y la página no tiene infracciones de accesibilidad y pesa como mucho 60 KB con su CSS

  Esquema del escenario: Las fechas se escriben con palabras, en el idioma de la persona
    Dado que abro el navegador en "<idioma>" con una pantalla de 360 píxeles
    Cuando respondo la entrevista de la persona P01
    Entonces los resultados dicen "<fecha>" y ninguna fecha en formato ISO

    Ejemplos:
      | idioma | fecha                 |
      | es     | 15 de octubre de 2024 |
      | pt     | 15 de outubro de 2024 |
      | fr     | 15 octobre 2024       |

  Esquema del escenario: "Todavía no" y "ya cerró" se dicen así, nunca como "no le corresponde"
    Dado que abro el navegador en "es" con una pantalla de 360 píxeles
    Y un comprobante de la persona P01 con fecha "2024-10-15"
    Cuando lo reabro con la ley del "<fecha>"
    Entonces la vía "ar.venezuela.disp388" está en la sección "<sección>" y dice "<texto>"
    Y la página dice que usa "<fecha en palabras>", una fecha que elegí
    Y la página no tiene infracciones de accesibilidad y pesa como mucho 60 KB con su CSS

    Ejemplos:
      | fecha      | sección | texto                                                        | fecha en palabras        |
      | 2024-09-15 | h-later | Todavía no: podría pedirlo a partir del 16 de septiembre de 2024 | 15 de septiembre de 2024 |
      | 2024-09-16 | h-yes   | Qué hacer primero:                                           | 16 de septiembre de 2024 |
      | 2025-12-31 | h-maybe | Qué hacer primero:                                           | 31 de diciembre de 2025  |
      | 2026-01-01 | h-closed | Ya cerró: este programa cerró el 31 de diciembre de 2025    | 1 de enero de 2026       |

  Escenario: Un comprobante reabierto se evalúa en su propia fecha, lo dice, y la hoja impresa la conserva
    Dado que abro el navegador en "pt" con una pantalla de 360 píxeles
    Y un comprobante de la persona P01 con fecha "2024-10-15"
    Cuando lo reabro sin elegir otra fecha
    Entonces la página dice "15 de outubro de 2024, a data do comprovante"
    Y al imprimir la hoja dice "15 de outubro de 2024, a data do comprovante"

  Escenario: Un país que todavía no cubrimos recibe una página honesta, no una página vacía
    Dado que abro el navegador en "es" con una pantalla de 360 píxeles
    Cuando empiezo la entrevista
    Y elijo el país "NI"
    Y respondo "No sé" a todo lo que queda
    Entonces la página dice que todavía no tenemos información sobre "Nicaragua"
    Y la página lista los países que cubrimos, el asilo con su fuente y un lugar que puede ayudar
    Y la página no tiene infracciones de accesibilidad y pesa como mucho 60 KB con su CSS

  Escenario: La hoja impresa del quiosco cabe en 3 páginas A4 y la primera dice lo más importante
    Dado que abro el navegador en "es" con una pantalla de 1280 píxeles
    Cuando respondo la entrevista de la persona P01
    Y abro la vista para imprimir
    Entonces la hoja tiene como mucho 3 páginas A4 y la primera dice lo más importante
    Y la hoja muestra mis respuestas en palabras, cada opción con su primer paso, las condiciones con sus citas, las reglas usadas y el QR
    Y la página no tiene infracciones de accesibilidad y pesa como mucho 60 KB con su CSS

  Escenario: La hoja de derivación de la clínica cabe en 3 páginas A4
    Dado que abro el navegador en "es" con una pantalla de 1280 píxeles
    Cuando evalúo en la vista de clínica el caso de la persona P01 con la ley del "2024-10-15"
    Y imprimo la derivación
    Entonces la hoja tiene como mucho 3 páginas A4 y la primera dice lo más importante
    Y la hoja muestra mis respuestas en palabras, cada opción con su primer paso, las condiciones con sus citas, las reglas usadas y el QR
    Y la página no tiene infracciones de accesibilidad y pesa como mucho 60 KB con su CSS
