// Sealing and opening a profile: AES-256-GCM (WebCrypto) with a fresh random 96-bit IV on every
// write and the envelope header as additional data.
import { randomBytes, utf8, equalBytes } from './bytes';
import { headerBytes, IV_BYTES, type Envelope } from './envelope';
import type { KdfParams } from './kdf';

/** What a sealed envelope is bound to, apart from its IV: the key and the header it was derived with. */
export interface SealingKey {
  key: CryptoKey;
  kdf: KdfParams;
  salt: Uint8Array;
  keyCheck: Uint8Array;
}

export async function seal(plaintext: string, k: SealingKey, schemaVersion: number): Promise<Envelope> {
  const header = { kdf: k.kdf, salt: k.salt, keyCheck: k.keyCheck, schemaVersion, iv: randomBytes(IV_BYTES) };
  const ciphertext = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv: header.iv, additionalData: headerBytes(header), tagLength: 128 },
    k.key,
    utf8.encode(plaintext),
  );
  return { ...header, ciphertext: new Uint8Array(ciphertext) };
}

export type OpenResult = { ok: true; plaintext: string } | { ok: false; error: 'wrong-passphrase' | 'tampered' };

/** `check` is the key check of the key in hand: a mismatch means another passphrase, not damage. */
export async function open(envelope: Envelope, key: CryptoKey, check: Uint8Array): Promise<OpenResult> {
  if (!equalBytes(check, envelope.keyCheck)) return { ok: false, error: 'wrong-passphrase' };
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: new Uint8Array(envelope.iv), additionalData: headerBytes(envelope), tagLength: 128 },
      key,
      new Uint8Array(envelope.ciphertext),
    );
    return { ok: true, plaintext: utf8.decode(new Uint8Array(plain)) };
  } catch {
    return { ok: false, error: 'tampered' };
  }
}
