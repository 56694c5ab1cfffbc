// @vitest-environment jsdom
// The side panel rendered from its store (components/sidepanel): the VIDEX replica analysed as the
// content script would, then what a citizen sees and can do in each state.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SidePanelApp } from '@/components/sidepanel/SidePanelApp';
import { createPanelStore, type PanelStore } from '@/components/sidepanel/store';
import type { Catalog } from '@/components/sidepanel/i18n';
import { analysePage } from '@/lib/detect/analyse';
import { explainKey } from '@/lib/explain';

const ROOT = join(import.meta.dirname, '../../..');
const VIDEX = 'https://videx.diplo.de/videx/visum-erfassung/antrag';
const catalog = (lang: string): Catalog => JSON.parse(readFileSync(join(ROOT, 'public/_locales', lang, 'messages.json'), 'utf8'));
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function videxReport() {
  const doc = new DOMParser().parseFromString(readFileSync(join(ROOT, 'tests/fixtures/portals/de-videx.schengen.html'), 'utf8'), 'text/html');
  return analysePage(doc, VIDEX).report;
}

let store: PanelStore;
let root: Root;
let host: HTMLElement;
const $ = <E extends Element = HTMLElement>(selector: string) => host.querySelector<E>(selector);
const $$ = (selector: string) => [...host.querySelectorAll<HTMLElement>(selector)];
const click = (el: Element | null) => act(async () => (el as HTMLElement).click());

beforeEach(async () => {
  fakeBrowser.reset();
  window.matchMedia ??= ((query: string) => ({ matches: false, media: query }) as MediaQueryList);
  Element.prototype.scrollIntoView ??= () => undefined;
  store = createPanelStore();
  store.getState().setLang('de', catalog('de'), false);
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  await act(() => root.render(<SidePanelApp store={store} />));
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

describe('on a known portal with a form', () => {
  beforeEach(() => {
    act(() => {
      store.getState().setTab(7, VIDEX);
      store.getState().setPage({ status: 'ready', report: videxReport() });
    });
  });

  it('says where the citizen is and lists the fields under their sections', () => {
    expect($('h1')?.textContent).toBe('Formlotse');
    expect($('[data-testid="trust"]')?.textContent).toContain('Bekanntes Portal: VIDEX');
    expect($('#guide-heading')?.textContent).toBe('Felder auf dieser Seite');
    const sections = $$('.field-group h3').map((h) => h.textContent);
    expect(sections).toContain('Reisedokument');
    expect(sections).not.toContain(expect.stringContaining('VIDEX – Visumantrag'));
    // The radio group "8. Geschlecht" is one entry.
    expect($$('.field-label').filter((l) => l.textContent === '8. Geschlecht')).toHaveLength(1);
  });

  it('opens a field: the short explanation first, the details on demand, why, and the fill state', async () => {
    const button = $$('.field-button').find((b) => b.textContent?.startsWith('5. Geburtsort'))!;
    expect(button.getAttribute('aria-expanded')).toBe('false');
    await click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const details = $(`#${button.getAttribute('aria-controls')}`)!;
    expect(details.querySelector('[data-testid="explanation"]')?.textContent).toBe(explainKey('birth-place', 'de').what);
    expect(details.querySelector('details.more')?.hasAttribute('open')).toBe(false);
    expect(details.querySelector('details.more dd')?.textContent).toBe(explainKey('birth-place', 'de').why);
    expect(details.querySelector('[data-testid="recognition"]')?.textContent).toContain('Geburtsort');
    expect(details.querySelector('[data-testid="recognition"]')?.textContent).toContain('Beschriftung');
    expect(details.querySelector('[data-testid="fill-state"]')?.textContent).toContain('nicht ausgefüllt');
    expect(store.getState().selectedFieldId).toBe(button.closest('li')?.dataset.fieldId);
  });

  it('shows the page’s own hint beside ours, without anything hostile in it', async () => {
    const li = $$('li.field').find((l) => l.textContent?.startsWith('5. Geburtsort'))!;
    act(() =>
      store.getState().setContext({
        stepId: null,
        help: {
          [li.dataset.fieldId!]: [
            { route: 'hint', text: 'Wie im Pass x', html: 'Wie im <a href="javascript:alert(1)">Pass</a> <img src="https://tracker.example/p.gif" onerror="alert(2)"><script>alert(3)</script><a href="/videx/hilfe">Hilfe</a>' },
          ],
        },
      }),
    );
    await click(li.querySelector('.field-button'));
    const help = li.querySelector('[data-testid="page-help"]')!;
    expect(help.textContent).toContain('Wie im Pass');
    expect(help.querySelectorAll('img, script')).toHaveLength(0);
    expect([...help.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([null, 'https://videx.diplo.de/videx/hilfe']);
    expect(help.querySelector('[lang]')?.getAttribute('lang')).toBe('de');
  });

  it('searches labels, sections and explanations, and says how many fields match', async () => {
    const input = $<HTMLInputElement>('#field-search')!;
    await act(() => store.getState().setQuery('reisedokument'));
    expect(input.value).toBe('reisedokument');
    expect($$('.field-label').length).toBeGreaterThan(2);
    expect($('#field-search-count')?.textContent).toMatch(/^\d+ von \d+ Feldern passen$/);
    await act(() => store.getState().setQuery('zzzz'));
    expect($('.no-match')?.textContent).toContain('Kein Feld passt zu „zzzz“');
  });

  it('switches the whole panel to English', async () => {
    await act(() => store.getState().setLang('en', catalog('en'), true));
    expect($('#guide-heading')?.textContent).toBe('Fields on this page');
    expect(document.documentElement.lang).toBe('en');
    expect($('[data-testid="trust"]')?.textContent).toContain('German Federal Foreign Office');
  });
});

describe('empty states say what to do', () => {
  it('no form on the page', () => {
    act(() => store.getState().setPage({ status: 'ready', report: { url: VIDEX, portalId: 'de-videx', fields: [], classifications: [] } }));
    expect($('[data-testid="empty-no-form"] h2')?.textContent).toBe('Auf dieser Seite ist kein Formular');
  });

  it('the vault is locked', () => {
    act(() => store.getState().setVault('locked'));
    expect($('[data-testid="vault-notice"] h2')?.textContent).toBe('Ihr Profil ist gesperrt');
    expect($('[data-testid="vault-notice"] button')?.textContent).toBe('Profil entsperren');
    expect($('[data-testid="vault-status"]')?.textContent).toContain('Profil gesperrt');
  });

  it('an unknown site: asks the browser for exactly that origin, on the click and only then', async () => {
    const request = vi.fn(async () => false);
    fakeBrowser.permissions.request = request as never;
    act(() => {
      store.getState().setTab(7, 'https://www.example.org/formular?x=1');
      store.getState().setPage({ status: 'unknown-site', origin: 'https://www.example.org' });
    });
    expect($('[data-testid="trust"]')?.textContent).toContain('Kein bekanntes Portal: https://www.example.org');
    expect(request).not.toHaveBeenCalled();
    await click($('[data-testid="analyse-site"]'));
    expect(request).toHaveBeenCalledExactlyOnceWith({ origins: ['https://www.example.org/*'] });
    await act(async () => undefined);
    expect($('.analyse-outcome')?.textContent).toBe('Sie haben es nicht erlaubt. Formlotse liest diese Seite nicht.');
  });
});
