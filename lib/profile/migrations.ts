// Profile schema migrations, one entry per version step, applied in order to the decrypted JSON.
// Rules: a migration never drops a value the user typed (if it cannot convert a value it keeps it
// as it was, and the editor shows the problem); every step has a fixture test (tests/unit/profile).
import type { FieldKey } from '../fields/keys';
import { parseProfile } from './parse';
import { PROFILE_SCHEMA_VERSION } from './schema';
import type { Profile } from './types';
import { checkValue } from './validate';

export interface Migration {
  from: number;
  to: number;
  why: string;
  migrate(raw: Record<string, unknown>, now: Date): Record<string, unknown>;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    from: 1,
    to: 2,
    why: 'v1 (skeleton, before validation) stored values as typed; v2 stores the canonical forms of types.ts '
      + '(ISO dates, upper-case alpha-2 countries, IBAN without spaces, Steuer-ID without separators).',
    migrate(raw, now) {
      if (!Array.isArray(raw.people)) return { ...raw, schemaVersion: 2 }; // the shape check refuses it next
      const people: unknown[] = raw.people;
      return {
        ...raw,
        schemaVersion: 2,
        people: people.map((person: unknown) => {
          if (typeof person !== 'object' || person === null) return person;
          const p = person as { values?: unknown };
          if (typeof p.values !== 'object' || p.values === null) return person;
          const values: Record<string, unknown> = {};
          for (const [key, value] of Object.entries(p.values)) {
            if (typeof value !== 'string') {
              values[key] = value;
              continue;
            }
            // Postal codes depend on the country; the canonical form of those is only trimmed.
            const checked = checkValue(key as FieldKey, value, { now });
            if (checked.ok && checked.value === '') continue; // empty strings meant "unknown" in v1 too
            values[key] = checked.ok ? checked.value : value;
          }
          return { ...p, values };
        }),
      };
    },
  },
];

export type MigrationOutcome =
  | { ok: true; profile: Profile; migratedFrom: number | null }
  | { ok: false; reason: 'newer-schema' | 'invalid'; detail: string };

/** Brings decrypted profile JSON of any known version to PROFILE_SCHEMA_VERSION, then checks its shape. */
export function migrateProfile(raw: unknown, now: Date): MigrationOutcome {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, reason: 'invalid', detail: 'not an object' };
  let current = raw as Record<string, unknown>;
  const start = current.schemaVersion;
  if (typeof start !== 'number' || !Number.isInteger(start) || start < 1) return { ok: false, reason: 'invalid', detail: 'no schema version' };
  if (start > PROFILE_SCHEMA_VERSION) return { ok: false, reason: 'newer-schema', detail: `schema ${start}` };
  for (let version = start; version < PROFILE_SCHEMA_VERSION; version++) {
    const step = MIGRATIONS.find((m) => m.from === version);
    if (!step) throw new Error(`no migration from profile schema ${version}`); // programmer error: table incomplete
    current = step.migrate(current, now);
  }
  const parsed = parseProfile(current, PROFILE_SCHEMA_VERSION);
  if (!parsed.ok) return { ok: false, reason: 'invalid', detail: parsed.reason };
  return { ok: true, profile: parsed.profile, migratedFrom: start === PROFILE_SCHEMA_VERSION ? null : start };
}
