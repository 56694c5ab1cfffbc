// collect: every label route, sections, groups, clusters, shadow roots, frames and selectors,
// on small pages parsed by jsdom (the DOM the classify CLI uses).
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { collectFields } from '../../../lib/detect/collect';
import type { FieldSnapshot, LabelText } from '../../../lib/fields/snapshot';

function page(body: string, lang = 'de'): Document {
  return new JSDOM(`<!doctype html><html lang="${lang}"><body>${body}</body></html>`).window.document;
}

function fields(doc: Document): FieldSnapshot[] {
  return collectFields(doc).map((f) => f.snapshot);
}

function only(body: string): FieldSnapshot {
  const all = fields(page(body));
  expect(all).toHaveLength(1);
  return all[0] as FieldSnapshot;
}

const label = (s: FieldSnapshot, source: LabelText['source']) => s.labels.find((l) => l.source === source)?.text;

describe('collect: label routes', () => {
  it.each([
    ['label-for', '<label for="a">Vorname</label><input id="a">', 'Vorname'],
    ['label-wrap', '<label>Vorname <input></label>', 'Vorname'],
    ['aria-labelledby', '<span id="x">Geburts</span><span id="y">datum</span><input aria-labelledby="x y">', 'Geburts datum'],
    ['aria-label', '<input aria-label="Postleitzahl">', 'Postleitzahl'],
    ['title', '<input title="Hausnummer">', 'Hausnummer'],
    ['placeholder', '<input placeholder="E-Mail-Adresse">', 'E-Mail-Adresse'],
    ['preceding-text', '<div><p>Geburtsort <b>(Stadt, Land)</b> *</p><input></div>', 'Geburtsort (Stadt, Land)'],
    ['column-header', '<table><tr><th>Vorname</th><th>Geburtsdatum</th></tr><tr><td><input></td><td><input id="b"></td></tr></table>', 'Vorname'],
  ] as const)('%s', (source, body, text) => {
    const first = fields(page(body))[0] as FieldSnapshot;
    expect(label(first, source)).toBe(text);
  });

  it('reads the column header of the cell the control is in, in div grids too', () => {
    const doc = page(`<div class="g"><div>Name</div><div>Vorname</div><div>Geburtsdatum</div></div>
      <div class="g"><div><input></div><div><input></div><div><input></div></div>`);
    expect(fields(doc).map((f) => label(f, 'column-header'))).toEqual(['Name', 'Vorname', 'Geburtsdatum']);
  });

  it('reads the header row over every input row of a table, and numbers the rows', () => {
    const doc = page(`<table><tr><th>Vorname</th><th>Geburtsdatum</th></tr>
      <tr><td><input name="a1"></td><td><input name="a2"></td></tr><tr><td><input name="b1"></td><td><input name="b2"></td></tr></table>`);
    const all = fields(doc);
    expect(all.map((f) => [label(f, 'column-header'), f.gridRow])).toEqual([['Vorname', 1], ['Geburtsdatum', 1], ['Vorname', 2], ['Geburtsdatum', 2]]);
    expect(all[1]?.cluster).not.toBe(all[2]?.cluster); // two rows are two records, not one split value
  });

  it('reads a one-cell row right above an input row as its label, and past input rows as a subheading, not the columns’ names', () => {
    const doc = page(`<table>
      <tr><th></th><th>Elternteil 1</th><th>Elternteil 2</th></tr>
      <tr><th colspan="3">Wohnanschrift (Elternteil 2 nur ausfüllen, wenn abweichend)</th></tr>
      <tr><th>Straße</th><td><input id="s1"></td><td><input id="s2"></td></tr>
      <tr><th>Telefon</th><td><input id="t1" title="Telefon Elternteil 1"></td><td><input id="t2" title="Telefon Elternteil 2"></td></tr>
      <tr><td colspan="2">Code postal / Commune</td></tr>
      <tr><td><input id="cp"></td><td><input id="commune"></td></tr>
    </table>`);
    const header = (id: string) => label(fields(doc).find((f) => f.htmlId === id) as FieldSnapshot, 'column-header');
    expect(header('t1')).toBe('Elternteil 1');
    expect(header('t2')).toBe('Elternteil 2');
    expect(header('cp')).toBe('Code postal / Commune');
  });

  it('keeps aria-describedby hints apart, as help', () => {
    const s = only('<label for="i">Steuer-ID</label><input id="i" aria-describedby="h"><small id="h">11 Ziffern</small>');
    expect(s.help).toBe('11 Ziffern');
    expect(s.labels.some((l) => l.text.includes('11 Ziffern'))).toBe(false);
  });

  it('does not take the previous field’s hint or error message for the next label', () => {
    const doc = page(`<div class="f"><label for="t">Telefon</label><input id="t"><div class="err">Ungültiges Format</div></div>
      <div class="f"><input id="e" placeholder="E-Mail"></div>`);
    const [, email] = fields(doc);
    expect(label(email as FieldSnapshot, 'preceding-text')).toBeUndefined();
  });

  it('keeps flat label text between controls (label, input, label, input in one paragraph)', () => {
    const doc = page('<p>Vorname<br><input name="a"><br>Nachname<br><input name="b"></p>');
    expect(fields(doc).map((f) => label(f, 'preceding-text'))).toEqual(['Vorname', 'Nachname']);
  });

  it('skips script, style and option text and the text after a checkbox in its label', () => {
    const doc = page(`<label><input type="checkbox" name="c"> Ich stimme zu</label><script>var x = "Vorname";</script>
      <style>.a{}</style><input name="n">`);
    const [, n] = fields(doc);
    expect(label(n as FieldSnapshot, 'preceding-text')).toBeUndefined();
  });
  it('skips text under the hidden attribute (any value) or aria-hidden="true", and only there', () => {
    const s = only('<div hidden>Geburtsname</div><div hidden="until-found">Vorname</div><div aria-hidden="true">Ort</div><div aria-hidden="false">Familienname</div><input>');
    expect(label(s, 'preceding-text')).toBe('Familienname');
  });
});

