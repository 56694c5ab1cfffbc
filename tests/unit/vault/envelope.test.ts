// The envelope format: strict parsing, and the header bound to the ciphertext as additional data.
import { describe, expect, it } from 'vitest';
import { fromBase64, toBase64 } from '@/lib/vault/bytes';
import { open, seal } from '@/lib/vault/cipher';
import { parseEnvelope, serializeEnvelope, type Envelope } from '@/lib/vault/envelope';
import { freshKeys } from '@/lib/vault/profile-box';
import { LOW_KDF, PASSPHRASE } from './fixtures';

async function sealed() {
  const k = await freshKeys(PASSPHRASE, LOW_KDF);
  const envelope = await seal('{"hello":"Welt"}', k, 2);
  return { k, envelope };
}

describe('envelope', () => {
  it('serializes and parses back to the same envelope', async () => {
    const { envelope } = await sealed();
    const text = serializeEnvelope(envelope);
    const parsed = parseEnvelope(text);
    expect(parsed.ok && serializeEnvelope(parsed.envelope)).toBe(text);
  });

  it.each<[string, (e: Envelope) => Envelope]>([
    ['schema version', (e) => ({ ...e, schemaVersion: 3 })],
    ['iteration count', (e) => ({ ...e, kdf: { ...e.kdf, iterations: e.kdf.iterations + 1 } })],
    ['memory', (e) => ({ ...e, kdf: { ...e.kdf, memoryKiB: e.kdf.memoryKiB * 2 } })],
    ['salt', (e) => ({ ...e, salt: e.salt.map((b, i) => (i === 0 ? b ^ 1 : b)) })],
    ['IV', (e) => ({ ...e, iv: e.iv.map((b, i) => (i === 0 ? b ^ 1 : b)) })],
  ])('detects a changed %s even with the right key (header is AES-GCM additional data)', async (_what, change) => {
    const { k, envelope } = await sealed();
    expect(await open(envelope, k.key, k.keyCheck)).toEqual({ ok: true, plaintext: '{"hello":"Welt"}' });
    expect(await open(change(envelope), k.key, k.keyCheck)).toEqual({ ok: false, error: 'tampered' });
  });

  it('tells a different key apart from damage by the key check', async () => {
    const { envelope } = await sealed();
    const other = await freshKeys(PASSPHRASE, LOW_KDF); // same passphrase, other salt: another key
    expect(await open(envelope, other.key, other.keyCheck)).toEqual({ ok: false, error: 'wrong-passphrase' });
  });

  it('accepts only canonical base64 (a flipped padding bit is not "the same bytes")', () => {
    const bytes = new Uint8Array(16).fill(7);
    const b64 = toBase64(bytes);
    expect(fromBase64(b64)).toEqual(bytes);
    const lastData = b64[b64.length - 3]!;
    const sibling = String.fromCharCode(lastData.charCodeAt(0) + 1); // differs only in unused low bits
    expect(atob(b64.slice(0, -3) + sibling + '==')).toBe(atob(b64)); // lenient decoders see the same bytes
    expect(fromBase64(b64.slice(0, -3) + sibling + '==')).toBeNull();
    expect(fromBase64('abc')).toBeNull();
  });

  it.each([
    ['an extra field', (o: Record<string, unknown>) => ({ ...o, note: 'x' })],
    ['a missing field', (o: Record<string, unknown>) => ({ ...o, keyCheck: undefined })],
    ['another cipher', (o: Record<string, unknown>) => ({ ...o, cipher: { name: 'AES-128-GCM', iv: (o.cipher as { iv: string }).iv } })],
    ['4 GiB of Argon2 memory', (o: Record<string, unknown>) => ({ ...o, kdf: { ...(o.kdf as object), memoryKiB: 4 * 1024 * 1024 } })],
    ['a short IV', (o: Record<string, unknown>) => ({ ...o, cipher: { name: 'AES-256-GCM', iv: 'AAAAAAAAAAA=' } })],
  ])('refuses %s as corrupt', async (_what, change) => {
    const { envelope } = await sealed();
    const text = JSON.stringify(change(JSON.parse(serializeEnvelope(envelope)) as Record<string, unknown>));
    expect(parseEnvelope(text)).toEqual({ ok: false, error: 'corrupt' });
  });
});
