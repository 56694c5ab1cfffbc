// The panel's UI text (components/sidepanel/i18n.ts and public/_locales): every language has every
// message with the same placeholders; the message format follows chrome.i18n.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import deSimple from '@/components/sidepanel/de-simple.json';
import { keyMessage, SOURCE_MESSAGE } from '@/components/sidepanel/explain';
import { defaultLang, formatMessage, loadCatalog, translate, type Catalog } from '@/components/sidepanel/i18n';
import { FIELD_KEYS } from '@/lib/fields/keys';

const ROOT = join(import.meta.dirname, '../../..');
const locale = (lang: string): Catalog => JSON.parse(readFileSync(join(ROOT, 'public/_locales', lang, 'messages.json'), 'utf8'));
const LOCALES = { de: locale('de'), en: locale('en'), fr: locale('fr') };
const placeholdersOf = (c: Catalog, name: string) => Object.keys(c[name]?.placeholders ?? {}).sort();
const usedIn = (message: string) => [...message.matchAll(/\$([a-z0-9_@]+)\$/gi)].map((m) => m[1]!.toLowerCase()).sort();

describe('the locales', () => {
  it('have the same messages in de, en and fr, each with the placeholders its text uses', () => {
    const names = Object.keys(LOCALES.de).sort();
    for (const [lang, catalog] of Object.entries(LOCALES)) {
      expect(Object.keys(catalog).sort(), lang).toEqual(names);
      for (const name of names) {
        expect(catalog[name]!.message.trim(), `${lang}/${name}`).not.toBe('');
        expect(placeholdersOf(catalog, name), `${lang}/${name}`).toEqual(placeholdersOf(LOCALES.de, name));
        expect([...new Set(usedIn(catalog[name]!.message))], `${lang}/${name}`).toEqual(placeholdersOf(catalog, name));
      }
    }
  });

  it('use only message names chrome.i18n accepts', () => {
    for (const name of Object.keys(LOCALES.de)) expect(name).toMatch(/^[A-Za-z0-9_@]+$/);
  });

  it('name every field key and every classification source', () => {
    for (const key of FIELD_KEYS) expect(LOCALES.de[keyMessage(key)], key).toBeDefined();
    for (const name of Object.values(SOURCE_MESSAGE)) expect(LOCALES.de[name], name).toBeDefined();
  });

  it('Einfache Sprache replaces German messages only, with the same placeholders', () => {
    const simple = deSimple as Catalog;
    for (const name of Object.keys(simple)) {
      expect(LOCALES.de[name], name).toBeDefined();
      expect(placeholdersOf(simple, name), name).toEqual(placeholdersOf(LOCALES.de, name));
      expect([...new Set(usedIn(simple[name]!.message))], name).toEqual(placeholdersOf(simple, name));
    }
  });
});

describe('formatMessage', () => {
  it('fills named placeholders through their $n content, in any case', () => {
    const entry = { message: '$SHOWN$ von $total$ Feldern', placeholders: { shown: { content: '$1' }, TOTAL: { content: '$2' } } };
    expect(formatMessage(entry, ['3', '12'])).toBe('3 von 12 Feldern');
  });
  it('keeps $$ as a dollar sign and empties missing substitutions', () => {
    expect(formatMessage({ message: 'Kosten: $$5, $1' }, [])).toBe('Kosten: $5, ');
  });
  it('translate uses the loaded catalog', () => {
    expect(translate(LOCALES.en, 'search_count', ['2', '9'])).toBe('2 of 9 fields match');
  });
});

describe('loadCatalog', () => {
  const fake = (url: string) => {
    const lang = /_locales\/(\w+)\//.exec(url)?.[1] ?? '';
    return Promise.resolve(new Response(JSON.stringify(LOCALES[lang as keyof typeof LOCALES])));
  };
  it('loads the chosen language’s messages.json from the extension', async () => {
    expect((await loadCatalog('fr', fake)).search_label?.message).toBe('Rechercher un champ');
  });
  it('loads German with the Einfache Sprache sentences on top', async () => {
    const catalog = await loadCatalog('de-simple', fake);
    expect(catalog.analyse_button?.message).toBe((deSimple as Catalog).analyse_button?.message);
    expect(catalog.explain_example?.message).toBe(LOCALES.de.explain_example?.message);
  });
});

describe('defaultLang', () => {
  it('is German on German portals and French on French ones, whatever the browser speaks', () => {
    expect(defaultLang({ country: 'DE' }, 'en-US')).toBe('de');
    expect(defaultLang({ country: 'FR' }, 'de')).toBe('fr');
  });
  it('follows the browser elsewhere when we have its language, else German', () => {
    expect(defaultLang(null, 'fr-BE')).toBe('fr');
    expect(defaultLang(null, 'en_GB')).toBe('en');
    expect(defaultLang(null, 'tr')).toBe('de');
  });
});
