// Lock, idle timeout and service worker restarts.
import { describe, expect, it } from 'vitest';
import { MemoryArea } from '@/lib/vault/areas';
import { SESSION_KEY } from '@/lib/vault/session';
import type { VaultStatus } from '@/lib/vault/service';
import { makeVault, PASSPHRASE, SAMPLE_PROFILE } from './fixtures';

const MINUTE = 60_000;

describe('vault session', () => {
  it('locks on request and forgets the key', async () => {
    const { service, session } = makeVault();
    await service.create(PASSPHRASE, SAMPLE_PROFILE);
    expect(session.data.has(SESSION_KEY)).toBe(true);
    await service.lock();
    expect(session.data.size).toBe(0);
    expect(await service.read()).toEqual({ ok: false, error: 'locked' });
  });

  it('locks itself after 15 idle minutes by default; use pushes the time out', async () => {
    const { service, clock } = makeVault();
    await service.create(PASSPHRASE, SAMPLE_PROFILE);
    expect((await service.status()).expiresAt).toBe(clock.now + 15 * MINUTE);
    clock.now += 14 * MINUTE;
    expect((await service.read()).ok).toBe(true); // activity
    clock.now += 14 * MINUTE;
    expect((await service.status()).state).toBe('unlocked');
    clock.now += 1 * MINUTE;
    expect((await service.status()).state).toBe('locked');
    expect(await service.read()).toEqual({ ok: false, error: 'locked' });
  });

  it('honours a configured idle time, within 1 to 480 minutes', async () => {
    const { service, clock } = makeVault();
    await service.create(PASSPHRASE, SAMPLE_PROFILE);
    expect((await service.setIdleMinutes(2)).ok).toBe(true);
    expect(await service.setIdleMinutes(0)).toEqual({ ok: false, error: 'invalid-setting' });
    expect(await service.setIdleMinutes(481)).toEqual({ ok: false, error: 'invalid-setting' });
    clock.now += 2 * MINUTE;
    expect((await service.status()).state).toBe('locked');
  });

  it('keeps the vault open across a service worker restart until the timeout, not after', async () => {
    const local = new MemoryArea();
    const session = new MemoryArea();
    const first = makeVault({ local, session });
    await first.service.create(PASSPHRASE, SAMPLE_PROFILE);
    // A restart: a new service (empty memory) on the same storage, 10 minutes later.
    const restarted = makeVault({ local, session, start: first.clock.now + 10 * MINUTE });
    expect(await restarted.service.read()).toEqual({ ok: true, value: SAMPLE_PROFILE });
    // Another restart after the (pushed) timeout: the stored session is dropped, not used.
    const late = makeVault({ local, session, start: restarted.clock.now + 15 * MINUTE });
    expect(await late.service.expire()).toMatchObject({ state: 'locked' });
    expect(session.data.has(SESSION_KEY)).toBe(false);
    expect(await late.service.read()).toEqual({ ok: false, error: 'locked' });
  });

  it('is locked when storage.session is empty (the browser was closed)', async () => {
    const local = new MemoryArea();
    await makeVault({ local }).service.create(PASSPHRASE, SAMPLE_PROFILE);
    const afterRestart = makeVault({ local, session: new MemoryArea() });
    expect((await afterRestart.service.status()).state).toBe('locked');
  });

  it('drops the session when the vault was replaced by another passphrase', async () => {
    const local = new MemoryArea();
    const a = makeVault({ local });
    await a.service.create(PASSPHRASE, SAMPLE_PROFILE);
    const b = makeVault({ local });
    await b.service.changePassphrase(PASSPHRASE, 'ganz andere Passphrase');
    expect(await a.service.save(SAMPLE_PROFILE)).toEqual({ ok: false, error: 'locked' });
  });

  it('tells its listener about every change of state', async () => {
    const seen: VaultStatus['state'][] = [];
    const { service } = makeVault({ onChange: (s) => seen.push(s.state) });
    await service.create(PASSPHRASE, SAMPLE_PROFILE);
    await service.lock();
    await service.unlock(PASSPHRASE);
    await service.destroy();
    expect(seen).toEqual(['unlocked', 'locked', 'unlocked', 'none']);
  });
});
