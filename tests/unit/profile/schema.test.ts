import { describe, expect, it } from 'vitest';
import { FIELD_KEYS } from '@/lib/fields/keys';
import { KEY_GROUPS, VALUE_KINDS, emptyProfile, newPerson } from '@/lib/profile/schema';
import { parseProfile } from '@/lib/profile/parse';
import { PROFILE_SCHEMA_VERSION } from '@/lib/profile/schema';

describe('profile schema', () => {
  it('gives every key of the vocabulary a kind and exactly one editor group', () => {
    expect(Object.keys(VALUE_KINDS).sort()).toEqual([...FIELD_KEYS].sort());
    const grouped = KEY_GROUPS.flatMap((g) => [...g.keys]);
    expect(grouped.sort()).toEqual([...FIELD_KEYS].sort());
  });

  it('creates people with stable unique ids, one applicant and one partner', () => {
    const profile = emptyProfile(new Date('2025-01-01T00:00:00Z'));
    const partner = newPerson(profile, 'partner');
    profile.people.push(partner, newPerson(profile, 'child'));
    profile.people.push(newPerson(profile, 'child'));
    expect(partner.id).toBe('partner');
    expect(new Set(profile.people.map((p) => p.id)).size).toBe(4);
    expect(parseProfile(profile, PROFILE_SCHEMA_VERSION).ok).toBe(true);
  });

  it.each([
    ['an unknown key', { id: 'applicant', role: 'applicant', label: '', values: { shoe: '42' } }],
    ['a number value', { id: 'applicant', role: 'applicant', label: '', values: { city: 3 } }],
    ['an unknown role', { id: 'x', role: 'cousin', label: '', values: {} }],
    ['a bad id', { id: 'A B', role: 'child', label: '', values: {} }],
  ])('refuses a person with %s', (_name, person) => {
    const raw = { schemaVersion: PROFILE_SCHEMA_VERSION, updatedAt: '2025-01-01T00:00:00.000Z', people: [person] };
    expect(parseProfile(raw, PROFILE_SCHEMA_VERSION).ok).toBe(false);
  });

  it('refuses two applicants', () => {
    const p = { role: 'applicant', label: '', values: {} };
    const raw = { schemaVersion: PROFILE_SCHEMA_VERSION, updatedAt: '2025-01-01T00:00:00.000Z', people: [{ id: 'a', ...p }, { id: 'b', ...p }] };
    expect(parseProfile(raw, PROFILE_SCHEMA_VERSION)).toEqual({ ok: false, reason: 'more than one applicant' });
  });
});
