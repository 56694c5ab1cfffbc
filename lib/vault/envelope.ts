// The stored vault: one JSON text (the same text is the export file). Everything but the ciphertext
// is the header; the header is bound to the ciphertext as AES-GCM additional data, so changing any
// parameter, the schema version or the key check makes decryption fail.
//
// {"format":"formlotse-vault","version":1,
//  "kdf":{"name":"argon2id","memoryKiB":65536,"iterations":3,"parallelism":1,"salt":"<b64 16 bytes>"},
//  "cipher":{"name":"AES-256-GCM","iv":"<b64 12 bytes>"},
//  "keyCheck":"<b64 16 bytes>","schemaVersion":2,"ciphertext":"<b64 ciphertext + 16-byte tag>"}
import { fromBase64, toBase64, utf8 } from './bytes';
import { KEY_CHECK_BYTES, kdfWithinBounds, SALT_BYTES, type KdfParams } from './kdf';

export const ENVELOPE_FORMAT = 'formlotse-vault';
/** Envelope versions this code reads. A new layout adds a version and a reader; old ones stay readable. */
export const ENVELOPE_VERSION = 1;
export const IV_BYTES = 12; // 96-bit GCM nonce (NIST SP 800-38D § 8.2)
const TAG_BYTES = 16;

export interface EnvelopeHeader {
  kdf: KdfParams;
  salt: Uint8Array;
  iv: Uint8Array;
  keyCheck: Uint8Array;
  schemaVersion: number;
}

export interface Envelope extends EnvelopeHeader {
  ciphertext: Uint8Array;
}

export type EnvelopeParse =
  | { ok: true; envelope: Envelope }
  | { ok: false; error: 'corrupt' | 'unsupported-version' };

/** The header in one fixed order, as bytes: the AES-GCM additional data. */
export function headerBytes(h: EnvelopeHeader): Uint8Array<ArrayBuffer> {
  return utf8.encode(JSON.stringify([
    ENVELOPE_FORMAT, ENVELOPE_VERSION, 'argon2id', h.kdf.memoryKiB, h.kdf.iterations, h.kdf.parallelism,
    toBase64(h.salt), 'AES-256-GCM', toBase64(h.iv), toBase64(h.keyCheck), h.schemaVersion,
  ]));
}

export function serializeEnvelope(e: Envelope): string {
  return JSON.stringify({
    format: ENVELOPE_FORMAT,
    version: ENVELOPE_VERSION,
    kdf: { name: 'argon2id', memoryKiB: e.kdf.memoryKiB, iterations: e.kdf.iterations, parallelism: e.kdf.parallelism, salt: toBase64(e.salt) },
    cipher: { name: 'AES-256-GCM', iv: toBase64(e.iv) },
    keyCheck: toBase64(e.keyCheck),
    schemaVersion: e.schemaVersion,
    ciphertext: toBase64(e.ciphertext),
  });
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const hasExactly = (o: Record<string, unknown>, keys: string[]) =>
  Object.keys(o).length === keys.length && keys.every((k) => Object.prototype.hasOwnProperty.call(o, k));

function bytesOf(value: unknown, length?: number, min = 0): Uint8Array | null {
  if (typeof value !== 'string') return null;
  const bytes = fromBase64(value);
  if (!bytes || (length !== undefined && bytes.length !== length) || bytes.length < min) return null;
  return bytes;
}

/**
 * Reads stored or imported text. Strict: exact keys, canonical base64, exact lengths, bounded KDF
 * parameters; anything else is "corrupt". A well-formed envelope of another version is
 * "unsupported-version" (written by a newer Formlotse).
 */
export function parseEnvelope(text: unknown): EnvelopeParse {
  const corrupt = { ok: false, error: 'corrupt' } as const;
  if (typeof text !== 'string') return corrupt;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return corrupt;
  }
  if (!isRecord(raw) || raw.format !== ENVELOPE_FORMAT) return corrupt;
  if (raw.version !== ENVELOPE_VERSION) {
    return typeof raw.version === 'number' && Number.isInteger(raw.version) && raw.version > ENVELOPE_VERSION
      ? { ok: false, error: 'unsupported-version' }
      : corrupt;
  }
  if (!hasExactly(raw, ['format', 'version', 'kdf', 'cipher', 'keyCheck', 'schemaVersion', 'ciphertext'])) return corrupt;
  const { kdf, cipher } = raw;
  if (!isRecord(kdf) || !hasExactly(kdf, ['name', 'memoryKiB', 'iterations', 'parallelism', 'salt']) || kdf.name !== 'argon2id') return corrupt;
  if (!isRecord(cipher) || !hasExactly(cipher, ['name', 'iv']) || cipher.name !== 'AES-256-GCM') return corrupt;
  const params = { memoryKiB: kdf.memoryKiB, iterations: kdf.iterations, parallelism: kdf.parallelism } as KdfParams;
  if (!kdfWithinBounds(params)) return corrupt;
  const schemaVersion = raw.schemaVersion;
  if (typeof schemaVersion !== 'number' || !Number.isInteger(schemaVersion) || schemaVersion < 1) return corrupt;
  const salt = bytesOf(kdf.salt, SALT_BYTES);
  const iv = bytesOf(cipher.iv, IV_BYTES);
  const keyCheck = bytesOf(raw.keyCheck, KEY_CHECK_BYTES);
  const ciphertext = bytesOf(raw.ciphertext, undefined, TAG_BYTES + 1);
  if (!salt || !iv || !keyCheck || !ciphertext) return corrupt;
  return { ok: true, envelope: { kdf: params, salt, iv, keyCheck, schemaVersion, ciphertext } };
}
