// Shared by the planner's tests: a control written as HTML, collected by lib/detect on happy-dom,
// classified by the test (the classifier is not under test), planned for the test profile.
import { collectFields } from '../../../lib/detect/collect';
import type { FieldKey, Person } from '../../../lib/fields/keys';
import type { Classification } from '../../../lib/fields/snapshot';
import { planFill, type FillPlan, type PersonChoice, type PlanOptions } from '../../../lib/fill/index';
import type { Profile } from '../../../lib/profile/types';
import profileJson from '../../fixtures/frameworks/test-profile.json';

export const PROFILE = profileJson as Profile;

export interface PlanCase {
  html: string;
  key: FieldKey;
  lang?: PlanOptions['lang'];
  /** Values that replace the applicant's for this case. */
  values?: Record<string, string>;
  person?: Person;
  personIndex?: number;
  choice?: PersonChoice;
}

/** What the plan says per control name: the value (and display when it differs), or "skip:reason". */
export function planByName(c: PlanCase): Record<string, string> {
  document.documentElement.lang = c.lang ?? 'de';
  document.body.innerHTML = `<form>${c.html}</form>`;
  const collected = collectFields(document);
  const classifications: Classification[] = collected.map(({ snapshot }) => ({
    fieldId: snapshot.id, key: c.key, person: c.person ?? 'applicant', personIndex: c.personIndex,
    source: 'portal-rule', confidence: 1, reason: 'test table',
  }));
  const profile: Profile = {
    ...PROFILE,
    people: PROFILE.people.map((p) => (p.role === 'applicant' && c.values ? { ...p, values: { ...p.values, ...c.values } } : p)),
  };
  const plan: FillPlan = planFill(collected.map((x) => x.snapshot), classifications, profile, c.choice ?? {}, { lang: c.lang ?? 'de' });
  const nameOf = (id: string) => {
    const s = collected.find((x) => x.snapshot.id === id)!.snapshot;
    return s.choice ? `${s.name}=${s.choice.value}` : s.name;
  };
  const out: Record<string, string> = {};
  for (const i of plan.items) out[nameOf(i.fieldId)] = i.display === i.value ? i.value : `${i.value} (${i.display})`;
  for (const s of plan.skipped) out[nameOf(s.fieldId)] = `skip:${s.reason}`;
  return out;
}

export function select(name: string, options: [string, string][]): string {
  return `<select name="${name}"><option value="">Bitte wählen</option>${options.map(([v, t]) => `<option value="${v}">${t}</option>`).join('')}</select>`;
}

export function radios(name: string, options: [string, string][], type = 'radio'): string {
  return options.map(([v, t]) => `<label><input type="${type}" name="${name}" value="${v}"> ${t}</label>`).join('');
}
