// The vault as one service: create, unlock, read, save, lock, change passphrase, export, import.
// Runs in the background (one per browser profile); extension pages reach it through messages
// (./protocol.ts). Operations run one at a time and return typed outcomes; a failed operation
// leaves the stored vault as it was (./vault-store.ts).
import { emptyProfile } from '../profile/schema';
import type { Profile } from '../profile/types';
import type { KeyValueArea } from './areas';
import { failure, MIN_PASSPHRASE_LENGTH, success, type VaultResult } from './errors';
import { DEFAULT_KDF, weakerThan, type KdfParams, type VaultKeys } from './kdf';
import { checkProfileShape, freshKeys, openWithKey, openWithPassphrase, sealingKeyOf, sealProfile, verifiesAs } from './profile-box';
import { SessionKeeper } from './session';
import { readVaultText, replaceVaultVerified, STAGING_KEY, VAULT_KEY } from './vault-store';
import type { SealingKey } from './cipher';

export const SETTINGS_KEY = 'vault-settings';
export const DEFAULT_IDLE_MINUTES = 15;
export const IDLE_MINUTES_RANGE = { min: 1, max: 480 } as const;

export type VaultState = 'none' | 'locked' | 'unlocked';
export interface VaultStatus {
  state: VaultState;
  /** When the open vault locks itself unless used (ms since epoch). */
  expiresAt: number | null;
  idleMinutes: number;
}

export interface VaultDeps {
  /** storage.local: the envelope and settings. */
  local: KeyValueArea;
  /** storage.session: the unlocked key and its expiry. */
  session: KeyValueArea;
  now?: () => number;
  /** Argon2id parameters for new envelopes; envelopes below them are re-wrapped on unlock. */
  kdf?: KdfParams;
  /** Told after every change of state or expiry (the background arms its alarm from it). */
  onChange?: (status: VaultStatus) => void;
}

const missing = (v: unknown) => v === null || v === undefined;

