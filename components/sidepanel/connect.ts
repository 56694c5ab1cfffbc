// Connects the panel to the tab it guides: which tab, its URL, its report, its focus events, the
// language. Wiring only; what happens on clicks is in ./actions.ts.
import { browser } from 'wxt/browser';
import { fromThisExtension, onPageEvent, requestFromBackground } from '@/lib/messaging';
import { isVaultChangedEvent } from '@/lib/vault/protocol';
import { chosenLanguage, loadContext, loadReport, setLanguage } from './actions';
import { defaultLang } from './i18n';
import type { PanelStore } from './store';
import { trustOf } from './trust';

/**
 * The tab the panel is about: `?tab=ID` when the panel is opened as an extension tab (tests, demo),
 * otherwise the active tab of the panel's window.
 */
async function targetTab(url: URL): Promise<{ id: number; url: string | null } | null> {
  const fromQuery = Number(url.searchParams.get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) {
    const tab = await browser.tabs.get(fromQuery).catch(() => null);
    return { id: fromQuery, url: tab?.url ?? null };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url ?? null };
}

/** The citizen's own choice wins; otherwise the portal's language (German for German portals). */
async function applyLanguage(store: PanelStore): Promise<void> {
  const chosen = await chosenLanguage.getValue().catch(() => null);
  if (chosen) return setLanguage(store, chosen, true);
  if (store.getState().langChosen) return;
  const trust = trustOf(store.getState().tabUrl);
  await setLanguage(store, defaultLang(trust.kind === 'known' ? trust.portal : null, browser.i18n.getUILanguage()), false);
}

async function follow(store: PanelStore, tabId: number | null, url: string | null): Promise<void> {
  store.getState().setTab(tabId, url);
  store.getState().setPage({ status: 'loading' });
  store.getState().setAnalyse('idle');
  await applyLanguage(store);
  await loadReport(store);
}

/** The vault's lock state: asked once, then told by the background on every change. */
async function followVault(store: PanelStore): Promise<void> {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (fromThisExtension(sender) && isVaultChangedEvent(message)) store.getState().setVault(message.status.state);
    return undefined;
  });
  const answer = await requestFromBackground('vault/status', {}).catch(() => null);
  if (answer?.ok) store.getState().setVault(answer.value.state);
}

export async function connectPanel(store: PanelStore, url: URL): Promise<void> {
  void followVault(store);
  onPageEvent((event, sender) => {
    // Only the tab this panel guides, as the browser names the sender's tab (never what a page says).
    if (sender.tab?.id !== store.getState().tabId) return;
    if (event.type === 'page/report') {
      store.getState().setPage({ status: 'ready', report: event.report });
      // A new analysis (a step changed, or the script just started): the help beside it too.
      void loadContext(store);
    }
    if (event.type === 'page/field-focused') store.getState().selectField(event.fieldId, 'page');
  });
  // The tab navigated: a new page, perhaps another site.
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (tabId !== store.getState().tabId) return;
    // Another address: start over. The same page finishing its load: ask again, quietly (the list stays).
    if (change.url !== undefined && change.url !== store.getState().tabUrl) void follow(store, tabId, tab.url ?? null);
    else if (change.status === 'complete') void loadReport(store);
  });
  const fixed = url.searchParams.has('tab');
  if (!fixed) {
    browser.tabs.onActivated.addListener(({ tabId }) => {
      void browser.tabs.get(tabId).then((tab) => follow(store, tabId, tab.url ?? null));
    });
  }
  const tab = await targetTab(url);
  await follow(store, tab?.id ?? null, tab?.url ?? null);
}
