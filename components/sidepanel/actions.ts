// What the citizen's clicks in the panel do outside the store: talk to the page, to the background,
// to the browser. Each takes the store; none is called at module load.
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { requestFromBackground, requestFromTab } from '@/lib/messaging';
import { loadCatalog, type UiLang } from './i18n';
import type { PanelStore } from './store';
import { originPattern, trustOf } from './trust';

/** The language the citizen chose in the panel, kept for every portal (no personal data). */
export const chosenLanguage = storage.defineItem<UiLang | null>('local:panel-language', { fallback: null, version: 1 });

export async function setLanguage(store: PanelStore, lang: UiLang, chosen: boolean): Promise<void> {
  const catalog = await loadCatalog(lang).catch(() => null);
  store.getState().setLang(lang, catalog, chosen);
  if (chosen) await chosenLanguage.setValue(lang);
}

/** The citizen chose a field in the panel: select it, scroll to it on the page and ring it. */
export function chooseField(store: PanelStore, entryId: string | null): void {
  const { tabId, selectField } = store.getState();
  selectField(entryId, 'panel');
  if (tabId === null) return;
  const request = entryId === null ? requestFromTab(tabId, 'page/clear-highlight', {}) : requestFromTab(tabId, 'page/show-field', { fieldId: entryId });
  // The page may have gone (navigated, closed): the next report will say so.
  request.catch(() => undefined);
}

/** The page's report and context, asked again (after a reload or an analysis on request). */
export async function loadReport(store: PanelStore): Promise<void> {
  const { tabId, tabUrl, setPage } = store.getState();
  if (tabId === null) return setPage({ status: 'no-tab' });
  try {
    const report = await requestFromTab(tabId, 'page/get-report', {});
    if (!report) throw new Error('no report');
    setPage({ status: 'ready', report });
  } catch {
    // No content script answers: an unknown site (nothing runs there unless asked), a browser page,
    // or a known portal still loading.
    const trust = trustOf(tabUrl);
    return setPage(trust.kind === 'known' ? { status: 'not-responding' } : trust.kind === 'unknown' ? { status: 'unknown-site', origin: trust.origin } : { status: 'restricted' });
  }
  await loadContext(store);
}

/** The page's own help and its current step, for the report the panel shows. */
export async function loadContext(store: PanelStore): Promise<void> {
  const { tabId, setContext } = store.getState();
  if (tabId === null) return;
  const context = await requestFromTab(tabId, 'page/get-context', {}).catch(() => null);
  if (context) setContext(context);
}

/**
 * "Analyse this site": asks the browser for this one origin (it must be the first thing the click
 * does, or the browser refuses for lack of a user gesture), then lets the background inject.
 */
export function analyseSite(store: PanelStore): void {
  const { tabId, tabUrl, setAnalyse } = store.getState();
  const pattern = originPattern(tabUrl);
  if (tabId === null || !pattern) return;
  setAnalyse('asking');
  browser.permissions.request({ origins: [pattern] }).then(
    async (granted) => {
      if (!granted) return setAnalyse('denied');
      setAnalyse('running');
      const outcome = await requestFromBackground('tab/analyse-on-request', { tabId }).catch(() => ({ ok: false }));
      if (!outcome.ok) return setAnalyse('failed');
      await loadReport(store);
      setAnalyse('idle');
    },
    () => setAnalyse('failed'),
  );
}

export function openVaultPage(): void {
  void browser.runtime.openOptionsPage();
}
