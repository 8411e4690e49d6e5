# language: es
Característica: México — regularización por documento vencido o actividades distintas (Reglamento art. 144 fr. V–VI) y residencia permanente para refugiados
  Como equipo que mantiene el reglamento mexicano
  queremos que quien tiene su documento migratorio vencido hace 60 días o menos, o hace actividades
  distintas a las autorizadas, vea la regularización del art. 144, con el día 60 probado en sus bordes,
  y que la persona reconocida como refugiada vea su residencia permanente.

  Escenario: Colombiano con tarjeta de residente temporal vencida hace un mes puede regularizarse
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato                                 | valor      |
      | host_country                         | MX         |
      | nationalities                        | CO         |
      | mx_migration_document_expiry_date    | 2025-12-15 |
      | mx_activities_differ_from_authorised | no         |
    Cuando se evalúan las vías
    Entonces la vía "mx.regularizacion.art144_v_vi" es "elegible"
    Y la condición "expired_within_60_days" de la vía "mx.regularizacion.art144_v_vi" está "cumplida"
    Y la vía "mx.regularizacion.art144_v_vi" cita "Art. 144 fr. V"

  Esquema del escenario: Art. 144 fr. V: el documento venció hace 60 días naturales o menos
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato                                 | valor       |
      | host_country                         | MX          |
      | mx_migration_document_expiry_date    | <vencio>    |
      | mx_activities_differ_from_authorised | no          |
    Cuando se evalúan las vías
    Entonces la vía "mx.regularizacion.art144_v_vi" es "<resultado>"
    Y la condición "<condicion>" de la vía "mx.regularizacion.art144_v_vi" está "<estado>"

    Ejemplos: vencido hace 59, 60 y 61 días; vence hoy y vence mañana
      | vencio     | resultado   | condicion              | estado      |
      | 2025-11-17 | elegible    | expired_within_60_days | cumplida    |
      | 2025-11-16 | elegible    | expired_within_60_days | cumplida    |
      | 2025-11-15 | no elegible | expired_within_60_days | no cumplida |
      | 2026-01-14 | elegible    | document_expired       | cumplida    |
      | 2026-01-15 | no elegible | document_expired       | no cumplida |
      | 2026-01-16 | no elegible | document_expired       | no cumplida |

  Esquema del escenario: Art. 144 fr. VI: actividades distintas a las autorizadas
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato                                 | valor         |
      | host_country                         | MX            |
      | mx_migration_document_expiry_date    | 2027-03-01    |
      | mx_activities_differ_from_authorised | <actividades> |
    Cuando se evalúan las vías
    Entonces la vía "mx.regularizacion.art144_v_vi" es "<resultado>"
    Y la condición "different_activities" de la vía "mx.regularizacion.art144_v_vi" está "<estado>"

    Ejemplos:
      | actividades | resultado   | estado      |
      | sí          | elegible    | cumplida    |
      | no          | no elegible | no cumplida |

  Escenario: Art. 144: documento vencido hace mucho y sin saber sus actividades, la vía queda indeterminada
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato                              | valor      |
      | host_country                      | MX         |
      | mx_migration_document_expiry_date | 2025-06-01 |
    Cuando se evalúan las vías
    Entonces la vía "mx.regularizacion.art144_v_vi" es "indeterminada"
    Y falta el dato "mx_activities_differ_from_authorised" para la vía "mx.regularizacion.art144_v_vi"

  Esquema del escenario: Art. 144: desde la publicación del Reglamento (28 de septiembre de 2012)
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato                                 | valor |
      | host_country                         | MX    |
      | mx_activities_differ_from_authorised | sí    |
    Cuando se evalúan las vías
    Entonces la vía "mx.regularizacion.art144_v_vi" es "<resultado>"

    Ejemplos: la víspera, el día y el día siguiente
      | fecha      | resultado   |
      | 2012-09-27 | no elegible |
      | 2012-09-28 | elegible    |
      | 2012-09-29 | elegible    |

  Esquema del escenario: Refugiado reconocido por la COMAR: residencia permanente
    Dado la fecha de evaluación "<fecha>"
    Y una persona con los datos:
      | dato                 | valor        |
      | host_country         | MX           |
      | nationalities        | HN           |
      | mx_recognised_refugee | <reconocido> |
    Cuando se evalúan las vías
    Entonces la vía "mx.refugio.residente_permanente" es "<resultado>"

    Ejemplos: reconocido o no; la víspera, el día y el día siguiente de la Ley de Migración
      | fecha      | reconocido | resultado   |
      | 2026-01-15 | sí         | elegible    |
      | 2026-01-15 | no         | no elegible |
      | 2011-05-24 | sí         | no elegible |
      | 2011-05-25 | sí         | elegible    |
      | 2011-05-26 | sí         | elegible    |

  Escenario: Solicitante de refugio cuya resolución no se conoce: la residencia permanente queda indeterminada
    Dado la fecha de evaluación "2026-01-15"
    Y una persona con los datos:
      | dato              | valor |
      | host_country      | MX    |
      | mx_comar_applicant | sí   |
    Cuando se evalúan las vías
    Entonces la vía "mx.refugio.residente_permanente" es "indeterminada"
    Y falta el dato "mx_recognised_refugee" para la vía "mx.refugio.residente_permanente"
    Y la vía "mx.refugio.residente_permanente" cita "INM procedure"
