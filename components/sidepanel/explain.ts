// What the panel says about a field: its key's name, the explanation, why Formlotse thinks so.
// Explanations come from lib/explain (bundled in the panel, ARCHITECTURE: explain); names and
// sentences of the UI from the messages (./i18n.ts).
import { explainField } from '@/lib/explain';
import type { FieldExplanation } from '@/lib/explain/types';
import type { FieldKey } from '@/lib/fields/keys';
import type { Classification, ClassificationSource } from '@/lib/fields/snapshot';
import { PORTALS } from '@/lib/portals/registry';
import type { MessageName, Translate, UiLang } from './i18n';

/** The message naming a key in the citizen's words ("birth-place" → key_birth_place: "Geburtsort"). */
export function keyMessage(key: FieldKey): MessageName {
  return `key_${key.replace(/-/g, '_')}` as MessageName;
}

/** The sentence saying which rule decided (STYLE: every decision records its source). */
export const SOURCE_MESSAGE: Record<ClassificationSource, MessageName> = {
  'portal-rule': 'why_portal_rule',
  autocomplete: 'why_autocomplete',
  'input-type': 'why_input_type',
  label: 'why_label',
  'name-attribute': 'why_name_attribute',
  options: 'why_options',
  none: 'why_none',
};

/** Confidence in words: the classifier's 0..1 cut where a citizen would say "sure", "probably", "maybe". */
export function confidenceMessage(confidence: number): MessageName {
  return confidence >= 0.9 ? 'confidence_high' : confidence >= 0.7 ? 'confidence_medium' : 'confidence_low';
}

export function kindOf(classification: Classification | null, t: Translate): string {
  if (!classification) return t('kind_unknown');
  return classification.key ? t(keyMessage(classification.key)) : t('kind_not_recognised');
}

export function explanationOf(classification: Classification | null, portalId: string | null, lang: UiLang): FieldExplanation | null {
  const field = {
    key: classification?.key ?? null,
    ...(portalId ? { portalId } : {}),
    ...(classification?.portalField ? { portalField: classification.portalField } : {}),
  };
  return explainField(field, lang, PORTALS);
}