describe('collect: sections, groups and clusters', () => {
  it('takes role="heading" with its aria-level as a heading', () => {
    const doc = page('<div role="heading" aria-level="2">Angaben zum Kind</div><div role="heading" aria-level="3">Anschrift</div><input name="a">'
      + '<div role="heading" aria-level="2">Bankverbindung</div><input name="b">');
    const [a, b] = fields(doc);
    expect(a?.sections).toEqual(['Angaben zum Kind', 'Anschrift']);
    expect(b?.sections).toEqual(['Bankverbindung']);
  });

  it('records legends and headings as sections, outermost first, and ends a heading with its section', () => {
    const doc = page(`<h1>Antrag</h1><section><h2>Angaben zum Ehegatten</h2><fieldset><legend>Anschrift</legend><input name="a"></fieldset></section>
      <input name="b">`);
    const [a, b] = fields(doc);
    expect(a?.sections).toEqual(['Antrag', 'Angaben zum Ehegatten', 'Anschrift']);
    expect(b?.sections).toEqual(['Antrag']);
    expect(a?.sectionIds).toHaveLength(3);
  });

  it('reads a component library’s card title as a heading: the next one replaces it', () => {
    const doc = page(`<h1>Antrag</h1><mat-card><mat-card-title>Angaben zur Pflegeperson</mat-card-title><input name="a"></mat-card>
      <mat-card><mat-card-title>Behandelnder Arzt</mat-card-title><input name="b"></mat-card><my-subtitle-box>Hinweis</my-subtitle-box><input name="c">`);
    const [a, b, c] = fields(doc);
    expect(a?.sections).toEqual(['Antrag', 'Angaben zur Pflegeperson']);
    expect(b?.sections).toEqual(['Antrag', 'Behandelnder Arzt']);
    expect(c?.sections).toEqual(['Antrag', 'Behandelnder Arzt']);
  });

  it('reads a table’s caption as the name of its rows, not as the first cell’s preceding text, and ends it with the table', () => {
    const doc = page(`<h2>Foyer</h2><table><caption>Personnes à charge</caption><tr><th>Nom</th><th>Prénom</th></tr>
      <tr><td><input name="a"></td><td><input name="b"></td></tr></table><input name="c" aria-label="Commune">`, 'fr');
    const [a, b, c] = fields(doc);
    expect(a?.sections).toEqual(['Foyer', 'Personnes à charge']);
    expect(b?.sections).toEqual(['Foyer', 'Personnes à charge']);
    expect(a?.labels.find((l) => l.source === 'preceding-text')?.text ?? '').not.toContain('Personnes');
    expect(c?.sections).toEqual(['Foyer']);
  });

  it('gives the same name in two fieldsets two fields, each with its own section and a unique selector', () => {
    const doc = page(`<form><fieldset><legend>Antragsteller</legend><input name="vorname"></fieldset>
      <fieldset><legend>Ehegatte</legend><input name="vorname"></fieldset></form>`);
    const [a, b] = fields(doc);
    expect(a?.sections).toEqual(['Antragsteller']);
    expect(b?.sections).toEqual(['Ehegatte']);
    expect(a?.selector).not.toBe(b?.selector);
    for (const f of [a, b]) expect(doc.querySelectorAll(f?.selector ?? '')).toHaveLength(1);
  });

  it('collects a radio group: every choice as options, its own choice, and the group label', () => {
    const doc = page(`<fieldset><legend>Geschlecht</legend>
      <label><input type="radio" name="g" value="m"> männlich</label><label><input type="radio" name="g" value="w"> weiblich</label></fieldset>`);
    const [m, w] = fields(doc);
    expect(m?.options).toEqual([{ value: 'm', text: 'männlich' }, { value: 'w', text: 'weiblich' }]);
    expect(w?.choice).toEqual({ value: 'w', text: 'weiblich' });
    expect(label(w as FieldSnapshot, 'group')).toBe('Geschlecht');
  });

  it('labels a radio group by its radiogroup’s aria-labelledby, and checkbox groups by name', () => {
    const doc = page(`<div role="radiogroup" aria-labelledby="l"><span id="l">Familienstand</span>
      <label><input type="radio" name="f" value="l"> ledig</label><label><input type="radio" name="f" value="v"> verheiratet</label></div>
      <label><input type="checkbox" name="k[]" value="1"> A</label><label><input type="checkbox" name="k[]" value="2"> B</label>`);
    const [f1, , k1] = fields(doc);
    expect(label(f1 as FieldSnapshot, 'group')).toBe('Familienstand');
    expect(k1?.options.map((o) => o.value)).toEqual(['1', '2']);
  });

  it('clusters controls with no text between them and gives the later ones the first one’s label', () => {
    const doc = page(`<label for="d">Geburtsdatum</label><select id="d"><option>1</option></select><select><option>1</option></select>
      <select><option>1990</option></select><p>Ort</p><input>`);
    const [d, m, y, ort] = fields(doc);
    expect(new Set([d?.cluster, m?.cluster, y?.cluster]).size).toBe(1);
    expect(ort?.cluster).not.toBe(d?.cluster);
    expect(label(m as FieldSnapshot, 'group')).toBe('Geburtsdatum');
    expect(label(y as FieldSnapshot, 'group')).toBe('Geburtsdatum');
  });

  it('reads select options with collapsed whitespace and value defaulting to the text', () => {
    const s = only('<select><option value="">Bitte wählen</option><optgroup label="EU"><option>  Deutsch\n land </option></optgroup></select>');
    expect(s.options).toEqual([{ value: '', text: 'Bitte wählen' }, { value: 'Deutsch land', text: 'Deutsch land' }]);
  });
});

