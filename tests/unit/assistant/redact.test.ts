// Redaction of page text before it goes to the proxy: tables of what goes and what stays, the
// user's own values in the shapes pages write them, and properties over generated values.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PLACEHOLDERS, redactPageText } from '../../../lib/assistant/redact';

const redacted = (text: string, values: string[] = []) => redactPageText(text, values).text;

describe('value-like data goes, whoever it belongs to', () => {
  it.each([
    // IBAN (ISO 13616): grouped, solid, lower case
    ['Konto DE89 3704 0044 0532 0130 00 angeben', 'Konto [IBAN] angeben'],
    ['IBAN FR76 3000 6000 0112 3456 7890 189.', 'IBAN [IBAN].'],
    ['iban de89370400440532013000', 'iban [IBAN]'],
    // E-mail, plain and obfuscated
    ['Fragen an erika.mustermann@example.org.', 'Fragen an [E-MAIL].'],
    ['poststelle [at] amt-x [punkt] de', '[E-MAIL]'],
    // Phone numbers, DE and FR, national and international
    ['Tel. +49 30 1234567', 'Tel. [PHONE]'],
    ['Tel. 030/123 456-78', 'Tel. [PHONE]'],
    ['Tel. (030) 1234 5678', 'Tel. [PHONE]'],
    ['Tél. 01 23 45 67 89', 'Tél. [PHONE]'],
    ['Tél. +33 (0)1 23 45 67 89', 'Tél. [PHONE]'],
    ['Tel. 0049 171 2345678', 'Tel. [PHONE]'],
    // Tax numbers: Steuer-ID (11 digits, § 139b AO), numéro fiscal (13), Steuernummer
    ['Steuer-ID 12 345 678 901', 'Steuer-ID [TAX-ID]'],
    ['Steuer-ID 12345678901', 'Steuer-ID [TAX-ID]'],
    ['numéro fiscal 30 12 345 678 901', 'numéro fiscal [TAX-ID]'],
    ['numéro fiscal 3012345678901', 'numéro fiscal [TAX-ID]'],
    ['Steuernummer 21/815/08150', 'Steuernummer [TAX-ID]'],
    // Social security: NIR (15 and 13 characters, Corsica 2A/2B), Rentenversicherungsnummer
    ['NIR 1 85 05 78 006 084 36', 'NIR [SOCIAL-SECURITY-NUMBER]'],
    ['NIR 285052A006084', 'NIR [SOCIAL-SECURITY-NUMBER]'],
    ['RV-Nummer 65 170839 J 003', 'RV-Nummer [SOCIAL-SECURITY-NUMBER]'],
    // ID documents: German passport/ID card, French passport
    ['Reisepass C01X00T47', 'Reisepass [ID-NUMBER]'],
    ['Ausweis L01X00T478', 'Ausweis [ID-NUMBER]'],
    ['passeport 12AB34567', 'passeport [ID-NUMBER]'],
    // Dates in de/fr/en writing
    ['bis zum 31.12.2025', 'bis zum [DATE]'],
    ['am 7/3/84', 'am [DATE]'],
    ['am 1990-05-17', 'am [DATE]'],
    ['geboren am 17. Mai 1990', 'geboren am [DATE]'],
    ['né le 1er mai 1990', 'né le [DATE]'],
    ['born May 17, 1990', 'born [DATE]'],
    // Other long numbers (case numbers, old French CNI with 12 digits)
    ['Aktenzeichen 2024 0815 4711 99', 'Aktenzeichen [NUMBER]'],
    ['CNI 880692310285', 'CNI [NUMBER]'],
  ])('%j → %j', (input, output) => {
    expect(redacted(input)).toBe(output);
  });
});

describe('ordinary help text stays readable', () => {
  it.each([
    'Der Antrag ist 15 Tage vor Reiseantritt zu stellen (§ 139b AO, Anlage 1, Seite 2 von 3).',
    'Bitte geben Sie Ihre IBAN, Ihre Steuer-ID und Ihr Geburtsdatum an.',
    'Gebühr: 80 Euro, ermäßigt 40 Euro. Formular A1, Version 2.3.1.',
    'Indiquez votre numéro fiscal (13 chiffres) et votre date de naissance.',
    'Enter your passport number as printed on the data page.',
  ])('%j', (text) => {
    expect(redacted(text)).toBe(text);
  });
});

