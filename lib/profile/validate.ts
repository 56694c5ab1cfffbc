// Validation of profile values: pure, typed outcomes (never throws on user input). Each key is
// checked by the rule of its kind (./schema.ts VALUE_KINDS); the result is the canonical value to
// store or a problem that ./messages.ts explains. An empty value is valid and means "not known".
import countries from 'i18n-iso-countries';
import type { FieldKey } from '../fields/keys';
import { checkBic, checkIban } from './checks/bank';
import { checkDocumentNumber, checkEmail, checkPostalCode, checkTel } from './checks/address';
import { checkDate, checkDatePart, type DateRole } from './checks/dates';
import { checkGermanPensionNumber, looksLikeGermanHealthInsuranceNumber } from './checks/de-social';
import { checkGermanTaxId } from './checks/de-tax-id';
import { checkFrenchTaxNumber, checkNir, looksLikeNir } from './checks/fr-ids';
import { compactNumber, invalid, valid, type Problem, type ValueCheck } from './checks/problems';
import { MAX_VALUE_LENGTH, VALUE_KINDS } from './schema';
import { MARITAL_STATUS_VALUES, SEX_VALUES, type ProfilePerson } from './types';

export interface CheckContext {
  /** Today, for plausible dates (passed in so tests and the UI agree on it). */
  now: Date;
  /** ISO alpha-2 country of the person's address: decides the postal code rule. */
  country?: string;
}

const DATE_ROLES: Partial<Record<FieldKey, DateRole>> = {
  'bday': 'birth',
  'passport-issue-date': 'issue',
  'passport-expiry-date': 'expiry',
};

// C0/C1 control characters other than tab never belong in a form value (they break fields and logs).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/;

export function checkValue(key: FieldKey, raw: string, ctx: CheckContext): ValueCheck {
  const text = raw.trim();
  if (text === '') return valid('');
  if (text.length > MAX_VALUE_LENGTH) return invalid('too-long', { max: MAX_VALUE_LENGTH });
  if (CONTROL.test(text)) return invalid('control-characters');
  const kind = VALUE_KINDS[key];
  switch (kind) {
    case 'text':
    case 'tax-number': // formats differ by Land (13-digit ELSTER vs. 10/11-digit local forms): kept as typed
      return valid(text.replace(/\s+/g, ' '));
    case 'date':
      return checkDate(text, DATE_ROLES[key] ?? 'issue', ctx.now);
    case 'day':
    case 'month':
    case 'year':
      return checkDatePart(text, kind, ctx.now);
    case 'country':
      return checkCountry(text);
    case 'sex':
      return (SEX_VALUES as readonly string[]).includes(text) ? valid(text) : invalid('choice-unknown');
    case 'marital-status':
      return (MARITAL_STATUS_VALUES as readonly string[]).includes(text) ? valid(text) : invalid('choice-unknown');
    case 'email':
      return checkEmail(text);
    case 'tel':
      return checkTel(text);
    case 'postal-code':
      return checkPostalCode(text, ctx.country);
    case 'document-number':
      return checkDocumentNumber(compactNumber(text));
    case 'tax-id':
      return checkTaxId(compactNumber(text));
    case 'social-security-number':
      return checkSocialSecurityNumber(compactNumber(text));
    case 'health-insurance-number':
      return checkHealthInsurance(compactNumber(text));
    case 'iban':
      return checkIban(text);
    case 'bic':
      return checkBic(text);
  }
}

function checkCountry(text: string): ValueCheck {
  const upper = text.toUpperCase();
  if (/^[A-Z]{2}$/.test(upper) && countries.isValid(upper)) return valid(upper);
  const fromAlpha3 = /^[A-Z]{3}$/.test(upper) ? countries.alpha3ToAlpha2(upper) : undefined;
  return fromAlpha3 ? valid(fromAlpha3) : invalid('country-unknown');
}

/** DE Steuer-ID has 11 digits, the FR numéro fiscal 13: the length tells which rule applies. */
function checkTaxId(compact: string): ValueCheck {
  if (!/^\d+$/.test(compact) || (compact.length !== 11 && compact.length !== 13)) return invalid('tax-id-length');
  return compact.length === 11 ? checkGermanTaxId(compact) : checkFrenchTaxNumber(compact);
}

/** DE Versicherungsnummer (12, with a letter) or FR NIR (15). */
function checkSocialSecurityNumber(compact: string): ValueCheck {
  if (compact.length === 15) return checkNir(compact);
  return checkGermanPensionNumber(compact);
}

function checkHealthInsurance(compact: string): ValueCheck {
  if (looksLikeNir(compact)) return checkNir(compact);
  return looksLikeGermanHealthInsuranceNumber(compact) ? valid(compact) : invalid('health-insurance-number-format');
}

export type PersonProblems = Partial<Record<FieldKey, Problem>>;

/**
 * Checks every value of a person, including the rules that need two values (postal code by address
 * country, passport dates against each other and the birth date). Returns the canonical values and
 * the problems; a value with a problem is kept as typed in `values` so nothing the user typed is lost.
 */
export function checkPerson(person: ProfilePerson, now: Date): { values: ProfilePerson['values']; problems: PersonProblems } {
  const problems: PersonProblems = {};
  const values: ProfilePerson['values'] = {};
  const country = person.values.country ? checkCountry(person.values.country) : undefined;
  const ctx: CheckContext = { now, country: country?.ok ? country.value : undefined };
  for (const [key, raw] of Object.entries(person.values) as [FieldKey, string][]) {
    const result = checkValue(key, raw, ctx);
    if (result.ok) {
      if (result.value !== '') values[key] = result.value;
    } else {
      problems[key] = result.problem;
      values[key] = raw;
    }
  }
  const issue = problems['passport-issue-date'] ? undefined : values['passport-issue-date'];
  const expiry = problems['passport-expiry-date'] ? undefined : values['passport-expiry-date'];
  const bday = problems.bday ? undefined : values.bday;
  if (issue && expiry && expiry <= issue) problems['passport-expiry-date'] = { code: 'expiry-before-issue' };
  if (issue && bday && issue < bday) problems['passport-issue-date'] = { code: 'issue-before-birth' };
  return { values, problems };
}