describe('collect: attributes, scope and selectors', () => {
  it.each([
    ['antragsteller.geburtsdatum', 'antragsteller geburtsdatum'],
    ['txtGebOrt', 'txt geb ort'],
    ['ctl00$Main$FirstName', 'ctl 00 main first name'],
    ['field_4f2a', 'field 4 f 2 a'],
  ])('splits the name %s into words', (name, words) => {
    expect(only(`<input name="${name}">`).words).toBe(words);
  });

  it('leaves out hidden inputs, buttons and passwords, keeps the rest with type and flags', () => {
    const doc = page(`<input type="hidden" name="h"><input type="submit"><button>Senden</button><input type="password">
      <input type="date" name="d" required><textarea name="t" readonly></textarea><input name="x" disabled maxlength="5">`);
    expect(fields(doc).map((f) => [f.type, f.required, f.readOnly, f.disabled, f.maxLength])).toEqual([
      ['date', true, false, false, undefined],
      ['textarea', false, true, false, undefined],
      ['text', false, false, true, 5],
    ]);
  });

  it('gives every control a selector that finds it alone, with odd ids and duplicated ids', () => {
    const doc = page(`<input id="a:b.c"><input id="dup"><input id="dup"><div id="box"><p><input></p><p><input></p></div>
      <input id="1x"><input name='we"ird'>`);
    const all = collectFields(doc);
    expect(all).toHaveLength(7);
    for (const { snapshot, element } of all) {
      const found = doc.querySelectorAll(snapshot.selector);
      expect(found).toHaveLength(1);
      expect(found[0]).toBe(element);
    }
  });

  it('counts ids the walk does not enter (options of a later select, markup in options, svg, head) before trusting an id', () => {
    const doc = new JSDOM(`<!doctype html><html lang="de"><head><meta id="m"></head><body>
      <input id="a"><input id="b"><input id="c"><input id="m"><input id="e">
      <select name="s1"><option id="a">1</option><optgroup label="g"><option id="b">2</option></optgroup></select>
      <select name="s2"><option>3</option></select>
      <svg><g id="e"></g></svg></body></html>`).window.document;
    // A customizable select keeps markup inside options (older parsers drop it): built by hand.
    const span = doc.createElement('span');
    span.id = 'c';
    doc.querySelector('select[name="s2"] option')?.append(span);
    const all = collectFields(doc);
    expect(all).toHaveLength(7);
    for (const { snapshot, element } of all) {
      expect(snapshot.selector).not.toMatch(/^#/);
      const found = doc.querySelectorAll(snapshot.selector);
      expect(found).toHaveLength(1);
      expect(found[0]).toBe(element);
    }
  });

  it('finds a label[for] inside a part of the page the walk does not read text from', () => {
    const doc = page('<input id="x"><object><label for="x">Geburtsort</label></object>');
    expect(label(fields(doc)[0] as FieldSnapshot, 'label-for')).toBe('Geburtsort');
  });

  it('enters open shadow roots, resolving label-for inside the shadow root', () => {
    const doc = page('<div id="host"></div><input name="after">');
    const host = doc.getElementById('host') as HTMLElement;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<label for="s">Staatsangehörigkeit</label><input id="s">';
    const [inner, after] = fields(doc);
    expect(label(inner as FieldSnapshot, 'label-for')).toBe('Staatsangehörigkeit');
    expect(inner?.selector).toBe('#host >>> #s');
    expect(shadow.querySelectorAll('#s')).toHaveLength(1);
    expect(after?.selector).toBe('input[name="after"]');
  });

  it('gives controls at the top of a shadow root, under same-tag siblings, selectors that find each alone', () => {
    const doc = page('<div id="host"></div>');
    const shadow = (doc.getElementById('host') as HTMLElement).attachShadow({ mode: 'open' });
    // the first control's name is unique: only the later two ask for their divs' places
    shadow.innerHTML = '<div><input name="b"></div><p></p><div><input name="a"></div><div><input name="a"></div>';
    const inputs = [...shadow.querySelectorAll('input')];
    const all = fields(doc);
    expect(all).toHaveLength(3);
    all.forEach((f, i) => {
      const [hostPath, own] = f.selector.split(' >>> ');
      expect(doc.querySelector(hostPath as string)).toBe(doc.getElementById('host'));
      expect([...shadow.querySelectorAll(own as string)]).toEqual([inputs[i]]);
    });
  });

  it('enters same-origin frames, numbering them', () => {
    const doc = page('<input name="top"><iframe></iframe>');
    const frameDoc = (doc.querySelector('iframe') as HTMLIFrameElement).contentDocument as Document;
    frameDoc.body.innerHTML = '<label>Vorname <input name="inner"></label>';
    const all = fields(doc);
    expect(all.map((f) => [f.name, f.frame])).toEqual([['top', 0], ['inner', 1]]);
    expect(label(all[1] as FieldSnapshot, 'label-wrap')).toBe('Vorname');
  });

  it('takes the language of a control in a shadow tree from inside it, else from around its outermost host', () => {
    const doc = page('<div lang="fr"><my-form id="outer"></my-form></div><input lang="en" name="own">');
    const outer = (doc.getElementById('outer') as HTMLElement).attachShadow({ mode: 'open' });
    outer.innerHTML = '<p lang="">Nom <input name="empty"></p><section lang="de"><span id="inner"></span></section><p lang="de">Name <input name="inside"></p><input name="host">';
    // closest('[lang]') stops at a shadow root: the middle tree's lang="de" is not seen from the inner one
    const inner = (outer.getElementById('inner') as HTMLElement).attachShadow({ mode: 'open' });
    inner.innerHTML = '<input name="nested">';
    const byName = Object.fromEntries(fields(doc).map((f) => [f.name, f.lang]));
    expect(byName).toEqual({ empty: 'fr', nested: 'fr', inside: 'de', host: 'fr', own: 'en' });
  });

  it('takes the language from lang attributes, else guesses it from the page text', () => {
    expect(only('<p lang="fr">Prénom <input></p>').lang).toBe('fr');
    const doc = new JSDOM(`<body><p>Please enter your name and the address for your order, and we will send it to you.</p>
      <p>This is the form for the shipping of your order to you.</p><input></body>`).window.document;
    expect(fields(doc)[0]?.lang).toBe('en');
  });
});
