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
