// @vitest-environment jsdom
// The fill preview in the rendered side panel (components/fill): the origin it fills is the tab's,
// never the page's; sensitive values go only once ticked; nothing goes before Fill; on an unknown site
// only after the citizen confirmed its origin; a locked vault shows the unlock form and no Fill.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SidePanelApp } from '@/components/sidepanel/SidePanelApp';
import { createPanelStore, type PanelStore } from '@/components/sidepanel/store';
import type { Catalog } from '@/components/sidepanel/i18n';
import { analysePage, type PageReport } from '@/lib/detect/analyse';
import type { FillRequest } from '@/lib/messaging';
import { HOUSEHOLD } from '../../e2e/fill-flow';

const ROOT = join(import.meta.dirname, '../../..');
const VIDEX = 'https://videx.diplo.de/videx/visum-erfassung/antrag';
const catalog = JSON.parse(readFileSync(join(ROOT, 'public/_locales/de/messages.json'), 'utf8')) as Catalog;
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function videxReport(url = VIDEX): PageReport {
  const doc = new DOMParser().parseFromString(readFileSync(join(ROOT, 'tests/fixtures/portals/de-videx.schengen.html'), 'utf8'), 'text/html');
  return { ...analysePage(doc, VIDEX).report, url };
}

let store: PanelStore;
let root: Root;
let host: HTMLElement;
let vaultState: 'unlocked' | 'locked';
let sent: FillRequest[];
const $ = (selector: string) => host.querySelector<HTMLElement>(selector);
const $$ = (selector: string) => [...host.querySelectorAll<HTMLElement>(selector)];
const click = (el: Element | null) => act(async () => (el as HTMLElement).click());
const settle = () => act(async () => new Promise((r) => setTimeout(r, 20)));

beforeEach(async () => {
  fakeBrowser.reset();
  window.matchMedia ??= ((query: string) => ({ matches: false, media: query }) as MediaQueryList);
  Element.prototype.scrollIntoView ??= () => undefined;
  vaultState = 'unlocked';
  sent = [];
  // The background's vault, as the panel's vault client reaches it.
  fakeBrowser.runtime.onMessage.addListener(((message: { type: string }, _sender: unknown, sendResponse: (answer: unknown) => void) => {
    if (message.type === 'vault/status') sendResponse({ ok: true, value: { state: vaultState, expiresAt: Date.now() + 600_000 } });
    else if (message.type === 'vault/read') sendResponse(vaultState === 'unlocked' ? { ok: true, value: HOUSEHOLD } : { ok: false, error: 'locked' });
    else return undefined;
    return true;
  }) as never);
  // The page's content script.
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (_tab: number, message: { type: string }) => {
    const page = store.getState().page;
    if (message.type === 'fill/shown') return { fieldIds: page.status === 'ready' ? page.report.fields.map((f) => f.id) : [] };
    if (message.type === 'fill/execute') {
      const request = message as unknown as FillRequest;
      sent.push(request);
      return { results: request.items.map((i) => ({ fieldId: i.fieldId, status: 'filled' })) };
    }
    return undefined;
  }) as never);
  store = createPanelStore();
  store.getState().setLang('de', catalog, false);
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

async function show(tabUrl: string, report: PageReport): Promise<void> {
  await act(async () => {
    store.getState().setTab(7, tabUrl);
    store.getState().setPage({ status: 'ready', report });
    root.render(<SidePanelApp store={store} />);
  });
  await settle();
  if ($('[data-testid="fill-toggle"]')) await click($('[data-testid="fill-toggle"]'));
}

const passportRow = () => $$('.fill-row').find((li) => li.querySelector('.fill-label')?.textContent?.startsWith('13. Nummer des Reisedokuments'))!;

describe('the fill preview on a known portal', () => {
  it('says where it fills: the tab’s origin, as the browser reports it', async () => {
    await show(VIDEX, videxReport());
    expect($('[data-testid="fill-origin"]')?.dataset.origin).toBe('https://videx.diplo.de');
    expect($('[data-testid="fill-origin"]')?.textContent).toContain('https://videx.diplo.de');
  });

  it('sends nothing before Fill; then the confirmed values with the tab’s origin', async () => {
    await show(VIDEX, videxReport());
    expect(sent).toEqual([]);
    await click($('[data-testid="fill-button"]'));
    await settle();
    expect(sent).toHaveLength(1);
    expect(sent[0]!.expectedOrigin).toBe('https://videx.diplo.de');
    const report = videxReport();
    for (const item of sent[0]!.items) expect(sent[0]!.selectors[item.fieldId]).toBe(report.fields.find((f) => f.id === item.fieldId)!.selector);
    expect($('[data-testid="fill-status"]')?.dataset.run).toBe('filled');
  });

  it('keeps a sensitive value unticked and unsent until the citizen ticks it', async () => {
    await show(VIDEX, videxReport());
    const tick = passportRow().querySelector<HTMLInputElement>('[data-testid="tick-sensitive"]')!;
    expect(tick.checked).toBe(false);
    await click($('[data-testid="fill-button"]'));
    await settle();
    expect(sent[0]!.items.some((i) => i.sensitive)).toBe(false);
    expect(sent[0]!.confirmedSensitive).toEqual([]);
    await click(passportRow().querySelector('[data-testid="tick-sensitive"]'));
    await click($('[data-testid="fill-button"]'));
    await settle();
    const passport = sent[1]!.items.find((i) => i.key === 'passport-number')!;
    expect(passport.value).toBe(HOUSEHOLD.people[0]!.values['passport-number']);
    expect(sent[1]!.confirmedSensitive).toEqual([passport.fieldId]);
  });

  it('refuses to fill from a report whose page names another origin than the tab (a stale panel)', async () => {
    await show(VIDEX, videxReport('https://videx.diplo.de.example.net/videx/visum-erfassung/antrag'));
    await click($('[data-testid="fill-button"]'));
    await settle();
    expect(sent).toEqual([]);
    expect($('[data-testid="fill-status"]')?.textContent).toContain('Die Seite hat sich gerade geändert');
  });

  it('shows the unlock form and no Fill while the vault is locked', async () => {
    vaultState = 'locked';
    await show(VIDEX, videxReport());
    expect($('.fill-preview .vault-unlock input[type="password"]')).not.toBeNull();
    expect($('[data-testid="fill-button"]')).toBeNull();
    expect($('.fill-preview')?.textContent).toContain('Ihr Profil ist gesperrt');
  });
});

describe('the fill preview on a site that is not a known portal (analysed on request)', () => {
  const UNKNOWN = 'https://formulare.example.org/antrag';
  it('names the origin and fills only after the citizen confirmed it', async () => {
    await show(UNKNOWN, videxReport(UNKNOWN));
    expect($('[data-testid="fill-origin"]')?.dataset.origin).toBe('https://formulare.example.org');
    expect($('[data-testid="fill-button"]')?.getAttribute('aria-disabled')).toBe('true');
    await click($('[data-testid="fill-button"]'));
    await settle();
    expect(sent).toEqual([]);
    await click($('[data-testid="confirm-site"]'));
    expect($('[data-testid="fill-button"]')?.getAttribute('aria-disabled')).toBe('false');
    await click($('[data-testid="fill-button"]'));
    await settle();
    expect(sent.map((r) => r.expectedOrigin)).toEqual(['https://formulare.example.org']);
  });
});
