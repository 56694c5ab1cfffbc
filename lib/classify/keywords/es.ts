// Spanish wording, for the Spanish pages of ../shared/corpus (Formlotse's forms are German and
// French; these keep the classifier honest on forms it was not written for). Sources: Chromium's
// autofill regexes (components/autofill/core/common/autofill_regex_constants.h, Spanish
// alternatives) and the Mexican immigration form FMM (inm.gob.mx) in Chromium's test pages.
import type { KeywordRule } from './types';

const DOC = /pasaporte|documento/;

export const ES_RULES: KeywordRule[] = [
  { key: 'full-name', re: /^nombre ?s?$/, priority: 45, generic: true, source: 'Nombre(s) beside Apellido(s): Chromium NAME_FIRST "nombre", FMM' },
  { key: 'full-name', re: /\bnombre completo\b|\bnombre y apellidos?\b/, source: 'Nombre completo: Chromium NAME_FULL' },
  { key: 'family-name', re: /\b(primer |segundo )?apellidos?\b/, source: 'Apellido(s), primer / segundo apellido: Chromium NAME_LAST' },
  { key: 'email', re: /\bcorreo( electronico)?\b/, source: 'Correo electrónico: Chromium EMAIL, FMM' },
  { key: 'tel', re: /\btelefono\b|\bmovil\b|\bcelular\b/, source: 'Teléfono / móvil: Chromium PHONE' },
  { key: 'street-address', re: /\bdireccion\b|\bdomicilio\b/, priority: 40, source: 'Dirección / domicilio: Chromium ADDRESS_LINE_1' },
  { key: 'street', re: /\bcalle\b/, source: 'Calle: Chromium ADDRESS_HOME_STREET_NAME' },
  { key: 'address-suffix', re: /\bdireccion 2\b|\bpiso\b|\bapartamento\b/, source: 'Dirección 2, piso: Chromium ADDRESS_LINE_2' },
  { key: 'city', re: /\bciudad\b|\bpoblacion\b|\bmunicipio\b|\blocalidad\b/, source: 'Ciudad / población: Chromium CITY' },
  { key: 'postal-code', re: /\bcodigo postal\b/, source: 'Código postal: Chromium ZIP_CODE' },
  { key: 'region', re: /\bprovincia\b|\bestado\b|\bcomunidad autonoma\b/, source: 'Provincia / estado: Chromium STATE' },
  { key: 'country', re: /\bpais( de residencia)?\b/, source: 'País: Chromium COUNTRY' },
  { key: 'bday', re: /\bfecha (de )?nacimiento\b/, source: 'Fecha de nacimiento: FMM' },
  { key: 'birth-country', re: /\bpais (de )?nacimiento\b/, source: 'País de nacimiento: FMM' },
  { key: 'birth-place', re: /\blugar (de )?nacimiento\b/, source: 'Lugar de nacimiento' },
  { key: 'nationality', re: /\bnacionalidad\b/, source: 'Nacionalidad: FMM' },
  { key: 'sex', re: /\bsexo\b/, source: 'Sexo: FMM' },
  { key: 'marital-status', re: /\bestado civil\b/, source: 'Estado civil' },
  { key: 'occupation', re: /\bocupacion\b|\bprofesion\b/, source: 'Ocupación' },
  { key: 'passport-number', re: /\bnumero (de )?pasaporte\b/, source: 'Número de pasaporte: FMM' },
  { key: 'passport-issue-date', re: /\bfecha (de )?(expedicion|emision)\b/, context: DOC, source: 'Fecha de expedición: FMM (identity document block)' },
  { key: 'passport-expiry-date', re: /\bfecha (de )?(expiracion|vencimiento|caducidad)\b/, context: DOC, source: 'Fecha de expiración: FMM' },
  { key: null, re: /\bempresa\b|\bnombre de (la |el |del )?\w+\b|\btarjeta\b|\bcodigo de verificacion\b|\bcontrasena\b|\busuario\b/, source: 'Company, names of things, payment cards, login fields' },
  { key: null, re: /\bpais (de )?expedicion\b/, source: 'FMM: the issuing country of the document' },
];
