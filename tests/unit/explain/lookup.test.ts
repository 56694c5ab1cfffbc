import { describe, expect, it } from 'vitest';
import { explainField, explainKey, KEY_TEXTS } from '../../../lib/explain';
import { KEY_SOURCES } from '../../../lib/explain/sources';
import type { PortalDefinition } from '../../../lib/portals/types';

const text = (s: string) => ({ de: `${s} (de)`, en: `${s} (en)`, fr: `${s} (fr)`, 'de-simple': `${s} (einfach)` });

/** A made-up portal with one explained field, and one without a `why`. */
const portal: PortalDefinition = {
  id: 'test-portal',
  name: { de: 'Testportal', en: 'Test portal', fr: 'Portail de test' },
  country: 'DE',
  origins: ['https://portal.example'],
  paths: ['/'],
  formSelector: 'form',
  rules: [],
  explanations: [
    { field: 'steuerId', what: text('Steuer-ID des Antragstellers'), why: text('Für die Familienkasse'), source: 'https://portal.example/hilfe/steuer' },
    { field: 'aktenzeichen', what: text('Aktenzeichen aus dem Brief'), source: 'https://portal.example/hilfe/akte' },
  ],
  help: [],
  fixtures: [],
};

describe('explainKey', () => {
  it('returns the key text and its sources in the asked language', () => {
    const e = explainKey('tax-id', 'fr');
    expect(e).toMatchObject({ ...KEY_TEXTS.fr['tax-id'], source: KEY_SOURCES['tax-id'].main });
    expect(e.source).toBe('https://www.gesetze-im-internet.de/ao_1977/__139b.html');
    expect(e.moreSources).toEqual(KEY_SOURCES['tax-id'].more);
  });
});

describe('explainField', () => {
  const table = [
    {
      name: 'portal explanation wins over the key',
      field: { key: 'tax-id', portalId: 'test-portal', portalField: 'steuerId' } as const,
      lang: 'de-simple' as const,
      expected: { from: 'portal', what: 'Steuer-ID des Antragstellers (einfach)', why: 'Für die Familienkasse (einfach)', source: 'https://portal.example/hilfe/steuer', where: KEY_TEXTS['de-simple']['tax-id'].where },
    },
    {
      name: 'a portal field without `why` borrows the key\'s',
      field: { key: 'tax-number', portalId: 'test-portal', portalField: 'aktenzeichen' } as const,
      lang: 'en' as const,
      expected: { from: 'portal', what: 'Aktenzeichen aus dem Brief (en)', why: KEY_TEXTS.en['tax-number'].why },
    },
    {
      name: 'a portal field without a key still has the portal text',
      field: { key: null, portalId: 'test-portal', portalField: 'aktenzeichen' } as const,
      lang: 'fr' as const,
      expected: { from: 'portal', what: 'Aktenzeichen aus dem Brief (fr)', why: null, where: null, format: null, moreSources: [] },
    },
    {
      name: 'an unexplained portal field falls back to the key',
      field: { key: 'iban', portalId: 'test-portal', portalField: 'kontoIban' } as const,
      lang: 'de' as const,
      expected: { from: 'key', what: KEY_TEXTS.de.iban.what, source: KEY_SOURCES.iban.main },
    },
    {
      name: 'an unknown portal falls back to the key',
      field: { key: 'iban', portalId: 'no-such-portal', portalField: 'steuerId' } as const,
      lang: 'en' as const,
      expected: { from: 'key', what: KEY_TEXTS.en.iban.what },
    },
    {
      name: 'a field on no portal uses the key',
      field: { key: 'email' } as const,
      lang: 'fr' as const,
      expected: { from: 'key', what: KEY_TEXTS.fr.email.what, example: KEY_TEXTS.fr.email.example },
    },
  ];
  it.each(table)('$name', ({ field, lang, expected }) => {
    expect(explainField(field, lang, [portal])).toMatchObject(expected);
  });

  it('knows nothing about an unknown field on an unknown page', () => {
    expect(explainField({ key: null }, 'de', [portal])).toBeNull();
    expect(explainField({ key: null, portalId: 'test-portal', portalField: 'kontoIban' }, 'de', [portal])).toBeNull();
  });

  it('keeps the key sources as further reading under a portal explanation', () => {
    const e = explainField({ key: 'tax-id', portalId: 'test-portal', portalField: 'steuerId' }, 'de', [portal]);
    expect(e?.moreSources).toEqual([KEY_SOURCES['tax-id'].main, ...(KEY_SOURCES['tax-id'].more ?? [])]);
  });
});
