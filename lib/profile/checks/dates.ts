// Dates: stored as ISO 8601 days ("1984-03-07"). Accepted input: ISO, German "07.03.1984" and French
// "07/03/1984" (day first, as both countries write them). Plausibility: no birth date in the future
// or more than 130 years back; document dates within 100 years back and 30 years ahead.
import { invalid, valid, type ValueCheck } from './problems';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_FIRST = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/;

/** The ISO form of a typed date, or null when it is not a date of the calendar. */
export function parseDay(raw: string): { iso: string } | { error: 'date-format' | 'date-invalid' } {
  const text = raw.trim();
  const iso = ISO.exec(text);
  const dayFirst = iso ? null : DAY_FIRST.exec(text);
  if (!iso && !dayFirst) return { error: 'date-format' };
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : [dayFirst![3], dayFirst![2], dayFirst![1]];
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12 || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return { error: 'date-invalid' };
  }
  return { iso: `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` };
}

function isoToday(now: Date): string {
  return now.toISOString().slice(0, 10);
}

function yearsFrom(now: Date, years: number): string {
  const d = new Date(now.getTime());
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return isoToday(d);
}

export type DateRole = 'birth' | 'issue' | 'expiry';

export function checkDate(raw: string, role: DateRole, now: Date): ValueCheck {
  const parsed = parseDay(raw);
  if ('error' in parsed) return invalid(parsed.error);
  const { iso } = parsed;
  const today = isoToday(now);
  if ((role === 'birth' || role === 'issue') && iso > today) return invalid('date-in-future');
  const oldest = yearsFrom(now, role === 'birth' ? -130 : -100);
  if (iso < oldest) return invalid('date-too-old', { year: oldest.slice(0, 4) });
  if (role === 'expiry' && iso > yearsFrom(now, 30)) return invalid('date-invalid');
  return valid(iso);
}

export function checkDatePart(raw: string, part: 'day' | 'month' | 'year', now: Date): ValueCheck {
  const text = raw.trim();
  if (!/^\d{1,4}$/.test(text)) return invalid(`${part}-range`, rangeOf(part, now));
  const n = Number(text);
  const { min, max } = rangeOf(part, now);
  if (n < min || n > max) return invalid(`${part}-range`, { min, max });
  return valid(part === 'year' ? String(n) : String(n).padStart(2, '0'));
}

function rangeOf(part: 'day' | 'month' | 'year', now: Date): { min: number; max: number } {
  if (part === 'day') return { min: 1, max: 31 };
  if (part === 'month') return { min: 1, max: 12 };
  return { min: now.getUTCFullYear() - 130, max: now.getUTCFullYear() };
}
