// German Steuerliche Identifikationsnummer (§ 139b AO): 11 digits, no leading zero.
// - Digit rule (BZSt, as implemented by python-stdnum de.idnr): among the first 10 digits exactly one
//   digit occurs twice or three times, every other digit at most once.
// - Check digit: ISO/IEC 7064 MOD 11,10 over the first 10 digits.
import { invalid, valid, type ValueCheck } from './problems';

/** ISO/IEC 7064 MOD 11,10 check digit of a string of digits (pure recursive method of the standard). */
export function iso7064Mod1110(digits: string): number {
  let product = 10;
  for (const ch of digits) {
    let sum = (Number(ch) + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = 11 - product;
  return check === 10 ? 0 : check;
}

/** `digits` is 11 digits already (the caller dispatches on length). */
export function checkGermanTaxId(digits: string): ValueCheck {
  if (digits.startsWith('0')) return invalid('de-tax-id-leading-zero');
  const counts = new Map<string, number>();
  for (const ch of digits.slice(0, 10)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  const repeated = [...counts.values()].filter((n) => n > 1);
  if (repeated.length !== 1 || (repeated[0] !== 2 && repeated[0] !== 3)) return invalid('de-tax-id-repetition');
  if (iso7064Mod1110(digits.slice(0, 10)) !== Number(digits[10])) return invalid('de-tax-id-check-digit');
  return valid(digits);
}
