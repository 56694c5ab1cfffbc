// Which tab the panel guides, what the page reported, and the "analyse this site" request.
import type { PageReport } from '@/lib/detect/analyse';
import type { PageContext } from '@/lib/messaging';
import type { PanelSlice } from '../store';

export type PageState =
  | { status: 'loading' }
  /** No tab to guide (the panel's window has none). */
  | { status: 'no-tab' }
  /** Browser pages, files, the extension stores: no extension may read them. */
  | { status: 'restricted' }
  /** Not a known portal: nothing of Formlotse runs there until the user asks (analyse button). */
  | { status: 'unknown-site'; origin: string }
  /** A known portal whose content script does not answer (yet): the page is loading or needs a reload. */
  | { status: 'not-responding' }
  | { status: 'ready'; report: PageReport };

/** The "analyse this site" flow on an unknown site. */
export type AnalyseState = 'idle' | 'asking' | 'denied' | 'running' | 'failed';

export const EMPTY_CONTEXT: PageContext = { stepId: null, help: {} };

export interface TabSlice {
  tabId: number | null;
  /** The tab's URL as the browser reports it (tabs API), never as a page says it. */
  tabUrl: string | null;
  page: PageState;
  context: PageContext;
  analyse: AnalyseState;
  setTab(tabId: number | null, tabUrl: string | null): void;
  setPage(page: PageState): void;
  setContext(context: PageContext): void;
  setAnalyse(analyse: AnalyseState): void;
}

export const createTabSlice: PanelSlice<TabSlice> = (set) => ({
  tabId: null,
  tabUrl: null,
  page: { status: 'loading' },
  context: EMPTY_CONTEXT,
  analyse: 'idle',
  setTab: (tabId, tabUrl) => set({ tabId, tabUrl }),
  // A new page forgets the old one's selection and help: field ids are per page load.
  setPage: (page) =>
    set((s) => (page.status === 'ready' && s.page.status === 'ready' && s.page.report.url === page.report.url ? { page } : { page, selectedFieldId: null, context: EMPTY_CONTEXT })),
  setContext: (context) => set({ context }),
  setAnalyse: (analyse) => set({ analyse }),
});
