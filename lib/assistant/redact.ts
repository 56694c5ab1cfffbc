// Redaction of page text before it goes to the assistant proxy (issue 8): anything value-like in a
// label or help text — IBANs, e-mail addresses, phone numbers, dates, tax, social security and ID
// document numbers — and every value of the user's own profile is replaced by a placeholder the
// model is told about ([IBAN], [VALUE], …). Over-redacting costs a little context; under-redacting
// leaks personal data, so every rule leans to the wide side. Pure: text and values in, text out.
//
// Rules run in order on the text as redacted so far; placeholders hold no digits and no '@', so no
// later rule touches them. Profile values go first, so they read [VALUE] whatever their shape.

export type RedactionKind = 'value' | 'iban' | 'email' | 'social-security' | 'tax-id' | 'id-number' | 'date' | 'phone' | 'number';

export const PLACEHOLDERS: Record<RedactionKind, string> = {
  value: '[VALUE]',
  iban: '[IBAN]',
  email: '[E-MAIL]',
  'social-security': '[SOCIAL-SECURITY-NUMBER]',
  'tax-id': '[TAX-ID]',
  'id-number': '[ID-NUMBER]',
  date: '[DATE]',
  phone: '[PHONE]',
  number: '[NUMBER]',
};

export interface Redaction {
  text: string;
  /** How many of each kind were replaced (kinds with none are absent). */
  removed: Partial<Record<RedactionKind, number>>;
}

interface Rule {
  kind: Exclude<RedactionKind, 'value'>;
  pattern: RegExp;
  /** A second look at a match the pattern alone cannot judge (e.g. counting digits). */
  accept?: (match: string) => boolean;
}

// Not inside a word or a number: the Unicode-aware \b that JavaScript's \b is not.
const START = '(?<![\\p{L}\\p{N}])';
const END = '(?![\\p{L}\\p{N}])';
// What people put between the digit groups of a number.
const GAP = '[ \\u00A0\\u202F./-]?';
const digitCount = (s: string) => s.replace(/\D/g, '').length;

const MONTHS = [
  // de (Duden), incl. Austrian "Jänner" and the usual abbreviations
  'Januar', 'Jänner', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember',
  'Jan', 'Feb', 'Mär', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Okt', 'Nov', 'Dez',
  // fr (Académie française)
  'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
  'janv', 'févr', 'avr', 'juil', 'sept', 'oct', 'déc',
  // en
  'January', 'February', 'March', 'May', 'June', 'July', 'October', 'December', 'Mar', 'Oct', 'Dec',
].join('|');

