// Redaction of page text before it goes to the assistant's proxy (ARCHITECTURE: nothing of the
// profile goes to the proxy). Two passes: first every value of the user's own profile, in every
// shape a page could write it (./own-shapes.ts); then anything that looks like data at all, whoever
// it belongs to (./patterns.ts). Pure: the caller passes the profile values it has.
import type { Profile } from '../profile/types';
import { fold } from './fold';
import { shapesOf, type OwnValue } from './own-shapes';
import { GENERIC_PATTERNS } from './patterns';

export type { OwnValue } from './own-shapes';

// Characters a reader does not see but that split a value for a pattern: zero-width space, joiners,
// word joiner, BOM, soft hyphen, bidi controls (Unicode TR #9), other C0/C1 controls but tab and newline.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

interface Span {
  start: number;
  end: number;
  placeholder: string;
}

/** Longest first at each start; a span inside or overlapping an earlier one joins it. */
function merge(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const span of sorted) {
    const last = out[out.length - 1];
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
    else out.push({ ...span });
  }
  return out;
}

export type Redactor = (text: string) => string;

/** A redactor for one set of own values (their expressions compiled once, for label and help alike). */
export function redactorFor(own: readonly OwnValue[]): Redactor {
  const shapes = own.flatMap(shapesOf).map((s) => ({ re: new RegExp(s.source, 'gu'), placeholder: s.placeholder }));
  return (input) => {
    const text = input.normalize('NFKC').replace(INVISIBLE, '');
    const folded = fold(text);
    const spans: Span[] = [];
    for (const { re, placeholder } of shapes) {
      re.lastIndex = 0;
      for (const m of folded.text.matchAll(re)) {
        if (m[0].length === 0) continue;
        const first = m.index;
        const last = m.index + m[0].length - 1;
        spans.push({ start: folded.start[first]!, end: folded.end[last]!, placeholder });
      }
    }
    let out = '';
    let at = 0;
    for (const span of merge(spans)) {
      out += text.slice(at, span.start) + span.placeholder;
      at = span.end;
    }
    out += text.slice(at);
    for (const { pattern, placeholder } of GENERIC_PATTERNS) out = out.replace(pattern, placeholder);
    return out;
  };
}

/** `text` without any of `own` and without anything that looks like personal data. */
export function redact(text: string, own: readonly OwnValue[]): string {
  return redactorFor(own)(text);
}

/** Every value of every person in the profile (all people: a page may show a partner's or child's data). */
export function ownValuesOf(profile: Profile | null | undefined): OwnValue[] {
  if (!profile) return [];
  return profile.people.flatMap((person) =>
    Object.entries(person.values)
      .filter((entry): entry is [OwnValue['key'], string] => typeof entry[1] === 'string' && entry[1].trim() !== '')
      .map(([key, value]) => ({ key, value })),
  );
}
