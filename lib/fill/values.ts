// The person's canonical value for a key, deriving what the profile does not hold directly
// (lib/profile/types.ts: full name, street + number and birthday parts are derived here).
import type { FieldKey } from '../fields/keys';
import type { ProfilePerson } from '../profile/types';
import type { Lang } from '../portals/types';

export interface StreetParts {
  street: string;
  houseNumber: string;
}

// A house number as written in DE/AT/CH/FR addresses: "12", "12a", "12 a", "12-14", "12/1",
// "3 bis", "5ter" (French répétition index, Article R. 2512-6 CGCT usage), with an optional letter.
const HOUSE_NUMBER = String.raw`\d+(?:\s*[a-zA-Z])?(?:\s*[-–/]\s*\d+(?:\s*[a-zA-Z])?)?(?:\s*(?:bis|ter|quater))?`;
// German order, number last: "Hauptstraße 12a", "Straße des 17. Juni 135".
const NUMBER_LAST = new RegExp(String.raw`^(.*?\S)[\s,]+(${HOUSE_NUMBER})$`, 'i');
// French order, number first: "12 bis rue de la Paix", "3, avenue Foch".
const NUMBER_FIRST = new RegExp(String.raw`^(${HOUSE_NUMBER})[\s,]+(\D.*)$`, 'i');

/** Splits a one-line street address into street and house number; null when no number is found. */
export function splitStreetAddress(address: string): StreetParts | null {
  const line = (address.split(/\r?\n/)[0] ?? '').trim().replace(/\s+/g, ' ');
  const last = NUMBER_LAST.exec(line);
  if (last?.[1] && last[2]) return { street: last[1].replace(/,$/, ''), houseNumber: last[2] };
  const first = NUMBER_FIRST.exec(line);
  if (first?.[1] && first[2]) return { street: first[2].trim(), houseNumber: first[1] };
  return null;
}

/** Countries whose addresses put the number before the street (Universal Postal Union address formats). */
const NUMBER_FIRST_COUNTRIES = new Set(['FR', 'LU', 'GB', 'IE', 'US', 'CA', 'AU']);

/** Joins street and number in the order of the address's country (else of the form's language). */
export function joinStreetAddress(street: string, houseNumber: string, country: string | undefined, lang: Lang): string {
  const numberFirst = country ? NUMBER_FIRST_COUNTRIES.has(country.toUpperCase()) : lang !== 'de';
  return numberFirst ? `${houseNumber} ${street}` : `${street} ${houseNumber}`;
}

export function isoDateParts(iso: string | undefined): { year: string; month: string; day: string } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  return m?.[1] && m[2] && m[3] ? { year: m[1], month: m[2], day: m[3] } : null;
}

/**
 * The person's value for `key` in canonical form (ISO dates, alpha-2 countries, enum values, text),
 * derived where the profile holds only the parts or only the whole. Undefined when unknown.
 */
export function canonicalValue(person: ProfilePerson, key: FieldKey, lang: Lang): string | undefined {
  const v = person.values;
  const own = v[key]?.trim();
  if (own) return own;
  switch (key) {
    case 'full-name': {
      const parts = [v['given-name'], v['family-name']].map((p) => p?.trim()).filter(Boolean);
      return parts.length === 2 ? parts.join(' ') : undefined;
    }
    case 'street-address': {
      const street = v.street?.trim();
      const number = v['house-number']?.trim();
      if (!street) return undefined;
      return number ? joinStreetAddress(street, number, v.country, lang) : street;
    }
    case 'street':
    case 'house-number': {
      const split = splitStreetAddress(v['street-address'] ?? '');
      if (!split) return undefined;
      return key === 'street' ? split.street : split.houseNumber;
    }
    case 'bday-day':
      return isoDateParts(v.bday)?.day;
    case 'bday-month':
      return isoDateParts(v.bday)?.month;
    case 'bday-year':
      return isoDateParts(v.bday)?.year;
    default:
      return undefined;
  }
}
