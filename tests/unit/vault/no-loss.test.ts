// Passphrase change, export/import, quota and storage failures: the stored vault is replaced only by
// a verified new one, and any failure leaves it as it was.
import { describe, expect, it } from 'vitest';
import { MemoryArea } from '@/lib/vault/areas';
import { STAGING_KEY, VAULT_KEY } from '@/lib/vault/vault-store';
import { freshKeys, sealProfile } from '@/lib/vault/profile-box';
import type { Profile } from '@/lib/profile/types';
import { LOW_KDF, makeVault, PASSPHRASE, SAMPLE_PROFILE } from './fixtures';

const NEW_PASSPHRASE = 'Neue Passphrase für den Tresor';

/** An area that fails or lies for chosen keys, to act out a broken disk or a full quota. */
class FaultyArea extends MemoryArea {
  failSet: ((key: string) => Error | null) = () => null;
  /** Reads of this key come back cut short once it has been written again. */
  corruptReadOf: string | null = null;
  private rewritten = new Set<string>();
  override async set(key: string, value: unknown) {
    const error = this.failSet(key);
    if (error) throw error;
    this.rewritten.add(key);
    return super.set(key, value);
  }
  override async get(key: string) {
    const value = await super.get(key);
    const corrupt = key === this.corruptReadOf && this.rewritten.has(key) && typeof value === 'string';
    return corrupt ? value.slice(0, -5) : value;
  }
  arm(key: string) {
    this.corruptReadOf = key;
    this.rewritten.clear();
  }
}

async function createdVault() {
  const local = new FaultyArea();
  const vault = makeVault({ local });
  await vault.service.create(PASSPHRASE, SAMPLE_PROFILE);
  return { ...vault, local, before: (await local.get(VAULT_KEY)) as string };
}

