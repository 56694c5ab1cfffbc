// Shared fixtures for the vault tests: a service on in-memory storage with a settable clock, low
// Argon2id parameters for speed (one test elsewhere uses the defaults), and profile generators.
import fc from 'fast-check';
import { FIELD_KEYS, PERSONS, type FieldKey } from '@/lib/fields/keys';
import { MemoryArea } from '@/lib/vault/areas';
import type { KdfParams } from '@/lib/vault/kdf';
import { createVaultService, type VaultDeps } from '@/lib/vault/service';
import { PROFILE_SCHEMA_VERSION } from '@/lib/profile/schema';
import type { Profile } from '@/lib/profile/types';

export const LOW_KDF: KdfParams = { memoryKiB: 64, iterations: 1, parallelism: 1 };
export const PASSPHRASE = 'korrekt Pferd Batterie Heftklammer';

export function makeVault<L extends MemoryArea = MemoryArea>(opts: { local?: L; session?: MemoryArea; kdf?: KdfParams; start?: number; onChange?: VaultDeps['onChange'] } = {}) {
  const clock = { now: opts.start ?? Date.parse('2025-06-15T10:00:00Z') };
  const local = (opts.local ?? new MemoryArea()) as L;
  const session = opts.session ?? new MemoryArea();
  const service = createVaultService({ local, session, kdf: opts.kdf ?? LOW_KDF, now: () => clock.now, onChange: opts.onChange });
  return { service, local, session, clock };
}

/** A household with values that are easy to look for in storage (long, distinctive, with umlauts). */
export const SAMPLE_PROFILE: Profile = {
  schemaVersion: PROFILE_SCHEMA_VERSION,
  updatedAt: '2025-06-01T08:00:00.000Z',
  people: [
    {
      id: 'applicant', role: 'applicant', label: 'Ich',
      values: {
        'given-name': 'Friederike', 'family-name': 'Schwanthaler-Größmann', 'bday': '1984-03-07',
        'birth-place': 'Quedlinburg', 'street': 'Zwetschgenallee', 'house-number': '17b', 'postal-code': '10115', 'city': 'Berlin', 'country': 'DE',
        'email': 'friederike.schwanthaler@example.org', 'tax-id': '36574261809', 'iban': 'DE89370400440532013000',
        'passport-number': 'C01X00T47', 'social-security-number': '65170839J003',
      },
    },
    { id: 'partner', role: 'partner', label: 'Jean', values: { 'given-name': 'Jean-Baptiste', 'family-name': 'Lefèvre-Marchand', 'social-security-number': '295109912611193', 'tax-id': '0701987765432' } },
    { id: 'child-0a1b2c', role: 'child', label: 'Mia', values: { 'given-name': 'Mirabellchen', 'bday': '2016-11-23' } },
  ],
};

/** Every value of a profile that a leak test should look for (labels included). */
export function profileSecrets(profile: Profile): string[] {
  return profile.people.flatMap((p) => [p.label, ...Object.values(p.values)]).filter((v): v is string => !!v && v.length >= 5);
}

const valueArb = fc.string({ unit: 'grapheme', maxLength: 60 });
const valuesArb = fc.dictionary(fc.constantFrom(...FIELD_KEYS), valueArb, { maxKeys: 12 }) as fc.Arbitrary<Partial<Record<FieldKey, string>>>;

/** Random profiles of the current schema: one applicant, others of any role but partner. */
export const profileArb: fc.Arbitrary<Profile> = fc.record({
  applicant: valuesArb,
  others: fc.array(fc.record({ role: fc.constantFrom(...PERSONS.filter((r) => r !== 'applicant' && r !== 'partner')), label: fc.string({ maxLength: 20 }), values: valuesArb }), { maxLength: 4 }),
  updatedAt: fc.date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }),
}).map(({ applicant, others, updatedAt }) => ({
  schemaVersion: PROFILE_SCHEMA_VERSION,
  updatedAt: updatedAt.toISOString(),
  people: [
    { id: 'applicant', role: 'applicant' as const, label: '', values: applicant },
    ...others.map((o, i) => ({ id: `${o.role}-${i}`, role: o.role, label: o.label, values: o.values })),
  ],
}));
