// Anything in page text that looks like someone's data, whoever it belongs to: a portal may echo
// the citizen's own entries into its help ("Ihr Konto DE89 …"), and examples may be real people's.
// Applied in this order, each to the result of the one before; placeholders contain no digits or
// "@", so a later pattern never eats an earlier placeholder. Over-removal is accepted: an example
// date lost from a help text costs less than a person's data sent away.

export interface GenericPattern {
  name: string;
  pattern: RegExp;
  placeholder: string;
}

const B = '(?<![\\p{L}\\p{N}])'; // not inside a word or number
const E = '(?![\\p{L}\\p{N}])';

// Month names of de/fr/en (CLDR wide and abbreviated), as pages write them, accents optional.
const MONTH_NAMES =
  'januar|jänner|janvier|january|februar|février|fevrier|february|märz|maerz|mars|march|april|avril|mai|may|juni|juin|june|juli|juillet|july|august|août|aout|september|septembre|oktober|octobre|october|november|novembre|dezember|décembre|decembre|december|' +
  'jan|feb|febr|mrz|apr|avr|jun|jul|juil|aug|sep|sept|okt|oct|nov|dez|déc|dec';

export const GENERIC_PATTERNS: readonly GenericPattern[] = [
  // RFC 5322 addresses as people write them (local part, "@", a domain with a dot).
  { name: 'email', pattern: new RegExp(`[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}`, 'gu'), placeholder: '[E-MAIL]' },
  // ISO 13616 IBAN: country, check digits, 11–30 characters, printed in groups of four (upper case).
  { name: 'iban', pattern: new RegExp(`${B}[A-Z]{2}\\d{2}(?:[ \\u00A0]?[A-Z0-9]{4}){2,7}(?:[ \\u00A0]?[A-Z0-9]{1,4})?${E}`, 'gu'), placeholder: '[IBAN]' },
  // Dates: 07.03.1984, 7/3/84, 1984-03-07, 7. März 1984, 1er mars 1984, March 7, 1984.
  { name: 'date-numeric', pattern: new RegExp(`${B}\\d{1,2}\\s?[./-]\\s?\\d{1,2}\\s?[./-]\\s?(?:\\d{4}|\\d{2})${E}`, 'gu'), placeholder: '[DATE]' },
  { name: 'date-iso', pattern: new RegExp(`${B}\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}${E}`, 'gu'), placeholder: '[DATE]' },
  { name: 'date-written', pattern: new RegExp(`${B}\\d{1,2}(?:\\.|er|st|nd|rd|th)?\\s*(?:${MONTH_NAMES})\\.?\\s*,?\\s*\\d{4}${E}`, 'giu'), placeholder: '[DATE]' },
  { name: 'date-written-en', pattern: new RegExp(`${B}(?:${MONTH_NAMES})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s*\\d{4}${E}`, 'giu'), placeholder: '[DATE]' },
  // Phone numbers, international (+49 30 …, 0049 …, +49 (0)30 …) and national (030 1234567, 030/123-45).
  { name: 'phone-international', pattern: new RegExp(`(?<![\\p{L}\\p{N}+])(?:\\+|00)\\d{1,3}(?:[\\s\\-/.]?\\(0\\))?(?:[\\s\\-/.]?\\d){6,14}${E}`, 'gu'), placeholder: '[PHONE]' },
  { name: 'phone-national', pattern: new RegExp(`${B}0\\d{2,5}(?:\\s?[-/]\\s?|\\s)\\d(?:[\\s-]?\\d){3,10}${E}`, 'gu'), placeholder: '[PHONE]' },
  // DE Rentenversicherungsnummer: area, birth date, initial, serial (§ 147 SGB VI), e.g. 65 170839 J 003.
  { name: 'de-social-security', pattern: new RegExp(`${B}\\d{2}\\s?\\d{6}\\s?[A-Z]\\s?\\d{3}${E}`, 'gu'), placeholder: '[ID]' },
  // FR NIR (numéro de sécurité sociale): sex, year, month, department (2A/2B), commune, order, key.
  { name: 'fr-nir', pattern: new RegExp(`${B}[12]\\s?\\d{2}\\s?\\d{2}\\s?(?:\\d{2}|2A|2B)\\s?\\d{3}\\s?\\d{3}(?:\\s?\\d{2})?${E}`, 'gu'), placeholder: '[ID]' },
  // Passport, ID card, residence permit and case numbers: letters and at least two digits, 6–20 long
  // (German passports: 9 characters of [CFGHJKLMNPRTVWXYZ0-9], PassV Anlage; French: 2 digits, 2 letters, 5 digits).
  { name: 'document-number', pattern: new RegExp(`${B}(?=[A-Z0-9]*\\d[A-Z0-9]*\\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{6,20}${E}`, 'gu'), placeholder: '[ID]' },
  // Tax ids, Steuernummern, customer and account numbers: six or more digits, grouped or not
  // (Steuer-ID 11 digits, § 139b AO; Steuernummer 12/345/67890; numéro fiscal 13 digits).
  { name: 'number', pattern: new RegExp(`${B}\\d(?:[ ./-]?\\d){5,}${E}`, 'gu'), placeholder: '[NUMBER]' },
];
