// The user's own values leave the page text in every shape a page writes them (case, accents,
// spelled-out umlauts, grouping, national/international phone, written-out dates), for every person
// of the household; ordinary help text and the form's own vocabulary stay as they are.
import { describe, expect, it } from 'vitest';
import { foldText } from '@/lib/assistant/fold';
import { ownValuesOf, redactorFor } from '@/lib/assistant/redact-profile';
import { findLeaks } from '../vault/encodings';
import { SECRETS, TEST_PROFILE, WRITTEN_FORMS } from './profile';

const redact = redactorFor(ownValuesOf(TEST_PROFILE));

/** Letters and digits only, folded: "DE89 3704…" and "de89-3704…" both become "de893704…". */
const skeleton = (text: string) => foldText(text).replace(/[^\p{L}\p{N}]/gu, '');

describe('own values in every written form', () => {
  const cases = Object.entries(WRITTEN_FORMS).flatMap(([value, forms]) => forms.map((form) => [value, form] as const));
  it.each(cases)('%s written as "%s" is removed', (value, form) => {
    for (const sentence of [`Hinweis: ${form} bitte prüfen.`, `${form}`, `(${form})`, `Ihre Angabe „${form}“ ist gespeichert.`]) {
      const out = redact(sentence);
      expect(findLeaks(out, [value, form]), out).toEqual([]);
      expect(skeleton(out)).not.toContain(skeleton(form));
    }
  });

  it('covers every identifying value of the test profile', () => {
    expect(Object.keys(WRITTEN_FORMS).sort()).toEqual([...SECRETS].sort());
  });

  it('replaces values by a placeholder naming their kind', () => {
    expect(redact('Konto von Wendelgard Ottmann-Zöllner: DE89 3704 0044 0532 0130 00, geboren 14.08.1979 in Halberstadt.')).toBe(
      'Konto von [NAME] [NAME]: [IBAN], geboren [DATE] in [ADDRESS].',
    );
  });

  it('removes values hidden by invisible characters', () => {
    const out = redact('Konto DE89\u200B3704\u00AD0044 0532 0130 00 von Wendel\u200Dgard');
    expect(skeleton(out)).not.toContain('de89370400440532013000');
    expect(out).not.toContain('Wendel');
  });
});

describe('what stays', () => {
  it.each([
    'Bitte geben Sie Ihren Familiennamen so an, wie er im Reisepass steht.',
    'Le numéro de passeport figure en page 2 de votre passeport.', // nationality "DE" must not eat "de"
    'Geben Sie das Datum im Format TT.MM.JJJJ an.',
    'Wählen Sie weiblich, männlich oder divers.',
    'Enter the name of the city where you were born, female or male applicants alike.', // sex "female" is vocabulary
    'Die Frist beträgt 14 Tage.',
  ])('"%s" is unchanged', (text) => {
    expect(redact(text)).toBe(text);
  });

  it('keeps words that merely contain a value', () => {
    // "Halberstädter" is not "Halberstadt" as a word; a value is removed only as a whole word.
    expect(redact('Die Halberstädter Straßen')).toBe('Die Halberstädter Straßen');
  });
});

describe('without a profile', () => {
  it('still removes anything that looks like personal data', () => {
    const out = redactorFor([])('Schreiben Sie an erika@example.org oder überweisen Sie auf DE89 3704 0044 0532 0130 00.');
    expect(out).not.toContain('erika@example.org');
    expect(out).not.toContain('DE89');
  });
});
