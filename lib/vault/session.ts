// The unlocked session: the AES key, in memory, and a copy in storage.session so a restarted MV3
// service worker keeps the vault open — but only until `expiresAt`, which is stored next to the key
// and checked on every use. storage.session lives in memory and is cleared when the browser exits.
import type { KeyValueArea } from './areas';
import { fromBase64, toBase64 } from './bytes';
import { importAesKey, type VaultKeys } from './kdf';

export const SESSION_KEY = 'vault-session';

export interface UnlockedSession {
  key: CryptoKey;
  /** Key check of the envelope this key opens: saves refuse a vault replaced meanwhile. */
  check: Uint8Array;
  expiresAt: number;
}

interface StoredSession {
  key: string;
  check: string;
  expiresAt: number;
}

function isStoredSession(v: unknown): v is StoredSession {
  const s = v as StoredSession;
  return typeof v === 'object' && v !== null && typeof s.key === 'string' && typeof s.check === 'string' && typeof s.expiresAt === 'number';
}

export class SessionKeeper {
  private memory: { session: UnlockedSession; raw: string } | null = null;

  constructor(private readonly area: KeyValueArea, private readonly now: () => number) {}

  async begin(keys: VaultKeys, idleMs: number): Promise<UnlockedSession> {
    const session = { key: keys.key, check: keys.check, expiresAt: this.now() + idleMs };
    this.memory = { session, raw: toBase64(keys.raw) };
    await this.persist();
    return session;
  }

  /** The session if it has not expired; an expired one is ended here, so nothing outlives its time. */
  async current(): Promise<UnlockedSession | null> {
    if (!this.memory) await this.restore();
    if (this.memory && this.memory.session.expiresAt <= this.now()) await this.end();
    return this.memory?.session ?? null;
  }

  /** Pushes the expiry to now + idleMs (the user is active). */
  async touch(idleMs: number): Promise<UnlockedSession | null> {
    const session = await this.current();
    if (!session || !this.memory) return null;
    session.expiresAt = this.now() + idleMs;
    await this.persist();
    return session;
  }

  async end(): Promise<void> {
    this.memory = null;
    await this.area.remove(SESSION_KEY).catch(() => undefined);
  }

  private async persist(): Promise<void> {
    if (!this.memory) return;
    const { session, raw } = this.memory;
    const stored: StoredSession = { key: raw, check: toBase64(session.check), expiresAt: session.expiresAt };
    await this.area.set(SESSION_KEY, stored);
  }

  private async restore(): Promise<void> {
    let stored: unknown;
    try {
      stored = await this.area.get(SESSION_KEY);
    } catch {
      return;
    }
    if (!isStoredSession(stored)) return;
    const raw = fromBase64(stored.key);
    const check = fromBase64(stored.check);
    if (!raw || raw.length !== 32 || !check || stored.expiresAt <= this.now()) {
      await this.end();
      return;
    }
    const key = await importAesKey(new Uint8Array(raw));
    this.memory = { session: { key, check, expiresAt: stored.expiresAt }, raw: stored.key };
  }
}
