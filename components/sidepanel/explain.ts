// What the panel says about a field: its key's name, the explanation, why Formlotse thinks so.
// Explanations come from lib/explain (bundled in the panel, ARCHITECTURE: explain); names and
// sentences of the UI from the messages (./i18n.ts).
import { explainField } from '@/lib/explain';
import type { FieldExplanation } from '@/lib/explain/types';
import type { FieldKey } from '@/lib/fields/keys';
import type { Classification, ClassificationSource, FieldSnapshot } from '@/lib/fields/snapshot';
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

/** What Formlotse thinks a field is, in a word: the key's name, "none of your profile's", or "not recognised". */
export function kindOf(classification: Classification | null, t: Translate): string {
  if (!classification) return t('kind_unknown');
  if (classification.key) return t(keyMessage(classification.key));
  return classification.source === 'none' ? t('kind_not_recognised') : t('kind_not_ours');
}

/** The same, as the short line under a field's label in the list. */
export function kindLineOf(classification: Classification | null, t: Translate): string {
  return classification?.key ? t('kind_row', t(keyMessage(classification.key))) : kindOf(classification, t);
}

/**
 * Why Formlotse thinks so, in words: the rule that decided (SOURCE_MESSAGE) and what it saw on the
 * page (the label, the autocomplete token, the type, the internal name). A field that is none of the
 * profile's says so instead. The classifier's own reason stays available as technical detail.
 */
export function evidenceOf(classification: Classification, field: FieldSnapshot, label: string, t: Translate): { sentence: string; evidence: string | null } {
  if (!classification.key && classification.source !== 'none') return { sentence: t('why_not_ours'), evidence: null };
  const evidence: Partial<Record<ClassificationSource, string | null>> = {
    label: label ? t('evidence_label', label) : null,
    autocomplete: field.autocomplete ? t('evidence_autocomplete', field.autocomplete) : null,
    'input-type': t('evidence_input_type', field.type),
    'name-attribute': field.name ? t('evidence_name', field.name) : null,
  };
  return { sentence: t(SOURCE_MESSAGE[classification.source]), evidence: evidence[classification.source] ?? null };
}

export function explanationOf(classification: Classification | null, portalId: string | null, lang: UiLang): FieldExplanation | null {
  const field = {
    key: classification?.key ?? null,
    ...(portalId ? { portalId } : {}),
    ...(classification?.portalField ? { portalField: classification.portalField } : {}),
  };
  return explainField(field, lang, PORTALS);
}
