# language: es
Característica: Un permiso de residencia es para extranjeros: quien es nacional del país no lo necesita allí
  Como equipo que mantiene los reglamentos
  queremos que a nadie se le pregunte por una residencia, una regularización o un permiso humanitario del país
  del que ya es nacional (cada ley de migración regula la residencia de extranjeros; el Acuerdo de Residencia
  del MERCOSUR, art. 9, la de los familiares que no son nacionales de un Estado Parte), y que la nacionalidad de
  otro país nunca cierre estas vías por sí sola.

  Esquema del escenario: Quien es nacional del país no necesita esta residencia allí
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
      | país | vía                            | condición       |
      | AR   | ar.mercosur.family_member      | not_ar_national |
      | BO   | bo.mercosur.family_member      | not_bo_national |
      | BR   | br.mercosur.family_member      | not_br_national |
      | CL   | cl.mercosur.family_member      | not_cl_national |
      | CO   | co.mercosur.family_member      | not_co_national |
      | EC   | ec.mercosur.family_member      | not_ec_national |
      | PE   | pe.mercosur.family_member      | not_pe_national |
      | PY   | py.mercosur.family_member      | not_py_national |
      | UY   | uy.mercosur.family_member      | not_uy_national |
      | BO   | bo.can.family_member           | not_bo_national |
      | CO   | co.can.family_member           | not_co_national |
      | EC   | ec.can.family_member           | not_ec_national |
      | PE   | pe.can.family_member           | not_pe_national |
      | CO   | co.visa_r.five_years           | not_co_national |
      | CR   | cr.residencia_vinculo          | not_cr_national |
      | MX   | mx.regularizacion.art133       | not_mx_national |
      | MX   | mx.visitante_humanitario       | not_mx_national |
      | PE   | pe.cpp.especial_residente      | not_pe_national |
      | UY   | uy.vinculo_uruguayo.permanent  | not_uy_national |
      | PA   | pa.seguridad_humanitaria       | not_pa_national |

  Esquema del escenario: Con la nacionalidad de otro país, esta condición se cumple
    Dado la fecha de evaluación "2026-12-07"
    Y una persona con los datos:
      | dato            | valor  |
      | host_country    | <país> |
      | in_host_country | sí     |
      | nationalities   | VE     |
    Cuando se evalúan las vías
    Entonces la condición "<condición>" de la vía "<vía>" está "cumplida"

    Ejemplos:
      | país | vía                            | condición       |
      | AR   | ar.mercosur.family_member      | not_ar_national |
      | BO   | bo.mercosur.family_member      | not_bo_national |
      | BR   | br.mercosur.family_member      | not_br_national |
      | CL   | cl.mercosur.family_member      | not_cl_national |
      | CO   | co.mercosur.family_member      | not_co_national |
      | EC   | ec.mercosur.family_member      | not_ec_national |
      | PE   | pe.mercosur.family_member      | not_pe_national |
      | PY   | py.mercosur.family_member      | not_py_national |
      | UY   | uy.mercosur.family_member      | not_uy_national |
      | BO   | bo.can.family_member           | not_bo_national |
      | CO   | co.can.family_member           | not_co_national |
      | EC   | ec.can.family_member           | not_ec_national |
      | PE   | pe.can.family_member           | not_pe_national |
      | CO   | co.visa_r.five_years           | not_co_national |
      | CR   | cr.residencia_vinculo          | not_cr_national |
      | MX   | mx.regularizacion.art133       | not_mx_national |
      | MX   | mx.visitante_humanitario       | not_mx_national |
      | PE   | pe.cpp.especial_residente      | not_pe_national |
      | UY   | uy.vinculo_uruguayo.permanent  | not_uy_national |
      | PA   | pa.seguridad_humanitaria       | not_pa_national |

  Escenario: Con dos nacionalidades, una de ellas la del país, tampoco la necesita
    Dado la fecha de evaluación "2026-12-07"
    Y una persona con los datos:
      | dato            | valor  |
      | host_country    | UY     |
      | in_host_country | sí     |
      | nationalities   | VE, UY |
    Cuando se evalúan las vías
    Entonces la vía "uy.vinculo_uruguayo.permanent" es "no elegible"
    Y la vía "uy.mercosur.family_member" es "no elegible"