describe("the user's own values go, in the shapes a page writes them", () => {
  const values = ['Erika Mustermann-Gabler', 'Müller', 'Straße 5', 'DE89370400440532013000', '1990-05-17', '030 1234567', 'Dunkelgrün'];
  it.each([
    ['case and spacing', 'Frau ERIKA  mustermann gabler', 'Frau [VALUE]'],
    ['umlaut spelled out or dropped', 'Mueller, Muller, MÜLLER', '[VALUE], [VALUE], [VALUE]'],
    ['ß as ss', 'Strasse 5', '[VALUE]'],
    ['separators inside a number', 'IBAN de89-3704-0044-0532-0130-00', 'IBAN [VALUE]'],
    ['phone written solid', 'Tel 0301234567', 'Tel [VALUE]'],
    ['ISO date as the page prints it', 'geb. 17.5.1990 oder 17/05/1990', 'geb. [VALUE] oder [VALUE]'],
    ['a value that looks like no data', 'Lieblingsfarbe dunkelgrün.', 'Lieblingsfarbe [VALUE].'],
    ['decomposed umlauts on the page', 'Mu\u0308ller', '[VALUE]'],
  ])('%s', (_name, input, output) => {
    expect(redacted(input, values)).toBe(output);
  });

  it('leaves words that only contain a value', () => {
    expect(redacted('Müllerstraße und Annaberg', ['Müller', 'Anna'])).toBe('Müllerstraße und Annaberg');
  });

  it('takes the longest value first', () => {
    expect(redacted('Anna Maria kommt', ['Anna', 'Anna Maria'])).toBe('[VALUE] kommt');
  });

  it('ignores values of one character, which identify nobody', () => {
    expect(redacted('Anlage F, Zeile 1', ['F', '1', ' '])).toBe('Anlage F, Zeile 1');
  });

  it('does not rewrite placeholders an earlier pass wrote', () => {
    expect(redacted('[NAME] wohnt in [ADDRESS]', ['Name', 'Address'])).toBe('[NAME] wohnt in [ADDRESS]');
  });

  it('counts what it removed, by kind', () => {
    const result = redactPageText('Erika, DE89 3704 0044 0532 0130 00, 31.12.2025, a@b.de, 31.12.2026', ['Erika']);
    expect(result.removed).toEqual({ value: 1, iban: 1, date: 2, email: 1 });
  });

  it('has a placeholder for every kind', () => {
    for (const placeholder of Object.values(PLACEHOLDERS)) expect(placeholder).toMatch(/^\[[A-Z-]+\]$/);
  });
});

describe('properties', () => {
  const letters = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzäöüéè');
  const word = fc.array(letters, { minLength: 3, maxLength: 12 }).map((chars) => chars.join(''));
  const randomCase = (text: string, flips: boolean[]) =>
    [...text].map((c, i) => (flips[i % flips.length] ? c.toUpperCase() : c)).join('');

  it('an own name value never survives, in any case, between any words', () => {
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 3 }), word, word, fc.array(fc.boolean(), { minLength: 1 }), (nameWords, before, after, flips) => {
        const name = nameWords.join(' ');
        const page = `${before} ${randomCase(name, flips)} ${after}`;
        const out = redacted(page, [name]).toLowerCase();
        expect(out).toContain('[value]');
        expect(out.replace('[value]', '')).not.toContain(` ${name.toLowerCase()} `);
      }),
    );
  });

  it('an own number never survives, whatever separators the page puts between its digits', () => {
    const separator = fc.constantFrom('', '', ' ', '-', '.', '/', ' / ');
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 6, maxLength: 22 }), fc.array(separator, { minLength: 22, maxLength: 22 }), (digits, separators) => {
        const value = digits.join('');
        const printed = digits.map((d, i) => (i === 0 ? `${d}` : `${separators[i]}${d}`)).join('');
        const out = redacted(`Nummer: ${printed} (bitte prüfen)`, [value]);
        expect(out).toBe('Nummer: [VALUE] (bitte prüfen)');
      }),
    );
  });

  it('no IBAN printed in groups of four keeps a run of its digits', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 20, maxLength: 20 }), (digits) => {
        const iban = `DE${digits.join('')}`.replace(/(.{4})/g, '$1 ').trim();
        expect(redacted(`Bitte überweisen an ${iban} bis Monatsende`)).toBe('Bitte überweisen an [IBAN] bis Monatsende');
      }),
    );
  });
});
