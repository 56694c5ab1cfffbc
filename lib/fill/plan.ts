// plan (pure, ARCHITECTURE: the flow): classifications + the unlocked profile + the person chosen
// for each person of the form → a FillPlan of values written for each control, and the fields left
// out with the reason. No DOM: runs where the profile is unlocked, in Node for tests.
import { SENSITIVE_KEYS, type FieldKey, type Person } from '../fields/keys';
import type { Classification, FieldOption, FieldSnapshot } from '../fields/snapshot';
import type { Profile, ProfilePerson } from '../profile/types';
import type { Lang } from '../portals/types';
import { ENUMERATED_KEYS, meaningFor } from './meaning';
import { matchOption } from './options';
import type { FillPlan, PersonChoice, PlanItem, PlanOptions, PlanSkip, PlanSkipReason } from './types';

/** The PersonChoice key of one person of the form: "applicant:0", "child:1". */
export function personSlot(person: Person, index = 0): string {
  return `${person}:${index}`;
}

/**
 * Default choice: the form's applicant is the profile's applicant, its partner the partner, its
 * i-th child the profile's i-th child; "other" persons (witnesses, landlords…) are nobody.
 */
export function defaultPersonFor(profile: Profile, person: Person, index: number): ProfilePerson | undefined {
  if (person === 'other') return undefined;
  return profile.people.filter((p) => p.role === person)[person === 'child' ? index : 0];
}

export function resolvePerson(profile: Profile, choice: PersonChoice, person: Person, index: number): ProfilePerson | undefined {
  const slot = personSlot(person, index);
  if (!Object.prototype.hasOwnProperty.call(choice, slot) || choice[slot] === undefined) return defaultPersonFor(profile, person, index);
  const id = choice[slot];
  return id === null ? undefined : profile.people.find((p) => p.id === id);
}

type FieldPlan = Omit<PlanItem, 'fieldId' | 'key' | 'personId' | 'sensitive'> | { reason: PlanSkipReason; detail?: string };

/** The group a radio or checkbox belongs to: same frame and name (HTML: radio button group). */
function groupOptions(field: FieldSnapshot, fields: readonly FieldSnapshot[]): FieldOption[] {
  if (field.options.length > 0) return field.options;
  if (!field.name) return field.choice ? [field.choice] : [];
  return fields
    .filter((f) => f.frame === field.frame && f.type === field.type && f.name === field.name && f.choice)
    .map((f) => f.choice!);
}

function planChoice(field: FieldSnapshot, key: FieldKey, options: FieldOption[], candidates: Parameters<typeof matchOption>[1]): FieldPlan {
  if (!field.choice) return { reason: 'unsupported-control', detail: 'radio/checkbox without its own value' };
  if (field.type === 'checkbox' && !ENUMERATED_KEYS.has(key)) return { reason: 'unsupported-control', detail: 'checkbox of a free-text key' };
  const match = matchOption(options, candidates);
  if (!match) return { reason: 'option-not-found' };
  if (match.option.value !== field.choice.value) return { reason: 'other-choice' };
  return { kind: 'check', value: field.choice.value, display: field.choice.text };
}

const LANGS = new Set<string>(['de', 'fr', 'en']);

/** The control's own language (closest lang attribute, as collected), else the form's, else German. */
function langOf(field: FieldSnapshot, options: PlanOptions): Lang {
  const own = field.lang?.slice(0, 2).toLowerCase();
  return own && LANGS.has(own) ? (own as Lang) : (options.lang ?? 'de');
}

function planField(field: FieldSnapshot, key: FieldKey, person: ProfilePerson, fields: readonly FieldSnapshot[], options: PlanOptions): FieldPlan {
  const meaning = meaningFor(field, key, person, langOf(field, options));
  if ('missing' in meaning) return { reason: meaning.missing, detail: meaning.detail };
  if (field.type === 'radio' || field.type === 'checkbox') return planChoice(field, key, groupOptions(field, fields), meaning.candidates);
  if (field.tag === 'select') {
    const match = matchOption(field.options, meaning.candidates);
    return match ? { kind: 'select', value: match.option.value, display: match.option.text } : { reason: 'option-not-found' };
  }
  if (!meaning.text) return { reason: 'no-value' };
  if (field.maxLength !== undefined && field.maxLength > 0 && meaning.text.length > field.maxLength) {
    return { reason: 'too-long', detail: `${meaning.text.length} > maxlength ${field.maxLength}` };
  }
  return { kind: 'text', value: meaning.text, display: meaning.text };
}

export function planFill(
  fields: readonly FieldSnapshot[],
  classifications: readonly Classification[],
  profile: Profile,
  choice: PersonChoice = {},
  options: PlanOptions = {},
): FillPlan {
  const byId = new Map(fields.map((f) => [f.id, f]));
  const minConfidence = options.minConfidence ?? 0.5;
  const items: PlanItem[] = [];
  const skipped: PlanSkip[] = [];
  for (const c of classifications) {
    const field = byId.get(c.fieldId);
    if (!field) throw new Error(`planFill: classification for unknown field ${c.fieldId}`);
    const skip = (reason: PlanSkipReason, personId: string | null = null, detail?: string) =>
      skipped.push({ fieldId: c.fieldId, key: c.key, personId, reason, ...(detail ? { detail } : {}) });
    if (c.key === null) { skip('unknown-field'); continue; }
    if (c.confidence < minConfidence) { skip('unsure', null, `confidence ${c.confidence}`); continue; }
    const person = resolvePerson(profile, choice, c.person, c.personIndex ?? 0);
    if (!person) { skip('no-person'); continue; }
    const planned = planField(field, c.key, person, fields, options);
    if ('reason' in planned) { skip(planned.reason, person.id, planned.detail); continue; }
    items.push({ fieldId: c.fieldId, key: c.key, personId: person.id, sensitive: SENSITIVE_KEYS.has(c.key), ...planned });
  }
  return { items, skipped };
}
