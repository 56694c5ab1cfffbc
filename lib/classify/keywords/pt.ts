// Portuguese wording, for the Portuguese pages of ../shared/corpus. Sources: Chromium's autofill
// regexes (autofill_regex_constants.h, Portuguese alternatives) and its structured-address test pages.
import type { KeywordRule } from './types';

export const PT_RULES: KeywordRule[] = [
  { key: 'full-name', re: /^nome$/, priority: 45, generic: true, source: 'Nome beside Sobrenome: Chromium NAME_FIRST' },
  { key: 'full-name', re: /\bnome completo\b/, source: 'Nome completo: Chromium NAME_FULL' },
  { key: 'family-name', re: /\bsobrenome\b|\bapelido\b/, source: 'Sobrenome (pt-BR), apelido (pt-PT): Chromium NAME_LAST' },
  { key: 'tel', re: /\btelefone\b|\bcelular\b|\btelemovel\b/, source: 'Telefone: Chromium PHONE' },
  { key: 'street-address', re: /\bendereco\b|\bmorada\b/, priority: 40, source: 'Endereço / morada: Chromium ADDRESS_LINE_1' },
  { key: 'street', re: /\brua\b|\blogradouro\b/, source: 'Rua / logradouro: Chromium ADDRESS_HOME_STREET_NAME' },
  { key: 'house-number', re: /\bnumero (da residencia|da casa|do predio)\b/, source: 'Número da residência: Chromium structured address pages' },
  { key: 'address-suffix', re: /\bcomplemento\b/, source: 'Complemento: Chromium ADDRESS_LINE_2' },
  { key: 'city', re: /\bcidade\b|\bmunicipio\b|\blocalidade\b/, source: 'Cidade: Chromium CITY' },
  { key: 'postal-code', re: /\bcep\b|\bcodigo postal\b/, source: 'CEP: Chromium ZIP_CODE' },
  { key: 'region', re: /\bestado\b|\bdistrito\b|\bprovincia\b/, source: 'Estado: Chromium STATE' },
  { key: 'bday', re: /\bdata de nascimento\b/, source: 'Data de nascimento' },
  { key: 'nationality', re: /\bnacionalidade\b/, source: 'Nacionalidade' },
  { key: null, re: /\bempresa\b|\bcartao\b|\bdata de validade\b|\bidentificacao do endereco\b/, source: 'Company, payment cards, address nicknames (Chromium structured address pages)' },
];
