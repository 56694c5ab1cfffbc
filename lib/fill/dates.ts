// Dates as each control expects them. The profile holds ISO "YYYY-MM-DD" (lib/profile/types.ts);
// a control says its format by type=date, a placeholder or label ("TT.MM.JJJJ", "jj/mm/aaaa",
// "MM/DD/YYYY", an example "31.12.1980"), a pattern ("\d{2}\.\d{2}\.\d{4}"), or not at all (then
// the form language's usual format, if the maxlength allows it).
import type { FieldSnapshot } from '../fields/snapshot';
import type { Lang } from '../portals/types';
import { isoDateParts } from './values';

export type DatePart = 'day' | 'month' | 'year';

export interface DateFormat {
  order: [DatePart, DatePart, DatePart];
  sep: string;
  /** Digits of each part as written (1 = no leading zero; year 2 or 4). */
  width: Record<DatePart, number>;
}

/** Usual written formats: DIN 5008 "TT.MM.JJJJ" for de; "JJ/MM/AAAA" on French forms and EU English ones. */
const LANG_DEFAULT: Record<Lang, DateFormat> = {
  de: { order: ['day', 'month', 'year'], sep: '.', width: { day: 2, month: 2, year: 4 } },
  fr: { order: ['day', 'month', 'year'], sep: '/', width: { day: 2, month: 2, year: 4 } },
  en: { order: ['day', 'month', 'year'], sep: '/', width: { day: 2, month: 2, year: 4 } },
};

// Letters of format masks: T(ag)/D(ay)/J(our) day; M month; J(ahr)/Y(ear)/A(nnée) year.
// "J" is a day next to an "A" year (French "JJ/MM/AAAA") and a year next to a "T" day (German).
const MASK = /(?<![A-Za-z])((T|D|J|M|Y|A)\2{0,3})([./\- ]?)((T|D|J|M|Y|A)\5{0,3})\3((T|D|J|M|Y|A)\7{0,3})(?![A-Za-z])/i;
const EXAMPLE = /(?<!\d)(\d{1,4})([./-])(\d{1,2})\2(\d{1,4})(?!\d)/;

function maskPart(group: string, all: string): DatePart | null {
  const letter = group[0]!.toUpperCase();
  if (letter === 'T' || letter === 'D') return 'day';
  if (letter === 'M') return 'month';
  if (letter === 'Y' || letter === 'A') return 'year';
  // J: German Jahr or French jour.
  if (/[AY]/i.test(all.replace(/J/gi, ''))) return 'day';
  if (/[TD]/i.test(all.replace(/J/gi, ''))) return 'year';
  return group.length === 4 ? 'year' : null;
}

function complete(order: (DatePart | null)[], sep: string, widths: number[]): DateFormat | null {
  if (new Set(order).size !== 3 || order.includes(null)) return null;
  const [a, b, c] = order as DatePart[];
  const width = { day: 2, month: 2, year: 4 };
  order.forEach((part, i) => { width[part!] = widths[i]!; });
  if (width.year !== 2 && width.year !== 4) return null;
  return { order: [a!, b!, c!], sep, width };
}

/** A format mask or an example date in a text ("Geburtsdatum (TT.MM.JJJJ)", "z. B. 24.12.1990"). */
export function formatFromText(text: string): DateFormat | null {
  const mask = MASK.exec(text);
  if (mask) {
    const groups = [mask[1]!, mask[4]!, mask[6]!];
    return complete(groups.map((g) => maskPart(g, groups.join(''))), mask[3]!, groups.map((g) => g.length));
  }
  const ex = EXAMPLE.exec(text);
  if (ex) {
    const [first, sep, second, third] = [ex[1]!, ex[2]!, ex[3]!, ex[4]!];
    if (first.length === 4) return complete(['year', 'month', 'day'], sep, [4, second.length, third.length]);
    // Month first only where the example proves it ("12/31/1990"); else day first, as in de/fr.
    const monthFirst = Number(second) > 12;
    const order: DatePart[] = monthFirst ? ['month', 'day', 'year'] : ['day', 'month', 'year'];
    return complete(order, sep, [first.length, second.length, third.length]);
  }
  return null;
}

