// @vitest-environment happy-dom
// The page's own help next to a field (lib/detect/help.ts): each route, the field's own row only.
import { beforeEach, describe, expect, it } from 'vitest';
import { collectPageHelp } from '@/lib/detect/help';

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}
const help = (selector: string) => collectPageHelp(document.querySelector(selector)!);

describe('collectPageHelp', () => {
  beforeEach(() => (document.body.innerHTML = ''));

  it('reads aria-describedby targets with their markup', () => {
    page(`<form><div><label for="a">Geburtsort</label><input id="a" aria-describedby="h1 h2"></div>
      <p id="h1">Wie im <a href="/pass">Pass</a> angegeben.</p><p id="h2">Ohne Land.</p></form>`);
    expect(help('#a')).toEqual([
      { route: 'described-by', text: 'Wie im Pass angegeben.', html: 'Wie im <a href="/pass">Pass</a> angegeben.' },
      { route: 'described-by', text: 'Ohne Land.' },
    ]);
  });

  it('finds hints beside the control by the design systems’ class names', () => {
    page(`<form>
      <div class="row"><label for="a">Name</label><input id="a"><small class="form-text">So wie im Ausweis</small></div>
      <div class="fr-input-group"><label for="b">Nom <span class="fr-hint-text">Tel qu’indiqué sur le passeport</span></label><input id="b"></div>
      <div class="row"><label for="c">PLZ</label><input id="c"><span class="hinweis">Fünf Ziffern</span></div>
    </form>`);
    expect(help('#a').map((h) => h.text)).toEqual(['So wie im Ausweis']);
    expect(help('#b').map((h) => h.text)).toEqual(['Tel qu’indiqué sur le passeport']);
    expect(help('#c').map((h) => h.text)).toEqual(['Fünf Ziffern']);
  });

  it('never takes a neighbouring field’s hint', () => {
    page(`<form><div class="row">
      <div><label for="a">Straße</label><input id="a"></div>
      <div><label for="b">Hausnummer</label><input id="b"><small>Mit Zusatz, z. B. 12a</small></div>
    </div></form>`);
    expect(help('#a')).toEqual([]);
    expect(help('#b').map((h) => h.text)).toEqual(['Mit Zusatz, z. B. 12a']);
  });

  it('reads what an info button reveals: the element it controls, else its tooltip text', () => {
    page(`<form>
      <div><label for="a">Steuer-ID</label><input id="a"><button type="button" aria-label="Hilfe" aria-controls="pop">?</button>
        <div id="pop" hidden><p>Elf Ziffern, steht auf dem <strong>Steuerbescheid</strong>.</p></div></div>
      <div><label for="b">IBAN</label><input id="b"><a href="#" role="button" data-bs-toggle="popover" data-bs-content="Ohne Leerzeichen eingeben">i</a></div>
    </form>`);
    expect(help('#a')).toEqual([{ route: 'info-button', text: 'Elf Ziffern, steht auf dem Steuerbescheid.', html: '<p>Elf Ziffern, steht auf dem <strong>Steuerbescheid</strong>.</p>' }]);
    expect(help('#b')).toEqual([{ route: 'info-button', text: 'Ohne Leerzeichen eingeben' }]);
  });

  it('reads the title tooltip and aria-description as text', () => {
    page(`<form><div><label for="a">Datum</label><input id="a" title="TT.MM.JJJJ" aria-description="Das Datum der Ausstellung"></div></form>`);
    expect(help('#a')).toEqual([
      { route: 'described-by', text: 'Das Datum der Ausstellung' },
      { route: 'title', text: 'TT.MM.JJJJ' },
    ]);
  });

  it('gives every choice of a radio group the group’s help', () => {
    page(`<form><fieldset aria-describedby="sx"><legend>Geschlecht</legend>
      <label><input type="radio" name="g" value="f" id="f"> weiblich</label>
      <label><input type="radio" name="g" value="m" id="m"> männlich</label>
      <p class="govuk-hint">Wie im Pass</p></fieldset><p id="sx">Pflichtangabe</p></form>`);
    const f = help('#f').map((h) => h.text);
    expect(f).toEqual(['Pflichtangabe', 'Wie im Pass']);
    expect(help('#m').map((h) => h.text)).toEqual(f);
  });

  it('keeps hostile markup as data (sanitizing is the panel’s job) and bounds what a page can send', () => {
    const many = Array.from({ length: 10 }, (_, i) => `<small>Hinweis ${i}</small>`).join('');
    page(`<form><div><label for="a">X</label><input id="a">${many}</div>
      <div><label for="b">Y</label><input id="b" aria-describedby="big"></div><div id="big">${'<b>x</b>'.repeat(2000)}</div></form>`);
    expect(help('#a')).toHaveLength(6);
    const big = help('#b')[0]!;
    expect(big.html).toBeUndefined();
    expect(big.text.length).toBeLessThanOrEqual(4000);
  });

  it('deduplicates the same text found by two routes', () => {
    page(`<form><div><label for="a">X</label><input id="a" aria-describedby="h" title="Nur Ziffern"><small id="h">Nur Ziffern</small></div></form>`);
    expect(help('#a')).toEqual([{ route: 'described-by', text: 'Nur Ziffern' }]);
  });
});
