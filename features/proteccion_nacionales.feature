# language: es
Característica: Pedir refugio — la condición de refugiado protege a quien está fuera del país de su nacionalidad
  Como equipo que mantiene los reglamentos de protección
  queremos que nadie lea que puede pedir refugio al país del que es nacional (Convención de 1951, art. 1 A(2);
  en Estados Unidos, INA 101(a)(42)), y que para cualquier otra persona la nacionalidad nunca cierre la vía:
  pedir refugio sigue siendo un trámite, nunca un "no".
  Con dos nacionalidades cuenta cada una (art. 1 A(2), párrafo segundo): quien también es nacional del país
  donde está tiene su protección.

  Vías cubiertas: ar.refugio, bo.refugio, br.refugio, cl.refugio, co.refugio, cr.refugio, do.refugio,
  ec.refugio, mx.refugio, pa.refugio, pe.refugio, py.refugio, uy.refugio, us.asylum (revisadas el 2026-12-07).

  Esquema del escenario: Un nacional del país no pide refugio en su propio país
    Dado la fecha de evaluación "2026-12-07"
    Y una persona con los datos:
      | dato            | valor  |
      | host_country    | <país> |
      | in_host_country | sí     |
      | nationalities   | <país> |
    Cuando se evalúan las vías
    Entonces la vía "<vía>" es "no elegible"
    Y la condición "<condición>" de la vía "<vía>" está "no cumplida"

    Ejemplos:
      | país | vía         | condición       |
      | AR   | ar.refugio  | not_ar_national |
      | BO   | bo.refugio  | not_bo_national |
      | BR   | br.refugio  | not_br_national |
      | CL   | cl.refugio  | not_cl_national |
      | CO   | co.refugio  | not_co_national |
      | CR   | cr.refugio  | not_cr_national |
      | DO   | do.refugio  | not_do_national |
      | EC   | ec.refugio  | not_ec_national |
      | MX   | mx.refugio  | not_mx_national |
      | PA   | pa.refugio  | not_pa_national |
      | PE   | pe.refugio  | not_pe_national |
      | PY   | py.refugio  | not_py_national |
      | UY   | uy.refugio  | not_uy_national |
      | US   | us.asylum   | not_us_national |

  Esquema del escenario: Para quien viene de otro país la nacionalidad no cierra la vía
    Dado la fecha de evaluación "2026-12-07"
    Y una persona con los datos:
      | dato            | valor  |
      | host_country    | <país> |
      | in_host_country | sí     |
      | nationalities   | <nac>  |
    Cuando se evalúan las vías
    Entonces la vía "<vía>" es "<resultado>"
    Y la condición "<condición>" de la vía "<vía>" está "cumplida"

    Ejemplos:
      | país | nac | vía         | condición       | resultado     |
      | AR   | VE  | ar.refugio  | not_ar_national | elegible      |
      | BO   | PE  | bo.refugio  | not_bo_national | elegible      |
      | BR   | AF  | br.refugio  | not_br_national | elegible      |
      | CL   | VE  | cl.refugio  | not_cl_national | elegible      |
      | CO   | VE  | co.refugio  | not_co_national | indeterminada |
      | CR   | NI  | cr.refugio  | not_cr_national | elegible      |
      | DO   | HT  | do.refugio  | not_do_national | indeterminada |
      | EC   | CO  | ec.refugio  | not_ec_national | indeterminada |
      | MX   | HN  | mx.refugio  | not_mx_national | elegible      |
      | PA   | CO  | pa.refugio  | not_pa_national | indeterminada |
      | PE   | VE  | pe.refugio  | not_pe_national | elegible      |
      | PY   | CU  | py.refugio  | not_py_national | elegible      |
      | UY   | CU  | uy.refugio  | not_uy_national | elegible      |
      | US   | SV  | us.asylum   | not_us_national | indeterminada |

  Esquema del escenario: Con dos nacionalidades, una de ellas la del país, no se pide refugio allí
    Dado la fecha de evaluación "2026-12-07"
    Y una persona con los datos:
      | dato            | valor  |
      | host_country    | <país> |
      | in_host_country | sí     |
      | nationalities   | <nac>  |
    Cuando se evalúan las vías
    Entonces la vía "<vía>" es "no elegible"

    Ejemplos:
      | país | nac    | vía        |
      | AR   | VE, AR | ar.refugio |
      | CO   | VE, CO | co.refugio |

  Escenario: Sin saber la nacionalidad, pedir refugio no es "no": queda por decidir y se pregunta la nacionalidad
    Dado la fecha de evaluación "2026-12-07"
    Y una persona con los datos:
      | dato            | valor |
      | host_country    | BR    |
      | in_host_country | sí    |
    Cuando se evalúan las vías
    Entonces la vía "br.refugio" es "indeterminada"
    Y falta el dato "nationalities" para la vía "br.refugio"
