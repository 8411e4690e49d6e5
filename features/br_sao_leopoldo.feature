# language: pt
Funcionalidade: Curso de Português como Língua de Acolhimento (PLAc) de São Leopoldo (revisão §B.1, item B1-49)
  Como mantenedor do conteúdo das cidades
  Quero que o curso PLAc de São Leopoldo, cujo certificado serve como prova de português para a naturalização,
  apareça para toda pessoa migrante ou refugiada que mora em São Leopoldo, sem perguntar a situação migratória,
  desde 2021; outra cidade não, e sem a cidade a resposta fica indeterminada.

  Esquema do Cenário: br.sao_leopoldo.plac — em sao_leopoldo, qualquer que seja a situação; outra cidade não; sem dado, indeterminada; desde 2021-01-01
    Dado a data de avaliação "<data>"
    E uma pessoa com os dados:
      | dado            | valor       |
      | host_country    | BR          |
      | city            | <cidade>    |
      | in_host_country | <no_brasil> |
      | nationalities   | VE          |
    Quando as vias são avaliadas
    Então a via "br.sao_leopoldo.plac" é "<resultado>"
    E a condição "<condicao>" da via "br.sao_leopoldo.plac" está "<estado>"

    Exemplos:
      | data       | cidade       | no_brasil | resultado     | condicao         | estado       |
      | 2026-12-07 | sao_leopoldo | sim       | elegível      | migrant_in_brazil | cumprida     |
      | 2026-12-07 | sao_leopoldo | não       | não elegível  | migrant_in_brazil | não cumprida |
      | 2026-12-07 | sao_leopoldo | ?         | indeterminada | migrant_in_brazil | desconhecida |
      | 2026-12-07 | other        | sim       | não elegível  | in_city           | não cumprida |
      | 2026-12-07 | ?            | sim       | indeterminada | in_city           | desconhecida |
      | 2020-12-31 | sao_leopoldo | sim       | não elegível  | in_force          | não cumprida |
      | 2021-01-01 | sao_leopoldo | sim       | elegível      | migrant_in_brazil | cumprida     |
      | 2021-01-02 | sao_leopoldo | sim       | elegível      | migrant_in_brazil | cumprida     |
