// Every error the proxy answers, as data: a stable code the extension can switch on, the HTTP
// status, and a sentence an operator or a citizen can act on. Bodies are `{ error: { code, message } }`.
export const ERROR_CODES = {
  bad_request: { status: 400, message: 'The request body does not match the API (see docs/proxy.md).' },
  unsupported_media_type: { status: 415, message: 'Send the request body as application/json.' },
  unauthorized: { status: 401, message: 'A valid bearer token is required.' },
  origin_not_allowed: { status: 403, message: 'This origin is not an allowed Formlotse extension.' },
  not_found: { status: 404, message: 'No such endpoint.' },
  body_too_large: { status: 413, message: 'The request body is too large.' },
  rate_limited: { status: 429, message: 'Too many requests; try again later.' },
  rate_limit_unavailable: {
    status: 503,
    message: 'The rate-limit store (Redis) is unreachable, so this proxy refuses requests until it is back.',
  },
  upstream_busy: { status: 503, message: 'The language model service is busy; try again in a moment.' },
  upstream_error: { status: 502, message: 'The language model service failed; try again later.' },
  upstream_unreachable: { status: 502, message: 'The language model service cannot be reached.' },
  upstream_rejected: { status: 502, message: 'The language model service refused the request (check the proxy configuration).' },
  upstream_bad_response: { status: 502, message: 'The language model service sent an answer the proxy cannot read.' },
  upstream_timeout: { status: 504, message: 'The language model service did not answer in time.' },
  internal: { status: 500, message: 'The proxy failed unexpectedly.' },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof ERROR_CODES;

export interface ErrorBody {
  error: { code: ErrorCode; message: string };
}

/** A failure that ends a request with a known code; `retryAfterS` becomes a Retry-After header. */
export class ProxyError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly retryAfterS: number | undefined;

  constructor(code: ErrorCode, options: { message?: string; retryAfterS?: number; cause?: unknown } = {}) {
    super(options.message ?? ERROR_CODES[code].message, { cause: options.cause });
    this.name = 'ProxyError';
    this.code = code;
    this.status = ERROR_CODES[code].status;
    this.retryAfterS = options.retryAfterS;
  }

  get body(): ErrorBody {
    return { error: { code: this.code, message: this.message } };
  }
}
