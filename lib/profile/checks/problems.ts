// The typed outcome of checking one value: either the canonical form to store, or a problem code
// (with parameters) that ../messages.ts turns into a sentence saying how to fix it.

export const PROBLEM_CODES = [
  'too-long',
  'control-characters',
  'date-format',
  'date-invalid',
  'date-in-future',
  'date-too-old',
  'expiry-before-issue',
  'issue-before-birth',
  'day-range',
  'month-range',
  'year-range',
  'country-unknown',
  'choice-unknown',
  'email-format',
  'tel-format',
  'postal-de',
  'postal-fr',
  'postal-format',
  'document-number-format',
  'tax-id-length',
  'de-tax-id-leading-zero',
  'de-tax-id-repetition',
  'de-tax-id-check-digit',
  'fr-tax-id-first-digit',
  'ssn-format',
  'de-ssn-check-digit',
  'nir-key',
  'health-insurance-number-format',
  'iban-country',
  'iban-length',
  'iban-format',
  'iban-checksum',
  'bic-format',
] as const;

export type ProblemCode = (typeof PROBLEM_CODES)[number];

export interface Problem {
  code: ProblemCode;
  /** Values the sentence mentions (a limit, a country code). */
  params?: Record<string, string | number>;
}

export type ValueCheck = { ok: true; value: string } | { ok: false; problem: Problem };

export const valid = (value: string): ValueCheck => ({ ok: true, value });
export const invalid = (code: ProblemCode, params?: Problem['params']): ValueCheck =>
  params ? { ok: false, problem: { code, params } } : { ok: false, problem: { code } };

/** Removes the separators people type in long numbers (spaces, dots, dashes, slashes). */
export function compactNumber(raw: string): string {
  return raw.replace(/[\s./-]/g, '').toUpperCase();
}
