// Create → lock → unlock and save → read give back exactly the profile, for random profiles; the
// stored text holds none of its values; one run with the default Argon2id parameters.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MemoryArea } from '@/lib/vault/areas';
import { DEFAULT_KDF } from '@/lib/vault/kdf';
import { parseEnvelope } from '@/lib/vault/envelope';
import { VAULT_KEY } from '@/lib/vault/vault-store';
import { findLeaks } from './encodings';
import { makeVault, PASSPHRASE, profileArb, profileSecrets, SAMPLE_PROFILE } from './fixtures';

describe('vault round trip', () => {
  it('gives back every random profile after lock and unlock, and after save and read', async () => {
    await fc.assert(fc.asyncProperty(profileArb, profileArb, async (first, second) => {
      const { service, clock } = makeVault();
      const created = await service.create(PASSPHRASE, first);
      expect(created.ok).toBe(true);
      await service.lock();
      const unlocked = await service.unlock(PASSPHRASE);
      expect(unlocked).toEqual({ ok: true, value: { profile: first, migratedFrom: null } });
      clock.now += 1000;
      const saved = await service.save(second);
      expect(saved.ok).toBe(true);
      const read = await service.read();
      expect(read).toEqual({ ok: true, value: { ...second, updatedAt: new Date(clock.now).toISOString() } });
    }), { numRuns: 60 });
  });

  it('writes a fresh IV and ciphertext on every save of the same profile', async () => {
    const { service, local } = makeVault();
    await service.create(PASSPHRASE, SAMPLE_PROFILE);
    const ivs = new Set<string>();
    for (let i = 0; i < 20; i++) {
      await service.save(SAMPLE_PROFILE);
      const text = (await local.get(VAULT_KEY)) as string;
      ivs.add((JSON.parse(text) as { cipher: { iv: string } }).cipher.iv);
    }
    expect(ivs.size).toBe(20);
  });

  it('stores none of the profile values in any encoding, and no key', async () => {
    const local = new MemoryArea();
    const session = new MemoryArea();
    const { service } = makeVault({ local, session });
    await service.create(PASSPHRASE, SAMPLE_PROFILE);
    await service.save(SAMPLE_PROFILE);
    const stored = JSON.stringify([...local.data]);
    expect(findLeaks(stored, [...profileSecrets(SAMPLE_PROFILE), PASSPHRASE])).toEqual([]);
    // The session key is in storage.session only, never in storage.local.
    const sessionKey = (JSON.parse(session.data.get('vault-session')!) as { key: string }).key;
    expect(sessionKey).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    expect(stored).not.toContain(sessionKey);
    expect(findLeaks(stored, [sessionKey])).toEqual([]);
  });

  it('works with the default parameters (64 MiB, 3 passes, 1 lane) and records them', async () => {
    const { service, local } = makeVault({ kdf: DEFAULT_KDF });
    expect((await service.create(PASSPHRASE, SAMPLE_PROFILE)).ok).toBe(true);
    await service.lock();
    expect(await service.unlock(PASSPHRASE)).toEqual({ ok: true, value: { profile: SAMPLE_PROFILE, migratedFrom: null } });
    const parsed = parseEnvelope(await local.get(VAULT_KEY));
    expect(parsed.ok && parsed.envelope.kdf).toEqual({ memoryKiB: 65536, iterations: 3, parallelism: 1 });
  });

  it('raises weaker parameters of an old envelope on unlock', async () => {
    const local = new MemoryArea();
    await makeVault({ local }).service.create(PASSPHRASE, SAMPLE_PROFILE);
    const stronger = { memoryKiB: 256, iterations: 2, parallelism: 1 };
    const { service } = makeVault({ local, kdf: stronger });
    expect((await service.unlock(PASSPHRASE)).ok).toBe(true);
    const parsed = parseEnvelope(await local.get(VAULT_KEY));
    expect(parsed.ok && parsed.envelope.kdf).toEqual(stronger);
    expect((await service.read()).ok).toBe(true); // the session holds the new key
  });
});
