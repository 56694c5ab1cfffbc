// Every key of the vocabulary is explained in all four languages, every part non-empty, with an
// official https source; the examples match the formats the texts state.
import { isValidBIC, isValidIBAN } from 'ibantools';
import { describe, expect, it } from 'vitest';
import { KEY_TEXTS } from '../../../lib/explain';
import { KEY_SOURCES } from '../../../lib/explain/sources';
import { KEY_TEXT_PARTS } from '../../../lib/explain/types';
import { FIELD_KEYS, type FieldKey } from '../../../lib/fields/keys';

/** The four languages issue 4 requires; not read from KEY_TEXTS, so dropping one fails here. */
const REQUIRED_LANGS = ['de', 'en', 'fr', 'de-simple'] as const;

/** Hosts of laws and authorities; a source elsewhere is not "official". */
const OFFICIAL_HOSTS = [
  'www.gesetze-im-internet.de',
  'eur-lex.europa.eu',
  'www.bzst.de',
  'www.service-public.gouv.fr',
  'impots.gouv.fr',
  'www.impots.gouv.fr',
];

describe('key texts', () => {
  it.each(REQUIRED_LANGS)('%s explains every key with every part', (lang) => {
    const texts: Record<string, unknown> = KEY_TEXTS[lang] ?? {};
    const missing: string[] = [];
    for (const key of FIELD_KEYS) {
      const text = texts[key] as Record<string, unknown> | undefined;
      for (const part of KEY_TEXT_PARTS) {
        const value = text?.[part];
        if (typeof value !== 'string' || value.trim() === '') missing.push(`${key}.${part}`);
      }
    }
    expect(missing, `${lang} is missing or empty`).toEqual([]);
  });

  it.each(REQUIRED_LANGS)('%s has no key outside the vocabulary', (lang) => {
    const extra = Object.keys(KEY_TEXTS[lang]).filter((k) => !(FIELD_KEYS as readonly string[]).includes(k));
    expect(extra).toEqual([]);
  });

  it('no English or French text is a copy of the German one (a forgotten translation)', () => {
    const copies: string[] = [];
    for (const key of FIELD_KEYS) {
      for (const part of ['what', 'why', 'where', 'mistakes'] as const) {
        for (const lang of ['en', 'fr'] as const) {
          if (KEY_TEXTS[lang][key][part] === KEY_TEXTS.de[key][part]) copies.push(`${lang} ${key}.${part}`);
        }
      }
    }
    expect(copies).toEqual([]);
  });
});

describe('key sources', () => {
  it.each(FIELD_KEYS)('%s has official https sources', (key) => {
    const source = KEY_SOURCES[key];
    expect(source, key).toBeDefined();
    for (const url of [source.main, ...(source.more ?? [])]) {
      const parsed = new URL(url);
      expect(parsed.protocol, url).toBe('https:');
      expect(OFFICIAL_HOSTS, url).toContain(parsed.hostname);
    }
  });
});

// Examples must look like the real thing: a citizen compares their value with them.
const taxIdDe = (v: string) => {
  const d = v.replace(/\s/g, '');
  if (!/^[1-9]\d{10}$/.test(d)) return false;
  let product = 10; // ISO 7064 MOD 11,10, the check digit of § 139b AO numbers
  for (const c of d.slice(0, 10)) {
    let sum = (Number(c) + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  return (11 - product) % 10 === Number(d[10]);
};
const nir = (v: string) => {
  const d = v.replace(/\s/g, '');
  return /^\d{15}$/.test(d) && 97 - Number(BigInt(d.slice(0, 13)) % 97n) === Number(d.slice(13));
};
const EXAMPLE_CHECKS: Partial<Record<FieldKey, (example: string, lang: string) => boolean>> = {
  'iban': (v) => isValidIBAN(v.replace(/\s/g, '')),
  'bic': (v) => isValidBIC(v),
  'tax-id': (v, lang) => (lang === 'fr' ? /^\d{13}$/.test(v) : taxIdDe(v)),
  'id-card-number': (v) => /^[CFGHJKLMNPRTVWXYZ0-9]{9}$/.test(v), // no vowels, B, D, Q, S (Bundesdruckerei)
  'passport-number': (v, lang) => (lang === 'fr' ? /^\d{2}[A-Z]{2}\d{5}$/.test(v) : /^[CFGHJKLMNPRTVWXYZ0-9]{9}$/.test(v)),
  'health-insurance-number': (v, lang) => (lang === 'fr' ? nir(v) : /^[A-Z]\d{9}$/.test(v)),
  'social-security-number': (v, lang) => (lang === 'fr' ? nir(v) : /^\d{2} ?\d{6} ?[A-Z] ?\d{3}$/.test(v)),
  'postal-code': (v) => /^\d{5}$/.test(v),
  'bday-year': (v) => /^\d{4}$/.test(v),
  'email': (v) => /^[^\s@]+@[^\s@]+\.[a-z]+$/.test(v),
  'tel': (v) => /^\+\d[\d ]+$/.test(v),
};

describe('examples match the stated format', () => {
  const rows = REQUIRED_LANGS.flatMap((lang) =>
    Object.keys(EXAMPLE_CHECKS).map((key) => [lang, key as FieldKey] as const),
  );
  it.each(rows)('%s %s', (lang, key) => {
    const example = KEY_TEXTS[lang][key].example;
    expect(EXAMPLE_CHECKS[key]?.(example, lang), example).toBe(true);
  });
});
