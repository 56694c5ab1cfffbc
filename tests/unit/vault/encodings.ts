// The ways a value could sit in storage if it were not encrypted: as is, JSON-escaped, URI-encoded,
// base64 / base64url (at each of the three byte alignments it can have inside a longer text), hex
// (both cases) of UTF-8, and UTF-16 (code units as text, and hex little/big endian).
// Shared by the unit leak tests and tests/e2e/vault.e2e.ts.

function base64Aligned(bytes: Uint8Array, url: boolean): string[] {
  const out: string[] = [];
  for (let k = 0; k < 3; k++) {
    const padded = new Uint8Array(k + bytes.length);
    padded.set(bytes, k);
    let b64 = Buffer.from(padded).toString('base64');
    if (url) b64 = b64.replace(/\+/g, '-').replace(/\//g, '_');
    // Characters made only of the value's bits: from ceil(8k/6) to floor(8n/6).
    const first = Math.ceil((8 * k) / 6);
    const last = Math.floor((8 * padded.length) / 6);
    const slice = b64.slice(first, last);
    if (slice.length >= 6) out.push(slice); // shorter runs would match random ciphertext by chance
  }
  return out;
}

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

export function encodingsOf(value: string): string[] {
  const utf8 = new TextEncoder().encode(value);
  const utf16le = Buffer.from(value, 'utf16le');
  const utf16be = Buffer.from(utf16le).swap16();
  const forms = [
    value,
    JSON.stringify(value).slice(1, -1),
    JSON.stringify(value).slice(1, -1).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
    encodeURIComponent(value),
    encodeURI(value),
    escape(value),
    ...base64Aligned(utf8, false),
    ...base64Aligned(utf8, true),
    ...base64Aligned(new Uint8Array(utf16le), false),
    hex(utf8),
    hex(utf8).toUpperCase(),
    hex(utf16le),
    hex(utf16be),
    [...value].join('\u0000'),
  ];
  return [...new Set(forms)];
}

/** Every (value, encoding) of `secrets` found in `haystack`, for a readable failure. */
export function findLeaks(haystack: string, secrets: string[]): { secret: string; form: string }[] {
  const lower = haystack.toLowerCase();
  return secrets.flatMap((secret) => encodingsOf(secret)
    .filter((form) => (/^[0-9a-f]+$/i.test(form) ? lower.includes(form.toLowerCase()) : haystack.includes(form)))
    .map((form) => ({ secret, form })));
}
