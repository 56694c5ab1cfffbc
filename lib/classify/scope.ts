// Fields whose section says they are not the person's current data, whoever the person is:
// - a former address ("Bisherige Wohnung", "Votre ancienne adresse", "Previous address"): the
//   profile keeps only the current address, so its address fields are none of ours;
// - a business or its premises ("Betriebsstätte", "Siège social", "Business address"): its name,
//   address, phone, email and activity are the business's, not the person's.
// Read from the field's sections and its own labels, by the page language's table.
import type { FieldKey } from '../fields/keys';
import type { FieldSnapshot, LabelSource } from '../fields/snapshot';
import { normalizeText, rememberedPair } from '../detect/words';
import { DE_BUSINESS, DE_FORMER_ADDRESS } from './keywords/de';
import { EN_BUSINESS, EN_FORMER_ADDRESS } from './keywords/en';
import { FR_BUSINESS, FR_FORMER_ADDRESS } from './keywords/fr';
import type { ScopeRule } from './keywords/types';

const ADDRESS_KEYS: readonly FieldKey[] = ['street-address', 'street', 'house-number', 'address-suffix', 'postal-code', 'city', 'region', 'country'];
const OWN = new Set<LabelSource>(['label-for', 'label-wrap', 'aria-labelledby', 'aria-label', 'placeholder', 'title', 'column-header']);

interface Scope {
  keys: ReadonlySet<FieldKey>;
  /** Why, after the section text: "an earlier address, …". */
  why: string;
  says: (lang: string, text: string) => boolean;
}

function scope(tables: Record<string, ScopeRule[]>, keys: readonly FieldKey[], why: string): Scope {
  /** A page of another or unknown language reads every table. */
  const all = Object.values(tables).flat();
  const says = rememberedPair((lang: string, text: string) => (tables[lang] ?? all).some((r) => r.re.test(normalizeText(text))));
  return { keys: new Set(keys), why, says };
}

const SCOPES: readonly Scope[] = [
  scope({ de: DE_FORMER_ADDRESS, fr: FR_FORMER_ADDRESS, en: EN_FORMER_ADDRESS }, ADDRESS_KEYS, 'an earlier address, and the profile keeps the current one'),
  scope({ de: DE_BUSINESS, fr: FR_BUSINESS, en: EN_BUSINESS }, [...ADDRESS_KEYS, 'tel', 'email', 'full-name', 'given-name', 'family-name', 'occupation'], 'a business’s, not the person’s'),
];

/** When a section or an own label puts the field's key out of the profile: that text and why; else null. */
export function outOfScope(s: FieldSnapshot, key: FieldKey): { text: string; why: string } | null {
  const lang = s.lang ?? '';
  for (const sc of SCOPES) {
    if (!sc.keys.has(key)) continue;
    for (const text of s.sections) if (sc.says(lang, text)) return { text, why: sc.why };
    for (const label of s.labels) if (OWN.has(label.source) && sc.says(lang, label.text)) return { text: label.text, why: sc.why };
  }
  return null;
}
