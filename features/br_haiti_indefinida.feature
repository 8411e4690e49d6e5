# language: pt
Funcionalidade: Brasil — residência por prazo indeterminado após a acolhida humanitária de haitianos
  Como equipe que mantém o regulamento brasileiro
  queremos que quem tem a residência humanitária de 2 anos veja o passo seguinte (prazo indeterminado,
  nos 90 dias antes do vencimento), encadeado à residência humanitária, como a Portaria 19 já faz.

  Cenário: Haitiana com residência humanitária que vence em março de 2026 é elegível
    Dado a data de avaliação "2026-01-15"
    E uma pessoa com os dados:
      | dado                                 | valor                                                              |
      | host_country                         | BR                                                                 |
      | nationalities                        | HT                                                                 |
      | statuses                             | [{"status": "br.residence.humanitarian_haiti", "expires": "2026-03-01"}] |
      | br_absent_over_90_days_a_year        | não                                                                |
      | br_crossed_only_at_migration_control | sim                                                                |
      | br_criminal_record_in_brazil         | não                                                                |
      | sufficient_means                     | sim                                                                |
    Quando as vias são avaliadas
    Então a via "br.haiti.indefinite" é "elegível"
    E a condição "humanitarian_residence_ending" da via "br.haiti.indefinite" está "cumprida"
    E a via "br.haiti.indefinite" cita "visas.blog.br"

  Esquema do Cenário: Prazo indeterminado para haitianos: janela de 90 dias antes do vencimento
    Dado a data de avaliação "2026-01-15"
    E uma pessoa com os dados:
      | dado                                 | valor                                                                  |
      | host_country                         | BR                                                                     |
      | statuses                             | [{"status": "br.residence.humanitarian_haiti", "expires": "<validade>"}] |
      | br_absent_over_90_days_a_year        | não                                                                    |
      | br_crossed_only_at_migration_control | sim                                                                    |
      | br_criminal_record_in_brazil         | não                                                                    |
      | sufficient_means                     | sim                                                                    |
    Quando as vias são avaliadas
    Então a via "br.haiti.indefinite" é "<resultado>"
    E a condição "humanitarian_residence_ending" da via "br.haiti.indefinite" está "<estado>"

    Exemplos: vence em 89 dias, em 90 dias, em 91 dias, no próprio dia, e venceu na véspera
      | validade   | resultado    | estado       |
      | 2026-04-14 | elegível     | cumprida     |
      | 2026-04-15 | elegível     | cumprida     |
      | 2026-04-16 | não elegível | não cumprida |
      | 2026-01-15 | elegível     | cumprida     |
      | 2026-01-14 | não elegível | não cumprida |

  Esquema do Cenário: Prazo indeterminado para haitianos: uma única condição não cumprida torna a via não elegível
    Dado a data de avaliação "2026-01-15"
    E uma pessoa com os dados:
      | dado                                 | valor                                                              |
      | host_country                         | BR                                                                 |
      | statuses                             | <residencias>                                                      |
      | br_absent_over_90_days_a_year        | <ausente>                                                          |
      | br_crossed_only_at_migration_control | <controle>                                                         |
      | br_criminal_record_in_brazil         | <antecedentes>                                                     |
      | sufficient_means                     | <meios>                                                            |
    Quando as vias são avaliadas
    Então a via "br.haiti.indefinite" é "não elegível"
    E a condição "<condicao>" da via "br.haiti.indefinite" está "não cumprida"

    Exemplos:
      | residencias                                                              | ausente | controle | antecedentes | meios | condicao                      |
      | [{"status": "br.temporary_residence.portaria19", "expires": "2026-03-01"}] | não     | sim      | não          | sim   | humanitarian_residence_ending |
      | [{"status": "br.residence.humanitarian_haiti", "expires": "2026-03-01"}]   | sim     | sim      | não          | sim   | absences                      |
      | [{"status": "br.residence.humanitarian_haiti", "expires": "2026-03-01"}]   | não     | não      | não          | sim   | migration_control             |
      | [{"status": "br.residence.humanitarian_haiti", "expires": "2026-03-01"}]   | não     | sim      | sim          | sim   | no_criminal_record_brazil     |
      | [{"status": "br.residence.humanitarian_haiti", "expires": "2026-03-01"}]   | não     | sim      | não          | não   | means_of_subsistence          |

  Cenário: Prazo indeterminado para haitianos: sem saber das ausências a via fica indeterminada
    Dado a data de avaliação "2026-01-15"
    E uma pessoa com os dados:
      | dado                                 | valor                                                              |
      | host_country                         | BR                                                                 |
      | statuses                             | [{"status": "br.residence.humanitarian_haiti", "expires": "2026-03-01"}] |
      | br_crossed_only_at_migration_control | sim                                                                |
      | br_criminal_record_in_brazil         | não                                                                |
      | sufficient_means                     | sim                                                                |
    Quando as vias são avaliadas
    Então a via "br.haiti.indefinite" é "indeterminada"
    E falta o dado "br_absent_over_90_days_a_year" para a via "br.haiti.indefinite"

  Esquema do Cenário: Prazo indeterminado para haitianos: a partir da Portaria 37/2023 (30 de março de 2023)
    Dado a data de avaliação "<data>"
    E uma pessoa com os dados:
      | dado                                 | valor                                                              |
      | host_country                         | BR                                                                 |
      | statuses                             | [{"status": "br.residence.humanitarian_haiti", "expires": "2023-05-01"}] |
      | br_absent_over_90_days_a_year        | não                                                                |
      | br_crossed_only_at_migration_control | sim                                                                |
      | br_criminal_record_in_brazil         | não                                                                |
      | sufficient_means                     | sim                                                                |
    Quando as vias são avaliadas
    Então a via "br.haiti.indefinite" é "<resultado>"

    Exemplos: a véspera, o dia e o dia seguinte
      | data       | resultado    |
      | 2023-03-29 | não elegível |
      | 2023-03-30 | elegível     |
      | 2023-03-31 | elegível     |
