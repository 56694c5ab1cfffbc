// Phone numbers as each control expects them. The profile keeps the number as the citizen typed it
// ("+49 30 1234567", "030 1234567", "06 12 34 56 78"); the control says what it wants by its
// placeholder ("+49…", "0049…", "0…"), a digits-only pattern, or its maxlength.
import type { FieldSnapshot } from '../fields/snapshot';
import type { Lang } from '../portals/types';

/** ITU-T E.164 country calling codes of the countries the forms deal with most, with their trunk prefix "0". */
const CALLING_CODES: Record<string, string> = {
  '49': 'DE', '33': 'FR', '43': 'AT', '41': 'CH', '352': 'LU', '32': 'BE', '31': 'NL', '39': 'IT',
  '34': 'ES', '351': 'PT', '48': 'PL', '45': 'DK', '420': 'CZ', '44': 'GB', '353': 'IE', '90': 'TR', '1': 'US',
};
const CODE_OF: Record<string, string> = Object.fromEntries(Object.entries(CALLING_CODES).map(([code, c]) => [c, code]));
/** Countries whose national numbers start with the trunk prefix 0 (ITU-T E.164 national annexes). */
const TRUNK_ZERO = new Set(['DE', 'FR', 'AT', 'CH', 'BE', 'NL', 'GB', 'IE', 'TR', 'PL']);
/** The country a form in this language is for (the planner's forms are German and French). */
const FORM_COUNTRY: Record<Lang, string | undefined> = { de: 'DE', fr: 'FR', en: undefined };

export interface ParsedPhone {
  /** Country calling code, e.g. "49"; undefined when neither the number nor the context says. */
  code?: string;
  /** National significant number, digits only, without the trunk 0. */
  national: string;
}

export function parsePhone(typed: string, homeCountry: string | undefined): ParsedPhone | null {
  const compact = typed.replace(/[\s()./-]/g, '');
  if (!/^(\+|00)?\d{4,17}$/.test(compact)) return null;
  const international = compact.startsWith('+') ? compact.slice(1) : compact.startsWith('00') ? compact.slice(2) : null;
  if (international !== null) {
    for (const len of [3, 2, 1]) {
      const code = international.slice(0, len);
      if (CALLING_CODES[code]) return { code, national: international.slice(len).replace(/^0/, '') };
    }
    return { national: international };
  }
  const country = homeCountry?.toUpperCase();
  const code = country ? CODE_OF[country] : undefined;
  return { code, national: country && TRUNK_ZERO.has(country) ? compact.replace(/^0/, '') : compact };
}

export type PhoneStyle = 'as-typed' | 'plus' | 'double-zero' | 'national' | 'digits';

/** The style a control asks for, from its placeholder or pattern. */
export function phoneStyleFor(field: FieldSnapshot): PhoneStyle {
  const placeholder = (field.labels.find((l) => l.source === 'placeholder')?.text ?? '').trim();
  if (/^\+\s?\d/.test(placeholder)) return 'plus';
  if (/^00\d/.test(placeholder)) return 'double-zero';
  if (/^0\d/.test(placeholder)) return 'national';
  const pattern = field.pattern?.trim() ?? '';
  // Patterns of digits only: "[0-9]*", "\d+", "[0-9]{6,15}".
  if (/^\^?(\\d|\[0-9\])(\*|\+|\{\d+(,\d*)?\})\$?$/.test(pattern)) return 'digits';
  return 'as-typed';
}

/** The number in `style`, or null when it cannot be written that way (a foreign number as "national"). */
export function formatPhone(typed: string, style: PhoneStyle, homeCountry: string | undefined, lang: Lang): string | null {
  if (style === 'as-typed') return typed.trim();
  const parsed = parsePhone(typed, homeCountry);
  if (!parsed) return null;
  const formCountry = FORM_COUNTRY[lang];
  const domestic = parsed.code !== undefined && formCountry !== undefined && CALLING_CODES[parsed.code] === formCountry;
  const trunk = parsed.code && TRUNK_ZERO.has(CALLING_CODES[parsed.code] ?? '') ? '0' : '';
  const national = `${trunk}${parsed.national}`;
  switch (style) {
    case 'plus':
      return parsed.code ? `+${parsed.code}${parsed.national}` : null;
    case 'double-zero':
      return parsed.code ? `00${parsed.code}${parsed.national}` : null;
    case 'national':
      if (domestic) return national;
      return parsed.code ? `00${parsed.code}${parsed.national}` : null;
    case 'digits':
      if (parsed.code === undefined) return parsed.national;
      return domestic ? national : `00${parsed.code}${parsed.national}`;
  }
}

/** The number written without spaces, for a control whose maxlength is shorter than the typed form. */
export function compactPhone(typed: string): string {
  return typed.replace(/[\s()./-]/g, '');
}
