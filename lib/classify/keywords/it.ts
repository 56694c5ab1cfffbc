// Italian wording, for the Italian pages of ../shared/corpus. Sources: Chromium's autofill regexes
// (autofill_regex_constants.h, Italian alternatives) and its i18n_it test page.
import type { KeywordRule } from './types';

export const IT_RULES: KeywordRule[] = [
  { key: 'full-name', re: /^nome$/, priority: 45, generic: true, source: 'Nome beside Cognome: Chromium NAME_FIRST "nome"' },
  { key: 'full-name', re: /\bnome (e )?cognome\b|\bnome completo\b/, source: 'Nome e cognome: Chromium NAME_FULL' },
  { key: 'family-name', re: /\bcognome\b/, source: 'Cognome: Chromium NAME_LAST' },
  { key: 'tel', re: /\btelefono\b|\bcellulare\b/, source: 'Telefono: Chromium PHONE' },
  { key: 'street-address', re: /\bindirizzo\b/, priority: 40, source: 'Indirizzo: Chromium ADDRESS_LINE_1' },
  { key: 'address-suffix', re: /\bindirizzo 2\b/, source: 'Indirizzo 2: Chromium ADDRESS_LINE_2' },
  { key: 'street', re: /\bvia\b/, source: 'Via: street name' },
  { key: 'city', re: /\bcitta\b|\bcomune\b|\blocalita\b/, source: 'Città: Chromium CITY' },
  { key: 'postal-code', re: /\bcap\b|\bcodice postale\b/, source: 'CAP: Chromium ZIP_CODE' },
  { key: 'region', re: /\bprovincia\b|\bregione\b/, source: 'Provincia: Chromium STATE' },
  { key: 'country', re: /\bpaese\b|\bnazione\b/, source: 'Paese: Chromium COUNTRY' },
  { key: 'bday', re: /\bdata di nascita\b/, source: 'Data di nascita' },
  { key: 'birth-place', re: /\b(luogo|comune) di nascita\b/, source: 'Luogo di nascita' },
  { key: 'nationality', re: /\bnazionalita\b|\bcittadinanza\b/, source: 'Cittadinanza' },
  { key: 'sex', re: /\bsesso\b/, source: 'Sesso' },
  { key: null, re: /\bragione sociale\b|\bazienda\b|\bcarta\b|\btitolare\b|\bdata di scadenza\b/, source: 'Company and payment cards (Chromium i18n_it)' },
];
