// A lean HTTP client for Mistral's chat completions API (POST {server}/v1/chat/completions, JSON or
// SSE), on node:http/https with keep-alive agents. Why not the official SDK's request path: on the
// 2-core machine it targets, the SDK (WHATWG fetch, Request/Response web streams, zod on every
// request and answer) cost ~0.8 ms of CPU a call against ~0.1 ms for this, which alone spent the
// proxy's latency budget (benchmark, 2026-11: SDK path 2.0 ms p50 overhead, 572 req/s). The wire
// format stays the SDK's: requests are typed as its ChatCompletionRequest$Outbound, answers as its
// ChatCompletionResponse and CompletionChunk, and a test compares our bytes with the SDK's.
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { ChatCompletionRequest$Outbound } from '@mistralai/mistralai/models/components';

/** The request body we send: a subset of the SDK's wire type, so a field we misname fails to compile. */
export type ChatWireRequest = Required<Pick<ChatCompletionRequest$Outbound, 'model' | 'messages' | 'max_tokens' | 'temperature' | 'stream'>>;

/** An answer with a status other than 2xx. */
export class UpstreamStatusError extends Error {
  constructor(
    readonly status: number,
    readonly retryAfter: string | undefined,
  ) {
    super(`upstream answered ${status}`);
    this.name = 'UpstreamStatusError';
  }
}

/** An answer that is not what the API promises (broken JSON, missing fields, too large). */
export class UpstreamFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UpstreamFormatError';
  }
}

export const MISTRAL_DEFAULT_SERVER = 'https://api.mistral.ai';
const MAX_ANSWER_BYTES = 1_048_576; // far above any answer of MAX_OUTPUT_TOKENS

export interface ChatClient {
  /** POST the request; resolves with the 2xx response, its body unread. Rejects with UpstreamStatusError otherwise. */
  send(body: ChatWireRequest, signal: AbortSignal): Promise<IncomingMessage>;
}

export function createChatClient(serverURL: string | undefined, apiKey: string | undefined): ChatClient {
  // The server URL may carry a path prefix (a gateway); the SDK appends /v1/chat/completions the same way.
  const url = new URL(`${(serverURL ?? MISTRAL_DEFAULT_SERVER).replace(/\/+$/, '')}/v1/chat/completions`);
  const https = url.protocol === 'https:';
  const agent = https ? new HttpsAgent({ keepAlive: true }) : new HttpAgent({ keepAlive: true });
  const send = https ? httpsRequest : httpRequest;
  const auth = apiKey ? { authorization: `Bearer ${apiKey}` } : {};

  return {
    send: (body, signal) =>
      new Promise((resolve, reject) => {
        const payload = JSON.stringify(body);
        const req = send(
          url,
          {
            method: 'POST',
            agent,
            signal,
            headers: {
              ...auth,
              'content-type': 'application/json',
              accept: body.stream ? 'text/event-stream' : 'application/json',
              'content-length': Buffer.byteLength(payload),
              'user-agent': 'formlotse-proxy',
            },
          },
          (res) => {
            const status = res.statusCode ?? 0;
            if (status >= 200 && status < 300) return resolve(res);
            res.resume(); // drain, so the connection goes back to the pool
            const retryAfter = res.headers['retry-after'];
            reject(new UpstreamStatusError(status, Array.isArray(retryAfter) ? retryAfter[0] : retryAfter));
          },
        );
        req.on('error', reject);
        req.end(payload);
      }),
  };
}

/** The whole body as text, at most MAX_ANSWER_BYTES. */
export async function readBody(res: IncomingMessage): Promise<string> {
  res.setEncoding('utf8');
  let text = '';
  for await (const chunk of res as AsyncIterable<string>) {
    text += chunk;
    if (text.length > MAX_ANSWER_BYTES) {
      res.destroy();
      throw new UpstreamFormatError('answer too large');
    }
  }
  return text;
}

/**
 * The `data` of each server-sent event, until `data: [DONE]` (the API's end mark) or the end of
 * the body. Follows the WHATWG event-stream format: events end at a blank line, `data:` lines join.
 */
export async function* sseData(res: IncomingMessage): AsyncGenerator<string> {
  res.setEncoding('utf8');
  let buffer = '';
  for await (const chunk of res as AsyncIterable<string>) {
    buffer += chunk;
    if (buffer.length > MAX_ANSWER_BYTES) throw new UpstreamFormatError('event too large');
    let boundary: RegExpExecArray | null;
    while ((boundary = /\r?\n\r?\n/.exec(buffer))) {
      const event = buffer.slice(0, boundary.index);
      buffer = buffer.slice(boundary.index + boundary[0].length);
      const data = event
        .split(/\r?\n/)
        .filter((line) => line.startsWith('data:'))
        .map((line) => line.slice(5).replace(/^ /, ''))
        .join('\n');
      if (data === '') continue; // a comment or keep-alive
      if (data === '[DONE]') return;
      yield data;
    }
  }
}