describe('no loss', () => {
  it('changes the passphrase: the new one opens, the old one no longer, the profile is the same', async () => {
    const { service, local } = await createdVault();
    expect(await service.changePassphrase(PASSPHRASE, NEW_PASSPHRASE)).toEqual({ ok: true, value: undefined });
    expect(local.data.has(STAGING_KEY)).toBe(false);
    await service.lock();
    expect(await service.unlock(PASSPHRASE)).toEqual({ ok: false, error: 'wrong-passphrase' });
    expect(await service.unlock(NEW_PASSPHRASE)).toEqual({ ok: true, value: { profile: SAMPLE_PROFILE, migratedFrom: null } });
  });

  it('refuses a passphrase change with the wrong current passphrase or a short new one', async () => {
    const { service, local, before } = await createdVault();
    expect(await service.changePassphrase('wrong wrong wrong', NEW_PASSPHRASE)).toEqual({ ok: false, error: 'wrong-passphrase' });
    expect(await service.changePassphrase(PASSPHRASE, 'kurz')).toEqual({ ok: false, error: 'weak-passphrase' });
    expect(await local.get(VAULT_KEY)).toBe(before);
  });

  it.each([
    ['the staging write hits the quota', (k: string) => (k === STAGING_KEY ? new Error('Resource::kQuotaBytes quota exceeded') : null), 'quota-exceeded'],
    ['the swap fails', (k: string) => (k === VAULT_KEY ? new Error('IO error: disk') : null), 'storage-failed'],
    ['the quota is hit at the swap (Firefox)', (k: string) => (k === VAULT_KEY ? Object.assign(new Error('full'), { name: 'QuotaExceededError' }) : null), 'quota-exceeded'],
  ])('keeps the old vault when %s during a passphrase change and a save', async (_what, failSet, error) => {
    const { service, local, before } = await createdVault();
    local.failSet = failSet;
    expect(await service.changePassphrase(PASSPHRASE, NEW_PASSPHRASE)).toEqual({ ok: false, error });
    expect(await service.save({ ...SAMPLE_PROFILE, people: [] })).toEqual({ ok: false, error });
    expect(await local.get(VAULT_KEY)).toBe(before);
    expect(local.data.has(STAGING_KEY)).toBe(false);
    local.failSet = () => null;
    await service.lock();
    expect(await service.unlock(PASSPHRASE)).toEqual({ ok: true, value: { profile: SAMPLE_PROFILE, migratedFrom: null } });
  });

  it('does not swap in a staged copy that reads back wrong', async () => {
    const { service, local, before } = await createdVault();
    local.arm(STAGING_KEY);
    expect(await service.save({ ...SAMPLE_PROFILE, people: [] })).toEqual({ ok: false, error: 'storage-failed' });
    expect(await local.get(VAULT_KEY)).toBe(before);
  });

  it('puts the old vault back when the swapped vault reads back wrong', async () => {
    const { service, local, before } = await createdVault();
    local.arm(VAULT_KEY);
    expect(await service.save({ ...SAMPLE_PROFILE, people: [] })).toEqual({ ok: false, error: 'storage-failed' });
    local.corruptReadOf = null;
    expect(await local.get(VAULT_KEY)).toBe(before);
  });

  it('reports a real quota as quota-exceeded on create and stores nothing', async () => {
    const { service, local } = makeVault({ local: new MemoryArea(300) });
    expect(await service.create(PASSPHRASE, SAMPLE_PROFILE)).toEqual({ ok: false, error: 'quota-exceeded' });
    expect(await local.get(VAULT_KEY)).toBeNull();
    expect((await service.status()).state).toBe('none');
  });

  it('never creates over an existing vault', async () => {
    const { service, local, before } = await createdVault();
    expect(await service.create(PASSPHRASE, { ...SAMPLE_PROFILE, people: [] })).toEqual({ ok: false, error: 'vault-exists' });
    expect(await local.get(VAULT_KEY)).toBe(before);
  });

  it('exports a file that imports into a fresh browser with its passphrase', async () => {
    const { service } = await createdVault();
    const exported = await service.exportFile();
    expect(exported.ok && exported.value.filename).toBe('formlotse-vault-2025-06-15.json');
    const fresh = makeVault();
    const text = exported.ok ? exported.value.text : '';
    expect(await fresh.service.importFile(text, PASSPHRASE)).toEqual({ ok: true, value: SAMPLE_PROFILE });
    await fresh.service.lock();
    expect((await fresh.service.unlock(PASSPHRASE)).ok).toBe(true);
  });

  it('needs an unlocked vault to export', async () => {
    const { service } = await createdVault();
    await service.lock();
    expect(await service.exportFile()).toEqual({ ok: false, error: 'locked' });
  });

  it('refuses to save a profile of the wrong shape, and keeps the vault', async () => {
    const { service, local, before } = await createdVault();
    const bad = { ...SAMPLE_PROFILE, people: [{ id: 'x', role: 'boss', label: '', values: {} }] } as unknown as Profile;
    expect(await service.save(bad)).toEqual({ ok: false, error: 'invalid-profile' });
    expect(await local.get(VAULT_KEY)).toBe(before);
  });
});

describe('schema migration through the vault', () => {
  it('opens a vault written with profile schema 1, migrates it, and writes schema 2 on the next save', async () => {
    const v1 = {
      schemaVersion: 1, updatedAt: '2024-11-02T10:00:00.000Z',
      people: [{ id: 'applicant', role: 'applicant', label: 'Ich', values: { 'bday': '07.03.1984', 'nationality': 'de' } }],
    } as unknown as Profile;
    const local = new MemoryArea();
    const { text } = await sealProfile(v1, await freshKeys(PASSPHRASE, LOW_KDF));
    await local.set(VAULT_KEY, text);
    const { service } = makeVault({ local });
    const unlocked = await service.unlock(PASSPHRASE);
    expect(unlocked.ok && unlocked.value.migratedFrom).toBe(1);
    const profile = unlocked.ok ? unlocked.value.profile : null;
    expect(profile?.people[0]?.values).toEqual({ bday: '1984-03-07', nationality: 'DE' });
    expect(await local.get(VAULT_KEY)).toBe(text); // nothing written before the user saves
    expect((await service.save(profile!)).ok).toBe(true);
    expect(JSON.parse((await local.get(VAULT_KEY)) as string).schemaVersion).toBe(2);
  });
});
