// The panel listens only to its own tab's content script (components/sidepanel/connect.ts): events
// from other tabs, from pages, or from other extensions change nothing.
import { beforeEach, describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { connectPanel } from '@/components/sidepanel/connect';
import { createPanelStore, type PanelStore } from '@/components/sidepanel/store';

const focusEvent = (fieldId: string) => ({ type: 'page/field-focused', fieldId });
/** A message sender as the browser would describe it: which extension, which tab. */
const sender = (id: string, tabId?: number) => ({ id, ...(tabId === undefined ? {} : { tab: { id: tabId } as Browser.tabs.Tab }) }) as Browser.runtime.MessageSender;

describe('connectPanel', () => {
  let store: PanelStore;
  let tabId: number;
  beforeEach(async () => {
    fakeBrowser.reset();
    fakeBrowser.i18n.getUILanguage = () => 'de';
    globalThis.fetch = (async () => new Response('{}')) as typeof fetch;
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.example.org/antrag' });
    tabId = tab.id!;
    store = createPanelStore();
    await connectPanel(store, new URL(`chrome-extension://${fakeBrowser.runtime.id}/sidepanel.html?tab=${tabId}`));
  });

  it('knows its tab from the browser, and that the site is not a known portal', () => {
    expect(store.getState().tabId).toBe(tabId);
    expect(store.getState().tabUrl).toBe('https://www.example.org/antrag');
    expect(store.getState().page).toEqual({ status: 'unknown-site', origin: 'https://www.example.org' });
  });

  it('follows focus on its own tab only', async () => {
    const ours = sender(fakeBrowser.runtime.id, tabId);
    await fakeBrowser.runtime.onMessage.trigger(focusEvent('f3'), sender(fakeBrowser.runtime.id, tabId + 1), () => undefined);
    expect(store.getState().selectedFieldId).toBeNull();
    await fakeBrowser.runtime.onMessage.trigger(focusEvent('f3'), sender('another-extension', tabId), () => undefined);
    expect(store.getState().selectedFieldId).toBeNull();
    // No tab: an extension page, not a content script, so not a page event.
    await fakeBrowser.runtime.onMessage.trigger(focusEvent('f3'), sender(fakeBrowser.runtime.id), () => undefined);
    expect(store.getState().selectedFieldId).toBeNull();
    await fakeBrowser.runtime.onMessage.trigger(focusEvent('f3'), ours, () => undefined);
    expect(store.getState().selectedFieldId).toBe('f3');
    expect(store.getState().selectedBy).toBe('page');
  });

  it('takes a report only from its own tab', async () => {
    const report = { url: 'https://evil.example/', portalId: 'de-videx', fields: [], classifications: [] };
    await fakeBrowser.runtime.onMessage.trigger({ type: 'page/report', report }, sender(fakeBrowser.runtime.id, tabId + 1), () => undefined);
    expect(store.getState().page.status).toBe('unknown-site');
  });
});
