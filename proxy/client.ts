// Who a request comes from, as far as rate limits and logs need to know, without keeping the
// address itself: rate limits key on a hash of the address (an IPv6 client on its /64, since one
// household gets a whole /64 — RFC 6177), logs carry a keyed hash that changes with every start.
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { isIPv4, isIPv6 } from 'node:net';

/**
 * The client's address. Behind `trustHops` reverse proxies that each append the address they saw
 * to X-Forwarded-For, the client is the entry `trustHops` from the right; entries further left were
 * written by the client and are not believed. With no trusted proxy the socket address counts.
 */
export function clientAddress(socketAddress: string | undefined, forwardedFor: string | undefined, trustHops: number): string {
  if (trustHops > 0 && forwardedFor) {
    const hops = forwardedFor.split(',').map((part) => part.trim()).filter(Boolean);
    const entry = hops[hops.length - trustHops];
    if (entry && (isIPv4(entry) || isIPv6(entry))) return entry;
  }
  return socketAddress ?? 'unknown';
}

/** The part of an address that identifies one client: IPv4 as is, IPv6 by its /64 prefix. */
export function clientNetwork(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped?.[1]) return mapped[1];
  if (!isIPv6(address)) return address;
  const [head = '', tail = ''] = address.split('::');
  const headGroups = head ? head.split(':') : [];
  const tailGroups = tail ? tail.split(':') : [];
  const missing = address.includes('::') ? 8 - headGroups.length - tailGroups.length : 0;
  const groups = [...headGroups, ...Array<string>(missing).fill('0'), ...tailGroups];
  return `${groups.slice(0, 4).map((g) => g.toLowerCase().replace(/^0+(?=.)/, '')).join(':')}::/64`;
}

/** Stable across instances (they share counters in Redis) and restarts; no address stored in clear. */
export function rateLimitKey(address: string): string {
  return createHash('sha256').update(`formlotse-rate-limit:${clientNetwork(address)}`).digest('base64url').slice(0, 22);
}

/** A per-process keyed hash for logs: requests of one client correlate within one run, no further. */
export function createLogHasher(secret: Buffer = randomBytes(32)): (address: string) => string {
  return (address) => createHmac('sha256', secret).update(clientNetwork(address)).digest('hex').slice(0, 12);
}

export interface ClientIds {
  rateKey: string;
  logId: string;
}

/**
 * Both ids of an address, remembered for the next requests of the same client (a keep-alive
 * connection sends many): hashing twice a request was a visible part of the proxy's CPU time.
 * Bounded: the memory is dropped whole when it fills, which only costs recomputing.
 */
export function createClientIds(logHash: (address: string) => string = createLogHasher(), capacity = 10_000): (address: string) => ClientIds {
  const known = new Map<string, ClientIds>();
  return (address) => {
    let ids = known.get(address);
    if (ids === undefined) {
      if (known.size >= capacity) known.clear();
      ids = { rateKey: rateLimitKey(address), logId: logHash(address) };
      known.set(address, ids);
    }
    return ids;
  };
}
