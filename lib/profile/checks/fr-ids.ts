// French identifiers.
// - Numéro fiscal (SPI, numéro d'immatriculation fiscale): 13 digits, the first one 0, 1, 2 or 3
//   (impots.gouv.fr "Où trouver mon numéro fiscal"; python-stdnum fr.nif). No public check digit.
// - NIR (numéro de sécurité sociale, INSEE): 15 characters = sex (1), year (2), month (2),
//   department (2: digits, or 2A/2B for Corsica), commune (3), order (3), key (2).
//   key = 97 − (first 13 digits mod 97), where 2A counts as 19 and 2B as 18 (INSEE, "Clé de contrôle";
//   python-stdnum fr.nir).
import { invalid, valid, type ValueCheck } from './problems';

/** `digits` is 13 digits already. */
export function checkFrenchTaxNumber(digits: string): ValueCheck {
  if (!/^[0-3]/.test(digits)) return invalid('fr-tax-id-first-digit');
  return valid(digits);
}

const NIR_SHAPE = /^[1-478]\d{4}(\d{2}|2A|2B)\d{8}$/;

export function nirKey(first13: string): number {
  const dept = first13.slice(5, 7);
  const numeric = dept === '2A' ? `${first13.slice(0, 5)}19${first13.slice(7)}`
    : dept === '2B' ? `${first13.slice(0, 5)}18${first13.slice(7)}`
    : first13;
  return 97 - Number(BigInt(numeric) % 97n);
}

/** True when `compact` (no separators, upper case) has the shape of a NIR; its key is checked by checkNir. */
export function looksLikeNir(compact: string): boolean {
  return compact.length === 15 && NIR_SHAPE.test(compact);
}

export function checkNir(compact: string): ValueCheck {
  if (!looksLikeNir(compact)) return invalid('ssn-format');
  if (nirKey(compact.slice(0, 13)) !== Number(compact.slice(13))) return invalid('nir-key');
  return valid(compact);
}
