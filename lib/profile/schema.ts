// What the profile holds for each key of the vocabulary (../shared/field-keys.json), as one data
// table: the kind of value decides how it is validated and which control the editor shows.
// Canonical forms are described in ./types.ts; this table is the machine-readable side of it.
import type { FieldKey, Person } from '../fields/keys';
import type { Profile, ProfilePerson } from './types';

/** The schema version this code writes. Older vaults are migrated on read (./migrations.ts). */
export const PROFILE_SCHEMA_VERSION = 2;

export type ValueKind =
  | 'text'          // free text as typed (names, places, authorities)
  | 'date'          // ISO 8601 day
  | 'day' | 'month' | 'year' // split birth date parts (derived by the planner; kept when that is all we know)
  | 'country'       // ISO 3166-1 alpha-2
  | 'sex' | 'marital-status' // one of SEX_VALUES / MARITAL_STATUS_VALUES
  | 'email' | 'tel'
  | 'postal-code'   // checked by the rules of the person's address country
  | 'document-number' // passport / identity card numbers (ICAO 9303 alphabet)
  | 'tax-id'        // DE Steuer-ID (11 digits) or FR numéro fiscal (13 digits)
  | 'tax-number'    // DE Steuernummer / FR numéro de déclarant: formats vary by Land, text
  | 'social-security-number' // DE Versicherungsnummer or FR NIR
  | 'health-insurance-number'
  | 'iban' | 'bic';

export const VALUE_KINDS: Record<FieldKey, ValueKind> = {
  'honorific-prefix': 'text',
  'academic-title': 'text',
  'full-name': 'text',
  'given-name': 'text',
  'family-name': 'text',
  'birth-name': 'text',
  'former-names': 'text',
  'artistic-name': 'text',
  'sex': 'sex',
  'bday': 'date',
  'bday-day': 'day',
  'bday-month': 'month',
  'bday-year': 'year',
  'birth-place': 'text',
  'birth-country': 'country',
  'nationality': 'country',
  'marital-status': 'marital-status',
  'religion': 'text',
  'occupation': 'text',
  'employer': 'text',
  'email': 'email',
  'tel': 'tel',
  'street-address': 'text',
  'street': 'text',
  'house-number': 'text',
  'address-suffix': 'text',
  'postal-code': 'postal-code',
  'city': 'text',
  'region': 'text',
  'country': 'country',
  'id-card-number': 'document-number',
  'passport-number': 'document-number',
  'passport-issue-date': 'date',
  'passport-expiry-date': 'date',
  'passport-issuing-authority': 'text',
  'tax-id': 'tax-id',
  'tax-number': 'tax-number',
  'social-security-number': 'social-security-number',
  'health-insurer': 'text',
  'health-insurance-number': 'health-insurance-number',
  'iban': 'iban',
  'bic': 'bic',
  'account-holder': 'text',
  'bank-name': 'text',
};

/**
 * How the editor groups the keys. Every key appears exactly once (a test checks it). The "derived"
 * group holds keys the planner computes from others (bday → day/month/year, given + family name →
 * full name, street + number → street-address); users fill them only when that is all they have.
 */
export const KEY_GROUPS = [
  { id: 'name', keys: ['honorific-prefix', 'academic-title', 'given-name', 'family-name', 'birth-name', 'former-names', 'artistic-name'] },
  { id: 'birth', keys: ['sex', 'bday', 'birth-place', 'birth-country', 'nationality', 'marital-status', 'religion'] },
  { id: 'contact', keys: ['email', 'tel', 'occupation', 'employer'] },
  { id: 'address', keys: ['street', 'house-number', 'address-suffix', 'postal-code', 'city', 'region', 'country'] },
  { id: 'documents', keys: ['id-card-number', 'passport-number', 'passport-issue-date', 'passport-expiry-date', 'passport-issuing-authority'] },
  { id: 'tax-social', keys: ['tax-id', 'tax-number', 'social-security-number', 'health-insurer', 'health-insurance-number'] },
  { id: 'bank', keys: ['iban', 'bic', 'account-holder', 'bank-name'] },
  { id: 'derived', keys: ['full-name', 'street-address', 'bday-day', 'bday-month', 'bday-year'] },
] as const satisfies ReadonlyArray<{ id: string; keys: readonly FieldKey[] }>;

export type KeyGroupId = (typeof KEY_GROUPS)[number]['id'];

/** Longest value we store for any key: far above any form's limit, small enough for storage. */
export const MAX_VALUE_LENGTH = 300;
/** Most people a household profile holds; keeps the vault small and the editor usable. */
export const MAX_PEOPLE = 30;

export function emptyProfile(now: Date): Profile {
  return {
    schemaVersion: PROFILE_SCHEMA_VERSION,
    people: [{ id: 'applicant', role: 'applicant', label: '', values: {} }],
    updatedAt: now.toISOString(),
  };
}

/** A new household member with an id unique in `profile` (ids are stable across edits). */
export function newPerson(profile: Profile, role: Person, random: () => number = Math.random): ProfilePerson {
  const taken = new Set(profile.people.map((p) => p.id));
  if (role !== 'child' && role !== 'other' && !taken.has(role)) return { id: role, role, label: '', values: {} };
  for (;;) {
    const id = `${role}-${Math.floor(random() * 0xffffff).toString(16).padStart(6, '0')}`;
    if (!taken.has(id)) return { id, role, label: '', values: {} };
  }
}
