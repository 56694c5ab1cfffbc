// Any change to the stored or imported envelope is detected, and a failed operation writes nothing.
import { beforeAll, describe, expect, it } from 'vitest';
import { MemoryArea } from '@/lib/vault/areas';
import { VAULT_KEY } from '@/lib/vault/vault-store';
import { makeVault, PASSPHRASE, SAMPLE_PROFILE } from './fixtures';

let original = '';
beforeAll(async () => {
  const { service, local } = makeVault();
  await service.create(PASSPHRASE, SAMPLE_PROFILE);
  original = (await local.get(VAULT_KEY)) as string;
});

/** A vault whose storage holds `text`, locked. */
function storedVault(text: string) {
  const local = new MemoryArea();
  local.data.set(VAULT_KEY, JSON.stringify(text));
  return makeVault({ local });
}

// Replaces the character at i by one that is valid in the same place more often than not
// (digits by digits, base64 by base64), so the parse does not reject every case trivially.
function flip(text: string, i: number): string {
  const c = text[i]!;
  const alphabet = /\d/.test(c) ? '0123456789' : /[A-Za-z+/=]/.test(c) ? 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/' : ' {}[]":,x';
  const replacement = alphabet[(alphabet.indexOf(c) + 1 + (i % 7)) % alphabet.length] ?? 'x';
  return text.slice(0, i) + (replacement === c ? 'x' : replacement) + text.slice(i + 1);
}

describe('tampering and damage', () => {
  it('refuses to unlock after any single character of the stored envelope changed, and leaves it untouched', async () => {
    const outcomes = new Map<string, number>();
    for (let i = 0; i < original.length; i++) {
      const tampered = flip(original, i);
      const { service, local, session } = storedVault(tampered);
      const result = await service.unlock(PASSPHRASE);
      expect(result.ok, `position ${i}: ${tampered.slice(Math.max(0, i - 10), i + 10)}`).toBe(false);
      if (!result.ok) outcomes.set(result.error, (outcomes.get(result.error) ?? 0) + 1);
      expect(await local.get(VAULT_KEY)).toBe(tampered);
      expect(session.data.size).toBe(0);
    }
    // Header changes are caught by parse or key check, ciphertext changes by the GCM tag.
    expect(outcomes.get('tampered')).toBeGreaterThan(100);
    expect(outcomes.get('corrupt')).toBeGreaterThan(20);
  });

  it('refuses every truncation of the stored envelope', async () => {
    for (let length = 0; length < original.length; length++) {
      const { service, local } = storedVault(original.slice(0, length));
      const result = await service.unlock(PASSPHRASE);
      expect(result).toEqual({ ok: false, error: 'corrupt' });
      expect(await local.get(VAULT_KEY)).toBe(original.slice(0, length));
    }
  });

  it('says "wrong passphrase" for a wrong passphrase and keeps the vault', async () => {
    const { service, local } = storedVault(original);
    expect(await service.unlock('Korrekt Pferd Batterie Heftklammer')).toEqual({ ok: false, error: 'wrong-passphrase' });
    expect(await local.get(VAULT_KEY)).toBe(original);
    expect((await service.status()).state).toBe('locked');
  });

  it('refuses an envelope of a newer version with its own sentence', async () => {
    const newer = original.replace('"version":1', '"version":2');
    const { service } = storedVault(newer);
    expect(await service.unlock(PASSPHRASE)).toEqual({ ok: false, error: 'unsupported-version' });
  });

  it('reports stored values that are not text at all as corrupt', async () => {
    for (const junk of [42, { format: 'formlotse-vault' }, ['x'], true]) {
      const local = new MemoryArea();
      local.data.set(VAULT_KEY, JSON.stringify(junk));
      expect(await makeVault({ local }).service.unlock(PASSPHRASE)).toEqual({ ok: false, error: 'corrupt' });
    }
  });

  it('imports no changed, truncated or foreign file, and keeps the current vault', async () => {
    const { service, local } = storedVault(original);
    await service.unlock(PASSPHRASE);
    for (let i = 0; i < original.length; i += 3) {
      expect((await service.importFile(flip(original, i), PASSPHRASE)).ok).toBe(false);
      expect((await service.importFile(original.slice(0, i), PASSPHRASE)).ok).toBe(false);
    }
    expect((await service.importFile('{"hello":"world"}', PASSPHRASE)).ok).toBe(false);
    expect(await service.importFile(original, 'not the passphrase')).toEqual({ ok: false, error: 'wrong-passphrase' });
    expect(await local.get(VAULT_KEY)).toBe(original);
    expect(local.data.has('vault-staging')).toBe(false);
    expect(await service.read()).toEqual({ ok: true, value: SAMPLE_PROFILE });
  });
});
