// The transport under the Mistral SDK: its documented extension point (`new HTTPClient({ fetcher })`,
// SDK README "Custom HTTP Client"), here over node:http/https with keep-alive agents instead of the
// global fetch. The SDK still builds, authenticates, validates and parses every request and answer;
// this only moves the bytes. Why: on the 2-core machine the proxy targets, undici's fetch (one more
// Request with a followed signal, web streams for the body) cost 200–300 µs of CPU per call more
// than node:http (npm run bench -- proxy, 2026-11, load average 3: 1,030–1,420 → 740–860 µs of
// proxy CPU per request; an undici Agent with 16 connections under fetch saved nothing). It keeps
// fetch's contract, so the SDK classifies failures as with fetch: a network failure rejects with
// TypeError("fetch failed"), an abort with an AbortError; server-sent events stream, other answers
// arrive whole.
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { Readable } from 'node:stream';
import { HTTPClient, type Fetcher } from '@mistralai/mistralai/lib/http.js';

/** Far above any whole answer of MAX_OUTPUT_TOKENS (≤ 4096 tokens). */
export const MAX_ANSWER_BYTES = 8 * 1024 * 1024;
/**
 * One server-sent event of a stream (one chunk of a few tokens, ~300 bytes). A stream as a whole is
 * bounded by the deadline; a single endless event would also cost the SDK's event parser quadratic
 * time (it rescans its buffer for a boundary on every read).
 */
export const MAX_EVENT_BYTES = 256 * 1024;

/** An answer, or one event of a stream, over its bound: the upstream is broken (or hostile). */
export class AnswerTooLargeError extends Error {
  constructor(bound: number) {
    super(`upstream answer over ${bound} bytes`);
    this.name = 'AnswerTooLargeError';
  }
}

// Node's own global agent settings (keep-alive, most recently used socket first, idle sockets
// closed after 5 s, before a server's usual keep-alive timeout closes them under us).
const AGENT_OPTIONS = { keepAlive: true, scheduling: 'lifo', timeout: 5000 } as const;
const NO_BODY_STATUS = new Set([101, 204, 205, 304]);

export function createNodeHttpClient(): HTTPClient {
  const agents = { http: new HttpAgent(AGENT_OPTIONS), https: new HttpsAgent(AGENT_OPTIONS) };
  return new HTTPClient({ fetcher: nodeFetcher(agents) });
}

function nodeFetcher(agents: { http: HttpAgent; https: HttpsAgent }): Fetcher {
  return async (input, init) => {
    // The SDK passes a Request and no init; anything else is made one, as fetch would.
    const req = input instanceof Request && init === undefined ? input : new Request(input, init);
    const body = req.body ? Buffer.from(await req.arrayBuffer()) : undefined;
    const headers: Record<string, string> = {};
    req.headers.forEach((value, name) => {
      if (value !== '') headers[name] = value; // the SDK always sets a cookie header, empty
    });
    if (body) headers['content-length'] = String(body.length);
    const https = req.url.startsWith('https:');
    const send = https ? httpsRequest : httpRequest;

    return new Promise<Response>((resolve, reject) => {
      const signal = req.signal;
      const fail = (cause: unknown) => {
        if (cause instanceof AnswerTooLargeError) reject(cause);
        else reject(signal.aborted ? abortError(signal) : new TypeError('fetch failed', { cause }));
      };
      const outgoing = send(req.url, { method: req.method, headers, agent: https ? agents.https : agents.http, signal }, (res) => {
        res.on('error', fail);
        if (isEventStream(res)) {
          settle(resolve, reject, res, Readable.toWeb(boundEvents(res)) as ReadableStream<Uint8Array>);
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > MAX_ANSWER_BYTES) res.destroy(new AnswerTooLargeError(MAX_ANSWER_BYTES));
          else chunks.push(chunk);
        });
        // Buffer.concat allocates a plain ArrayBuffer (never a SharedArrayBuffer), as BodyInit needs.
        res.on('end', () => settle(resolve, reject, res, Buffer.concat(chunks) as Uint8Array<ArrayBuffer>));
      });
      outgoing.on('error', fail);
      outgoing.end(body);
    });
  };
}

function isEventStream(res: IncomingMessage): boolean {
  return (res.headers['content-type'] ?? '').toLowerCase().startsWith('text/event-stream');
}

/** A stream that fails once MAX_EVENT_BYTES pass without an event boundary (a blank line). */
function boundEvents(res: IncomingMessage): IncomingMessage {
  let pending = 0; // bytes since the last boundary
  let endedWithNewline = false;
  res.on('data', (chunk: Buffer) => {
    const continuesBoundary = endedWithNewline && (chunk[0] === 0x0a || (chunk[0] === 0x0d && chunk[1] === 0x0a));
    const first = continuesBoundary ? 0 : firstIndex(chunk.indexOf('\n\n'), chunk.indexOf('\n\r\n'));
    if (first < 0) pending += chunk.length;
    else if (pending + first <= MAX_EVENT_BYTES) pending = chunk.length - Math.max(chunk.lastIndexOf('\n\n'), chunk.lastIndexOf('\n\r\n'), 0);
    else pending = Infinity;
    endedWithNewline = chunk[chunk.length - 1] === 0x0a;
    if (pending > MAX_EVENT_BYTES) res.destroy(new AnswerTooLargeError(MAX_EVENT_BYTES));
  });
  return res;
}

function firstIndex(a: number, b: number): number {
  return a < 0 ? b : b < 0 ? a : Math.min(a, b);
}

function settle(resolve: (r: Response) => void, reject: (e: unknown) => void, res: IncomingMessage, body: BodyInit): void {
  try {
    const responseHeaders = new Headers();
    for (let i = 0; i + 1 < res.rawHeaders.length; i += 2) responseHeaders.append(res.rawHeaders[i] as string, res.rawHeaders[i + 1] as string);
    const status = res.statusCode ?? 0;
    resolve(new Response(NO_BODY_STATUS.has(status) ? null : body, { status, statusText: res.statusMessage ?? '', headers: responseHeaders }));
  } catch (err) {
    res.destroy();
    reject(new TypeError('fetch failed', { cause: err })); // a status or header fetch would refuse too
  }
}

function abortError(signal: AbortSignal): unknown {
  return signal.reason instanceof Error && signal.reason.name === 'AbortError' ? signal.reason : new DOMException('This operation was aborted', 'AbortError');
}