const RULES: Rule[] = [
  // IBAN: country code, two check digits, 11–30 alphanumerics, printed in groups of four or not
  // (ISO 13616-1:2020; DE has 22 characters, FR 27).
  { kind: 'iban', pattern: new RegExp(`${START}[A-Z]{2}\\d{2}(?:[ \\u00A0]?[A-Z0-9]{4}){2,7}(?:[ \\u00A0]?[A-Z0-9]{1,3})?${END}`, 'gu') },
  { kind: 'iban', pattern: new RegExp(`${START}[A-Z]{2}\\d{2}[A-Z0-9]{11,30}${END}`, 'giu') },
  // E-mail addresses (RFC 5322 local part, simplified), also obfuscated as "name [at] host [dot] de".
  { kind: 'email', pattern: /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu },
  {
    kind: 'email',
    pattern: /[\p{L}\p{N}._%+-]+\s*[[(]\s*(?:at|ät)\s*[\])]\s*[\p{L}\p{N}-]+(?:\s*[[(]\s*(?:dot|punkt|point)\s*[\])]\s*[\p{L}\p{N}-]+)+/giu,
  },
  // French NIR (numéro de sécurité sociale): sex 1/2 (7, 8 for provisional numbers), year, month
  // (01–12, or 20–99 when unknown), département (2 digits or 2A/2B), commune 3, order 3, key 2
  // (INSEE, "Le numéro d'inscription au répertoire"). Written "1 85 05 78 006 084 36" or solid.
  {
    kind: 'social-security',
    pattern: new RegExp(`${START}[1278] ?\\d{2} ?(?:0[1-9]|1[0-2]|[2-9]\\d) ?(?:\\d{2}|2[AB]) ?\\d{3} ?\\d{3}(?: ?\\d{2})?${END}`, 'giu'),
  },
  // German Rentenversicherungsnummer: area 2 digits, birth date DDMMYY, initial of the birth name,
  // serial 2 digits and a check digit (§ 147 SGB VI; e.g. "65 170839 J 003").
  { kind: 'social-security', pattern: new RegExp(`${START}\\d{2} ?\\d{6} ?[A-Z] ?\\d{3}${END}`, 'giu') },
  // French numéro fiscal (SPI): 13 digits starting 0–3 (impots.gouv.fr, "Où trouver mon numéro
  // fiscal"), printed "30 12 345 678 901" or solid.
  { kind: 'tax-id', pattern: new RegExp(`${START}[0-3]\\d${GAP}\\d{2}(?:${GAP}\\d{3}){3}${END}`, 'gu') },
  // (After the 13-digit numéro fiscal, whose last 11 digits would read as one.)
  // German Steuer-ID: 11 digits, the first not 0 (§ 139b AO), printed "12 345 678 901" or solid.
  { kind: 'tax-id', pattern: new RegExp(`${START}[1-9]\\d(?:${GAP}\\d{3}){3}${END}`, 'gu') },
  // German Steuernummer as the Länder print it: "12/345/67890", "123/456/78901", "21/815/08150".
  { kind: 'tax-id', pattern: new RegExp(`${START}\\d{2,3}/\\d{3,4}/\\d{4,5}${END}`, 'gu') },
  // ID documents: German Personalausweis and Reisepass serials are 9 characters of digits and the
  // letters CFGHJKLMNPRTVWXYZ (e.g. "C01X00T47", + check digit in the MRZ), French passports
  // "12AB34567", French CNI since 2021 9 alphanumerics. So: 9–10 upper-case letters and digits
  // with at least one of each.
  { kind: 'id-number', pattern: new RegExp(`${START}(?=[A-Z]*\\d)(?=\\d*[A-Z])[A-Z0-9]{9,10}${END}`, 'gu') },
  // Dates: 17.05.1990, 17/5/90, 1990-05-17, 17. Mai 1990, 1er mai 1990, May 17, 1990.
  { kind: 'date', pattern: new RegExp(`${START}\\d{4}-\\d{1,2}-\\d{1,2}${END}`, 'gu') },
  { kind: 'date', pattern: new RegExp(`${START}\\d{1,2}[./-]\\d{1,2}[./-](?:\\d{4}|\\d{2})${END}`, 'gu') },
  { kind: 'date', pattern: new RegExp(`${START}\\d{1,2}(?:er|\\.)? ?(?:${MONTHS})\\.? \\d{2,4}${END}`, 'giu') },
  { kind: 'date', pattern: new RegExp(`${START}(?:${MONTHS})\\.? \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}${END}`, 'giu') },
  // Phone numbers: international (+49, 0049, +33) or national with a trunk 0, in groups with
  // spaces, dots, slashes, dashes or brackets; 7 to 15 digits (ITU-T E.164 allows at most 15).
  {
    kind: 'phone',
    pattern: /(?<![\p{L}\p{N}+])(?:\+|00)?\(?\d[\d ()\u00A0./-]{5,22}\d(?![\p{L}\p{N}])/gu,
    accept: (m) => /^(?:\+|00|\(?0)/.test(m) && digitCount(m) >= 7 && digitCount(m) <= 15,
  },
  // Anything else with 8 or more digits: case numbers, customer numbers, old French CNI (12).
  { kind: 'number', pattern: new RegExp(`${START}\\d(?:${GAP}\\d){7,}${END}`, 'gu') },
];

// German transliteration (DIN 5007-2) and plain base letters, so "Müller" also finds "Mueller"
// and "Muller", and "Straße" finds "Strasse".
const FOLDS: Record<string, string> = { ä: 'ä|a|ae', ö: 'ö|o|oe', ü: 'ü|u|ue', ß: 'ß|ss' };
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

function letterPattern(char: string): string {
  const lower = char.toLowerCase();
  const fold = FOLDS[lower];
  if (fold) return `(?:${fold})`;
  const base = lower.normalize('NFD').replace(/\p{M}/gu, '');
  return base !== lower && base.length === 1 ? `(?:${escape(lower)}|${escape(base)})` : escape(char);
}

/** A pattern for one profile value: any case, any spacing, any separators inside numbers. */
function valuePattern(value: string): RegExp | undefined {
  const clean = value.normalize('NFC').trim().replace(/\s+/g, ' ');
  if ((clean.match(/[\p{L}\p{N}]/gu) ?? []).length < 2) return undefined; // one character is no identity
  let body: string;
  if (/\d/.test(clean)) {
    // Numbers and codes (IBAN, tax ID, phone, house number, dates): the characters in order, with
    // any separators between them, so "DE89 3704…" also finds "de89-3704…" and "DE893704…".
    const chars = [...clean.replace(/[\s./()-]/g, '')].map(letterPattern);
    body = chars.join('[\\s\\u00A0./()-]*');
    const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(clean);
    if (iso) {
      // An ISO date in the profile also appears as 17.05.1990, 17.5.1990 or 17/05/1990 on pages.
      const [, y, m, d] = iso;
      body = `(?:${body}|0?${Number(d)}[./-]0?${Number(m)}[./-]${y})`;
    }
  } else {
    body = clean
      .split(/[ -]+/)
      .map((word) => [...word].map(letterPattern).join(''))
      .join('[\\s\\u00A0-]+');
  }
  // Not inside a placeholder an earlier pass wrote ("[NAME]" stays, even for someone called Name).
  return new RegExp(`(?<!\\[)${START}${body}${END}(?!\\])`, 'giu');
}

export function redactPageText(text: string, profileValues: readonly string[]): Redaction {
  const removed: Partial<Record<RedactionKind, number>> = {};
  const count = (kind: RedactionKind) => (removed[kind] = (removed[kind] ?? 0) + 1);
  let out = text.normalize('NFC');

  // Longest first, so "Anna Maria" goes before "Anna" can split it.
  const values = [...new Set(profileValues)].sort((a, b) => b.length - a.length);
  for (const value of values) {
    const pattern = valuePattern(value);
    if (!pattern) continue;
    out = out.replace(pattern, () => {
      count('value');
      return PLACEHOLDERS.value;
    });
  }
  for (const rule of RULES) {
    out = out.replace(rule.pattern, (match) => {
      if (rule.accept && !rule.accept(match)) return match;
      count(rule.kind);
      return PLACEHOLDERS[rule.kind];
    });
  }
  return { text: out, removed };
}
