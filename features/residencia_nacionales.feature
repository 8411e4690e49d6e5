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

  Escenario: ar.mercosur.family_member (versión 2010-05-03) — con la nacionalidad del país, sólo esta condición falta
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato | valor |
      | nationalities | AR |
      | host_country | AR |
      | family_of_mercosur_resident | sí |
    Cuando se evalúan las vías
    Entonces la vía "ar.mercosur.family_member" es "no elegible"
    Y la condición "not_ar_national" de la vía "ar.mercosur.family_member" está "no cumplida"

  Escenario: bo.can.family_member (versión 2021-08-11) — con la nacionalidad del país, sólo esta condición falta
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato | valor |
      | nationalities | BO |
      | host_country | BO |
      | family_of_can_resident | sí |
    Cuando se evalúan las vías
    Entonces la vía "bo.can.family_member" es "no elegible"
    Y la condición "not_bo_national" de la vía "bo.can.family_member" está "no cumplida"

  Escenario: bo.mercosur.family_member (versión 2009-07-28) — con la nacionalidad del país, sólo esta condición falta
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato | valor |
      | nationalities | BO |
      | host_country | BO |
      | family_of_mercosur_resident | sí |
    Cuando se evalúan las vías
    Entonces la vía "bo.mercosur.family_member" es "no elegible"
    Y la condición "not_bo_national" de la vía "bo.mercosur.family_member" está "no cumplida"

  Escenario: br.mercosur.family_member (versión 2009-07-28) — con la nacionalidad del país, sólo esta condición falta
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato | valor |
      | host_country | BR |
      | nationalities | BR |
      | family_of_mercosur_resident | sí |
    Cuando se evalúan las vías
    Entonces la vía "br.mercosur.family_member" es "no elegible"
    Y la condición "not_br_national" de la vía "br.mercosur.family_member" está "no cumplida"

  Escenario: br.refugio (versión 1997-07-23) — con la nacionalidad del país, sólo esta condición falta
    Dado la fecha de evaluación "2013-12-31"
    Y una persona con los datos:
      | dato | valor |
      | host_country | BR |
      | city | sao_paulo |
      | in_host_country | sí |
      | nationalities | BR |
    Cuando se evalúan las vías
    Entonces la vía "br.refugio" es "no elegible"
    Y la condición "not_br_national" de la vía "br.refugio" está "no cumplida"

  Escenario: cl.mercosur.family_member (versión 2022-02-12) — con la nacionalidad del país, sólo esta condición falta
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato | valor |
      | nationalities | CL |
      | host_country | CL |
      | family_of_mercosur_resident | sí |
    Cuando se evalúan las vías
    Entonces la vía "cl.mercosur.family_member" es "no elegible"
    Y la condición "not_cl_national" de la vía "cl.mercosur.family_member" está "no cumplida"

  Escenario: co.can.family_member (versión 2021-08-11) — con la nacionalidad del país, sólo esta condición falta
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato | valor |
      | nationalities | CO |
      | host_country | CO |
      | family_of_can_resident | sí |
    Cuando se evalúan las vías
    Entonces la vía "co.can.family_member" es "no elegible"
    Y la condición "not_co_national" de la vía "co.can.family_member" está "no cumplida"

  Escenario: co.mercosur.family_member (versión 2012-01-01) — con la nacionalidad del país, sólo esta condición falta
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato | valor |
      | nationalities | CO |
      | host_country | CO |
      | family_of_mercosur_resident | sí |
    Cuando se evalúan las vías
    Entonces la vía "co.mercosur.family_member" es "no elegible"
    Y la condición "not_co_national" de la vía "co.mercosur.family_member" está "no cumplida"

  Escenario: co.visa_r.five_years (versión 2022-10-21) — con la nacionalidad del país, sólo esta condición falta
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato | valor |
      | host_country | CO |
      | nationalities | CO |
      | statuses | [{"status": "co.ppt", "expires": "2031-05-30"}] |
      | co_pep_ppt_since | 2018-03-01 |
      | has_passport | sí |
      | sufficient_means | sí |
      | co_criminal_record | no |
    Cuando se evalúan las vías
    Entonces la vía "co.visa_r.five_years" es "no elegible"
    Y la condición "not_co_national" de la vía "co.visa_r.five_years" está "no cumplida"

  Escenario: cr.refugio (versión 2010-03-01) — con la nacionalidad del país, sólo esta condición falta
    Dado la fecha de evaluación "2015-06-01"
    Y una persona con los datos:
      | dato | valor |
      | host_country | CR |
      | in_host_country | sí |
      | nationalities | CR |
      | entry_date | 2014-01-10 |
    Cuando se evalúan las vías
    Entonces la vía "cr.refugio" es "no elegible"
    Y la condición "not_cr_national" de la vía "cr.refugio" está "no cumplida"

  Escenario: cr.refugio (versión 2022-12-01) — con la nacionalidad del país, sólo esta condición falta
    Dado la fecha de evaluación "2023-01-15"
    Y una persona con los datos:
      | dato | valor |
      | host_country | CR |
      | in_host_country | sí |
      | nationalities | CR |
      | entry_date | 2022-12-20 |
    Cuando se evalúan las vías
    Entonces la vía "cr.refugio" es "no elegible"
    Y la condición "not_cr_national" de la vía "cr.refugio" está "no cumplida"

  Escenario: cr.residencia_vinculo (versión 2010-03-01) — con la nacionalidad del país, sólo esta condición falta
    Dado la fecha de evaluación "2025-05-01"
    Y una persona con los datos:
      | dato | valor |
      | host_country | CR |
      | in_host_country | sí |
      | nationalities | CR |
      | cr_parent_of_costa_rican | no |
      | cr_child_of_costa_rican | sí |
      | birth_date | 2010-02-10 |
      | criminal_record_5y | no |
    Cuando se evalúan las vías
    Entonces la vía "cr.residencia_vinculo" es "no elegible"
    Y la condición "not_cr_national" de la vía "cr.residencia_vinculo" está "no cumplida"

  Escenario: ec.can.family_member (versión 2021-08-11) — con la nacionalidad del país, sólo esta condición falta
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato | valor |
      | host_country | EC |
      | nationalities | EC |
      | family_of_can_resident | sí |
    Cuando se evalúan las vías
    Entonces la vía "ec.can.family_member" es "no elegible"
    Y la condición "not_ec_national" de la vía "ec.can.family_member" está "no cumplida"

  Escenario: ec.mercosur.family_member (versión 2013-03-11) — con la nacionalidad del país, sólo esta condición falta
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato | valor |
      | nationalities | EC |
      | host_country | EC |
      | family_of_mercosur_resident | sí |
    Cuando se evalúan las vías
    Entonces la vía "ec.mercosur.family_member" es "no elegible"
    Y la condición "not_ec_national" de la vía "ec.mercosur.family_member" está "no cumplida"

  Escenario: mx.regularizacion.art133 (versión 2011-05-25) — con la nacionalidad del país, sólo esta condición falta
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato | valor |
      | nationalities | MX |
      | host_country | MX |
      | in_host_country | sí |
      | mx_spouse_or_partner_of_mexican_or_resident | no |
      | mx_parent_child_or_guardian_of_mexican_or_resident | no |
      | mx_grave_crime_victim_or_witness | no |
      | mx_vulnerable_cannot_be_returned | no |
      | mx_child_abduction_case | sí |
    Cuando se evalúan las vías
    Entonces la vía "mx.regularizacion.art133" es "no elegible"
    Y la condición "not_mx_national" de la vía "mx.regularizacion.art133" está "no cumplida"

  Escenario: mx.visitante_humanitario (versión 2011-05-25) — con la nacionalidad del país, sólo esta condición falta
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato | valor |
      | nationalities | MX |
      | host_country | MX |
      | in_host_country | sí |
      | age | 30 |
      | mx_crime_victim_or_witness | sí |
      | mx_unaccompanied_child | no |
      | mx_comar_applicant | no |
    Cuando se evalúan las vías
    Entonces la vía "mx.visitante_humanitario" es "no elegible"
    Y la condición "not_mx_national" de la vía "mx.visitante_humanitario" está "no cumplida"

  Escenario: pa.refugio (versión 1998-02-10) — con la nacionalidad del país, sólo esta condición falta
    Dado la fecha de evaluación "2010-05-01"
    Y una persona con los datos:
      | dato | valor |
      | host_country | PA |
      | in_host_country | sí |
      | nationalities | PA |
      | entry_date | 2001-01-01 |
    Cuando se evalúan las vías
    Entonces la vía "pa.refugio" es "no elegible"
    Y la condición "not_pa_national" de la vía "pa.refugio" está "no cumplida"

  Escenario: pa.seguridad_humanitaria (versión 2025-03-14) — con la nacionalidad del país, sólo esta condición falta
    Dado la fecha de evaluación "2026-12-07"
    Y una persona con los datos:
      | dato | valor |
      | host_country | PA |
      | in_host_country | sí |
      | nationalities | PA |
      | entry_date | 2022-03-15 |
      | mercosur_regular_status | no |
      | pa_entered_official_post | sí |
      | pa_refugee_claim_denied | no |
      | pa_pending_migration_procedure | no |
      | criminal_record_5y | no |
    Cuando se evalúan las vías
    Entonces la vía "pa.seguridad_humanitaria" es "no elegible"
    Y la condición "not_pa_national" de la vía "pa.seguridad_humanitaria" está "no cumplida"

  Escenario: pe.can.family_member (versión 2021-08-11) — con la nacionalidad del país, sólo esta condición falta
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato | valor |
      | nationalities | PE |
      | host_country | PE |
      | family_of_can_resident | sí |
    Cuando se evalúan las vías
    Entonces la vía "pe.can.family_member" es "no elegible"
    Y la condición "not_pe_national" de la vía "pe.can.family_member" está "no cumplida"

  Escenario: pe.cpp.especial_residente (versión 2023-05-10) — con la nacionalidad del país, sólo esta condición falta
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato | valor |
      | host_country | PE |
      | nationalities | PE |
      | statuses | [{"status": "pe.cpp", "expires": "2026-03-01"}] |
      | pe_expired_cpp_ptp | no |
      | pe_criminal_record | no |
      | pe_interpol_alert | no |
      | pe_dl1350_impediment | no |
    Cuando se evalúan las vías
    Entonces la vía "pe.cpp.especial_residente" es "no elegible"
    Y la condición "not_pe_national" de la vía "pe.cpp.especial_residente" está "no cumplida"

  Escenario: pe.mercosur.family_member (versión 2011-06-28) — con la nacionalidad del país, sólo esta condición falta
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato | valor |
      | nationalities | PE |
      | host_country | PE |
      | family_of_mercosur_resident | sí |
    Cuando se evalúan las vías
    Entonces la vía "pe.mercosur.family_member" es "no elegible"
    Y la condición "not_pe_national" de la vía "pe.mercosur.family_member" está "no cumplida"

  Escenario: py.mercosur.family_member (versión 2009-07-28) — con la nacionalidad del país, sólo esta condición falta
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato | valor |
      | nationalities | PY |
      | host_country | PY |
      | family_of_mercosur_resident | sí |
    Cuando se evalúan las vías
    Entonces la vía "py.mercosur.family_member" es "no elegible"
    Y la condición "not_py_national" de la vía "py.mercosur.family_member" está "no cumplida"

  Escenario: uy.mercosur.family_member (versión 2014-09-04) — con la nacionalidad del país, sólo esta condición falta
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato | valor |
      | nationalities | UY |
      | host_country | UY |
      | family_of_mercosur_resident | sí |
    Cuando se evalúan las vías
    Entonces la vía "uy.mercosur.family_member" es "no elegible"
    Y la condición "not_uy_national" de la vía "uy.mercosur.family_member" está "no cumplida"

  Escenario: uy.vinculo_uruguayo.permanent (versión 2014-09-04) — con la nacionalidad del país, sólo esta condición falta
    Dado la fecha de evaluación "2020-06-01"
    Y una persona con los datos:
      | dato | valor |
      | nationalities | UY |
      | host_country | UY |
      | uy_family_tie | grandchild |
      | criminal_record_5y | no |
    Cuando se evalúan las vías
    Entonces la vía "uy.vinculo_uruguayo.permanent" es "no elegible"
    Y la condición "not_uy_national" de la vía "uy.vinculo_uruguayo.permanent" está "no cumplida"

  Escenario: uy.vinculo_uruguayo.permanent (versión 2023-02-08) — con la nacionalidad del país, sólo esta condición falta
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato | valor |
      | host_country | UY |
      | nationalities | UY |
      | uy_family_tie | spouse |
      | criminal_record_5y | no |
    Cuando se evalúan las vías
    Entonces la vía "uy.vinculo_uruguayo.permanent" es "no elegible"
    Y la condición "not_uy_national" de la vía "uy.vinculo_uruguayo.permanent" está "no cumplida"
