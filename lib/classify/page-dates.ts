// A date of birth split over three controls of one cluster: parts the controls name themselves
// are kept; the rest follow the written order of the page's language (TT.MM.JJJJ in German and
// French, MM/DD/YYYY in US English). Two or more undecided parts without an order stay empty.
import type { FieldKey } from '../fields/keys';
import type { Classification, FieldSnapshot, LabelSource } from '../fields/snapshot';
import { isWholeDateFormat, type DatePart } from './dates';
import { normalizeText } from '../detect/words';

interface Entry {
  s: FieldSnapshot;
  c: Classification;
  from?: LabelSource | 'attribute';
  /** The person's printed number ("enfant 2"), when the field's own words give one. */
  number?: number | undefined;
}

const DATE_KEYS = new Set<FieldKey | null>(['bday', 'bday-day', 'bday-month', 'bday-year']);
const ORDER: Record<string, DatePart[]> = {
  de: ['day', 'month', 'year'],
  fr: ['day', 'month', 'year'],
  en: ['month', 'day', 'year'],
};

/** A whole date's format in a control's placeholder ("TT.MM.JJJJ", "JJ/MM/AAAA"): not a part. */
const wholeDate = (s: FieldSnapshot) => s.labels.some((l) => l.source === 'placeholder' && isWholeDateFormat(normalizeText(l.text), s.lang ?? ''));

export function resolveClusterDates(entries: Entry[]): void {
  const clusters = new Map<string, Entry[]>();
  for (const e of entries) {
    if (!DATE_KEYS.has(e.c.key) || !e.s.cluster || e.c.source === 'portal-rule' || e.c.source === 'autocomplete') continue;
    // Two children's dates of birth side by side in a table row, each "TT.MM.JJJJ", are two dates.
    // So are two date inputs ("Geburtsdatum" of parent 1 and parent 2, Kinderreisepass, held-out set 43).
    if (e.c.key === 'bday' && (e.s.type === 'date' || wholeDate(e.s))) continue;
    const list = clusters.get(e.s.cluster) ?? [];
    clusters.set(e.s.cluster, list.concat(e));
  }
  for (const list of clusters.values()) {
    if (list.length < 2) continue;
    // Children as columns ("Date de naissance – enfant 1", "– enfant 2", CAF, held-out set 29): one date each.
    if (new Set(list.map((e) => e.number).filter((n) => n !== undefined)).size > 1) continue;
    const unknown = list.filter((e) => e.c.key === 'bday');
    if (!unknown.length) continue;
    const known = new Set(list.filter((e) => e.c.key !== 'bday').map((e) => (e.c.key as string).slice(5) as DatePart));
    const order = ORDER[list[0]?.s.lang ?? ''] ?? ORDER.de ?? [];
    const missing = order.filter((p) => !known.has(p));
    if (list.length === 3 && missing.length === unknown.length) {
      unknown.forEach((e, i) => {
        e.c.key = `bday-${missing[i]}` as FieldKey;
        e.c.reason += `; part ${i + 1} of a date split over three controls, in the page language's order`;
      });
    } else {
      for (const e of unknown) {
        e.c.key = null;
        e.c.reason += '; one of several controls of a split date whose part is not said';
      }
    }
  }
}
