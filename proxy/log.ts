// Structured logs (pino, JSON lines on stdout). What is logged, on purpose and nothing more:
// method, path (no query string), status, duration, a per-run hash of the client's network, the
// error code of a failed request, and Redis reachability changes. Never a request or response
// body, a header, a token, an address in clear, or the upstream's error text (it may quote the prompt).
import { pino, type Logger, type DestinationStream } from 'pino';

export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'formlotse-proxy' },
      timestamp: pino.stdTimeFunctions.isoTime,
      // A last guard in case a future line passes a request object by mistake.
      redact: { paths: ['req', 'res', 'body', 'headers', 'authorization', '*.body', '*.headers'], remove: true },
    },
    destination,
  );
}

const FLUSH_EVERY_MS = 1000;

/**
 * The production log: stdout, buffered (4 KiB or 1 s, whichever comes first) so a busy proxy makes
 * one write for many lines instead of one a request; `flush()` before exit writes what is left.
 */
export function createStdoutLogger(level: string): { log: Logger; flush: () => void } {
  const destination = pino.destination({ dest: 1, sync: false, minLength: 4096 });
  const timer = setInterval(() => destination.flush(), FLUSH_EVERY_MS);
  timer.unref();
  return {
    log: createLogger(level, destination),
    flush: () => {
      clearInterval(timer);
      destination.flushSync();
    },
  };
}
