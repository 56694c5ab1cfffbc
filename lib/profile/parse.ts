// Runtime check of a profile's shape: what comes out of a decrypted vault or an imported file is
// data, not trusted types. Strict on purpose: a value we do not understand is refused (the vault
// then stays as it is) rather than dropped silently.
import { isFieldKey, isPerson, type FieldKey } from '../fields/keys';
import { MAX_PEOPLE, MAX_VALUE_LENGTH } from './schema';
import type { Profile, ProfilePerson } from './types';

export type ProfileParse = { ok: true; profile: Profile } | { ok: false; reason: string };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function parsePerson(raw: unknown, index: number): ProfilePerson | string {
  if (!isRecord(raw)) return `people[${index}] is not an object`;
  const { id, role, label, values } = raw;
  if (typeof id !== 'string' || !/^[a-z0-9-]{1,64}$/.test(id)) return `people[${index}].id is invalid`;
  if (!isPerson(role)) return `people[${index}].role is invalid`;
  if (typeof label !== 'string' || label.length > 100) return `people[${index}].label is invalid`;
  if (!isRecord(values)) return `people[${index}].values is not an object`;
  const out: Partial<Record<FieldKey, string>> = {};
  for (const [key, value] of Object.entries(values)) {
    if (!isFieldKey(key)) return `people[${index}] has an unknown key`;
    if (typeof value !== 'string' || value.length > MAX_VALUE_LENGTH) return `people[${index}].${key} is invalid`;
    out[key] = value;
  }
  return { id, role, label, values: out };
}

/** Checks a profile of exactly `schemaVersion` (callers migrate first). */
export function parseProfile(raw: unknown, schemaVersion: number): ProfileParse {
  if (!isRecord(raw)) return { ok: false, reason: 'profile is not an object' };
  if (raw.schemaVersion !== schemaVersion) return { ok: false, reason: 'unexpected schema version' };
  if (typeof raw.updatedAt !== 'string' || Number.isNaN(Date.parse(raw.updatedAt))) return { ok: false, reason: 'updatedAt is invalid' };
  if (!Array.isArray(raw.people) || raw.people.length > MAX_PEOPLE) return { ok: false, reason: 'people is invalid' };
  const people: ProfilePerson[] = [];
  for (const [i, p] of raw.people.entries()) {
    const person = parsePerson(p, i);
    if (typeof person === 'string') return { ok: false, reason: person };
    people.push(person);
  }
  if (new Set(people.map((p) => p.id)).size !== people.length) return { ok: false, reason: 'duplicate person id' };
  // One applicant and at most one partner: the planner's "applicant" / "partner" must be unambiguous.
  if (people.filter((p) => p.role === 'applicant').length > 1) return { ok: false, reason: 'more than one applicant' };
  if (people.filter((p) => p.role === 'partner').length > 1) return { ok: false, reason: 'more than one partner' };
  return { ok: true, profile: { schemaVersion, people, updatedAt: raw.updatedAt } };
}
