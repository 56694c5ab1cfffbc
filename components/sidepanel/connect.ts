// Connects the panel to the tab it guides: which tab, its report, and its focus events.
import { browser } from 'wxt/browser';
import { onPageEvent, requestFromTab } from '@/lib/messaging';
import type { PanelStore } from './store';

/**
 * The tab the panel is about: `?tab=ID` when the panel is opened as an extension tab (tests, demo),
 * otherwise the active tab of the panel's window.
 */
async function targetTab(url: URL): Promise<number | null> {
  const fromQuery = Number(url.searchParams.get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export async function loadReport(store: PanelStore): Promise<void> {
  const { tabId, setPage } = store.getState();
  if (tabId === null) return setPage({ status: 'no-page', reason: 'no-tab' });
  try {
    const report = await requestFromTab(tabId, 'page/get-report', {});
    setPage(report ? { status: 'ready', report } : { status: 'no-page', reason: 'no-content-script' });
  } catch {
    // No content script answers: not a known portal (or the page is still loading).
    setPage({ status: 'no-page', reason: 'no-content-script' });
  }
}

export async function connectPanel(store: PanelStore, url: URL): Promise<void> {
  store.getState().setTab(await targetTab(url));
  onPageEvent((event, sender) => {
    if (sender.tab?.id !== store.getState().tabId) return;
    if (event.type === 'page/report') store.getState().setPage({ status: 'ready', report: event.report });
    if (event.type === 'page/field-focused') store.getState().selectField(event.fieldId);
  });
  if (!url.searchParams.has('tab')) {
    browser.tabs.onActivated.addListener(({ tabId }) => {
      store.getState().setTab(tabId);
      void loadReport(store);
    });
  }
  await loadReport(store);
}
