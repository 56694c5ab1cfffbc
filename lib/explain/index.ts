// The explanation lookup: a key's text in a language, or a portal field's own explanation with the
// key's text filling what the portal does not say. Pure: the caller passes the portal registry.
import type { FieldKey } from '../fields/keys';
import type { PortalDefinition } from '../portals/types';
import { KEY_SOURCES } from './sources';
import { de } from './texts/de';
import { deSimple } from './texts/de-simple';
import { en } from './texts/en';
import { fr } from './texts/fr';
import type { ExplainLang, FieldExplanation, KeyExplanation, KeyTexts } from './types';

/** Every explanation language, each with its text file. Adding a language: a file and a line here. */
export const KEY_TEXTS: Record<ExplainLang, KeyTexts> = { de, en, fr, 'de-simple': deSimple };
export const EXPLAIN_LANGS = Object.keys(KEY_TEXTS) as ExplainLang[];

export function explainKey(key: FieldKey, lang: ExplainLang): KeyExplanation {
  const text = KEY_TEXTS[lang][key];
  const source = KEY_SOURCES[key];
  return { ...text, source: source.main, moreSources: source.more ?? [] };
}

export interface FieldToExplain {
  /** The classified key, or null when the classifier found none. */
  key: FieldKey | null;
  /** The portal the page belongs to, when it is a known one. */
  portalId?: string;
  /** The portal's own field id (a portal rule's `field`). */
  portalField?: string;
}

/**
 * The explanation for one field of a page: the portal's own words when the portal explains this
 * field, the key's otherwise; null when neither is known (an unknown field on an unknown page).
 */
export function explainField(field: FieldToExplain, lang: ExplainLang, portals: readonly PortalDefinition[]): FieldExplanation | null {
  const byKey = field.key === null ? null : explainKey(field.key, lang);
  const portal = field.portalId === undefined ? undefined : portals.find((p) => p.id === field.portalId);
  const own = field.portalField === undefined ? undefined : portal?.explanations.find((e) => e.field === field.portalField);

  if (own) {
    return {
      from: 'portal',
      what: own.what[lang],
      why: own.why?.[lang] ?? byKey?.why ?? null,
      where: byKey?.where ?? null,
      format: byKey?.format ?? null,
      example: byKey?.example ?? null,
      mistakes: byKey?.mistakes ?? null,
      source: own.source,
      moreSources: byKey ? [byKey.source, ...byKey.moreSources].filter((s) => s !== own.source) : [],
    };
  }
  if (!byKey) return null;
  return { from: 'key', ...byKey };
}
