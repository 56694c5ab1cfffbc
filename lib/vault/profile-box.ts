// A profile in and out of envelope text: the crypto path every vault operation shares.
import { migrateProfile } from '../profile/migrations';
import { parseProfile } from '../profile/parse';
import { PROFILE_SCHEMA_VERSION } from '../profile/schema';
import type { Profile } from '../profile/types';
import { randomBytes } from './bytes';
import { open, seal, type SealingKey } from './cipher';
import { parseEnvelope, serializeEnvelope, type Envelope } from './envelope';
import { failure, success, type VaultResult } from './errors';
import { deriveKeys, SALT_BYTES, type KdfParams, type VaultKeys } from './kdf';

export interface Opened {
  profile: Profile;
  envelope: Envelope;
  keys: VaultKeys;
  /** The schema version the stored profile had, when it was migrated on the way in. */
  migratedFrom: number | null;
}

/** New keys from a passphrase under `kdf`, with a fresh salt: for new vaults and new passphrases. */
export async function freshKeys(passphrase: string, kdf: KdfParams): Promise<SealingKey & { keys: VaultKeys }> {
  const salt = randomBytes(SALT_BYTES);
  const keys = await deriveKeys(passphrase, salt, kdf);
  return { key: keys.key, kdf, salt, keyCheck: keys.check, keys };
}

export function sealingKeyOf(envelope: Envelope, key: CryptoKey): SealingKey {
  return { key, kdf: envelope.kdf, salt: envelope.salt, keyCheck: envelope.keyCheck };
}

export async function sealProfile(profile: Profile, k: SealingKey): Promise<{ text: string; plaintext: string }> {
  const plaintext = JSON.stringify(profile);
  return { text: serializeEnvelope(await seal(plaintext, k, profile.schemaVersion)), plaintext };
}

async function decode(envelope: Envelope, key: CryptoKey, check: Uint8Array, now: Date): Promise<VaultResult<{ profile: Profile; migratedFrom: number | null }>> {
  const opened = await open(envelope, key, check);
  if (!opened.ok) return failure(opened.error);
  let json: unknown;
  try {
    json = JSON.parse(opened.plaintext);
  } catch {
    return failure('corrupt'); // authentic but unreadable: written by a broken version
  }
  if ((json as { schemaVersion?: unknown } | null)?.schemaVersion !== envelope.schemaVersion) return failure('corrupt');
  const migrated = migrateProfile(json, now);
  if (!migrated.ok) return failure(migrated.reason === 'newer-schema' ? 'unsupported-version' : 'corrupt');
  return success({ profile: migrated.profile, migratedFrom: migrated.migratedFrom });
}

/** Opens envelope text with a passphrase (one Argon2id run with the envelope's own parameters). */
export async function openWithPassphrase(text: unknown, passphrase: string, now: Date): Promise<VaultResult<Opened>> {
  const parsed = parseEnvelope(text);
  if (!parsed.ok) return failure(parsed.error);
  const { envelope } = parsed;
  const keys = await deriveKeys(passphrase, envelope.salt, envelope.kdf);
  const decoded = await decode(envelope, keys.key, keys.check, now);
  return decoded.ok ? success({ ...decoded.value, envelope, keys }) : decoded;
}

/** Opens envelope text with the session key (no Argon2id: this is the fast path after unlock). */
export async function openWithKey(text: unknown, key: CryptoKey, check: Uint8Array, now: Date): Promise<VaultResult<{ profile: Profile; envelope: Envelope }>> {
  const parsed = parseEnvelope(text);
  if (!parsed.ok) return failure(parsed.error);
  const decoded = await decode(parsed.envelope, key, check, now);
  return decoded.ok ? success({ profile: decoded.value.profile, envelope: parsed.envelope }) : decoded;
}

/** A verifier for replaceVaultVerified: the stored text opens with `key` to exactly `plaintext`. */
export function verifiesAs(key: CryptoKey, check: Uint8Array, plaintext: string): (stored: unknown) => Promise<boolean> {
  return async (stored) => {
    const parsed = parseEnvelope(stored);
    if (!parsed.ok) return false;
    const opened = await open(parsed.envelope, key, check);
    return opened.ok && opened.plaintext === plaintext;
  };
}

/** The shape check for profiles handed in by the UI (current schema only). */
export function checkProfileShape(profile: unknown): VaultResult<Profile> {
  const parsed = parseProfile(profile, PROFILE_SCHEMA_VERSION);
  return parsed.ok ? success(parsed.profile) : failure('invalid-profile');
}
