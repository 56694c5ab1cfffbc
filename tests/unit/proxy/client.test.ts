// Client identity for rate limits and logs.
import { describe, expect, it } from 'vitest';
import { clientAddress, clientNetwork, createClientIds, createLogHasher, rateLimitKey } from '../../../proxy/client.ts';

describe('clientAddress', () => {
  it.each([
    ['no trusted proxy: the socket, whatever X-Forwarded-For says', '10.0.0.5', '1.2.3.4', 0, '10.0.0.5'],
    ['one trusted hop: the last entry', '10.0.0.5', '203.0.113.9', 1, '203.0.113.9'],
    ['one trusted hop: a forged entry on the left is ignored', '10.0.0.5', '1.2.3.4, 203.0.113.9', 1, '203.0.113.9'],
    ['two trusted hops', '10.0.0.5', '1.2.3.4, 203.0.113.9, 10.0.0.9', 2, '203.0.113.9'],
    ['too few entries: the socket', '10.0.0.5', '203.0.113.9', 2, '10.0.0.5'],
    ['garbage entry: the socket', '10.0.0.5', 'not-an-ip', 1, '10.0.0.5'],
    ['no header: the socket', '10.0.0.5', undefined, 1, '10.0.0.5'],
  ])('%s', (_name, socket, forwarded, hops, expected) => {
    expect(clientAddress(socket, forwarded, hops)).toBe(expected);
  });
});

describe('clientNetwork', () => {
  it.each([
    ['203.0.113.9', '203.0.113.9'],
    ['::ffff:203.0.113.9', '203.0.113.9'],
    ['2001:db8:aa:bb:1:2:3:4', '2001:db8:aa:bb::/64'],
    ['2001:0DB8:00AA:00BB::1', '2001:db8:aa:bb::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
  ])('%s → %s', (address, network) => {
    expect(clientNetwork(address)).toBe(network);
  });
});

describe('keys and hashes', () => {
  it('gives one rate-limit key to every address of an IPv6 /64, and another to the next /64', () => {
    expect(rateLimitKey('2001:db8:aa:bb::1')).toBe(rateLimitKey('2001:db8:aa:bb:ffff::2'));
    expect(rateLimitKey('2001:db8:aa:bb::1')).not.toBe(rateLimitKey('2001:db8:aa:bc::1'));
    expect(rateLimitKey('203.0.113.9')).not.toContain('203');
  });

  it('hashes for logs with a per-run secret: stable within a run, different across runs', () => {
    const run1 = createLogHasher();
    const run2 = createLogHasher();
    expect(run1('203.0.113.9')).toBe(run1('203.0.113.9'));
    expect(run1('203.0.113.9')).not.toBe(run2('203.0.113.9'));
    expect(run1('203.0.113.9')).toMatch(/^[0-9a-f]{12}$/);
  });
});

describe('createClientIds', () => {
  it('gives the same ids as computing them afresh, and stays bounded', () => {
    const logHash = createLogHasher();
    const idsOf = createClientIds(logHash, 2);
    for (const address of ['203.0.113.9', '198.51.100.7', '2001:db8::1', '203.0.113.9']) {
      expect(idsOf(address)).toEqual({ rateKey: rateLimitKey(address), logId: logHash(address) });
    }
  });
});