export function createVaultService(deps: VaultDeps) {
  const now = deps.now ?? Date.now;
  const policy = deps.kdf ?? DEFAULT_KDF;
  const sessions = new SessionKeeper(deps.session, now);
  let queue: Promise<unknown> = Promise.resolve();

  /** One operation at a time: a save never interleaves with a passphrase change. */
  function serial<T>(op: () => Promise<T>): Promise<T> {
    const run = queue.then(op, op);
    queue = run.catch(() => undefined);
    return run;
  }

  async function idleMinutes(): Promise<number> {
    const stored = (await deps.local.get(SETTINGS_KEY).catch(() => null)) as { idleMinutes?: unknown } | null;
    const n = stored?.idleMinutes;
    return typeof n === 'number' && n >= IDLE_MINUTES_RANGE.min && n <= IDLE_MINUTES_RANGE.max ? n : DEFAULT_IDLE_MINUTES;
  }

  async function status(): Promise<VaultStatus> {
    const minutes = await idleMinutes();
    const stored = await readVaultText(deps.local);
    const session = await sessions.current();
    const state: VaultState = stored.ok && (missing(stored.value)) ? 'none' : session ? 'unlocked' : 'locked';
    return { state, expiresAt: state === 'unlocked' && session ? session.expiresAt : null, idleMinutes: minutes };
  }

  async function changed(): Promise<void> {
    if (deps.onChange) deps.onChange(await status());
  }

  async function beginSession(keys: VaultKeys): Promise<void> {
    await sessions.begin(keys, (await idleMinutes()) * 60_000);
    await changed();
  }

  /** Seals `profile` under `k` and makes it the stored vault, verified before and after the swap. */
  async function store(profile: Profile, k: SealingKey, previous: unknown): Promise<VaultResult<void>> {
    const { text, plaintext } = await sealProfile(profile, k);
    return replaceVaultVerified(deps.local, text, previous, verifiesAs(k.key, k.keyCheck, plaintext));
  }

  /** The session and the stored envelope it opens, or why not. */
  async function openSession() {
    const session = await sessions.current();
    if (!session) return failure('locked');
    const stored = await readVaultText(deps.local);
    if (!stored.ok) return stored;
    if (missing(stored.value)) {
      await sessions.end();
      return failure('no-vault');
    }
    const opened = await openWithKey(stored.value, session.key, session.check, new Date(now()));
    if (!opened.ok && opened.error === 'wrong-passphrase') {
      // The vault was replaced (import or passphrase change elsewhere): this key no longer opens it.
      await sessions.end();
      await changed();
      return failure('locked');
    }
    return opened.ok ? success({ ...opened.value, session, text: stored.value }) : opened;
  }

  async function touch(): Promise<void> {
    await sessions.touch((await idleMinutes()) * 60_000);
    await changed();
  }

  const weak = (passphrase: string) => [...passphrase.normalize('NFC')].length < MIN_PASSPHRASE_LENGTH;

  return {
    status,

    /** Ends an expired session (alarm, service worker start); returns the status after. */
    expire: () => serial(async () => {
      await sessions.current();
      await changed();
      return status();
    }),

    create: (passphrase: string, profile?: Profile) => serial(async (): Promise<VaultResult<Profile>> => {
      if (weak(passphrase)) return failure('weak-passphrase');
      const stored = await readVaultText(deps.local);
      if (!stored.ok) return stored;
      if (!missing(stored.value)) return failure('vault-exists');
      const shaped = checkProfileShape(profile ?? emptyProfile(new Date(now())));
      if (!shaped.ok) return shaped;
      const k = await freshKeys(passphrase, policy);
      const written = await store(shaped.value, k, null);
      if (!written.ok) return written;
      await beginSession(k.keys);
      return success(shaped.value);
    }),

    unlock: (passphrase: string) => serial(async (): Promise<VaultResult<{ profile: Profile; migratedFrom: number | null }>> => {
      const stored = await readVaultText(deps.local);
      if (!stored.ok) return stored;
      if (missing(stored.value)) return failure('no-vault');
      const opened = await openWithPassphrase(stored.value, passphrase, new Date(now()));
      if (!opened.ok) return opened;
      let keys = opened.value.keys;
      if (weakerThan(opened.value.envelope.kdf, policy)) {
        // Raise old parameters now that we have the passphrase; if that fails, the old vault stays.
        const k = await freshKeys(passphrase, policy);
        if ((await store(opened.value.profile, k, stored.value)).ok) keys = k.keys;
      }
      await beginSession(keys);
      return success({ profile: opened.value.profile, migratedFrom: opened.value.migratedFrom });
    }),

    lock: () => serial(async () => {
      await sessions.end();
      await changed();
    }),

    read: () => serial(async (): Promise<VaultResult<Profile>> => {
      const opened = await openSession();
      if (!opened.ok) return opened;
      await touch();
      return success(opened.value.profile);
    }),

    save: (profile: Profile) => serial(async (): Promise<VaultResult<Profile>> => {
      const shaped = checkProfileShape({ ...profile, updatedAt: new Date(now()).toISOString() });
      if (!shaped.ok) return shaped;
      const opened = await openSession();
      if (!opened.ok) return opened;
      const { envelope, session, text } = opened.value;
      const written = await store(shaped.value, sealingKeyOf(envelope, session.key), text);
      if (!written.ok) return written;
      await touch();
      return success(shaped.value);
    }),

    changePassphrase: (current: string, next: string) => serial(async (): Promise<VaultResult<void>> => {
      if (weak(next)) return failure('weak-passphrase');
      const stored = await readVaultText(deps.local);
      if (!stored.ok) return stored;
      if (missing(stored.value)) return failure('no-vault');
      const opened = await openWithPassphrase(stored.value, current, new Date(now()));
      if (!opened.ok) return opened;
      const k = await freshKeys(next, policy);
      const written = await store(opened.value.profile, k, stored.value);
      if (!written.ok) return written;
      await beginSession(k.keys);
      return success(undefined);
    }),

    /** The stored envelope as a file, after checking it opens with the session key. */
    exportFile: () => serial(async (): Promise<VaultResult<{ text: string; filename: string }>> => {
      const opened = await openSession();
      if (!opened.ok) return opened;
      await touch();
      const day = new Date(now()).toISOString().slice(0, 10);
      return success({ text: String(opened.value.text), filename: `formlotse-vault-${day}.json` });
    }),

    /** Replaces (or creates) the vault from an exported file and its passphrase; a bad file changes nothing. */
    importFile: (text: string, passphrase: string) => serial(async (): Promise<VaultResult<Profile>> => {
      const opened = await openWithPassphrase(text, passphrase, new Date(now()));
      if (!opened.ok) return opened;
      const stored = await readVaultText(deps.local);
      if (!stored.ok) return stored;
      const { envelope, keys, profile } = opened.value;
      const k = weakerThan(envelope.kdf, policy)
        ? await freshKeys(passphrase, policy)
        : { ...sealingKeyOf(envelope, keys.key), keys };
      const written = await store(profile, k, stored.value);
      if (!written.ok) return written;
      await beginSession(k.keys);
      return success(profile);
    }),

    /** Deletes the vault (the user forgot the passphrase and confirmed). */
    destroy: () => serial(async (): Promise<VaultResult<void>> => {
      try {
        await deps.local.remove(VAULT_KEY);
        await deps.local.remove(STAGING_KEY);
      } catch {
        return failure('storage-failed');
      }
      await sessions.end();
      await changed();
      return success(undefined);
    }),

    touch: () => serial(async (): Promise<VaultResult<VaultStatus>> => {
      if (!(await sessions.current())) return failure('locked');
      await touch();
      return success(await status());
    }),

    setIdleMinutes: (minutes: number) => serial(async (): Promise<VaultResult<VaultStatus>> => {
      if (!Number.isInteger(minutes) || minutes < IDLE_MINUTES_RANGE.min || minutes > IDLE_MINUTES_RANGE.max) return failure('invalid-setting');
      try {
        await deps.local.set(SETTINGS_KEY, { idleMinutes: minutes });
      } catch {
        return failure('storage-failed');
      }
      if (await sessions.current()) await touch();
      else await changed();
      return success(await status());
    }),
  };
}

export type VaultService = ReturnType<typeof createVaultService>;