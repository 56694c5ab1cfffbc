// The one place that talks to Mistral (or a Mistral-compatible server an operator hosts), through
// the official SDK. It owns the deadline of a request, the retries with backoff on 429 and 5xx, and
// the translation of every SDK failure into a ProxyError. It returns text only: tool calls, images
// and other content parts of an answer are dropped (we never offer tools anyway).
import { Mistral } from '@mistralai/mistralai';
import * as sdkErrors from '@mistralai/mistralai/models/errors';
import type { ContentChunk } from '@mistralai/mistralai/models/components';
import { ZodError } from 'zod';
import { ProxyError, type ErrorCode } from './errors.ts';
import type { ChatMessage } from './prompts.ts';

export interface UpstreamAnswer {
  text: string;
  finishReason: string | null;
}

export type StreamPart = { kind: 'text'; text: string } | { kind: 'finish'; reason: string | null };

export interface Upstream {
  /** One answer as a whole. Throws ProxyError. */
  complete(messages: ChatMessage[], clientSignal: AbortSignal): Promise<UpstreamAnswer>;
  /** Resolves once the stream is open (retries happen before that); iterating may throw ProxyError. */
  stream(messages: ChatMessage[], clientSignal: AbortSignal): Promise<AsyncIterable<StreamPart>>;
}

export interface UpstreamOptions {
  apiKey: string | undefined;
  serverURL: string | undefined;
  model: string;
  maxOutputTokens: number;
  /** Deadline for one proxied request: every attempt, the waits between them, and the whole stream. */
  timeoutMs: number;
  retries: number;
  retryBaseMs: number;
}

const MAX_BACKOFF_MS = 4000;
// Retry what may pass by itself: rate limiting and server-side failures (Mistral API docs, "Rate
// limits"; the SDK's own retryCodes are 429, 500, 502, 503, 504).
const RETRYABLE_STATUS = new Set([429, 500, 502, 503, 504]);

export function createMistralUpstream(options: UpstreamOptions): Upstream {
  // Our own loop does the retries, so the SDK's (whose jitter adds up to 1 s a try) is off.
  const sdk = new Mistral({ apiKey: options.apiKey, serverURL: options.serverURL, retryConfig: { strategy: 'none' } });
  const request = (messages: ChatMessage[]) => ({
    model: options.model,
    messages,
    maxTokens: options.maxOutputTokens,
    temperature: 0.2,
  });

  return {
    async complete(messages, clientSignal) {
      const deadline = new Deadline(options.timeoutMs, clientSignal);
      try {
        const response = await withRetries(options, deadline, (signal) =>
          sdk.chat.complete(request(messages), { signal, retries: { strategy: 'none' } }),
        );
        const choice = response.choices[0];
        if (!choice) throw new ProxyError('upstream_bad_response', { message: 'The language model sent no answer.' });
        return { text: textOf(choice.message?.content), finishReason: choice.finishReason ?? null };
      } finally {
        deadline.dispose();
      }
    },

    async stream(messages, clientSignal) {
      const deadline = new Deadline(options.timeoutMs, clientSignal);
      try {
        const events = await withRetries(options, deadline, (signal) =>
          sdk.chat.stream(request(messages), { signal, retries: { strategy: 'none' } }),
        );
        return streamParts(events, deadline);
      } catch (err) {
        deadline.dispose();
        throw err;
      }
    },
  };
}

async function* streamParts(
  events: AsyncIterable<{ data: { choices: { delta: { content?: string | ContentChunk[] | null }; finishReason: string | null }[] } }>,
  deadline: Deadline,
): AsyncGenerator<StreamPart> {
  try {
    for await (const event of events) {
      for (const choice of event.data.choices) {
        const text = textOf(choice.delta.content);
        if (text) yield { kind: 'text', text };
        if (choice.finishReason) yield { kind: 'finish', reason: choice.finishReason };
      }
    }
  } catch (err) {
    throw toProxyError(err, deadline);
  } finally {
    deadline.dispose();
  }
}

