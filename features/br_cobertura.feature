# language: pt
Funcionalidade: Cobertura das vias brasileiras: cada condição decide, num sentido e no outro
  Como mantenedor das regras do Brasil
  Quero, para cada versão de cada via, uma pessoa que cumpre todas as condições
  e um exemplo por condição em que só essa condição falha,
  Para que nenhuma condição das regras fique sem um cenário que a mostre decisiva.

  # ---------------------------------------------------------------------------
  # br.mercosur.temporary (versão de 2009-07-28)
  # ---------------------------------------------------------------------------

  Esquema do Cenário: Residência MERCOSUL: cada condição decide sozinha
    Dado a data de avaliação "2026-01-15"
    E uma pessoa com os dados:
      | dado                 | valor                 |
      | host_country         | BR                    |
      | nationalities        | <nacionalidade>       |
      | naturalisations      | nenhuma               |
      | in_host_country      | sim                   |
      | age                  | <idade>               |
      | has_passport         | <passaporte>          |
      | passport_expiry_date | <validade_passaporte> |
      | has_id_card          | <cedula>              |
      | id_card_expiry_date  | <validade_cedula>     |
      | criminal_record_5y   | <antecedentes>        |
      | mercosur_consular_nationality_certificate | não |
    Quando as vias são avaliadas
    Então a via "br.mercosur.temporary" é "<resultado>"
    E a condição "<condicao>" da via "br.mercosur.temporary" está "<estado>"

    Exemplos: uma pessoa que cumpre tudo (com passaporte, com cédula, ou menor de 18) e uma mudança por condição
      | nacionalidade | idade | passaporte | validade_passaporte | cedula | validade_cedula | antecedentes | resultado    | condicao             | estado       |
      | CO            | 30    | sim        | 2028-05-01          | não    | 2028-05-01      | não          | elegível     | valid_passport       | cumprida     |
      | CO            | 30    | não        | 2028-05-01          | sim    | 2028-05-01      | não          | elegível     | valid_id_card        | cumprida     |
      | CO            | 16    | sim        | 2028-05-01          | não    | 2028-05-01      | sim          | elegível     | under_18             | cumprida     |
      | HT            | 30    | sim        | 2028-05-01          | não    | 2028-05-01      | não          | não elegível | national             | não cumprida |
      | CO            | 30    | não        | 2028-05-01          | sim    | 2026-01-14      | não          | não elegível | has_passport         | não cumprida |
      | CO            | 30    | sim        | 2026-01-14          | não    | 2028-05-01      | não          | não elegível | passport_not_expired | não cumprida |
      | CO            | 30    | não        | 2028-05-01          | não    | 2028-05-01      | não          | não elegível | has_id_card          | não cumprida |
      | CO            | 30    | sim        | 2026-01-14          | sim    | 2026-01-14      | não          | não elegível | id_card_not_expired  | não cumprida |
      | CO            | 30    | sim        | 2028-05-01          | não    | 2028-05-01      | sim          | não elegível | no_criminal_record   | não cumprida |
      | CO            | 18    | sim        | 2028-05-01          | não    | 2028-05-01      | sim          | não elegível | under_18             | não cumprida |

  Esquema do Cenário: X-2 — o certificado de nacionalidade emitido pelo consulado substitui passaporte e cédula (Acordo art. 4(a))
    Dado a data de avaliação "2026-01-15"
    E uma pessoa com os dados:
      | dado                                      | valor      |
      | host_country                              | BR         |
      | nationalities                             | CO         |
      | naturalisations                           | nenhuma    |
      | in_host_country                           | sim        |
      | age                                       | 30         |
      | has_passport                              | não        |
      | has_id_card                               | não        |
      | criminal_record_5y                        | não        |
      | mercosur_consular_nationality_certificate | <consular> |
    Quando as vias são avaliadas
    Então a via "br.mercosur.temporary" é "<resultado>"
    E a condição "consular_certificate" da via "br.mercosur.temporary" está "<estado>"

    Exemplos:
      | consular | resultado    | estado        |
      | sim      | elegível     | cumprida      |
      | não      | não elegível | não cumprida  |
      | ?        | indeterminada | desconhecida |

  Esquema do Cenário: BR-1 — criança que entrou no Brasil com menos de 9 anos usa a certidão de nascimento (Portaria 19)
    Dado a data de avaliação "2026-12-01"
    E uma pessoa com os dados:
      | dado                  | valor        |
      | host_country          | BR           |
      | nationalities         | VE           |
      | in_host_country       | sim          |
      | birth_date            | <nascimento> |
      | entry_date            | <entrada>    |
      | has_passport          | não          |
      | has_id_card           | não          |
      | has_birth_certificate | <certidao>   |
    Quando as vias são avaliadas
    Então a via "br.portaria19.temporary" é "<resultado>"
    E a condição "<condicao>" da via "br.portaria19.temporary" está "<estado>"

    Exemplos: faz 9 anos em 10/03/2024, o dia da entrada
      | nascimento | entrada    | certidao | resultado     | condicao                | estado       |
      | 2019-05-01 | 2024-03-10 | sim      | elegível      | child_birth_certificate | cumprida     |
      | 2015-03-10 | 2024-03-09 | sim      | elegível      | entered_under_9         | cumprida     |
      | 2015-03-10 | 2024-03-10 | sim      | não elegível  | entered_under_9         | não cumprida |
      | 2015-03-10 | 2024-03-11 | sim      | não elegível  | entered_under_9         | não cumprida |
      | 2019-05-01 | 2024-03-10 | não      | não elegível  | has_birth_certificate   | não cumprida |
      | 2019-05-01 | 2024-03-10 | ?        | indeterminada | has_birth_certificate   | desconhecida |
      | 2019-05-01 | ?          | sim      | indeterminada | entered_under_9         | desconhecida |

  Cenário: Entregável 6 — a um adulto que entrou no Brasil com 30 anos não se pergunta pela certidão de nascimento
    Dado a data de avaliação "2026-12-01"
    E uma pessoa com os dados:
      | dado               | valor      |
      | host_country       | BR         |
      | nationalities      | VE         |
      | in_host_country    | sim        |
      | birth_date         | 1990-01-01 |
      | entry_date         | 2020-06-01 |
      | has_passport       | não        |
      | has_id_card        | não        |
      | criminal_record_5y | não        |
    Quando as vias são avaliadas
    Então a via "br.portaria19.temporary" é "não elegível"
    E não falta o dado "has_birth_certificate" para a via "br.portaria19.temporary"

  Cenário: BR-1 — caso do apêndice: criança venezuelana de 7 anos sem passaporte nem cédula, sem resposta sobre a certidão
    Dado a data de avaliação "2026-12-01"
    E uma pessoa com os dados:
      | dado               | valor      |
      | host_country       | BR         |
      | nationalities      | VE         |
      | in_host_country    | sim        |
      | birth_date         | 2019-05-01 |
      | entry_date         | 2024-03-10 |
      | has_passport       | não        |
      | has_id_card        | não        |
    Quando as vias são avaliadas
    Então a via "br.portaria19.temporary" é "indeterminada"
    E falta o dado "has_birth_certificate" para a via "br.portaria19.temporary"
