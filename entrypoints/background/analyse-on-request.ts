// "Analyse this site" for a site that is not a known portal (ARCHITECTURE: nothing runs on sites the
// user did not ask for). The panel asked the browser for that one origin on the user's click; here
// the background checks who asks and what the browser granted, then injects the content script.
// Trust: sender.id and sender.tab (set by the browser), never sender.url or anything a page says.
import type { Browser } from 'wxt/browser';
import { originPattern } from '@/components/sidepanel/trust';

/** The built content script (entrypoints/portal.content), the same file the manifest lists. */
export const CONTENT_SCRIPT_FILE = '/content-scripts/portal.js' as const;

export type AnalyseOutcome = { ok: true } | { ok: false; error: 'not-allowed' | 'restricted' | 'no-permission' | 'failed' };

export interface AnalyseDeps {
  extensionId: string;
  /** The extension's own base URL (chrome-extension://ID/ or moz-extension://UUID/). */
  extensionUrl: string;
  /** The tab's URL as the browser knows it. */
  tabUrl(tabId: number): Promise<string | undefined>;
  hasOrigin(pattern: string): Promise<boolean>;
  /** True when a content script of ours already answers in that tab. */
  answers(tabId: number): Promise<boolean>;
  inject(tabId: number, file: typeof CONTENT_SCRIPT_FILE): Promise<void>;
}

/**
 * Only our own pages may ask: the side panel (no tab) or a page of ours open in a tab. A content
 * script's message carries the page's tab, whose URL is not ours.
 */
export function fromOwnPage(sender: Browser.runtime.MessageSender, deps: Pick<AnalyseDeps, 'extensionId' | 'extensionUrl'>): boolean {
  if (sender.id !== deps.extensionId) return false;
  if (!sender.tab) return true;
  return (sender.tab.url ?? '').startsWith(deps.extensionUrl);
}

export async function analyseOnRequest(tabId: number, sender: Browser.runtime.MessageSender, deps: AnalyseDeps): Promise<AnalyseOutcome> {
  if (!fromOwnPage(sender, deps) || !Number.isInteger(tabId)) return { ok: false, error: 'not-allowed' };
  const pattern = originPattern(await deps.tabUrl(tabId).catch(() => undefined));
  if (!pattern) return { ok: false, error: 'restricted' };
  if (!(await deps.hasOrigin(pattern).catch(() => false))) return { ok: false, error: 'no-permission' };
  if (await deps.answers(tabId).catch(() => false)) return { ok: true };
  try {
    await deps.inject(tabId, CONTENT_SCRIPT_FILE);
    return { ok: true };
  } catch {
    // The tab navigated to an origin we may not read, or closed: the panel says so and offers a retry.
    return { ok: false, error: 'failed' };
  }
}
