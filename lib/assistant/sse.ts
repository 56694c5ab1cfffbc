// Server-sent events as the WHATWG HTML standard defines the stream format (§ 9.2.6 "Parsing an
// event stream"), fed chunk by chunk: bytes may split anywhere, inside a UTF-8 character, a line,
// or between "\r" and "\n". Only what the proxy uses is kept: the event name and its data.

export interface SseEvent {
  event: string;
  data: string;
}

export class SseParser {
  private readonly decoder = new TextDecoder('utf-8');
  private buffer = '';
  private event = '';
  private data: string[] = [];
  private sawCR = false;

  /** The events completed by this chunk, in order. */
  push(chunk: Uint8Array | string): SseEvent[] {
    let text = typeof chunk === 'string' ? chunk : this.decoder.decode(chunk, { stream: true });
    // A "\r\n" split across chunks: the "\r" already ended the line, so drop the "\n".
    if (this.sawCR && text.startsWith('\n')) text = text.slice(1);
    this.sawCR = false;
    this.buffer += text;
    const out: SseEvent[] = [];
    for (;;) {
      const at = this.buffer.search(/[\r\n]/);
      if (at < 0) break;
      const line = this.buffer.slice(0, at);
      let skip = 1;
      if (this.buffer[at] === '\r') {
        if (at + 1 === this.buffer.length) this.sawCR = true;
        else if (this.buffer[at + 1] === '\n') skip = 2;
      }
      this.buffer = this.buffer.slice(at + skip);
      const done = this.line(line);
      if (done) out.push(done);
    }
    return out;
  }

  /** The end of the stream: an event without its closing blank line is dropped, as the standard says. */
  end(): { incomplete: boolean } {
    const rest = this.decoder.decode();
    return { incomplete: (this.buffer + rest).trim() !== '' || this.data.length > 0 };
  }

  private line(line: string): SseEvent | null {
    if (line === '') {
      if (this.data.length === 0) {
        this.event = '';
        return null;
      }
      const done = { event: this.event || 'message', data: this.data.join('\n') };
      this.event = '';
      this.data = [];
      return done;
    }
    if (line.startsWith(':')) return null; // a comment (keep-alive)
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') this.event = value;
    else if (field === 'data') this.data.push(value);
    return null; // id and retry: the client does not reconnect, so they do not matter
  }
}
