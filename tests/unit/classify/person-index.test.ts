// The index of repeated persons (child 0, child 1…) from pages parsed by jsdom through collect and
// classifyPage: one child block's controls share one index, whatever groups sit inside the block.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { classifyPage } from '../../../lib/classify';
import { collectFields } from '../../../lib/detect/collect';

function indexes(body: string): Record<string, [string | null, number | undefined]> {
  const doc = new JSDOM(`<!doctype html><html lang="de"><body><form>${body}</form></body></html>`).window.document;
  const snapshots = collectFields(doc).map((f) => f.snapshot);
  const out: Record<string, [string | null, number | undefined]> = {};
  classifyPage(snapshots, { portal: null, year: 2025 }).forEach((c, i) => {
    out[snapshots[i]?.htmlId ?? i] = [c.key, c.personIndex];
  });
  return out;
}

describe('classify: person index of a child block', () => {
  it('gives a split birth date in a labelled group the index of the child\'s names (ElterngeldDigital)', () => {
    const got = indexes(`<fieldset><legend>Kind, für das Elterngeld beantragt wird</legend>
      <div><label for="vn">Vorname(n) des Kindes</label><input id="vn" name="kind.vornamen"></div>
      <div><label for="nn">Familienname des Kindes</label><input id="nn" name="kind.familienname"></div>
      <div role="group" aria-labelledby="gl"><span id="gl">Geburtsdatum des Kindes</span>
        <input id="t" name="kind.geburtsdatum.tag" placeholder="TT" maxlength="2">
        <input id="m" name="kind.geburtsdatum.monat" placeholder="MM" maxlength="2">
        <input id="j" name="kind.geburtsdatum.jahr" placeholder="JJJJ" maxlength="4"></div></fieldset>`);
    expect(got).toMatchObject({
      vn: ['given-name', 0], nn: ['family-name', 0], t: ['bday-day', 0], m: ['bday-month', 0], j: ['bday-year', 0],
    });
  });

  it('keeps two child fieldsets apart, and a bare field in a child fieldset with that child', () => {
    const child = (n: string) => `<fieldset><legend>Angaben zum Kind</legend>
      <div><label for="vn${n}">Vorname des Kindes</label><input id="vn${n}"></div>
      <div><label for="gd${n}">Geburtsdatum</label><input id="gd${n}" type="date"></div></fieldset>`;
    const got = indexes(child('1') + child('2'));
    expect(got).toMatchObject({ vn1: ['given-name', 0], gd1: ['bday', 0], vn2: ['given-name', 1], gd2: ['bday', 1] });
  });
});
