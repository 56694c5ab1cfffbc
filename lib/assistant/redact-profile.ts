// Redaction for the assistant, as the client uses it. Two passes:
// 1. every value of the user's own profile in every shape a page could write it, knowing what kind
//    of value it is (./own-shapes.ts: each word of a name, spelled-out umlauts, phone numbers
//    national and international, dates written out in de/fr/en, street abbreviations), replaced by
//    a placeholder naming its kind ([NAME], [ADDRESS], [DATE], …);
// 2. ./redact.ts (redactPageText): the values once more as plain strings, and anything else that
//    looks like personal data, whoever it belongs to (IBANs, e-mails, phone, tax, ID and social
//    security numbers, dates).
// Pure: the caller passes the values it has.
import type { Profile } from '../profile/types';
import { fold } from './fold';
import { shapesOf, type OwnValue } from './own-shapes';
import { redactPageText } from './redact';

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

/** Sorted by start, longest first; a span overlapping an earlier one joins it. */
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
  const identifying = own.map((value) => ({ value: value.value, shapes: shapesOf(value) })).filter((v) => v.shapes.length > 0);
  const shapes = identifying.flatMap((v) => v.shapes).map((s) => ({ re: new RegExp(s.source, 'gu'), placeholder: s.placeholder }));
  // Vocabulary words (a sex, a country code) stay out of the plain-string pass too: as a string,
  // a nationality "DE" would blank every French "de".
  const plainValues = identifying.map((v) => v.value);
  return (input) => {
    const text = input.normalize('NFKC').replace(INVISIBLE, '');
    const folded = fold(text);
    const spans: Span[] = [];
    for (const { re, placeholder } of shapes) {
      for (const m of folded.text.matchAll(re)) {
        if (m[0].length === 0) continue;
        spans.push({ start: folded.start[m.index]!, end: folded.end[m.index + m[0].length - 1]!, placeholder });
      }
    }
    let out = '';
    let at = 0;
    for (const span of merge(spans)) {
      out += text.slice(at, span.start) + span.placeholder;
      at = span.end;
    }
    out += text.slice(at);
    return redactPageText(out, plainValues).text;
  };
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
