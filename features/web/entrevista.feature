# language: es
Característica: Entrevista en el quiosco y en el teléfono
  Como persona migrante en un punto de atención o con mi propio teléfono
  quiero responder pocas preguntas claras en mi idioma
  para saber qué trámites puedo pedir, sin que nada mío quede guardado.

  Esquema del escenario: Entrevista completa en cada idioma
    Dado que abro el navegador en "<idioma>" con una pantalla de <ancho> píxeles
    Cuando respondo la entrevista de la persona P01
    Entonces veo la vía "ar.venezuela.disp388" entre las opciones abiertas
    Y la página está en "<idioma>" y no tiene infracciones de accesibilidad

    Ejemplos:
      | idioma | ancho |
      | es     | 360   |
      | pt     | 320   |
      | en     | 1280  |
      | fr     | 360   |
      | ht     | 360   |

  Escenario: "No sé" deja la vía sin determinar, nunca en "no"
    Dado que abro el navegador en "es" con una pantalla de 360 píxeles
    Cuando respondo la entrevista de la persona P01 sin saber si tengo antecedentes
    Entonces veo la vía "ar.venezuela.disp388" entre las opciones sin determinar

  Escenario: Volver atrás y cambiar una respuesta
    Dado que abro el navegador en "es" con una pantalla de 360 píxeles
    Cuando empiezo la entrevista
    Y elijo el país "BR"
    Y vuelvo a la pregunta anterior
    Y elijo el país "PY"
    Entonces la pregunta siguiente es "nationalities"

  Escenario: La pantalla se borra sola después de un tiempo sin uso
    Dado que abro el navegador en "es" con una pantalla de 360 píxeles y un reloj simulado
    Cuando empiezo la entrevista
    Y elijo el país "AR"
    Y espero sin tocar la pantalla
    Entonces vuelvo al inicio y la pantalla dice que se borró

  Escenario: Imprimir el resultado con un código QR que una clínica puede reabrir
    Dado que abro el navegador en "es" con una pantalla de 1280 píxeles
    Cuando respondo la entrevista de la persona P01
    Y abro la vista para imprimir
    Entonces veo un código QR y el código del comprobante
    Y al reabrir el comprobante veo el mismo resultado

  Escenario: Sin JavaScript la entrevista funciona igual
    Dado que abro el navegador en "es" con una pantalla de 360 píxeles sin JavaScript
    Cuando respondo la entrevista de la persona P01
    Entonces veo la vía "ar.venezuela.disp388" entre las opciones abiertas

  Escenario: La interfaz en árabe se escribe de derecha a izquierda
    Dado que abro el navegador en "ar" con una pantalla de 360 píxeles
    Entonces la página va de derecha a izquierda

  Escenario: Después del borrado por inactividad, Atrás y Recargar no devuelven nada de la persona anterior
    Dado que abro el navegador en "ar" con una pantalla de 360 píxeles y un reloj simulado
    Cuando empiezo la entrevista
    Y elijo el país "AR"
    Y espero sin tocar la pantalla
    Y vuelvo atrás en el navegador y recargo la página
    Entonces no veo nada de la persona anterior
    Y la página está en el idioma del quiosco

  Escenario: Después de "Salir", Atrás y Recargar no devuelven nada de la persona anterior
    Dado que abro el navegador en "fr" con una pantalla de 360 píxeles
    Cuando empiezo la entrevista
    Y elijo el país "AR"
    Y salgo con el botón "Salir"
    Y vuelvo atrás en el navegador y recargo la página
    Entonces no veo nada de la persona anterior
    Y la página está en el idioma del quiosco

  Escenario: La vista para imprimir también se borra sola
    Dado que abro el navegador en "es" con una pantalla de 1280 píxeles y un reloj simulado
    Cuando respondo la entrevista de la persona P01
    Y abro la vista para imprimir
    Y espero sin tocar la pantalla
    Y vuelvo atrás en el navegador y recargo la página
    Entonces no veo nada de la persona anterior

  Escenario: Sin JavaScript la pantalla también se borra sola y Atrás no devuelve nada
    Dado que abro el navegador en "ht" sin JavaScript en un quiosco que se borra a los 3 segundos
    Cuando empiezo la entrevista
    Y elijo el país "AR"
    Y espero sin tocar la pantalla sin JavaScript
    Y vuelvo atrás en el navegador y recargo la página
    Entonces no veo nada de la persona anterior
    Y la página está en el idioma del quiosco

  Escenario: Sin JavaScript, "Salir" tampoco deja nada
    Dado que abro el navegador en "pt" con una pantalla de 360 píxeles sin JavaScript
    Cuando empiezo la entrevista
    Y elijo el país "AR"
    Y salgo con el botón "Salir"
    Y vuelvo atrás en el navegador y recargo la página
    Entonces no veo nada de la persona anterior
    Y la página está en el idioma del quiosco
