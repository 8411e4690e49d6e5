# language: es
Característica: El comprobante impreso está cifrado y vence
  Como persona que imprime su resultado en un quiosco
  quiero que solo el servicio pueda leer mi código y que deje de servir después de un tiempo
  para que nadie lea mis respuestas con una aplicación de QR ni las reabra para siempre.

  Esquema del escenario: Un comprobante abre hasta el último día de su plazo y no después
    Dado un comprobante de la persona P01 emitido hace <días> días en una clínica con un plazo de <plazo> días
    Cuando lo reabro en el quiosco
    Entonces <resultado>

    Ejemplos:
      | días | plazo | resultado                                   |
      | 89   | 90    | veo la vía "ar.venezuela.disp388" reabierta |
      | 90   | 90    | veo la vía "ar.venezuela.disp388" reabierta |
      | 91   | 90    | el quiosco dice que el comprobante venció   |
      | 29   | 30    | veo la vía "ar.venezuela.disp388" reabierta |
      | 30   | 30    | veo la vía "ar.venezuela.disp388" reabierta |
      | 31   | 30    | el quiosco dice que el comprobante venció   |

  Escenario: Una aplicación de QR no lee las respuestas del comprobante
    Dado un comprobante de la persona P01 emitido hace 0 días en una clínica con un plazo de 90 días
    Entonces el código no deja ver ninguna respuesta sin la clave del servicio
