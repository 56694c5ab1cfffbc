// The time budget of one proxied request and the retry loop that spends it. Kept apart from the
// SDK so the semantics stay ours (the SDK's own retries are switched off): one deadline over every
// attempt, the waits between them and a whole stream; backoff with jitter, or the server's
// Retry-After, never past the deadline; a client that leaves aborts everything at once.

/** The request's time budget, tied to the client: its signal aborts when either runs out. */
export class Deadline {
  // One controller and a listener rather than AbortSignal.any, which costs more per request.
  private readonly controller = new AbortController();
  private readonly handle: NodeJS.Timeout;
  private readonly onClientGone = () => this.controller.abort(this.clientSignal.reason);
  private timedOut = false;
  readonly endsAt: number;

  constructor(
    timeoutMs: number,
    readonly clientSignal: AbortSignal,
  ) {
    this.endsAt = Date.now() + timeoutMs;
    this.handle = setTimeout(() => {
      this.timedOut = true;
      this.controller.abort(new Error('deadline'));
    }, timeoutMs);
    if (clientSignal.aborted) this.onClientGone();
    else clientSignal.addEventListener('abort', this.onClientGone, { once: true });
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get expired(): boolean {
    return this.timedOut;
  }

  remainingMs(): number {
    return this.endsAt - Date.now();
  }

  /** Ends whatever still runs on this budget (an upstream stream left early). */
  cancel(): void {
    this.controller.abort(new Error('cancelled'));
  }

  dispose(): void {
    clearTimeout(this.handle);
    this.clientSignal.removeEventListener('abort', this.onClientGone);
  }
}

export interface RetryPolicy {
  /** Extra attempts after the first. */
  retries: number;
  /** First backoff in ms; doubles each time. */
  retryBaseMs: number;
}

/** What the retry loop needs to know of a failure. */
export interface FailureVerdict<E> {
  error: E;
  retryable: boolean;
  /** The server's Retry-After, in seconds, when it named one. */
  retryAfterS: number | undefined;
}

const MAX_BACKOFF_MS = 4000;

/**
 * Run `attempt` until it succeeds, the failure is not retryable, the retries are spent, or the next
 * wait would pass the deadline; throws the judged error of the last failure.
 */
export async function withRetries<T, E>(
  policy: RetryPolicy,
  deadline: Deadline,
  attempt: (signal: AbortSignal) => Promise<T>,
  judge: (err: unknown) => FailureVerdict<E>,
): Promise<T> {
  for (let tries = 0; ; tries++) {
    try {
      return await attempt(deadline.signal);
    } catch (err) {
      const verdict = judge(err);
      if (!verdict.retryable || tries >= policy.retries) throw verdict.error;
      // Exponential backoff with "equal jitter" (AWS Architecture Blog, "Exponential Backoff And
      // Jitter"), or the server's Retry-After when it names one; never past the deadline.
      const backoff = Math.min(MAX_BACKOFF_MS, policy.retryBaseMs * 2 ** tries);
      const wait = verdict.retryAfterS !== undefined ? verdict.retryAfterS * 1000 : backoff / 2 + (Math.random() * backoff) / 2;
      if (wait >= deadline.remainingMs()) throw verdict.error;
      await sleep(wait, deadline.signal);
      if (deadline.signal.aborted) throw judge(deadline.signal.reason).error;
    }
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(handle);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const handle = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}
