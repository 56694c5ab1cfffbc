// German social insurance numbers.
// - Versicherungsnummer (Rentenversicherung), VKVV § 2: area number (2 digits), birth date DDMMYY
//   (6), initial of the birth name (letter), serial (2), check digit (1) = 12 characters.
//   Check digit (VKVV § 2 Abs. 6): replace the letter by its two-digit position in the alphabet,
//   multiply the 12 digits by 2,1,2,5,7,1,2,1,2,1,2,1, add the digit sums of the products, mod 10.
// - Krankenversichertennummer (§ 290 SGB V): one letter and nine digits, the last a check digit by
//   the GKV-Spitzenverband's rules; we check the shape only (its check rule is not publicly specified
//   in a form we could cite).
import { invalid, valid, type ValueCheck } from './problems';

const RVNR_SHAPE = /^\d{8}[A-Z]\d{3}$/;
const RVNR_WEIGHTS = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1] as const;

export function looksLikeGermanPensionNumber(compact: string): boolean {
  return RVNR_SHAPE.test(compact);
}

export function germanPensionCheckDigit(first11: string): number {
  const letter = first11.charCodeAt(8) - 64; // A = 1
  const digits = `${first11.slice(0, 8)}${String(letter).padStart(2, '0')}${first11.slice(9, 11)}`;
  let sum = 0;
  for (let i = 0; i < 12; i++) {
    const product = Number(digits[i]) * RVNR_WEIGHTS[i]!;
    sum += Math.floor(product / 10) + (product % 10);
  }
  return sum % 10;
}

export function checkGermanPensionNumber(compact: string): ValueCheck {
  if (!looksLikeGermanPensionNumber(compact)) return invalid('ssn-format');
  if (germanPensionCheckDigit(compact.slice(0, 11)) !== Number(compact[11])) return invalid('de-ssn-check-digit');
  return valid(compact);
}

/** DE Krankenversichertennummer: one letter and nine digits. */
export function looksLikeGermanHealthInsuranceNumber(compact: string): boolean {
  return /^[A-Z]\d{9}$/.test(compact);
}
