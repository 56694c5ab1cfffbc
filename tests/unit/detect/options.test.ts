// OptionReader: option lists read as they are, repeated lists sharing one array, lists that begin
// like an earlier one but differ later (or stop sooner, or go on) read as themselves.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { MAX_OPTIONS, OptionReader } from '../../../lib/detect/options';
import type { RootFacts } from '../../../lib/detect/walk';

function selects(html: string): HTMLSelectElement[] {
  return [...new JSDOM(`<!doctype html><body>${html}</body>`).window.document.querySelectorAll('select')];
}

const facts = (): RootFacts => ({ ids: new Map(), names: new Map(), byFor: new Map() });
const opts = (...texts: string[]) => texts.map((t) => `<option>${t}</option>`).join('');
const plain = (list: { value: string; text: string }[]) => list.map((o) => `${o.value}=${o.text}`).join(',');

describe('OptionReader', () => {
  it('reads text with whitespace collapsed, value defaulting to the text, optgroups included, other children skipped', () => {
    const [s] = selects('<select><option value="">  Bitte   wählen </option><optgroup label="EU"><option value="DE">Deutsch<b>land</b></option></optgroup><hr><option>  AT </option></select>');
    expect(new OptionReader().read(s as Element, facts())).toEqual([
      { value: '', text: 'Bitte wählen' }, { value: 'DE', text: 'Deutschland' }, { value: 'AT', text: 'AT' },
    ]);
  });

  it('gives repeated lists one array, and every list its own options however it differs from an earlier one', () => {
    const list = selects([
      `<select>${opts('TT', '1', '2', '3')}</select>`,
      `<select>${opts('TT', '1', '2', '3')}</select>`, // the same
      `<select>${opts('TT', '1', '2')}</select>`, // stops sooner
      `<select>${opts('TT', '1', '2', '3', '4')}</select>`, // goes on
      `<select>${opts('TT', '1', 'X', '3')}</select>`, // differs in the middle
      `<select><option>TT</option><option value="v1">1</option><option>2</option><option>3</option></select>`, // a value differs
      `<select>${opts('TT', '1', '2')}</select>`, // the shorter one again
      '<select></select>',
    ].join(''));
    const reader = new OptionReader();
    const read = list.map((s) => reader.read(s, facts()));
    expect(read.map(plain)).toEqual([
      'TT=TT,1=1,2=2,3=3', 'TT=TT,1=1,2=2,3=3', 'TT=TT,1=1,2=2', 'TT=TT,1=1,2=2,3=3,4=4', 'TT=TT,1=1,X=X,3=3', 'TT=TT,v1=1,2=2,3=3', 'TT=TT,1=1,2=2', '',
    ]);
    expect(read[1]).toBe(read[0]);
    expect(read[6]).toBe(read[2]);
    expect(new Set(read.slice(0, 6)).size).toBe(5);
  });

  it('cuts long lists at MAX_OPTIONS but counts the ids of every option', () => {
    const many = Array.from({ length: MAX_OPTIONS + 5 }, (_, i) => `<option id="o${i}">${i}</option>`).join('');
    const [s] = selects(`<select>${many}</select>`);
    const f = facts();
    expect(new OptionReader().read(s as Element, f)).toHaveLength(MAX_OPTIONS);
    expect(f.ids.get(`o${MAX_OPTIONS + 4}`)).toBe(1);
  });

  it('takes a list repeated with the same markup from the first read, without reading its options again', () => {
    const markup = `<option value="">TT</option>${opts('1', '2', '3')}`;
    const [first, second, valued] = selects(`<select name="a">${markup}</select><select name="b">${markup}</select><select name="c"><option value="">TT</option><option value="x">1</option>${opts('2', '3')}</select>`);
    const reader = new OptionReader();
    const read = reader.read(first as Element, facts());
    // The second select's options are never walked: its markup is the first one's.
    Object.defineProperty(second, 'firstElementChild', { get: () => { throw new Error('options read again'); } });
    expect(reader.read(second as Element, facts())).toBe(read);
    // Same texts, another value: read as itself.
    expect(plain(reader.read(valued as Element, facts()))).toBe('=TT,x=1,2=2,3=3');
  });

  it('reads a repeated list again when it carries ids, so that every id is counted', () => {
    const markup = '<option id="none">TT</option><optgroup id="eu"><option>DE</option></optgroup>';
    const [a, b] = selects(`<select>${markup}</select><select>${markup}</select>`);
    const reader = new OptionReader();
    const f = facts();
    expect(plain(reader.read(a as Element, f))).toBe('TT=TT,DE=DE');
    expect(plain(reader.read(b as Element, f))).toBe('TT=TT,DE=DE');
    expect([f.ids.get('none'), f.ids.get('eu')]).toEqual([2, 2]);
  });
});
