// Where the vault reads and writes: a small key-value interface, so the same code runs on WXT's
// `storage` in the extension (./wxt-areas.ts), on a Map in Node tests and in the benchmark page.

export interface KeyValueArea {
  /** The stored value, or null when there is none. */
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  remove(key: string): Promise<void>;
}

/** Chrome: "Resource::kQuotaBytes quota exceeded" / "QUOTA_BYTES quota exceeded"; Firefox: QuotaExceededError. */
export function isQuotaError(error: unknown): boolean {
  if (error instanceof Error || (typeof error === 'object' && error !== null && 'message' in error)) {
    const { name, message } = error as { name?: unknown; message?: unknown };
    return name === 'QuotaExceededError' || (typeof message === 'string' && /quota/i.test(message));
  }
  return typeof error === 'string' && /quota/i.test(error);
}

/**
 * An in-memory area with an optional byte quota over all stored JSON, failing the way Chrome does.
 * Values are stored as JSON text, so callers cannot keep references into the "storage".
 */
export class MemoryArea implements KeyValueArea {
  readonly data = new Map<string, string>();
  constructor(private readonly quotaBytes = Infinity) {}

  async get(key: string): Promise<unknown> {
    const text = this.data.get(key);
    return text === undefined ? null : JSON.parse(text);
  }

  async set(key: string, value: unknown): Promise<void> {
    const text = JSON.stringify(value);
    let total = key.length + text.length;
    for (const [k, v] of this.data) if (k !== key) total += k.length + v.length;
    if (total > this.quotaBytes) throw new Error('Resource::kQuotaBytes quota exceeded');
    this.data.set(key, text);
  }

  async remove(key: string): Promise<void> {
    this.data.delete(key);
  }
}
