// The one place that talks to Mistral (or a Mistral-compatible server an operator hosts), through
// the official SDK (@mistralai/mistralai): one client per process, its own retries off, so that
// the deadline and the retries with backoff (deadline.ts) stay ours. Every failure becomes a
// ProxyError. It returns text only: tool calls, images and other content parts of an answer are
// dropped (we never offer tools anyway).
import { Mistral } from '@mistralai/mistralai';
import type { ChatCompletionRequest, ContentChunk } from '@mistralai/mistralai/models/components';
import { ConnectionError, MistralError, RequestTimeoutError, ResponseValidationError, SDKValidationError } from '@mistralai/mistralai/models/errors';
import { ZodError } from 'zod';
import { AnswerTooLargeError, createNodeHttpClient } from './http-fetcher.ts';
import { Deadline, withRetries, type FailureVerdict } from './deadline.ts';
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

// Retry what may pass by itself: rate limiting and server-side failures (Mistral API docs, "Rate
// limits"; the SDK's own default retry codes are the same: 429, 500, 502, 503, 504).
const RETRYABLE_STATUS = new Set([429, 500, 502, 503, 504]);

export function createMistralUpstream(options: UpstreamOptions): Upstream {
  // One SDK client for the whole process: it holds the hooks and the HTTP client with its pool of
  // keep-alive connections, which are costly to build per request.
  const client = new Mistral({
    apiKey: options.apiKey,
    serverURL: options.serverURL, // unset: the SDK's default, https://api.mistral.ai
    timeoutMs: options.timeoutMs, // a fallback only: every call passes the deadline's signal
    retryConfig: { strategy: 'none' },
    httpClient: createNodeHttpClient(),
  });
  // The whole request, and nothing a page could steer: no tools, no response format (the wire test
  // checks the exact body the upstream receives).
  const request = (messages: ChatMessage[]): ChatCompletionRequest => ({
    model: options.model,
    messages,
    maxTokens: options.maxOutputTokens,
    temperature: 0.2,
  });

  return {
    async complete(messages, clientSignal) {
      const deadline = new Deadline(options.timeoutMs, clientSignal);
      try {
        const answer = await withRetries(options, deadline, (signal) => client.chat.complete(request(messages), { signal }), (err) => judge(err, deadline));
        const choice = answer.choices[0];
        if (!choice?.message) throw new ProxyError('upstream_bad_response');
        return { text: textOf(choice.message.content), finishReason: choice.finishReason ?? null };
      } catch (err) {
        throw judge(err, deadline).error;
      } finally {
        deadline.dispose();
      }
    },

    async stream(messages, clientSignal) {
      const deadline = new Deadline(options.timeoutMs, clientSignal);
      try {
        const events = await withRetries(options, deadline, (signal) => client.chat.stream(request(messages), { signal }), (err) => judge(err, deadline));
        return streamParts(events, deadline);
      } catch (err) {
        deadline.dispose();
        throw judge(err, deadline).error;
      }
    },
  };
}

type ChatEvents = Awaited<ReturnType<Mistral['chat']['stream']>>;

async function* streamParts(events: ChatEvents, deadline: Deadline): AsyncGenerator<StreamPart> {
  let finished = false;
  try {
    for await (const event of events) {
      for (const choice of event.data.choices) {
        const text = textOf(choice.delta.content);
        if (text) yield { kind: 'text', text };
        if (choice.finishReason) yield { kind: 'finish', reason: choice.finishReason };
      }
    }
    finished = true;
  } catch (err) {
    throw judge(err, deadline).error;
  } finally {
    // A stream left early (the client went away) must not keep the upstream answering.
    if (!finished) deadline.cancel();
    deadline.dispose();
  }
}

/** Only the text parts of a message; anything else a model may send (images, tool calls) is dropped. */
function textOf(content: string | ContentChunk[] | null | undefined): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  let text = '';
  for (const part of content) if (part.type === 'text' && 'text' in part && typeof part.text === 'string') text += part.text;
  return text;
}

/** Every failure as one of our codes, and whether it is worth another attempt. */
function judge(err: unknown, deadline: Deadline): FailureVerdict<ProxyError> {
  if (err instanceof ProxyError) return { error: err, retryable: false, retryAfterS: undefined };
  const error = toProxyError(err, deadline);
  const status = err instanceof MistralError ? err.statusCode : 0;
  const retryable = RETRYABLE_STATUS.has(status) || error.code === 'upstream_unreachable';
  return { error, retryable, retryAfterS: error.retryAfterS };
}

/** The upstream's own error text is never passed on (it may quote the prompt). */
function toProxyError(err: unknown, deadline: Deadline): ProxyError {
  if (deadline.expired) return new ProxyError('upstream_timeout', { cause: err });
  if (deadline.clientSignal.aborted) return new ProxyError('upstream_error', { message: 'The client went away.', cause: err });
  // An answer the SDK cannot read: a body that is not JSON (SyntaxError), not the schema
  // (ResponseValidationError; ZodError inside a stream), too large, or a 2xx of another content type.
  const tooLarge = err instanceof AnswerTooLargeError || (err instanceof Error && err.cause instanceof AnswerTooLargeError);
  if (tooLarge || err instanceof ResponseValidationError || err instanceof SyntaxError || err instanceof ZodError) {
    return new ProxyError('upstream_bad_response', { cause: err });
  }
  // The SDK refused our own request before sending it: a bug here, not the upstream's fault.
  if (err instanceof SDKValidationError) return new ProxyError('internal', { cause: err });
  if (err instanceof MistralError) {
    if (err.statusCode < 300) return new ProxyError('upstream_bad_response', { cause: err });
    return new ProxyError(codeForStatus(err.statusCode), { cause: err, retryAfterS: parseRetryAfter(err.headers.get('retry-after')) });
  }
  if (err instanceof ConnectionError) return new ProxyError('upstream_unreachable', { cause: err });
  if (err instanceof RequestTimeoutError) return new ProxyError('upstream_timeout', { cause: err });
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
