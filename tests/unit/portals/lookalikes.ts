// Lookalike URLs of a real portal URL, the way phishing pages are built: typos, extra or missing
// host labels, http, other top-level domains, homoglyphs (Cyrillic letters, as Unicode and as the
// xn-- form the URL parser turns them into), userinfo and suffix tricks, ports, trailing dots.

export type LookalikeKind =
  | 'typo-swap'
  | 'typo-drop'
  | 'typo-double'
  | 'extra-label'
  | 'missing-label'
  | 'http'
  | 'other-tld'
  | 'homoglyph-unicode'
  | 'homoglyph-punycode'
  | 'userinfo'
  | 'suffix-domain'
  | 'port'
  | 'trailing-dot'
  | 'path-or-query';

export interface Lookalike {
  kind: LookalikeKind;
  url: string;
}

/** Latin letters and the Cyrillic letters that look the same in most fonts (Unicode confusables). */
const HOMOGLYPHS: Record<string, string> = {
  a: '\u0430', c: '\u0441', d: '\u0501', e: '\u0435', i: '\u0456', j: '\u0458', o: '\u043e', p: '\u0440', s: '\u0455', x: '\u0445', y: '\u0443',
};
const OTHER_TLDS = ['com', 'net', 'org', 'eu', 'info', 'de', 'fr', 'co', 'gov'];

function labelVariants(label: string): { kind: LookalikeKind; label: string }[] {
  const out: { kind: LookalikeKind; label: string }[] = [];
  for (let i = 0; i < label.length; i++) {
    if (i + 1 < label.length && label[i] !== label[i + 1]) {
      out.push({ kind: 'typo-swap', label: label.slice(0, i) + label[i + 1] + label[i] + label.slice(i + 2) });
    }
    if (label.length > 1) out.push({ kind: 'typo-drop', label: label.slice(0, i) + label.slice(i + 1) });
    out.push({ kind: 'typo-double', label: label.slice(0, i + 1) + label[i] + label.slice(i + 1) });
  }
  return out;
}

/** Every lookalike of one real URL (same path and query, another host or scheme). */
export function lookalikesOf(realUrl: string): Lookalike[] {
  const real = new URL(realUrl);
  const host = real.hostname;
  const rest = `${real.pathname}${real.search}`;
  const labels = host.split('.');
  const tld = labels[labels.length - 1]!;
  const at = (h: string) => `https://${h}${rest}`;
  const out: Lookalike[] = [];

  // Typos in every label but the top-level domain.
  labels.slice(0, -1).forEach((label, index) => {
    for (const v of labelVariants(label)) {
      if (v.label) out.push({ kind: v.kind, url: at([...labels.slice(0, index), v.label, ...labels.slice(index + 1)].join('.')) });
    }
  });

  out.push({ kind: 'extra-label', url: at(`login.${host}`) });
  out.push({ kind: 'extra-label', url: at(`www.${host}`) });
  out.push({ kind: 'extra-label', url: at([labels[0], 'secure', ...labels.slice(1)].join('.')) });
  if (labels.length > 2) {
    out.push({ kind: 'missing-label', url: at(labels.slice(1).join('.')) });
    out.push({ kind: 'missing-label', url: at([labels[0], ...labels.slice(2)].join('.')) });
  }

  out.push({ kind: 'http', url: `http://${host}${rest}` });
  out.push({ kind: 'http', url: `http://${host}:443${rest}` });

  for (const other of OTHER_TLDS.filter((t) => t !== tld)) out.push({ kind: 'other-tld', url: at([...labels.slice(0, -1), other].join('.')) });
  out.push({ kind: 'other-tld', url: at(`${host}.com`) });
  out.push({ kind: 'other-tld', url: at(labels.slice(0, -1).join('-') + `.${tld}`) });

  // One Latin letter at a time replaced by its Cyrillic twin: as typed (Unicode) and as the parser stores it (xn--).
  labels.slice(0, -1).forEach((label, index) => {
    [...label].forEach((ch, i) => {
      const twin = HOMOGLYPHS[ch];
      if (!twin) return;
      const spoofed = [...labels.slice(0, index), label.slice(0, i) + twin + label.slice(i + 1), ...labels.slice(index + 1)].join('.');
      out.push({ kind: 'homoglyph-unicode', url: at(spoofed) });
      out.push({ kind: 'homoglyph-punycode', url: new URL(at(spoofed)).href });
    });
  });

  out.push({ kind: 'userinfo', url: `https://${host}@evil.example${rest}` });
  out.push({ kind: 'userinfo', url: `https://${host}:443@evil.example${rest}` });
  out.push({ kind: 'userinfo', url: `https://user:secret@${host}${rest}` });
  out.push({ kind: 'userinfo', url: `https://evil.example\\@${host}${rest}` });
  out.push({ kind: 'suffix-domain', url: at(`${host}.evil.example`) });
  out.push({ kind: 'suffix-domain', url: at(`${host}-login.example`) });
  out.push({ kind: 'suffix-domain', url: at(`${labels.join('-')}.evil.example`) });

  for (const port of [8443, 444, 80, 8080]) out.push({ kind: 'port', url: `https://${host}:${port}${rest}` });
  out.push({ kind: 'trailing-dot', url: at(`${host}.`) });
  out.push({ kind: 'trailing-dot', url: at(`${host}..`) });

  out.push({ kind: 'path-or-query', url: `https://evil.example/${host}${rest}` });
  out.push({ kind: 'path-or-query', url: `https://evil.example${rest}?next=${encodeURIComponent(realUrl)}` });
  out.push({ kind: 'path-or-query', url: `https://evil.example/#${realUrl}` });
  return out;
}

/** Spellings of the real URL that the URL parser turns into the very same origin: these must be recognised. */
export function sameOriginSpellings(realUrl: string): string[] {
  const real = new URL(realUrl);
  const rest = `${real.pathname}${real.search}`;
  return [realUrl, `https://${real.hostname.toUpperCase()}${rest}`, `https://${real.hostname}:443${rest}`, `HTTPS://${real.hostname}${rest}`];
}
