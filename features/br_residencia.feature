# language: pt
Funcionalidade: Vias de residência no Brasil: Acordo de Residência MERCOSUL e Portaria Interministerial 19/2021
  Como mantenedor das regras do Brasil
  Quero conferir cada condição das quatro vias brasileiras em datas de avaliação fixas
  Para que a pessoa migrante receba um resultado fiel às normas, e "indeterminada" quando faltar um dado,
  nunca "não elegível" por falta de informação.

  Vias cobertas (pathways/br/):
    br.mercosur.temporary    residência temporária do Acordo MERCOSUL (PF código 209), 2 anos
    br.mercosur.indefinite   residência por prazo indeterminado (Art. 5), nos 90 dias antes do vencimento
    br.portaria19.temporary  residência para nacionais de países fronteiriços fora do Acordo (PF código 273), 2 anos
    br.portaria19.indefinite residência por prazo indeterminado após a Portaria 19

  # ---------------------------------------------------------------------------
  # br.mercosur.temporary
  # ---------------------------------------------------------------------------

  Cenário: Colombiano com passaporte válido e sem antecedentes é elegível à residência MERCOSUL
    Dado a data de avaliação "2026-01-15"
    E uma pessoa com os dados:
      | dado                 | valor      |
      | host_country         | BR         |
      | nationalities        | CO         |
      | naturalisations      | nenhuma    |
      | in_host_country      | sim        |
      | age                  | 30         |
      | has_passport         | sim        |
      | passport_expiry_date | 2028-05-01 |
      | has_id_card          | não        |
      | criminal_record_5y   | não        |
    Quando as vias são avaliadas
    Então a via "br.mercosur.temporary" é "elegível"
    E a condição "national" da via "br.mercosur.temporary" está "cumprida"
    E a condição "identity_document" da via "br.mercosur.temporary" está "cumprida"
    E a condição "criminal_record" da via "br.mercosur.temporary" está "cumprida"
    E a via "br.mercosur.temporary" cita "Acordo sobre Residência"

  Esquema do Cenário: Residência MERCOSUL: uma única condição não cumprida torna a via não elegível
    Dado a data de avaliação "2026-01-15"
    E uma pessoa com os dados:
      | dado                 | valor           |
      | host_country         | BR              |
      | nationalities        | <nacionalidade> |
      | naturalisations      | nenhuma         |
      | in_host_country      | sim             |
      | age                  | 30              |
      | has_passport         | sim             |
      | passport_expiry_date | <passaporte>    |
      | has_id_card          | não             |
      | criminal_record_5y   | <antecedentes>  |
      | mercosur_consular_nationality_certificate | não |
    Quando as vias são avaliadas
    Então a via "br.mercosur.temporary" é "não elegível"
    E a condição "<condicao>" da via "br.mercosur.temporary" está "não cumprida"
    E a via "br.mercosur.temporary" cita "<artigo>"

    Exemplos:
      | nacionalidade | passaporte | antecedentes | condicao          | artigo   |
      | HT            | 2028-05-01 | não          | national          | code 209 |
      | CO            | 2026-01-14 | não          | identity_document | 4(a)     |
      | PE            | 2028-05-01 | sim          | criminal_record   | 4(c)     |

  Esquema do Cenário: Residência MERCOSUL: passaporte válido até a data de avaliação, ou cédula válida
    Dado a data de avaliação "2026-01-15"
    E uma pessoa com os dados:
      | dado                 | valor        |
      | host_country         | BR           |
      | nationalities        | BO           |
      | naturalisations      | nenhuma      |
      | in_host_country      | sim          |
      | age                  | 40           |
      | has_passport         | sim          |
      | passport_expiry_date | <passaporte> |
      | has_id_card          | <tem_cedula> |
      | id_card_expiry_date  | <cedula>     |
      | criminal_record_5y   | não          |
      | mercosur_consular_nationality_certificate | não |
    Quando as vias são avaliadas
    Então a via "br.mercosur.temporary" é "<resultado>"
    E a condição "identity_document" da via "br.mercosur.temporary" está "<estado>"

    Exemplos:
      | passaporte | tem_cedula | cedula     | resultado    | estado       |
      | 2026-01-15 | não        | 2020-01-01 | elegível     | cumprida     |
      | 2026-01-14 | não        | 2020-01-01 | não elegível | não cumprida |
      | 2026-01-14 | sim        | 2030-06-30 | elegível     | cumprida     |
      | 2026-01-14 | sim        | 2026-01-14 | não elegível | não cumprida |

  Cenário: Residência MERCOSUL: sem resposta sobre antecedentes, um adulto fica indeterminado
    Dado a data de avaliação "2026-01-15"
    E uma pessoa com os dados:
      | dado                 | valor      |
      | host_country         | BR         |
      | nationalities        | UY         |
      | naturalisations      | nenhuma    |
      | in_host_country      | sim        |
      | age                  | 30         |
      | has_passport         | sim        |
      | passport_expiry_date | 2028-05-01 |
      | has_id_card          | não        |
    Quando as vias são avaliadas
    Então a via "br.mercosur.temporary" é "indeterminada"
    E a condição "criminal_record" da via "br.mercosur.temporary" está "desconhecida"
    E falta o dado "criminal_record_5y" para a via "br.mercosur.temporary"

  Cenário: Residência MERCOSUL: sem a data de validade do passaporte, a via fica indeterminada
    Dado a data de avaliação "2026-01-15"
    E uma pessoa com os dados:
      | dado               | valor   |
      | host_country       | BR      |
      | nationalities      | PY      |
      | naturalisations    | nenhuma |
      | in_host_country    | sim     |
      | age                | 30      |
      | has_passport       | sim     |
      | has_id_card        | não     |
      | criminal_record_5y | não     |
    Quando as vias são avaliadas
    Então a via "br.mercosur.temporary" é "indeterminada"
    E a condição "identity_document" da via "br.mercosur.temporary" está "desconhecida"
    E falta o dado "passport_expiry_date" para a via "br.mercosur.temporary"

  Esquema do Cenário: Residência MERCOSUL: menores de 18 não apresentam certidões de antecedentes (idade informada)
    Dado a data de avaliação "2026-01-15"
    E uma pessoa com os dados:
      | dado                 | valor      |
      | host_country         | BR         |
      | nationalities        | AR         |
      | naturalisations      | nenhuma    |
      | in_host_country      | sim        |
      | age                  | <idade>    |
      | has_passport         | sim        |
      | passport_expiry_date | 2028-05-01 |
      | has_id_card          | não        |
    Quando as vias são avaliadas
    Então a via "br.mercosur.temporary" é "<resultado>"
    E a condição "under_18" da via "br.mercosur.temporary" está "<menor>"
    E a condição "criminal_record" da via "br.mercosur.temporary" está "<antecedentes>"

    Exemplos:
      | idade | resultado     | menor        | antecedentes |
      | 17    | elegível      | cumprida     | cumprida     |
      | 18    | indeterminada | não cumprida | desconhecida |

  Esquema do Cenário: Residência MERCOSUL: a idade conta pela data de nascimento na data de avaliação
    Dado a data de avaliação "2026-01-15"
    E uma pessoa com os dados:
      | dado                 | valor        |
      | host_country         | BR           |
      | nationalities        | CL           |
      | naturalisations      | nenhuma      |
      | in_host_country      | sim          |
      | birth_date           | <nascimento> |
      | has_passport         | sim          |
      | passport_expiry_date | 2028-05-01   |
      | has_id_card          | não          |
    Quando as vias são avaliadas
    Então a via "br.mercosur.temporary" é "<resultado>"
    E a condição "under_18" da via "br.mercosur.temporary" está "<menor>"

    Exemplos:
      | nascimento | resultado     | menor        |
      | 2008-01-16 | elegível      | cumprida     |
      | 2008-01-15 | indeterminada | não cumprida |

  Cenário: Residência MERCOSUL: adulto de 18 anos sem antecedentes é elegível
    Dado a data de avaliação "2026-01-15"
    E uma pessoa com os dados:
      | dado                 | valor      |
      | host_country         | BR         |
      | nationalities        | AR         |
      | naturalisations      | nenhuma    |
      | in_host_country      | sim        |
      | age                  | 18         |
      | has_passport         | sim        |
      | passport_expiry_date | 2028-05-01 |
      | has_id_card          | não        |
      | criminal_record_5y   | não        |
    Quando as vias são avaliadas
    Então a via "br.mercosur.temporary" é "elegível"
    E a condição "no_criminal_record" da via "br.mercosur.temporary" está "cumprida"

  Esquema do Cenário: Residência MERCOSUL: nacionalidade colombiana por naturalização só conta após 5 anos (Art. 2)
    Dado a data de avaliação "2026-01-10"
    E uma pessoa com os dados:
      | dado                 | valor                                          |
      | host_country         | BR                                             |
      | nationalities        | HT, CO                                         |
      | naturalisations      | [{"country": "CO", "date": "<naturalizacao>"}] |
      | in_host_country      | sim                                            |
      | age                  | 35                                             |
      | has_passport         | sim                                            |
      | passport_expiry_date | 2028-05-01                                     |
      | has_id_card          | não                                            |
      | criminal_record_5y   | não                                            |
    Quando as vias são avaliadas
    Então a via "br.mercosur.temporary" é "<resultado>"
    E a condição "national" da via "br.mercosur.temporary" está "<estado>"

    Exemplos: naturalizado há 4 anos, há 5 anos menos um dia e há exatamente 5 anos
      | naturalizacao | resultado    | estado       |
      | 2022-01-10    | não elegível | não cumprida |
      | 2021-01-11    | não elegível | não cumprida |
      | 2021-01-10    | elegível     | cumprida     |

  Cenário: Venezuelano não tem a residência MERCOSUL, mas tem a da Portaria 19
    Dado a data de avaliação "2026-01-15"
    E uma pessoa com os dados:
      | dado                 | valor      |
      | host_country         | BR         |
      | nationalities        | VE         |
      | naturalisations      | nenhuma    |
      | in_host_country      | sim        |
      | age                  | 30         |
      | has_passport         | sim        |
      | passport_expiry_date | 2019-06-30 |
      | has_id_card          | não        |
      | criminal_record_5y   | não        |
    Quando as vias são avaliadas
    Então a via "br.mercosur.temporary" é "não elegível"
    E a condição "national" da via "br.mercosur.temporary" está "não cumprida"
    E a via "br.mercosur.temporary" cita "code 209"
    E a via "br.portaria19.temporary" é "elegível"
    E a condição "bordering_national" da via "br.portaria19.temporary" está "cumprida"
    E a condição "identity_document" da via "br.portaria19.temporary" está "cumprida"
    E a via "br.portaria19.temporary" cita "Portaria Interministerial MJSP/MRE nº 19"

  # ---------------------------------------------------------------------------
  # br.mercosur.indefinite
  # ---------------------------------------------------------------------------

  Esquema do Cenário: Prazo indeterminado MERCOSUL: pedido só nos 90 dias antes do vencimento (Art. 5)
    Dado a data de avaliação "2026-01-15"
    E uma pessoa com os dados:
      | dado               | valor                                                                    |
      | host_country       | BR                                                                       |
      | statuses           | [{"status": "br.temporary_residence.mercosur", "expires": "<validade>"}] |
      | sufficient_means   | sim                                                                      |
      | criminal_record_5y | não                                                                      |
    Quando as vias são avaliadas
    Então a via "br.mercosur.indefinite" é "<resultado>"
    E a condição "temporary_residence_ending" da via "br.mercosur.indefinite" está "<estado>"

    Exemplos: vence em 90 dias, em 91 dias, no próprio dia, e venceu na véspera
      | validade   | resultado    | estado       |
      | 2026-04-15 | elegível     | cumprida     |
      | 2026-04-16 | não elegível | não cumprida |
      | 2026-01-15 | elegível     | cumprida     |
      | 2026-01-14 | não elegível | não cumprida |

  Esquema do Cenário: Prazo indeterminado MERCOSUL: uma única condição não cumprida torna a via não elegível
    Dado a data de avaliação "2026-01-15"
    E uma pessoa com os dados:
      | dado               | valor          |
      | host_country       | BR             |
      | statuses           | <residencias>  |
      | sufficient_means   | <meios>        |
      | criminal_record_5y | <antecedentes> |
    Quando as vias são avaliadas
    Então a via "br.mercosur.indefinite" é "não elegível"
    E a condição "<condicao>" da via "br.mercosur.indefinite" está "não cumprida"

    Exemplos:
      | residencias                                                                | meios | antecedentes | condicao                   |
      | nenhuma                                                                    | sim   | não          | temporary_residence_ending |
      | [{"status": "br.temporary_residence.portaria19", "expires": "2026-03-01"}] | sim   | não          | temporary_residence_ending |
      | [{"status": "br.temporary_residence.mercosur", "expires": "2026-03-01"}]   | não   | não          | lawful_means               |
      | [{"status": "br.temporary_residence.mercosur", "expires": "2026-03-01"}]   | sim   | sim          | no_criminal_record         |

  Cenário: Prazo indeterminado MERCOSUL: meios de vida não comprovados citam o Art. 5 do Acordo
    Dado a data de avaliação "2026-01-15"
    E uma pessoa com os dados:
      | dado               | valor                                                                    |
      | host_country       | BR                                                                       |
      | statuses           | [{"status": "br.temporary_residence.mercosur", "expires": "2026-03-01"}] |
      | sufficient_means   | não                                                                      |
      | criminal_record_5y | não                                                                      |
    Quando as vias são avaliadas
    Então a via "br.mercosur.indefinite" é "não elegível"
    E a via "br.mercosur.indefinite" cita "Acordo sobre Residência"

  Cenário: Prazo indeterminado MERCOSUL: quem não informa suas residências fica indeterminado
    Dado a data de avaliação "2026-01-15"
    E uma pessoa com os dados:
      | dado               | valor |
      | host_country       | BR    |
      | sufficient_means   | sim   |
      | criminal_record_5y | não   |
    Quando as vias são avaliadas
    Então a via "br.mercosur.indefinite" é "indeterminada"
    E a condição "temporary_residence_ending" da via "br.mercosur.indefinite" está "desconhecida"
    E falta o dado "statuses" para a via "br.mercosur.indefinite"

  Cenário: Prazo indeterminado MERCOSUL: sem resposta sobre meios de vida, a via fica indeterminada
    Dado a data de avaliação "2026-01-15"
    E uma pessoa com os dados:
      | dado               | valor                                                                    |
      | host_country       | BR                                                                       |
      | statuses           | [{"status": "br.temporary_residence.mercosur", "expires": "2026-03-01"}] |
      | criminal_record_5y | não                                                                      |
    Quando as vias são avaliadas
    Então a via "br.mercosur.indefinite" é "indeterminada"
    E a condição "lawful_means" da via "br.mercosur.indefinite" está "desconhecida"
    E falta o dado "sufficient_means" para a via "br.mercosur.indefinite"

  # ---------------------------------------------------------------------------
  # br.portaria19.temporary
  # ---------------------------------------------------------------------------

  Esquema do Cenário: Portaria 19: venezuelanos, surinameses e guianenses no Brasil são elegíveis, mesmo com passaporte vencido
    Dado a data de avaliação "2026-01-15"
    E uma pessoa com os dados:
      | dado                 | valor           |
      | host_country         | BR              |
      | nationalities        | <nacionalidade> |
      | in_host_country      | sim             |
      | age                  | 30              |
      | has_passport         | sim             |
      | passport_expiry_date | 2018-03-01      |
      | has_id_card          | não             |
      | criminal_record_5y   | não             |
    Quando as vias são avaliadas
    Então a via "br.portaria19.temporary" é "elegível"
    E a condição "bordering_national" da via "br.portaria19.temporary" está "cumprida"
    E a condição "identity_document" da via "br.portaria19.temporary" está "cumprida"

    Exemplos:
      | nacionalidade |
      | VE            |
      | SR            |
      | GY            |

  Cenário: Portaria 19: cédula de identidade vencida também serve
    Dado a data de avaliação "2026-01-15"
    E uma pessoa com os dados:
      | dado                | valor      |
      | host_country        | BR         |
      | nationalities       | VE         |
      | in_host_country     | sim        |
      | age                 | 45         |
      | has_passport        | não        |
      | has_id_card         | sim        |
      | id_card_expiry_date | 2016-09-30 |
      | criminal_record_5y  | não        |
    Quando as vias são avaliadas
    Então a via "br.portaria19.temporary" é "elegível"
    E a condição "has_id_card" da via "br.portaria19.temporary" está "cumprida"

  Esquema do Cenário: Portaria 19: uma única condição não cumprida torna a via não elegível
    Dado a data de avaliação "2026-01-15"
    E uma pessoa com os dados:
      | dado               | valor           |
      | host_country       | BR              |
      | nationalities      | <nacionalidade> |
      | in_host_country    | <no_brasil>     |
      | age                | 30              |
      | has_passport       | <passaporte>    |
      | has_id_card        | não             |
      | criminal_record_5y | <antecedentes>  |
      | has_birth_certificate | não |
    Quando as vias são avaliadas
    Então a via "br.portaria19.temporary" é "não elegível"
    E a condição "<condicao>" da via "br.portaria19.temporary" está "não cumprida"
    E a via "br.portaria19.temporary" cita "<fonte>"

    Exemplos:
      | nacionalidade | no_brasil | passaporte | antecedentes | condicao           | fonte                                    |
      | HT            | sim       | sim        | não          | bordering_national | code 273                                 |
      | CO            | sim       | sim        | não          | bordering_national | code 273                                 |
      | VE            | sim       | não        | não          | identity_document  | Portaria Interministerial MJSP/MRE nº 19 |
      | VE            | sim       | sim        | sim          | criminal_record    | Portaria Interministerial MJSP/MRE nº 19 |

  Cenário: Portaria 19: fora do Brasil ou sem saber onde está: elegível, e pedir no Brasil é o primeiro passo
    Dado a data de avaliação "2026-01-15"
    E uma pessoa com os dados:
      | dado               | valor |
      | host_country       | BR    |
      | nationalities      | VE    |
      | age                | 30    |
      | has_passport       | sim   |
      | has_id_card        | não   |
      | criminal_record_5y | não   |
    Quando as vias são avaliadas
    Então a via "br.portaria19.temporary" é "elegível"
    E a via "br.portaria19.temporary" pede primeiro "apply_in_brazil"
    E a via "br.portaria19.temporary" não tem a condição "in_brazil"

  Cenário: Portaria 19: sem cédula e sem resposta sobre passaporte, a via fica indeterminada
    Dado a data de avaliação "2026-01-15"
    E uma pessoa com os dados:
      | dado               | valor |
      | host_country       | BR    |
      | nationalities      | GY    |
      | in_host_country    | sim   |
      | age                | 30    |
      | has_id_card        | não   |
      | criminal_record_5y | não   |
    Quando as vias são avaliadas
    Então a via "br.portaria19.temporary" é "indeterminada"
    E a condição "identity_document" da via "br.portaria19.temporary" está "desconhecida"
    E falta o dado "has_passport" para a via "br.portaria19.temporary"

  Esquema do Cenário: Portaria 19: menores de 18 não fazem a autodeclaração de antecedentes
    Dado a data de avaliação "2026-01-15"
    E uma pessoa com os dados:
      | dado                 | valor      |
      | host_country         | BR         |
      | nationalities        | VE         |
      | in_host_country      | sim        |
      | age                  | <idade>    |
      | has_passport         | sim        |
      | passport_expiry_date | 2023-11-30 |
      | has_id_card          | não        |
    Quando as vias são avaliadas
    Então a via "br.portaria19.temporary" é "<resultado>"
    E a condição "criminal_record" da via "br.portaria19.temporary" está "<antecedentes>"

    Exemplos:
      | idade | resultado     | antecedentes |
      | 16    | elegível      | cumprida     |
      | 17    | elegível      | cumprida     |
      | 18    | indeterminada | desconhecida |

  Cenário: Portaria 19: antes da publicação (25/03/2021) a via ainda não existia
    Dado a data de avaliação "2021-03-01"
    E uma pessoa com os dados:
      | dado               | valor |
      | host_country       | BR    |
      | nationalities      | VE    |
      | in_host_country    | sim   |
      | age                | 30    |
      | has_passport       | sim   |
      | has_id_card        | não   |
      | criminal_record_5y | não   |
    Quando as vias são avaliadas
    Então a via "br.portaria19.temporary" é "não elegível"
    E a condição "in_force" da via "br.portaria19.temporary" está "não cumprida"

  Cenário: Portaria 19: no dia da publicação no DOU a via já se aplica
    Dado a data de avaliação "2021-03-25"
    E uma pessoa com os dados:
      | dado               | valor |
      | host_country       | BR    |
      | nationalities      | VE    |
      | in_host_country    | sim   |
      | age                | 30    |
      | has_passport       | sim   |
      | has_id_card        | não   |
      | criminal_record_5y | não   |
    Quando as vias são avaliadas
    Então a via "br.portaria19.temporary" é "elegível"

  # ---------------------------------------------------------------------------
  # br.portaria19.indefinite
  # ---------------------------------------------------------------------------

  Esquema do Cenário: Prazo indeterminado pela Portaria 19: janela de 90 dias antes do vencimento
    Dado a data de avaliação "2026-01-15"
    E uma pessoa com os dados:
      | dado               | valor                                                                      |
      | host_country       | BR                                                                         |
      | statuses           | [{"status": "br.temporary_residence.portaria19", "expires": "<validade>"}] |
      | sufficient_means   | sim                                                                        |
      | criminal_record_5y | não                                                                        |
    Quando as vias são avaliadas
    Então a via "br.portaria19.indefinite" é "<resultado>"
    E a condição "temporary_residence_ending" da via "br.portaria19.indefinite" está "<estado>"

    Exemplos: vence em 90 dias, em 91 dias, no próprio dia, e venceu na véspera
      | validade   | resultado    | estado       |
      | 2026-04-15 | elegível     | cumprida     |
      | 2026-04-16 | não elegível | não cumprida |
      | 2026-01-15 | elegível     | cumprida     |
      | 2026-01-14 | não elegível | não cumprida |

  Esquema do Cenário: Prazo indeterminado pela Portaria 19: uma única condição não cumprida torna a via não elegível
    Dado a data de avaliação "2026-01-15"
    E uma pessoa com os dados:
      | dado               | valor          |
      | host_country       | BR             |
      | statuses           | <residencias>  |
      | sufficient_means   | <meios>        |
      | criminal_record_5y | <antecedentes> |
    Quando as vias são avaliadas
    Então a via "br.portaria19.indefinite" é "não elegível"
    E a condição "<condicao>" da via "br.portaria19.indefinite" está "não cumprida"

    Exemplos:
      | residencias                                                                | meios | antecedentes | condicao                   |
      | nenhuma                                                                    | sim   | não          | temporary_residence_ending |
      | [{"status": "br.temporary_residence.mercosur", "expires": "2026-03-01"}]   | sim   | não          | temporary_residence_ending |
      | [{"status": "br.temporary_residence.portaria19", "expires": "2026-03-01"}] | não   | não          | means_of_subsistence       |
      | [{"status": "br.temporary_residence.portaria19", "expires": "2026-03-01"}] | sim   | sim          | no_criminal_record         |

  Cenário: Prazo indeterminado pela Portaria 19: a falta de meios de subsistência cita a Portaria 19/2021
    Dado a data de avaliação "2026-01-15"
    E uma pessoa com os dados:
      | dado               | valor                                                                      |
      | host_country       | BR                                                                         |
      | statuses           | [{"status": "br.temporary_residence.portaria19", "expires": "2026-03-01"}] |
      | sufficient_means   | não                                                                        |
      | criminal_record_5y | não                                                                        |
    Quando as vias são avaliadas
    Então a via "br.portaria19.indefinite" é "não elegível"
    E a via "br.portaria19.indefinite" cita "Portaria 19/2021"

  Cenário: Prazo indeterminado pela Portaria 19: quem não informa suas residências fica indeterminado
    Dado a data de avaliação "2026-01-15"
    E uma pessoa com os dados:
      | dado               | valor |
      | host_country       | BR    |
      | sufficient_means   | sim   |
      | criminal_record_5y | não   |
    Quando as vias são avaliadas
    Então a via "br.portaria19.indefinite" é "indeterminada"
    E a condição "temporary_residence_ending" da via "br.portaria19.indefinite" está "desconhecida"
    E falta o dado "statuses" para a via "br.portaria19.indefinite"

  Cenário: Prazo indeterminado pela Portaria 19: sem resposta sobre antecedentes, a via fica indeterminada
    Dado a data de avaliação "2026-01-15"
    E uma pessoa com os dados:
      | dado             | valor                                                                      |
      | host_country     | BR                                                                         |
      | statuses         | [{"status": "br.temporary_residence.portaria19", "expires": "2026-03-01"}] |
      | sufficient_means | sim                                                                        |
    Quando as vias são avaliadas
    Então a via "br.portaria19.indefinite" é "indeterminada"
    E a condição "no_criminal_record" da via "br.portaria19.indefinite" está "desconhecida"
    E falta o dado "criminal_record_5y" para a via "br.portaria19.indefinite"
