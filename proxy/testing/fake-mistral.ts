// A Mistral-compatible stand-in for tests and the benchmark: POST /v1/chat/completions on 127.0.0.1,
// answering as JSON or as server-sent events (when the request says `"stream": true`), the shapes
// the @mistralai/mistralai SDK parses (ChatCompletionResponse, CompletionChunk + `data: [DONE]`).
// Tests script what the next requests get (429, 500, a hang, a malformed body) and read back every
// request it received, to check what the proxy actually sent upstream.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type FakeBehaviour =
  /** A normal answer; streamed in small deltas when the request asked for a stream. */
  | { kind: 'answer'; text?: string }
  /** An error status with a Mistral-like JSON error body, optionally with Retry-After (seconds). */
  | { kind: 'status'; status: number; retryAfterS?: number }
  /** Accept the request and never answer (until the server is closed). */
  | { kind: 'hang' }
  /** Status 200 with a body that is not a chat completion (broken JSON, or broken SSE data). */
  | { kind: 'malformed' }
  /** Stream: send the first delta, then hang. */
  | { kind: 'hang-mid-stream'; text?: string };

export interface ReceivedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: unknown;
  /** Set when the caller closed the connection before the answer was complete. */
  abandoned: boolean;
}

export interface FakeMistral {
  url: string;
  /** Every request received, oldest first (empty when started with `record: false`). */
  received: ReceivedRequest[];
  /** Behaviours for the next requests, one each; after them every request gets an answer. */
  script(...next: FakeBehaviour[]): void;
  close(): Promise<void>;
}

export interface FakeMistralOptions {
  port?: number;
  /** The text of an answer when a behaviour does not give one. */
  defaultText?: string;
  /** Keep received requests (tests: yes; the benchmark: no, so memory stays flat). */
  record?: boolean;
}

const DEFAULT_TEXT = 'This field asks for your date of arrival, as written on your ticket.';

export async function startFakeMistral(options: FakeMistralOptions = {}): Promise<FakeMistral> {
  const received: ReceivedRequest[] = [];
  const queue: FakeBehaviour[] = [];
  const defaultText = options.defaultText ?? DEFAULT_TEXT;
  const record = options.record ?? true;

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      let body: unknown = null;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        body = null;
      }
      const entry: ReceivedRequest = { method: req.method ?? '', path: req.url ?? '', headers: req.headers, body, abandoned: false };
      if (record) received.push(entry);
      res.on('close', () => {
        if (!res.writableFinished) entry.abandoned = true;
      });
      if (req.method !== 'POST' || req.url !== '/v1/chat/completions') {
        sendJson(res, 404, { detail: 'Not Found' });
        return;
      }
      const stream = typeof body === 'object' && body !== null && (body as { stream?: unknown }).stream === true;
      const model = String((body as { model?: unknown } | null)?.model ?? 'fake-model');
      respond(res, queue.shift() ?? { kind: 'answer' }, { stream, model, defaultText });
    });
  });
  // The benchmark opens many keep-alive connections; the default backlog and timeouts are fine.
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    received,
    script: (...next) => void queue.push(...next),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

interface AnswerContext {
  stream: boolean;
  model: string;
  defaultText: string;
}

function respond(res: ServerResponse, behaviour: FakeBehaviour, ctx: AnswerContext): void {
  switch (behaviour.kind) {
    case 'answer': {
      const text = behaviour.text ?? ctx.defaultText;
      if (ctx.stream) sendStream(res, ctx.model, splitDeltas(text), true);
      else sendJson(res, 200, completion(ctx.model, text));
      return;
    }
    case 'status': {
      const headers: Record<string, string> = {};
      if (behaviour.retryAfterS !== undefined) headers['retry-after'] = String(behaviour.retryAfterS);
      sendJson(res, behaviour.status, { object: 'error', message: `fake error ${behaviour.status}`, type: 'fake' }, headers);
      return;
    }
    case 'hang':
      res.flushHeaders?.call(res); // nothing else: the socket stays open until close()
      return;
    case 'malformed':
      if (ctx.stream) {
        res.writeHead(200, { 'content-type': 'text/event-stream' });
        res.end('data: {"id": "x", "choices": [ this is not json\n\ndata: [DONE]\n\n');
      } else {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"id": "cmpl-1", "choices": [');
      }
      return;
    case 'hang-mid-stream': {
      const deltas = splitDeltas(behaviour.text ?? ctx.defaultText);
      sendStream(res, ctx.model, deltas.slice(0, 1), false);
      return;
    }
  }
}

function completion(model: string, text: string) {
  return {
    id: 'cmpl-fake',
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model,
    choices: [{ index: 0, message: { role: 'assistant', content: text }, finish_reason: 'stop' }],
    usage: { prompt_tokens: 42, completion_tokens: 17, total_tokens: 59 },
  };
}

/** Split into word-sized deltas, the way a model streams tokens. */
function splitDeltas(text: string): string[] {
  return text.match(/\S+\s*|\s+/g) ?? [''];
}

function sendStream(res: ServerResponse, model: string, deltas: string[], finish: boolean): void {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  const chunk = (delta: object, finishReason: string | null) =>
    `data: ${JSON.stringify({
      id: 'cmpl-fake',
      object: 'chat.completion.chunk',
      created: Math.floor(Date.now() / 1000),
      model,
      choices: [{ index: 0, delta, finish_reason: finishReason }],
    })}\n\n`;
  deltas.forEach((content, i) => res.write(chunk(i === 0 ? { role: 'assistant', content } : { content }, null)));
  if (!finish) return; // left open: a stream that hangs
  res.write(chunk({ content: '' }, 'stop'));
  res.end('data: [DONE]\n\n');
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}
