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
