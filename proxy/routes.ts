// The assistant's two tasks. Each takes a validated body, builds our prompt, and answers either as
// server-sent events (default) or as one JSON object (`?stream=false`, or an Accept header asking
// for application/json and not text/event-stream).
//
// SSE events: `delta` {"text"} for each piece of the answer, then `done` {"finishReason"}, or
// `error` {"error":{"code","message"}} if the upstream fails after the stream has begun.
// JSON: 200 {"text","finishReason"}, or an error status with {"error":{"code","message"}}.
import type { Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import { ProxyError } from './errors.ts';
import { explainMessages, simplifyMessages, type ChatMessage } from './prompts.ts';
import { explainRequestSchema, simplifyRequestSchema } from './schemas.ts';
import type { Upstream } from './upstream.ts';
import { validBody } from './guards.ts';
import type { ProxyEnv } from './app.ts';

export function explainRoute(upstream: Upstream) {
  return async (c: Context<ProxyEnv>) => answer(c, upstream, explainMessages(validBody(c, explainRequestSchema)));
}

export function simplifyRoute(upstream: Upstream) {
  return async (c: Context<ProxyEnv>) => answer(c, upstream, simplifyMessages(validBody(c, simplifyRequestSchema)));
}

function wantsStream(c: Context<ProxyEnv>): boolean {
  const stream = c.req.query('stream');
  if (stream === 'false') return false;
  if (stream === 'true') return true;
  const accept = c.req.header('accept') ?? '';
  return accept.includes('text/event-stream') || !accept.includes('application/json');
}

async function answer(c: Context<ProxyEnv>, upstream: Upstream, messages: ChatMessage[]): Promise<Response> {
  const clientSignal = c.var.clientGone;
  if (!wantsStream(c)) {
    const { text, finishReason } = await upstream.complete(messages, clientSignal);
    return c.json({ text, finishReason });
  }
  // Open the upstream stream before answering, so a failure before the first token (after the
  // retries) is still a plain HTTP error status, not a 200 with an error event.
  const parts = await upstream.stream(messages, clientSignal);
  c.header('X-Accel-Buffering', 'no'); // nginx: pass events through as they come
  return streamSSE(c, async (sse) => {
    let finishReason: string | null = null;
    try {
      for await (const part of parts) {
        if (sse.aborted) break;
        if (part.kind === 'text') await sse.writeSSE({ event: 'delta', data: JSON.stringify({ text: part.text }) });
        else finishReason = part.reason;
      }
      if (!sse.aborted) await sse.writeSSE({ event: 'done', data: JSON.stringify({ finishReason }) });
    } catch (err) {
      const failure = err instanceof ProxyError ? err : new ProxyError('internal', { cause: err });
      c.var.log.warn({ event: 'stream_error', client: c.var.client.logId, path: c.req.path, code: failure.code }, 'upstream failed mid-stream');
      if (!sse.aborted) await sse.writeSSE({ event: 'error', data: JSON.stringify(failure.body) });
    }
  });
}
