// Clusters (controls right next to each other with no text between: one value in parts) end at
// section boundaries, so a control never takes a neighbouring question's label as its group label.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { collectFields } from '../../../lib/detect/collect';
import type { FieldSnapshot } from '../../../lib/fields/snapshot';

function fields(body: string): Map<string, FieldSnapshot> {
  const doc = new JSDOM(`<!doctype html><html lang="de"><body>${body}</body></html>`).window.document;
  return new Map(collectFields(doc).map(({ snapshot }) => [snapshot.htmlId, snapshot]));
}

const texts = (s: FieldSnapshot | undefined) => (s?.labels ?? []).map((l) => l.text);

// The shape of the ElterngeldDigital wizard's last step: a labelled row closing one fieldset,
// placeholder-only inputs in the next fieldset (legends add no preceding text).
const BANK = `<div class="step">
  <fieldset><legend>Krankenversicherung</legend>
    <div class="row"><label for="kv">Krankenversichertennummer</label><input id="kv"></div>
  </fieldset>
  <fieldset><legend>Bankverbindung für die Auszahlung</legend>
    <div class="row"><input id="inhaber" placeholder="Kontoinhaberin oder Kontoinhaber"></div>
    <div class="row"><input id="iban" placeholder="IBAN"></div>
    <div class="row"><input id="bic" placeholder="BIC"></div>
  </fieldset></div>`;

describe('collect: clusters end at section boundaries', () => {
  it('gives the controls of the next fieldset none of the previous row\'s label', () => {
    const all = fields(BANK);
    for (const id of ['inhaber', 'iban', 'bic']) {
      expect(texts(all.get(id))).not.toContain('Krankenversichertennummer');
      expect(all.get(id)?.cluster).not.toBe(all.get('kv')?.cluster);
    }
    expect(all.get('iban')?.labels[0]).toEqual({ source: 'placeholder', text: 'IBAN' });
  });

  it('still joins a split date inside one group into one cluster under its label', () => {
    const all = fields(`<fieldset><legend>Kind</legend>
      <div class="row" role="group" aria-labelledby="l"><span id="l">Geburtsdatum</span>
        <input id="t" placeholder="TT"><input id="m" placeholder="MM"><input id="j" placeholder="JJJJ"></div></fieldset>`);
    expect(new Set(['t', 'm', 'j'].map((id) => all.get(id)?.cluster)).size).toBe(1);
    expect(texts(all.get('m'))).toContain('Geburtsdatum');
  });
});
