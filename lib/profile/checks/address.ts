// Postal codes by the country of the address.
// - DE: 5 digits (Deutsche Post, PLZ since 1993); the regions 01–99, "00" is not assigned.
// - FR: 5 digits, the first two the département (01–95, Corsica 20) or 97/98 overseas (La Poste,
//   "code postal"); "00" and 96 are not assigned.
// Other countries: letters, digits, spaces and dashes, 2–10 characters (UPU addressing S42 range).
import { invalid, valid, type ValueCheck } from './problems';

export function checkPostalCode(raw: string, country: string | undefined): ValueCheck {
  const code = raw.replace(/\s+/g, ' ').trim().toUpperCase();
  if (country === 'DE') {
    return /^\d{5}$/.test(code) && !code.startsWith('00') ? valid(code) : invalid('postal-de');
  }
  if (country === 'FR') {
    const dept = Number(code.slice(0, 2));
    const ok = /^\d{5}$/.test(code) && ((dept >= 1 && dept <= 95) || dept === 97 || dept === 98);
    return ok ? valid(code) : invalid('postal-fr');
  }
  return /^[A-Z0-9][A-Z0-9 -]{0,8}[A-Z0-9]$/.test(code) ? valid(code) : invalid('postal-format');
}

/** One @, something before it, a dotted domain after it; the form's own server does the rest. */
export function checkEmail(raw: string): ValueCheck {
  const email = raw.trim();
  return /^[^\s@]+@[^\s@]+\.[^\s@.]{2,}$/.test(email) ? valid(email) : invalid('email-format');
}

/** Phone numbers as people write them: +, digits, spaces, dashes, slashes, dots, brackets; 6–15 digits (ITU-T E.164). */
export function checkTel(raw: string): ValueCheck {
  const tel = raw.replace(/\s+/g, ' ').trim();
  const digits = tel.replace(/\D/g, '').length;
  const ok = /^\+?[\d\s()./-]+$/.test(tel) && digits >= 6 && digits <= 15;
  return ok ? valid(tel) : invalid('tel-format');
}

/**
 * Passport and identity card numbers: the machine-readable zone alphabet (ICAO Doc 9303: A–Z, 0–9),
 * 6–12 characters. German documents use 9 characters of a reduced alphabet, French passports
 * 2 digits + 2 letters + 5 digits; both fit.
 */
export function checkDocumentNumber(compact: string): ValueCheck {
  return /^[A-Z0-9]{6,12}$/.test(compact) ? valid(compact) : invalid('document-number-format');
}
