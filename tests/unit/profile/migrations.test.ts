// Every migration step has a fixture here: the JSON as that version wrote it, and what it must become.
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrateProfile } from '@/lib/profile/migrations';
import { PROFILE_SCHEMA_VERSION } from '@/lib/profile/schema';

const now = new Date('2025-06-15T12:00:00Z');

const FIXTURES: Record<number, { input: unknown; expected: unknown }> = {
  1: {
    input: {
      schemaVersion: 1,
      updatedAt: '2024-11-02T10:00:00.000Z',
      people: [
        {
          id: 'applicant', role: 'applicant', label: 'Ich',
          values: {
            'given-name': ' Lea ', 'bday': '07.03.1984', 'nationality': 'de', 'iban': 'de89 3704 0044 0532 0130 00',
            'tax-id': '36 574 261 809', 'sex': 'weiblich', 'city': '',
          },
        },
        { id: 'child-1', role: 'child', label: 'Mia', values: { bday: '2015-02-30' } },
      ],
    },
    expected: {
      schemaVersion: 2,
      updatedAt: '2024-11-02T10:00:00.000Z',
      people: [
        {
          id: 'applicant', role: 'applicant', label: 'Ich',
          // converted where the canonical form is certain; "weiblich" is kept as typed (no loss), city "" dropped
          values: { 'given-name': 'Lea', 'bday': '1984-03-07', 'nationality': 'DE', 'iban': 'DE89370400440532013000', 'tax-id': '36574261809', 'sex': 'weiblich' },
        },
        { id: 'child-1', role: 'child', label: 'Mia', values: { bday: '2015-02-30' } },
      ],
    },
  },
};

describe('profile migrations', () => {
  it('has one step per version up to the current one, each with a fixture', () => {
    expect(MIGRATIONS.map((m) => m.from)).toEqual(Array.from({ length: PROFILE_SCHEMA_VERSION - 1 }, (_, i) => i + 1));
    for (const m of MIGRATIONS) expect(FIXTURES[m.from], `fixture for ${m.from}`).toBeDefined();
  });

  it.each(MIGRATIONS.map((m) => [m.from, m.to] as const))('migrates a profile of schema %i to the current schema (via %i)', (from) => {
    const fixture = FIXTURES[from]!;
    const outcome = migrateProfile(structuredClone(fixture.input), now);
    expect(outcome).toEqual({ ok: true, profile: fixture.expected, migratedFrom: from });
  });

  it('leaves a current profile as it is', () => {
    const current = FIXTURES[1]!.expected;
    expect(migrateProfile(structuredClone(current), now)).toEqual({ ok: true, profile: current, migratedFrom: null });
  });

  it('refuses a profile from a newer version instead of guessing', () => {
    expect(migrateProfile({ schemaVersion: PROFILE_SCHEMA_VERSION + 1, people: [], updatedAt: '2025-01-01T00:00:00Z' }, now))
      .toMatchObject({ ok: false, reason: 'newer-schema' });
  });

  it.each([[null], [[]], [{ people: [] }], [{ schemaVersion: 0 }], [{ schemaVersion: 1, people: 'x', updatedAt: '2025' }]])('refuses %j', (raw) => {
    expect(migrateProfile(raw, now)).toMatchObject({ ok: false, reason: 'invalid' });
  });
});
