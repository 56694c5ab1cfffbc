// Expectation tables for every value rule: input → canonical value or problem code.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { FieldKey } from '@/lib/fields/keys';
import { checkPerson, checkValue } from '@/lib/profile/validate';
import { iso7064Mod1110 } from '@/lib/profile/checks/de-tax-id';
import { nirKey } from '@/lib/profile/checks/fr-ids';
import { germanPensionCheckDigit } from '@/lib/profile/checks/de-social';

const now = new Date('2025-06-15T12:00:00Z');
type Row = [key: FieldKey, input: string, expected: string, country?: string];

// expected: "=VALUE" for a valid value stored as VALUE, otherwise the problem code.
const TABLE: Row[] = [
  // German Steuer-ID (python-stdnum de.idnr doctests)
  ['tax-id', '36 574 261 809', '=36574261809'],
  ['tax-id', '36574261890', 'de-tax-id-check-digit'],
  ['tax-id', '36554266806', 'de-tax-id-repetition'], // 5 and 6 both repeated
  ['tax-id', '01234567891', 'de-tax-id-leading-zero'],
  ['tax-id', '1234567890', 'tax-id-length'],
  ['tax-id', '12345678901x', 'tax-id-length'],
  // French numéro fiscal (python-stdnum fr.nif doctest)
  ['tax-id', '07 01 987 765 432', '=0701987765432'],
  ['tax-id', '4701987765432', 'fr-tax-id-first-digit'],
  // NIR (python-stdnum fr.nir doctests), Corsica 2A/2B
  ['social-security-number', '2 95 10 99 126 111 93', '=295109912611193'],
  ['social-security-number', '295109912611199', 'nir-key'],
  ['social-security-number', '253072B07300470', '=253072B07300470'],
  ['social-security-number', '253072A07300443', '=253072A07300443'],
  ['social-security-number', '253072C07300443', 'ssn-format'],
  // German Versicherungsnummer, VKVV § 2 (6): 65170839J003 → digits 6517083910 00, sum of digit sums 43 → 3
  ['social-security-number', '65 170839 J 00 3', '=65170839J003'],
  ['social-security-number', '65170839J004', 'de-ssn-check-digit'],
  ['social-security-number', '6517083900', 'ssn-format'],
  ['health-insurance-number', 'a123456789', '=A123456789'],
  ['health-insurance-number', '2 95 10 99 126 111 93', '=295109912611193'],
  ['health-insurance-number', '12345', 'health-insurance-number-format'],
  // IBAN / BIC (ibantools); DE89… is the ECBS example IBAN, FR76… the Banque de France example
  ['iban', 'de89 3704 0044 0532 0130 00', '=DE89370400440532013000'],
  ['iban', 'DE89370400440532013001', 'iban-checksum'],
  ['iban', 'DE8937040044053201300', 'iban-length'],
  ['iban', 'XX89370400440532013000', 'iban-country'],
  ['iban', 'FR14 2004 1010 0505 0001 3M02 606', '=FR1420041010050500013M02606'],
  ['bic', 'cobadeffxxx', '=COBADEFFXXX'],
  ['bic', 'COBADE', 'bic-format'],
  // Postal codes by address country
  ['postal-code', '10115', '=10115', 'DE'],
  ['postal-code', '1011', 'postal-de', 'DE'],
  ['postal-code', '00123', 'postal-de', 'DE'],
  ['postal-code', '75001', '=75001', 'FR'],
  ['postal-code', '20000', '=20000', 'FR'], // Ajaccio (Corsica keeps 20 in postal codes)
  ['postal-code', '97400', '=97400', 'FR'], // La Réunion
  ['postal-code', '96000', 'postal-fr', 'FR'],
  ['postal-code', '7500', 'postal-fr', 'FR'],
  ['postal-code', 'sw1a 1aa', '=SW1A 1AA', 'GB'],
  // Dates: ISO, German and French input; plausibility relative to `now`
  ['bday', '07.03.1984', '=1984-03-07'],
  ['bday', '07/03/1984', '=1984-03-07'],
  ['bday', '1984-03-07', '=1984-03-07'],
  ['bday', '31.02.1984', 'date-invalid'],
  ['bday', '2030-01-01', 'date-in-future'],
  ['bday', '1850-01-01', 'date-too-old'],
  ['bday', 'March 1984', 'date-format'],
  ['passport-expiry-date', '2031-01-01', '=2031-01-01'],
  ['passport-issue-date', '2026-01-01', 'date-in-future'],
  ['bday-day', '7', '=07'],
  ['bday-day', '32', 'day-range'],
  ['bday-month', '13', 'month-range'],
  ['bday-year', '1984', '=1984'],
  ['bday-year', '84', 'year-range'],
  // Choices, countries, contact, documents
  ['sex', 'female', '=female'],
  ['sex', 'weiblich', 'choice-unknown'],
  ['marital-status', 'civil-partnership', '=civil-partnership'],
  ['nationality', 'de', '=DE'],
  ['nationality', 'FRA', '=FR'],
  ['nationality', 'XZ', 'country-unknown'],
  ['email', 'lea@example.org', '=lea@example.org'],
  ['email', 'lea@example', 'email-format'],
  ['tel', '+49 (30) 123 45-67', '=+49 (30) 123 45-67'],
  ['tel', '12345', 'tel-format'],
  ['passport-number', 'c01x00t47', '=C01X00T47'],
  ['passport-number', 'C01X00T4?', 'document-number-format'],
  // Text
  ['given-name', '  Lea   Marie ', '=Lea Marie'],
  ['given-name', 'a\u0007b', 'control-characters'],
  ['given-name', 'x'.repeat(301), 'too-long'],
  ['given-name', '   ', '='],
];

