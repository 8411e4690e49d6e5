# language: pt
Funcionalidade: Acolhida humanitária de haitianos no Brasil, Portaria 19 para uma adolescente venezuelana e o CRAI de São Paulo
  Como mantenedor das regras do Brasil
  Quero conferir cada condição em datas de avaliação fixas, nos dois sentidos
  Para que a pessoa migrante receba um resultado fiel às normas, e "indeterminada" quando faltar um dado
  ou quando a própria norma estiver em aberto (renovação da Portaria 37/2023 depois de 31/12/2024).

  Vias cobertas:
    br.haiti.humanitarian_residence  residência humanitária para haitianos (Portaria MJSP/MRE 37/2023), 2 anos;
                                     versões 2023-03-30 a 2024-12-31 e, desde 2025-01-01, renovação não confirmada
    br.sao_paulo.crai                CRAI Oriana Jara (serviço municipal, São Paulo)
    br.portaria19.temporary e br.mercosur.temporary (cópias sem alteração de pathways/br) para P22 e P23

  # ---------------------------------------------------------------------------
  # Personas
  # ---------------------------------------------------------------------------

  Cenário: P23 (A) — haitiano que entrou irregularmente por terra em maio de 2024, avaliado em 2024-10-01
    Dado a data de avaliação "2024-10-01"
    E uma pessoa com os dados:
      | dado               | valor      |
      | host_country       | BR         |
      | in_host_country    | sim        |
      | nationalities      | HT         |
      | naturalisations    | nenhuma    |
      | country_of_birth   | HT         |
      | age                | 30         |
      | entry_date         | 2024-05-15 |
      | criminal_record_5y | não        |
      | statuses           | nenhuma    |
    Quando as vias são avaliadas
    Então a via "br.haiti.humanitarian_residence" é "elegível"
    E a condição "haitian_national" da via "br.haiti.humanitarian_residence" está "cumprida"
    E a via "br.haiti.humanitarian_residence" pede primeiro "where_to_ask"
    E a via "br.haiti.humanitarian_residence" cita "Portaria Interministerial MJSP/MRE nº 37"
    E a via "br.mercosur.temporary" é "não elegível"
    E a condição "national" da via "br.mercosur.temporary" está "não cumprida"
    E a via "br.portaria19.temporary" é "não elegível"
    E a condição "bordering_national" da via "br.portaria19.temporary" está "não cumprida"

  Cenário: P23 (B) — o mesmo haitiano avaliado em 2026-01-15: a renovação depois de 31/12/2024 não está confirmada
    Dado a data de avaliação "2026-01-15"
    E uma pessoa com os dados:
      | dado               | valor      |
      | host_country       | BR         |
      | in_host_country    | sim        |
      | nationalities      | HT         |
      | naturalisations    | nenhuma    |
      | country_of_birth   | HT         |
      | age                | 31         |
      | entry_date         | 2024-05-15 |
      | criminal_record_5y | não        |
      | statuses           | nenhuma    |
    Quando as vias são avaliadas
    Então a via "br.haiti.humanitarian_residence" é "indeterminada"
    E a condição "renewed_after_2024" da via "br.haiti.humanitarian_residence" está "desconhecida"
    E a condição "haitian_national" da via "br.haiti.humanitarian_residence" está "cumprida"
    E a via "br.haiti.humanitarian_residence" aponta um ponto não confirmado
    E a via "br.mercosur.temporary" é "não elegível"
    E a via "br.portaria19.temporary" é "não elegível"
    E a condição "bordering_national" da via "br.portaria19.temporary" está "não cumprida"

  Cenário: P22 — venezuelana de 16 anos em Boa Vista, só com passaporte vencido: Portaria 19 sim, MERCOSUL não
    Dado a data de avaliação "2026-01-15"
    E uma pessoa com os dados:
      | dado                 | valor      |
      | host_country         | BR         |
      | in_host_country      | sim        |
      | nationalities        | VE         |
      | naturalisations      | nenhuma    |
      | country_of_birth     | VE         |
      | age                  | 16         |
      | entry_date           | 2025-06-15 |
      | has_passport         | sim        |
      | passport_expiry_date | 2023-08-01 |
      | has_id_card          | não        |
      | statuses             | nenhuma    |
    Quando as vias são avaliadas
    Então a via "br.portaria19.temporary" é "elegível"
    E a condição "identity_document" da via "br.portaria19.temporary" está "cumprida"
    E a condição "under_18" da via "br.portaria19.temporary" está "cumprida"
    E a condição "criminal_record" da via "br.portaria19.temporary" está "cumprida"
    E a via "br.mercosur.temporary" é "não elegível"
    E a condição "national" da via "br.mercosur.temporary" está "não cumprida"

  # ---------------------------------------------------------------------------
  # br.haiti.humanitarian_residence
  # ---------------------------------------------------------------------------

  Esquema do Cenário: Acolhida humanitária de haitianos — cada condição decide por si só, nas duas versões
    Dado a data de avaliação "<data>"
    E uma pessoa com os dados:
      | dado                    | valor           |
      | host_country            | BR              |
      | in_host_country         | <no_brasil>     |
      | nationalities           | <nacionalidade> |
      | br_stateless_from_haiti | <apatrida>      |
    Quando as vias são avaliadas
    Então a via "br.haiti.humanitarian_residence" é "<resultado>"
    E a condição "<condicao>" da via "br.haiti.humanitarian_residence" está "<estado>"

    Exemplos: até 31/12/2024 (Portaria 37/2023 em vigor)
      | data       | no_brasil | nacionalidade | apatrida | resultado    | condicao                        | estado       |
      | 2024-10-01 | sim       | HT            | não      | elegível     | haitian_national                | cumprida     |
      | 2024-10-01 | sim       | nenhuma       | sim      | elegível     | stateless_from_haiti            | cumprida     |
      | 2024-10-01 | sim       | VE            | não      | não elegível | haitian_or_stateless_from_haiti | não cumprida |
      | 2024-10-01 | sim       | VE            | não      | não elegível | stateless_from_haiti            | não cumprida |
      | 2024-10-01 | não       | HT            | não      | elegível     | haitian_national                | cumprida     |

    Exemplos: desde 01/01/2025 (renovação não confirmada: no máximo "indeterminada")
      | data       | no_brasil | nacionalidade | apatrida | resultado     | condicao                        | estado       |
      | 2026-01-15 | sim       | HT            | não      | indeterminada | haitian_national                | cumprida     |
      | 2026-01-15 | sim       | nenhuma       | sim      | indeterminada | stateless_from_haiti            | cumprida     |
      | 2026-01-15 | sim       | VE            | não      | não elegível  | haitian_or_stateless_from_haiti | não cumprida |
      | 2026-01-15 | sim       | VE            | não      | não elegível  | haitian_national                | não cumprida |
      | 2026-01-15 | não       | HT            | não      | indeterminada | haitian_national                | cumprida     |

  Esquema do Cenário: Acolhida humanitária de haitianos — vigência da Portaria 37/2023 (30/03/2023 a 31/12/2024)
    Dado a data de avaliação "<data>"
    E uma pessoa com os dados:
      | dado            | valor |
      | host_country    | BR    |
      | in_host_country | sim   |
      | nationalities   | HT    |
    Quando as vias são avaliadas
    Então a via "br.haiti.humanitarian_residence" é "<resultado>"

    Exemplos:
      | data       | resultado     |
      | 2023-03-29 | não elegível  |
      | 2023-03-30 | elegível      |
      | 2023-03-31 | elegível      |
      | 2024-12-30 | elegível      |
      | 2024-12-31 | elegível      |
      | 2025-01-01 | indeterminada |

  Cenário: Acolhida humanitária de haitianos — antes de 30/03/2023 a Portaria 37 ainda não existia
    Dado a data de avaliação "2023-03-29"
    E uma pessoa com os dados:
      | dado            | valor |
      | host_country    | BR    |
      | in_host_country | sim   |
      | nationalities   | HT    |
    Quando as vias são avaliadas
    Então a via "br.haiti.humanitarian_residence" é "não elegível"
    E a condição "in_force" da via "br.haiti.humanitarian_residence" está "não cumprida"

  Cenário: Acolhida humanitária de haitianos — sem saber se a pessoa está no Brasil: elegível, e onde pedir é o primeiro passo
    Dado a data de avaliação "2024-10-01"
    E uma pessoa com os dados:
      | dado          | valor |
      | host_country  | BR    |
      | nationalities | HT    |
    Quando as vias são avaliadas
    Então a via "br.haiti.humanitarian_residence" é "elegível"
    E a via "br.haiti.humanitarian_residence" pede primeiro "where_to_ask"
    E a via "br.haiti.humanitarian_residence" não tem a condição "in_brazil"

  Cenário: Acolhida humanitária de haitianos — venezuelano: tem nacionalidade, logo não é apátrida (não se pergunta): não elegível
    Dado a data de avaliação "2024-10-01"
    E uma pessoa com os dados:
      | dado            | valor |
      | host_country    | BR    |
      | in_host_country | sim   |
      | nationalities   | VE    |
    Quando as vias são avaliadas
    Então a via "br.haiti.humanitarian_residence" é "não elegível"
    E a condição "stateless_from_haiti" da via "br.haiti.humanitarian_residence" está "não cumprida"

  Cenário: Acolhida humanitária de haitianos — sem nenhuma nacionalidade, a pessoa diz se é apátrida vinda do Haiti
    Dado a data de avaliação "2024-10-01"
    E uma pessoa com os dados:
      | dado            | valor  |
      | host_country    | BR     |
      | in_host_country | sim    |
      | nationalities   | nenhuma |
    Quando as vias são avaliadas
    Então a via "br.haiti.humanitarian_residence" é "indeterminada"
    E falta o dado "br_stateless_from_haiti" para a via "br.haiti.humanitarian_residence"

  Cenário: Acolhida humanitária de haitianos — haitiano que se diz apátrida: respostas contraditórias são recusadas
    Dado a data de avaliação "2024-10-01"
    E uma pessoa com os dados:
      | dado                   | valor |
      | host_country           | BR    |
      | nationalities          | HT    |
      | br_stateless_from_haiti | sim  |
    Quando as vias são avaliadas
    Então os dados são recusados nomeando "br_stateless_from_haiti" e "nationalities"

  # ---------------------------------------------------------------------------
  # br.sao_paulo.crai
  # ---------------------------------------------------------------------------

  Esquema do Cenário: CRAI Oriana Jara — atende qualquer imigrante em São Paulo, qualquer que seja a situação migratória
    Dado a data de avaliação "<data>"
    E uma pessoa com os dados:
      | dado            | valor       |
      | host_country    | BR          |
      | city            | <cidade>    |
      | in_host_country | <no_brasil> |
      | nationalities   | HT          |
    Quando as vias são avaliadas
    Então a via "br.sao_paulo.crai" é "<resultado>"
    E a condição "<condicao>" da via "br.sao_paulo.crai" está "<estado>"

    Exemplos:
      | data       | cidade    | no_brasil | resultado     | condicao              | estado       |
      | 2026-01-15 | sao_paulo | sim       | elegível      | immigrant_any_status  | cumprida     |
      | 2026-01-15 | sao_paulo | não       | não elegível  | immigrant_any_status  | não cumprida |
      | 2026-01-15 | other     | sim       | não elegível  | in_city               | não cumprida |
      | 2026-01-15 | ?         | sim       | indeterminada | in_city               | desconhecida |
      | 2013-12-31 | sao_paulo | sim       | não elegível  | in_force              | não cumprida |
      | 2014-01-01 | sao_paulo | sim       | elegível      | immigrant_any_status  | cumprida     |
      | 2014-01-02 | sao_paulo | sim       | elegível      | immigrant_any_status  | cumprida     |

  Cenário: CRAI Oriana Jara — sem a cidade, o serviço fica indeterminado e pergunta a cidade
    Dado a data de avaliação "2026-01-15"
    E uma pessoa com os dados:
      | dado            | valor |
      | host_country    | BR    |
      | in_host_country | sim   |
    Quando as vias são avaliadas
    Então a via "br.sao_paulo.crai" é "indeterminada"
    E falta o dado "city" para a via "br.sao_paulo.crai"
    E a via "br.sao_paulo.crai" aponta um ponto não confirmado
