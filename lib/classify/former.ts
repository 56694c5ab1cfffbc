// Address fields about an address the person had before ("Bisherige Wohnung", "Votre ancienne
// adresse", "Previous address"): the profile keeps the current address only, so such fields are
// none of ours. Read from the field's sections and its own labels, by the page language's table.
import type { FieldKey } from '../fields/keys';
import type { FieldSnapshot, LabelSource } from '../fields/snapshot';
import { normalizeText, rememberedPair } from '../detect/words';
import { DE_FORMER_ADDRESS } from './keywords/de';
import { EN_FORMER_ADDRESS } from './keywords/en';
import { FR_FORMER_ADDRESS } from './keywords/fr';
import type { ScopeRule } from './keywords/types';

const ADDRESS_KEYS = new Set<FieldKey>(['street-address', 'street', 'house-number', 'address-suffix', 'postal-code', 'city', 'region', 'country']);
const OWN = new Set<LabelSource>(['label-for', 'label-wrap', 'aria-labelledby', 'aria-label', 'placeholder', 'title', 'column-header']);
const TABLES: Record<string, ScopeRule[]> = { de: DE_FORMER_ADDRESS, fr: FR_FORMER_ADDRESS, en: EN_FORMER_ADDRESS };
/** A page of another or unknown language reads every table. */
const ALL = Object.values(TABLES).flat();

const says = rememberedPair((lang: string, text: string) => (TABLES[lang] ?? ALL).some((r) => r.re.test(normalizeText(text))));

/** The section or label text that makes an address field a former address, or null. */
export function formerAddress(s: FieldSnapshot, key: FieldKey): string | null {
  if (!ADDRESS_KEYS.has(key)) return null;
  const lang = s.lang ?? '';
  for (const text of s.sections) if (says(lang, text)) return text;
  for (const label of s.labels) if (OWN.has(label.source) && says(lang, label.text)) return label.text;
  return null;
}
