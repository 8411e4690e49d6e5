# language: es
Característica: El escritorio de la clínica
  Como abogada de una clínica jurídica, en mi escritorio o en el teléfono
  quiero ver solo las preguntas del país y los resultados al lado del formulario
  para atender muchos casos al día sin buscar el resultado diez mil píxeles más abajo.

  Esquema del escenario: Los resultados quedan al lado del formulario en un escritorio y arriba en un teléfono
    Dado que abro la vista de la clínica en "es" con una pantalla de <ancho> píxeles
    Cuando evalúo el caso de la persona P01 en Argentina al 2024-10-15
    Entonces veo la vía "ar.venezuela.disp388" "Elegible" en los resultados
    Y los resultados están <dónde>
    Y la vista de la clínica no tiene infracciones de accesibilidad

    Ejemplos:
      | ancho | dónde                                |
      | 1280  | al lado del formulario, a la vista   |
      | 360   | encima del formulario                |

  Escenario: Solo las preguntas del país, y el país de nacionalidad por su nombre, con sugerencias
    Dado que abro la vista de la clínica en "es" con una pantalla de 1280 píxeles
    Cuando elijo "Argentina" como país de acogida y pido sus preguntas
    Entonces solo veo las preguntas de "AR" y las demás a un clic
    Y el campo de nacionalidad sugiere "Venezuela" al escribir "Vene"
    Y la vista de la clínica no tiene infracciones de accesibilidad

  Escenario: Los errores se dicen en español y nombran la pregunta, no el dato
    Dado que abro la vista de la clínica en "es" con una pantalla de 360 píxeles
    Cuando escribo "Narnia" como nacionalidad y "abc" como edad y evalúo
    Entonces veo un resumen de errores en español que nombra las preguntas "¿Qué nacionalidades tiene?" y "¿Cuántos años tiene?"
    Y la vista de la clínica no tiene infracciones de accesibilidad

  Esquema del escenario: El "¿y si…?" conserva su propia fecha de una comparación a la siguiente
    Dado que abro la vista de la clínica en "es" con una pantalla de 1280 píxeles
    Cuando evalúo el caso de la persona P01 en Argentina al 2024-10-15
    Y pruebo "¿y si…?" con la fecha <fecha>
    Entonces la fecha del "¿y si…?" sigue siendo <fecha>
    Y la vía "ar.venezuela.disp388" pasa de "Elegible" a "<después>"
    Cuando pruebo "¿y si…?" otra vez sin cambiar nada
    Entonces la fecha del "¿y si…?" sigue siendo <fecha>
    Y la vía "ar.venezuela.disp388" pasa de "Elegible" a "<después>"
    Y la vista de la clínica no tiene infracciones de accesibilidad

    Ejemplos:
      | fecha      | después        |
      | 2024-12-13 | Elegible       |
      | 2024-12-14 | Elegible       |
      | 2024-12-15 | Sin determinar |

  Escenario: Una lista de casos guardada por Excel en español: punto y coma, Latin-1, fechas día/mes/año
    Dado que abro la vista de la clínica en "es" con una pantalla de 1280 píxeles
    Cuando subo la lista de casos guardada por Excel con punto y coma en Latin-1
    Entonces descargo los resultados en español: "ar.venezuela.disp388" "Elegible" para "Ana"
    Y descargo los resultados en español: "ar.venezuela.disp388" "Sin determinar" para "Inés"
    Y la fila 3 rechazada dice por qué, nombrando la pregunta "¿Cuándo vence (o venció) su pasaporte?"

  Escenario: Una lista de casos en un libro de Excel (.xlsx)
    Dado que abro la vista de la clínica en "es" con una pantalla de 1280 píxeles
    Cuando subo la lista de casos como libro de Excel
    Entonces descargo los resultados en español: "ar.venezuela.disp388" "Elegible" para "Ana"
    Y la fila 3 rechazada dice por qué, nombrando la pregunta "¿Cuándo vence (o venció) su pasaporte?"
