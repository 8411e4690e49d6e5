# language: es
Característica: Árabe de principio a fin
  Como persona siria o afgana atendida en árabe en un quiosco o en mi teléfono
  quiero leer las preguntas, las opciones y sus leyes en árabe, de derecha a izquierda,
  para no encontrar frases en inglés dentro de una página árabe.

  Escenario: Entrevista completa en árabe en un teléfono de 360 píxeles
    Dado que abro el navegador en "ar" con una pantalla de 360 píxeles
    Cuando respondo la entrevista de la persona P01
    Entonces veo la vía "ar.venezuela.disp388" entre las opciones abiertas
    Y la página va de derecha a izquierda
    Y la página está en "ar" y no tiene infracciones de accesibilidad
