// The event stream parser, fed the way a network delivers: in pieces split at every possible byte,
// inside multi-byte characters and between "\r" and "\n".
import { describe, expect, it } from 'vitest';
import { SseParser, type SseEvent } from '@/lib/assistant/sse';

const STREAM =
  ': keep-alive\n\n' +
  'event: delta\ndata: {"text":"Die Straße "}\n\n' +
  'event: delta\r\ndata: {"text":"heißt ✓ – 🇩🇪"}\r\n\r\n' +
  'event: delta\rdata: {"text":"wie"}\r\r' +
  'data: zwei\ndata: Zeilen\n\n' +
  'event: done\ndata:{"finishReason":"stop"}\n\n';

const EXPECTED: SseEvent[] = [
  { event: 'delta', data: '{"text":"Die Straße "}' },
  { event: 'delta', data: '{"text":"heißt ✓ – 🇩🇪"}' },
  { event: 'delta', data: '{"text":"wie"}' },
  { event: 'message', data: 'zwei\nZeilen' },
  { event: 'done', data: '{"finishReason":"stop"}' },
];

function parseInPieces(bytes: Uint8Array, cuts: number[]): SseEvent[] {
  const parser = new SseParser();
  const events: SseEvent[] = [];
  let from = 0;
  for (const cut of [...cuts, bytes.length]) {
    events.push(...parser.push(bytes.slice(from, cut)));
    from = cut;
  }
  expect(parser.end().incomplete).toBe(false);
  return events;
}

describe('SseParser', () => {
  const bytes = new TextEncoder().encode(STREAM);

  it('reads a whole stream', () => {
    expect(parseInPieces(bytes, [])).toEqual(EXPECTED);
  });

  it('gives the same events however the bytes are split in two', () => {
    for (let cut = 1; cut < bytes.length; cut++) expect(parseInPieces(bytes, [cut])).toEqual(EXPECTED);
  });

  it('gives the same events byte by byte', () => {
    expect(parseInPieces(bytes, Array.from({ length: bytes.length - 1 }, (_, i) => i + 1))).toEqual(EXPECTED);
  });

  it('reports an event cut off before its blank line', () => {
    const parser = new SseParser();
    expect(parser.push('event: delta\ndata: {"text":"ha')).toEqual([]);
    expect(parser.end().incomplete).toBe(true);
  });
});
