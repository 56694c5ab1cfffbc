// The one typed message protocol between content script, background and side panel
// (ARCHITECTURE: contracts). Requests go to a tab's content script or to the background and get a
// typed answer; events are broadcast from the content script to the extension's own pages.
// Receivers trust only messages whose sender.id is this extension; the background additionally
// takes the tab and frame from `sender.tab` / `sender.frameId`, never from the message or sender.url.
import { browser, type Browser } from 'wxt/browser';
import type { PageReport } from './detect/analyse';
import type { VaultRequests } from './vault/protocol';
import type { PageHelp } from './detect/help';
import type { FieldOutcome, PlanItem, UndoOutcome } from './fill/types';

/** What the page says around its fields, beside the report: the portal step shown, the page's own help. */
export interface PageContext {
  /** The id of the portal step whose selector is on the page (PortalStep.id), or null. */
  stepId: string | null;
  /** The page's own help by field id (raw page markup: sanitize before showing). */
  help: Record<string, PageHelp[]>;
}

/** Requests a side panel or the background sends to a tab's content script, with their answers. */
export interface ContentRequests {
  'page/get-report': { request: Record<string, never>; response: PageReport };
  /** Scrolls to the field and highlights it (the highlight stays until cleared or another field is shown). */
  'page/show-field': { request: { fieldId: string }; response: { shown: boolean } };
  'page/get-context': { request: Record<string, never>; response: PageContext };
  'page/clear-highlight': { request: Record<string, never>; response: { cleared: boolean } };
  /** The fields the citizen can see now (not on a hidden step of a wizard): the preview lists only these. */
  'fill/shown': { request: Record<string, never>; response: { fieldIds: string[] } };
  /**
   * Fills what the citizen confirmed in the panel. `expectedOrigin` is the origin the panel showed
   * (from the tabs API, never from the page); `selectors` names each field's control as the planned
   * report did, so a control that is no longer the one planned for is left alone ('page-changed').
   */
  'fill/execute': { request: FillRequest; response: { results: FillFieldOutcome[] } };
  /** Undoes the latest fill of this page that is not undone yet. */
  'fill/undo': { request: Record<string, never>; response: { outcomes: UndoOutcome[] } };
  /** Removes the marks of every fill on this page (the values stay). */
  'fill/clear-highlights': { request: Record<string, never>; response: { cleared: number } };
}

export interface FillRequest {
  items: PlanItem[];
  selectors: Record<string, string>;
  expectedOrigin: string;
  /** Field ids of the sensitive items the citizen ticked. */
  confirmedSensitive: string[];
}

/** The executor's outcome per field, or 'page-changed' when the page no longer holds the planned control. */
export type FillFieldOutcome = FieldOutcome | { fieldId: string; status: 'skipped'; reason: 'page-changed' };

/** Requests to the background (the vault's own: lib/vault/protocol.ts). */
export interface BackgroundRequests extends VaultRequests {
  'tab/analyse-on-request': { request: { tabId: number }; response: { ok: boolean; error?: string } };
}

/** Events a content script broadcasts to the extension's pages (no answer). */
export type PageEvent =
  | { type: 'page/report'; report: PageReport }
  | { type: 'page/field-focused'; fieldId: string };

type Envelope<M, K extends keyof M> = { type: K } & (M[K] extends { request: infer R } ? R : never);
export type ContentRequest = { [K in keyof ContentRequests]: Envelope<ContentRequests, K> }[keyof ContentRequests];
export type BackgroundRequest = { [K in keyof BackgroundRequests]: Envelope<BackgroundRequests, K> }[keyof BackgroundRequests];

export async function requestFromTab<K extends keyof ContentRequests>(
  tabId: number,
  type: K,
  request: ContentRequests[K]['request'],
  frameId = 0,
): Promise<ContentRequests[K]['response']> {
  return (await browser.tabs.sendMessage(tabId, { type, ...request }, { frameId })) as ContentRequests[K]['response'];
}

export async function requestFromBackground<K extends keyof BackgroundRequests>(
  type: K,
  request: BackgroundRequests[K]['request'],
): Promise<BackgroundRequests[K]['response']> {
  return (await browser.runtime.sendMessage({ type, ...request })) as BackgroundRequests[K]['response'];
}

export async function broadcastPageEvent(event: PageEvent): Promise<void> {
  try {
    await browser.runtime.sendMessage(event);
  } catch {
    // No extension page is listening (the side panel is closed): nothing to deliver.
  }
}

/** True when a message comes from this extension itself (its pages or its content scripts). */
export function fromThisExtension(sender: Browser.runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id;
}

type Handlers<M> = { [K in keyof M]?: (request: Envelope<M, K>, sender: Browser.runtime.MessageSender) => Promise<M[K] extends { response: infer R } ? R : never> | (M[K] extends { response: infer R } ? R : never) };

/**
 * Listens for typed requests; unknown types and foreign senders get no answer. Tied to `signal`
 * so a content script's listener goes away when its context is invalidated (STYLE: principle 10).
 */
export function handleRequests<M>(handlers: Handlers<M>, signal?: AbortSignal): void {
  const listener = (message: unknown, sender: Browser.runtime.MessageSender, sendResponse: (r: unknown) => void) => {
    if (!fromThisExtension(sender) || typeof message !== 'object' || message === null) return undefined;
    const type = (message as { type?: unknown }).type;
    if (typeof type !== 'string' || !Object.prototype.hasOwnProperty.call(handlers, type)) return undefined;
    const handler = handlers[type as keyof M] as ((m: unknown, s: Browser.runtime.MessageSender) => unknown) | undefined;
    if (!handler) return undefined;
    Promise.resolve()
      .then(() => handler(message, sender))
      .then(sendResponse, (error: unknown) => sendResponse({ error: error instanceof Error ? error.message : String(error) }));
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  signal?.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
}

/** Listens for page events from content scripts of this extension. Returns the unsubscribe function. */
export function onPageEvent(handler: (event: PageEvent, sender: Browser.runtime.MessageSender) => void): () => void {
  const listener = (message: unknown, sender: Browser.runtime.MessageSender) => {
    if (!fromThisExtension(sender) || !sender.tab || typeof message !== 'object' || message === null) return undefined;
    const type = (message as { type?: unknown }).type;
    if (type === 'page/report' || type === 'page/field-focused') handler(message as PageEvent, sender);
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
