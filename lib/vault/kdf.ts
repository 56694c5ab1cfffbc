// Passphrase → keys. Argon2id (RFC 9106) through hash-wasm derives a 32-byte master secret; HKDF-SHA-256
// (RFC 5869) splits it into the AES-256-GCM key and a 16-byte key-check value. The check value is
// stored in the envelope so a wrong passphrase is told apart from a damaged vault; it gives an
// attacker nothing the GCM tag does not already give (both need one Argon2id run per guess).
import { argon2id } from 'hash-wasm';
import { utf8 } from './bytes';

export interface KdfParams {
  /** Argon2id memory in KiB. */
  memoryKiB: number;
  iterations: number;
  parallelism: number;
}

/**
 * Defaults: 64 MiB, 3 passes, 1 lane — the second recommended option of RFC 9106 § 4 (64 MiB, t=3,
 * p=4) with one lane, since WebAssembly here runs one thread. OWASP's Password Storage Cheat Sheet
 * asks for at least 19 MiB, t=2. Stored in each envelope, so a later version can raise them.
 */
export const DEFAULT_KDF: KdfParams = { memoryKiB: 64 * 1024, iterations: 3, parallelism: 1 };

/** What an envelope may ask for: enough room to raise the defaults, bounded so a crafted file cannot exhaust memory. */
export const KDF_BOUNDS = {
  memoryKiB: { min: 8, max: 1024 * 1024 },
  iterations: { min: 1, max: 32 },
  parallelism: { min: 1, max: 8 },
} as const satisfies Record<keyof KdfParams, { min: number; max: number }>;

export const SALT_BYTES = 16;
export const KEY_CHECK_BYTES = 16;

export function kdfWithinBounds(p: KdfParams): boolean {
  return (Object.keys(KDF_BOUNDS) as (keyof KdfParams)[]).every((k) =>
    Number.isInteger(p[k]) && p[k] >= KDF_BOUNDS[k].min && p[k] <= KDF_BOUNDS[k].max)
    && p.memoryKiB >= 8 * p.parallelism; // Argon2's own minimum
}

/** True when `p` is weaker than `policy` in any parameter: the vault is re-wrapped on the next unlock. */
export function weakerThan(p: KdfParams, policy: KdfParams): boolean {
  return p.memoryKiB < policy.memoryKiB || p.iterations < policy.iterations;
}

export interface VaultKeys {
  /** AES-256-GCM key bytes: kept only to re-import the key after a service worker restart. */
  raw: Uint8Array<ArrayBuffer>;
  key: CryptoKey;
  check: Uint8Array;
}

/** NFC so the same passphrase typed on macOS (NFD input) and elsewhere gives the same key. */
export function normalizePassphrase(passphrase: string): string {
  return passphrase.normalize('NFC');
}

export async function deriveKeys(passphrase: string, salt: Uint8Array, params: KdfParams): Promise<VaultKeys> {
  const master = await argon2id({
    password: utf8.encode(normalizePassphrase(passphrase)),
    salt,
    iterations: params.iterations,
    parallelism: params.parallelism,
    memorySize: params.memoryKiB,
    hashLength: 32,
    outputType: 'binary',
  });
  // importKey copies the bytes; wiping our copy keeps the master secret out of later heap dumps.
  const hkdf = await crypto.subtle.importKey('raw', new Uint8Array(master), 'HKDF', false, ['deriveBits']);
  master.fill(0);
  const info = (label: string) => ({ name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info: utf8.encode(`formlotse vault v1 ${label}`) });
  const raw = new Uint8Array(await crypto.subtle.deriveBits(info('aes-256-gcm key'), hkdf, 256));
  const check = new Uint8Array(await crypto.subtle.deriveBits(info('key check'), hkdf, KEY_CHECK_BYTES * 8));
  return { raw, key: await importAesKey(raw), check };
}

export function importAesKey(raw: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', raw, { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']);
}
