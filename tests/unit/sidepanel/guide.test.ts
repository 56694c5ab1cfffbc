// The field guide as data (components/sidepanel/guide.ts): entries, groups, search.
import { describe, expect, it } from 'vitest';
import { buildGuide, entryOfField, filterGuide, labelOf, splitByShown } from '@/components/sidepanel/guide';
import type { PageReport } from '@/lib/detect/analyse';
import type { Classification, FieldSnapshot } from '@/lib/fields/snapshot';

let n = 0;
function field(over: Partial<FieldSnapshot> & { label?: string }): FieldSnapshot {
  const { label, ...rest } = over;
  const id = rest.id ?? `f${n++}`;
  return {
    id, selector: `#${id}`, frame: 0, tag: 'input', type: 'text', name: '', htmlId: id, autocomplete: '',
    labels: label ? [{ source: 'label-for', text: label }] : [], options: [], sections: [], required: false, readOnly: false, disabled: false,
    ...rest,
  };
}
function cls(fieldId: string, over: Partial<Classification> = {}): Classification {
  return { fieldId, key: null, person: 'applicant', source: 'none', confidence: 0, reason: '', ...over };
}
function report(fields: FieldSnapshot[], classifications: Classification[] = []): PageReport {
  return { url: 'https://videx.diplo.de/videx/', portalId: 'de-videx', fields, classifications };
}

describe('labelOf', () => {
  it('prefers the control’s own label and says "required" in words, not with a star', () => {
    expect(labelOf(field({ labels: [{ source: 'placeholder', text: 'TT.MM.JJJJ' }, { source: 'label-for', text: '4. Geburtsdatum *' }] }))).toBe('4. Geburtsdatum');
  });
  it('names a radio by its group, not by one choice', () => {
    expect(labelOf(field({ type: 'radio', labels: [{ source: 'label-wrap', text: 'weiblich' }, { source: 'group', text: 'Geschlecht' }] }))).toBe('Geschlecht');
  });
  it('falls back to the name attribute', () => {
    expect(labelOf(field({ name: 'antrag.plz' }))).toBe('antrag.plz');
  });
});

describe('buildGuide', () => {
  const title = 'VIDEX – Visumantrag';
  const fields = [
    field({ id: 'a', label: 'Name', sections: [title, 'Angaben zur Person'] }),
    field({ id: 'b', type: 'radio', name: 'sex', choice: { value: 'F', text: 'weiblich' }, labels: [{ source: 'group', text: 'Geschlecht *' }], sections: [title, 'Angaben zur Person', 'Geschlecht *'] }),
    field({ id: 'c', type: 'radio', name: 'sex', choice: { value: 'M', text: 'männlich' }, labels: [{ source: 'group', text: 'Geschlecht *' }], sections: [title, 'Angaben zur Person', 'Geschlecht *'] }),
    field({ id: 'd', label: 'Vorname des Kindes', sections: [title, 'Kinder'] }),
    field({ id: 'e', label: 'Vorname des zweiten Kindes', sections: [title, 'Kinder'] }),
    field({ id: 'f', label: 'Geburtsort', sections: [title, 'Angaben zur Person'] }),
  ];
  const classes = [cls('d', { person: 'child', personIndex: 0 }), cls('e', { person: 'child', personIndex: 1 })];
  const groups = buildGuide(report(fields, classes));

  it('makes one entry of a radio group, with its choices', () => {
    const sex = entryOfField(groups, 'c');
    expect(sex?.id).toBe('b');
    expect(sex?.fieldIds).toEqual(['b', 'c']);
    expect(sex?.choices).toEqual(['weiblich', 'männlich']);
  });

  it('groups by section and person in page order, dropping the heading every field shares', () => {
    expect(groups.map((g) => [g.sections, g.person, g.personIndex, g.entries.map((e) => e.id)])).toEqual([
      [['Angaben zur Person'], 'applicant', undefined, ['a', 'b', 'f']],
      [['Kinder'], 'child', 0, ['d']],
      [['Kinder'], 'child', 1, ['e']],
    ]);
  });

  it('keeps repeated blocks with the same heading apart by their section ids', () => {
    const twice = buildGuide(report([
      field({ id: 'x', label: 'Vorname', sections: ['Kind'], sectionIds: ['s1'] }),
      field({ id: 'y', label: 'Vorname', sections: ['Kind'], sectionIds: ['s2'] }),
    ]));
    expect(twice.map((g) => g.entries.map((e) => e.id))).toEqual([['x'], ['y']]);
  });
});

describe('filterGuide', () => {
  const groups = buildGuide(report([
    field({ id: 'a', label: 'Straße und Hausnummer', sections: ['Anschrift'] }),
    field({ id: 'b', label: 'Postleitzahl', sections: ['Anschrift'] }),
    field({ id: 'c', label: 'Numéro fiscal', sections: ['Impôts'] }),
  ]));
  const texts = (e: { label: string }, g: { sections: string[] }) => [e.label, ...g.sections];
  const ids = (query: string) => filterGuide(groups, query, texts).flatMap((g) => g.entries.map((e) => e.id));

  it('finds every word, ignoring case, accents and ß', () => {
    expect(ids('strasse')).toEqual(['a']);
    expect(ids('STRAẞE')).toEqual(['a']);
    expect(ids('straße haus')).toEqual(['a']);
    expect(ids('numero')).toEqual(['c']);
    expect(ids('impots')).toEqual(['c']);
    expect(ids('anschrift')).toEqual(['a', 'b']);
  });
  it('shows everything for an empty query and nothing (no empty groups) for a miss', () => {
    expect(ids('  ')).toEqual(['a', 'b', 'c']);
    expect(filterGuide(groups, 'xyz', texts)).toEqual([]);
  });
});

describe('splitByShown', () => {
  const groups = buildGuide(report([
    field({ id: 'a', label: 'Name', sections: ['Person'] }),
    field({ id: 'b', type: 'radio', name: 'g', choice: { value: 'f', text: 'weiblich' }, labels: [{ source: 'group', text: 'Geschlecht' }], sections: ['Person'] }),
    field({ id: 'c', type: 'radio', name: 'g', choice: { value: 'm', text: 'männlich' }, labels: [{ source: 'group', text: 'Geschlecht' }], sections: ['Person'] }),
    field({ id: 'd', label: 'Name des Ehegatten', sections: ['Familie'] }),
  ]));
  const ids = (gs: ReturnType<typeof buildGuide>) => gs.map((g) => g.entries.map((e) => e.id));

  it('puts the fields of hidden wizard steps apart, a radio group shown when any choice is', () => {
    const { onScreen, elsewhere } = splitByShown(groups, ['a', 'c']);
    expect(ids(onScreen)).toEqual([['a', 'b']]);
    expect(ids(elsewhere)).toEqual([['d']]);
  });
  it('counts everything as shown while the page has not said', () => {
    expect(splitByShown(groups, null)).toEqual({ onScreen: groups, elsewhere: [] });
  });
});