describe('checkValue', () => {
  it.each(TABLE)('%s %j → %s', (key, input, expected, country) => {
    const result = checkValue(key, input, { now, country });
    if (expected.startsWith('=')) expect(result).toEqual({ ok: true, value: expected.slice(1) });
    else expect(result.ok ? 'valid' : result.problem.code).toBe(expected);
  });
});

describe('check digits', () => {
  it('ISO 7064 MOD 11,10 gives the Steuer-ID check digit of the BZSt example', () => {
    expect(iso7064Mod1110('3657426180')).toBe(9);
  });

  it('a Steuer-ID with a changed check digit is refused (any digit rule-conforming number)', () => {
    // Ten digits where exactly one digit occurs twice: a permutation of 9 distinct digits + one repeat.
    const tenDigits = fc.tuple(fc.shuffledSubarray([...'0123456789'], { minLength: 9, maxLength: 9 }), fc.nat(8))
      .map(([nine, i]) => [...nine, nine[i]!])
      .filter((d) => d[0] !== '0')
      .map((d) => d.join(''));
    fc.assert(fc.property(tenDigits, fc.integer({ min: 1, max: 9 }), (ten, delta) => {
      const check = iso7064Mod1110(ten);
      expect(checkValue('tax-id', `${ten}${check}`, { now }).ok).toBe(true);
      expect(checkValue('tax-id', `${ten}${(check + delta) % 10}`, { now }).ok).toBe(false);
    }));
  });

  it('NIR key: every key except the right one is refused, Corsica included', () => {
    fc.assert(fc.property(
      fc.constantFrom('1', '2'), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 1, max: 12 }),
      fc.constantFrom('75', '2A', '2B', '13'), fc.integer({ min: 1, max: 999 }), fc.integer({ min: 1, max: 999 }),
      (sex, yy, mm, dept, commune, order) => {
        const first13 = `${sex}${String(yy).padStart(2, '0')}${String(mm).padStart(2, '0')}${dept}${String(commune).padStart(3, '0')}${String(order).padStart(3, '0')}`;
        const key = nirKey(first13);
        expect(checkValue('social-security-number', `${first13}${String(key).padStart(2, '0')}`, { now }).ok).toBe(true);
        expect(checkValue('social-security-number', `${first13}${String((key % 97) + 1).padStart(2, '0')}`, { now }).ok).toBe(false);
      },
    ));
  });

  it('German pension number check digit follows VKVV § 2 (6)', () => {
    expect(germanPensionCheckDigit('65170839J00')).toBe(3);
  });
});

describe('checkPerson', () => {
  it('applies the address country to the postal code and compares passport dates', () => {
    const { values, problems } = checkPerson({
      id: 'applicant', role: 'applicant', label: '',
      values: { 'country': 'fr', 'postal-code': '1011', 'bday': '1990-01-01', 'passport-issue-date': '2020-05-01', 'passport-expiry-date': '2019-05-01' },
    }, now);
    expect(problems).toEqual({ 'postal-code': { code: 'postal-fr' }, 'passport-expiry-date': { code: 'expiry-before-issue' } });
    expect(values.country).toBe('FR');
    expect(values['postal-code']).toBe('1011'); // kept as typed: nothing the user typed is lost
  });

  it('drops values that are empty', () => {
    expect(checkPerson({ id: 'applicant', role: 'applicant', label: '', values: { city: '  ' } }, now)).toEqual({ values: {}, problems: {} });
  });
});