/** Only the text parts of a message; anything else a model may send (images, tool calls) is dropped. */
function textOf(content: string | ContentChunk[] | null | undefined): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  return content.map((part) => (part.type === 'text' ? part.text : '')).join('');
}

/** The request's time budget, tied to the client: aborts when either runs out. */
class Deadline {
  private readonly timer: AbortController = new AbortController();
  private readonly handle: NodeJS.Timeout;
  readonly signal: AbortSignal;
  readonly endsAt: number;

  constructor(timeoutMs: number, readonly clientSignal: AbortSignal) {
    this.endsAt = Date.now() + timeoutMs;
    this.handle = setTimeout(() => this.timer.abort(new Error('deadline')), timeoutMs);
    this.signal = AbortSignal.any([this.timer.signal, clientSignal]);
  }

  get expired(): boolean {
    return this.timer.signal.aborted;
  }

  remainingMs(): number {
    return this.endsAt - Date.now();
  }

  dispose(): void {
    clearTimeout(this.handle);
  }
}

async function withRetries<T>(options: UpstreamOptions, deadline: Deadline, attempt: (signal: AbortSignal) => Promise<T>): Promise<T> {
  for (let tries = 0; ; tries++) {
    try {
      return await attempt(deadline.signal);
    } catch (err) {
      const failure = toProxyError(err, deadline);
      const status = err instanceof sdkErrors.MistralError ? err.statusCode : undefined;
      const retryable = (status !== undefined && RETRYABLE_STATUS.has(status)) || failure.code === 'upstream_unreachable';
      if (!retryable || tries >= options.retries) throw failure;
      // Exponential backoff with "equal jitter" (AWS Architecture Blog, "Exponential Backoff And
      // Jitter"), or the server's Retry-After when it names one; never past the deadline.
      const backoff = Math.min(MAX_BACKOFF_MS, options.retryBaseMs * 2 ** tries);
      const wait = failure.retryAfterS !== undefined ? failure.retryAfterS * 1000 : backoff / 2 + (Math.random() * backoff) / 2;
      if (wait >= deadline.remainingMs()) throw failure;
      await sleep(wait, deadline.signal);
      if (deadline.signal.aborted) throw toProxyError(deadline.signal.reason, deadline);
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

/** Every SDK failure as one of our codes; the upstream's own error text is never passed on. */
function toProxyError(err: unknown, deadline: Deadline): ProxyError {
  if (err instanceof ProxyError) return err;
  if (deadline.expired) return new ProxyError('upstream_timeout', { cause: err });
  if (deadline.clientSignal.aborted) return new ProxyError('upstream_error', { message: 'The client went away.', cause: err });
  if (err instanceof sdkErrors.MistralError) {
    const retryAfterS = parseRetryAfter(err.headers.get('retry-after'));
    return new ProxyError(codeForStatus(err.statusCode), { cause: err, retryAfterS });
  }
  if (err instanceof sdkErrors.ConnectionError) return new ProxyError('upstream_unreachable', { cause: err });
  if (err instanceof sdkErrors.RequestTimeoutError || err instanceof sdkErrors.RequestAbortedError) {
    return new ProxyError('upstream_timeout', { cause: err });
  }
  if (err instanceof sdkErrors.ResponseValidationError || err instanceof sdkErrors.SDKValidationError ||
    // stream events are parsed with zod as they arrive, outside the SDK's error wrapping
    err instanceof ZodError ||
    err instanceof SyntaxError) {
    return new ProxyError('upstream_bad_response', { cause: err });
  }
  return new ProxyError('upstream_error', { cause: err });
}

function codeForStatus(status: number): ErrorCode {
  if (status === 429) return 'upstream_busy';
  if (status >= 500) return 'upstream_error';
  return 'upstream_rejected'; // 401/403: a bad key; 400/422: a request the model refuses
}

function parseRetryAfter(value: string | null): number | undefined {
  if (value === null || !/^\d{1,5}$/.test(value.trim())) return undefined;
  return Number(value.trim());
}
