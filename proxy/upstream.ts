// The one place that talks to Mistral (or a Mistral-compatible server an operator hosts). It owns
// the deadline of a request, the retries with backoff on 429 and 5xx, the checking of answers, and
// the translation of every failure into a ProxyError. It returns text only: tool calls, images and
// other content parts of an answer are dropped (we never offer tools anyway).
import type { IncomingMessage } from 'node:http';
import { ProxyError, type ErrorCode } from './errors.ts';
import { createChatClient, readBody, sseData, UpstreamFormatError, UpstreamStatusError, type ChatWireRequest } from './mistral-http.ts';
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
// limits"; the official SDK retries the same codes: 429, 500, 502, 503, 504).
const RETRYABLE_STATUS = new Set([429, 500, 502, 503, 504]);
// Failures of the connection itself, worth one more try (a keep-alive socket closed under us, say).
const CONNECTION_ERRORS = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

export function createMistralUpstream(options: UpstreamOptions): Upstream {
  const client = createChatClient(options.serverURL, options.apiKey);
  const body = (messages: ChatMessage[], stream: boolean): ChatWireRequest => ({
    model: options.model,
    messages,
    max_tokens: options.maxOutputTokens,
    temperature: 0.2,
    stream,
  });

  return {
    async complete(messages, clientSignal) {
      const deadline = new Deadline(options.timeoutMs, clientSignal);
      try {
        const res = await withRetries(options, deadline, (signal) => client.send(body(messages, false), signal));
        return parseCompletion(await readBody(res));
      } catch (err) {
        throw toProxyError(err, deadline);
      } finally {
        deadline.dispose();
      }
    },

    async stream(messages, clientSignal) {
      const deadline = new Deadline(options.timeoutMs, clientSignal);
      try {
        const res = await withRetries(options, deadline, (signal) => client.send(body(messages, true), signal));
        return streamParts(res, deadline);
      } catch (err) {
        deadline.dispose();
        throw toProxyError(err, deadline);
      }
    },
  };
}

// The parts of the API's answers we read (Mistral API reference, "Chat Completion", response and
// stream chunk; snake_case on the wire, as the SDK's ChatCompletionResponse/CompletionChunk map them).
type WireContent = string | { type?: unknown; text?: unknown }[] | null | undefined;
interface WireChoice {
  message?: { content?: WireContent };
  delta?: { content?: WireContent };
  finish_reason?: string | null;
}

function choicesOf(data: string): WireChoice[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(data);
  } catch {
    throw new UpstreamFormatError('not JSON');
  }
  const choices = (parsed as { choices?: unknown } | null)?.choices;
  if (!Array.isArray(choices)) throw new UpstreamFormatError('no choices');
  return choices as WireChoice[];
}

function parseCompletion(data: string): UpstreamAnswer {
  const choice = choicesOf(data)[0];
  if (!choice?.message) throw new UpstreamFormatError('no message');
  return { text: textOf(choice.message.content), finishReason: choice.finish_reason ?? null };
}

async function* streamParts(res: IncomingMessage, deadline: Deadline): AsyncGenerator<StreamPart> {
  try {
    for await (const data of sseData(res)) {
      for (const choice of choicesOf(data)) {
        const text = textOf(choice.delta?.content);
        if (text) yield { kind: 'text', text };
        if (choice.finish_reason) yield { kind: 'finish', reason: choice.finish_reason };
      }
    }
  } catch (err) {
    throw toProxyError(err, deadline);
  } finally {
    res.destroy(); // a stream left early must not go back to the keep-alive pool half-read
    deadline.dispose();
  }
}

/** Only the text parts of a message; anything else a model may send (images, tool calls) is dropped. */
function textOf(content: WireContent): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  return content.map((part) => (part.type === 'text' && typeof part.text === 'string' ? part.text : '')).join('');
}

/** The request's time budget, tied to the client: aborts when either runs out. */
class Deadline {
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

  dispose(): void {
    clearTimeout(this.handle);
    this.clientSignal.removeEventListener('abort', this.onClientGone);
  }
}

async function withRetries<T>(options: UpstreamOptions, deadline: Deadline, attempt: (signal: AbortSignal) => Promise<T>): Promise<T> {
  for (let tries = 0; ; tries++) {
    try {
      return await attempt(deadline.signal);
    } catch (err) {
      const failure = toProxyError(err, deadline);
      const retryable = (err instanceof UpstreamStatusError && RETRYABLE_STATUS.has(err.status)) || failure.code === 'upstream_unreachable';
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

/** Every failure as one of our codes; the upstream's own error text is never passed on. */
function toProxyError(err: unknown, deadline: Deadline): ProxyError {
  if (err instanceof ProxyError) return err;
  if (deadline.expired) return new ProxyError('upstream_timeout', { cause: err });
  if (deadline.clientSignal.aborted) return new ProxyError('upstream_error', { message: 'The client went away.', cause: err });
  if (err instanceof UpstreamStatusError) {
    return new ProxyError(codeForStatus(err.status), { cause: err, retryAfterS: parseRetryAfter(err.retryAfter) });
  }
  if (err instanceof UpstreamFormatError) return new ProxyError('upstream_bad_response', { cause: err });
  const code = (err as { code?: unknown } | null)?.code;
  if ((typeof code === 'string' && CONNECTION_ERRORS.has(code)) || (err instanceof Error && err.message === 'socket hang up')) {
    return new ProxyError('upstream_unreachable', { cause: err });
  }
  return new ProxyError('upstream_error', { cause: err });
}

function codeForStatus(status: number): ErrorCode {
  if (status === 429) return 'upstream_busy';
  if (status >= 500) return 'upstream_error';
  return 'upstream_rejected'; // 401/403: a bad key; 400/422: a request the model refuses
}

function parseRetryAfter(value: string | undefined): number | undefined {
  if (value === undefined || !/^\d{1,5}$/.test(value.trim())) return undefined;
  return Number(value.trim());
}