/** A pattern attribute of three digit groups: "\d{2}\.\d{2}\.\d{4}", "[0-9]{4}-[0-9]{2}-[0-9]{2}". */
export function formatFromPattern(pattern: string): DateFormat | null {
  const m = /^\^?(?:\\d|\[0-9\])\{(\d)\}(\\?[./-]|\\s| )(?:\\d|\[0-9\])\{(\d)\}\2(?:\\d|\[0-9\])\{(\d)\}\$?$/.exec(pattern.trim());
  if (!m) return null;
  const sep = m[2]!.replace(/^\\/, '').replace('s', ' ');
  const widths = [Number(m[1]), Number(m[3]), Number(m[4])];
  const order: DatePart[] = widths[0] === 4 ? ['year', 'month', 'day'] : ['day', 'month', 'year'];
  return complete(order, sep, widths);
}

export function formatLength(format: DateFormat): number {
  return format.width.day + format.width.month + format.width.year + 2 * format.sep.length;
}

export type DateFormatDecision = { format: DateFormat | 'iso' } | { unknown: string };

/** How this control wants a whole date. */
export function dateFormatFor(field: FieldSnapshot, lang: Lang): DateFormatDecision {
  if (field.type === 'date') return { format: 'iso' };
  const placeholder = field.labels.find((l) => l.source === 'placeholder')?.text ?? '';
  const fromPlaceholder = formatFromText(placeholder);
  if (fromPlaceholder) return { format: fromPlaceholder };
  const fromPattern = field.pattern ? formatFromPattern(field.pattern) : null;
  if (fromPattern) return { format: fromPattern };
  const texts = [...field.labels.map((l) => l.text), field.help ?? ''];
  for (const text of texts) {
    const found = formatFromText(text);
    if (found) return { format: found };
  }
  const fallback = LANG_DEFAULT[lang];
  if (field.maxLength !== undefined && field.maxLength > 0 && field.maxLength < formatLength(fallback)) {
    return { unknown: `maxlength ${field.maxLength} and no format hint` };
  }
  return { format: fallback };
}

function pad(value: string, width: number): string {
  const n = String(Number(value));
  return width >= 2 ? n.padStart(width, '0').slice(-width) : n;
}

export function formatDate(iso: string, format: DateFormat | 'iso'): string | undefined {
  const parts = isoDateParts(iso);
  if (!parts) return undefined;
  if (format === 'iso') return iso;
  return format.order.map((p) => pad(parts[p], format.width[p])).join(format.sep);
}

/** A date part as a text control wants it: "05" for a 2-wide day/month, "1985" or "85" for a year. */
export function formatDatePart(part: DatePart, value: string, field: FieldSnapshot): string {
  const placeholder = field.labels.find((l) => l.source === 'placeholder')?.text.trim() ?? '';
  if (part === 'year') return field.maxLength === 2 || /^(JJ|YY|AA)$/i.test(placeholder) ? value.slice(-2) : value;
  const unpadded = /^[TDJM]$/i.test(placeholder) || field.maxLength === 1;
  return unpadded ? String(Number(value)) : value.padStart(2, '0');
}

/**
 * Which part of a date a control holds when the classifier gave it the whole-date key (one label
 * "Geburtsdatum" over three selects): told by its options (1–31, 1–12 or month names, years) or a
 * one-part placeholder ("TT", "MM", "JJJJ").
 */
export function datePartOf(field: FieldSnapshot, isMonthName: (text: string) => boolean): DatePart | null {
  if (field.tag === 'select') {
    const real = field.options.filter((o) => o.value !== '');
    const numbers = real.map((o) => Number(o.value)).filter((n) => Number.isInteger(n));
    if (real.length >= 12 && real.some((o) => isMonthName(o.text))) return 'month';
    if (numbers.length !== real.length || numbers.length === 0) return null;
    const max = Math.max(...numbers);
    const min = Math.min(...numbers);
    if (min >= 1000) return 'year';
    if (min >= 1 && max === 31) return 'day';
    if (min >= 1 && max === 12) return 'month';
    return null;
  }
  const placeholder = field.labels.find((l) => l.source === 'placeholder')?.text.trim() ?? '';
  if (/^(TT|DD|T|D)$/i.test(placeholder)) return 'day';
  if (/^(MM|M)$/i.test(placeholder)) return 'month';
  if (/^(JJJJ|YYYY|AAAA)$/i.test(placeholder)) return 'year';
  return null;
}
