// "Analyse this site" in the background (entrypoints/background/analyse-on-request.ts): only our own
// pages may ask, only for a tab whose origin the user granted, and the content script is injected once.
import { describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { analyseOnRequest, CONTENT_SCRIPT_FILE, fromOwnPage, type AnalyseDeps } from '@/entrypoints/background/analyse-on-request';

const EXT = 'chrome-extension://abcdefghijklmnop/';
const TAB = 7;
type Sender = Browser.runtime.MessageSender;
const sidePanel: Sender = { id: 'ext-id', url: `${EXT}sidepanel.html` };
const panelTab: Sender = { id: 'ext-id', tab: { id: 3, url: `${EXT}sidepanel.html?tab=7` } as Browser.tabs.Tab, url: `${EXT}sidepanel.html?tab=7` };
// A content script on some web page: its sender.url could be anything a compromised page makes it, so only sender.tab counts.
const contentScript: Sender = { id: 'ext-id', tab: { id: 9, url: 'https://evil.example/' } as Browser.tabs.Tab, url: `${EXT}sidepanel.html` };

function deps(over: Partial<AnalyseDeps> = {}) {
  const inject = vi.fn(async () => undefined);
  const d: AnalyseDeps = {
    extensionId: 'ext-id',
    extensionUrl: EXT,
    tabUrl: async () => 'https://www.example.org/antrag?x=1',
    hasOrigin: async (pattern) => pattern === 'https://www.example.org/*',
    answers: async () => false,
    inject,
    ...over,
  };
  return { d, inject: d.inject === inject ? inject : (d.inject as typeof inject) };
}

describe('fromOwnPage', () => {
  it('accepts the side panel and our page in a tab; refuses content scripts and other extensions', () => {
    const own = { extensionId: 'ext-id', extensionUrl: EXT };
    expect(fromOwnPage(sidePanel, own)).toBe(true);
    expect(fromOwnPage(panelTab, own)).toBe(true);
    expect(fromOwnPage(contentScript, own)).toBe(false);
    expect(fromOwnPage({ ...sidePanel, id: 'other-extension' }, own)).toBe(false);
  });
});

describe('analyseOnRequest', () => {
  it('injects the built content script into the granted tab', async () => {
    const { d, inject } = deps();
    expect(await analyseOnRequest(TAB, sidePanel, d)).toEqual({ ok: true });
    expect(inject).toHaveBeenCalledWith(TAB, CONTENT_SCRIPT_FILE);
    expect(CONTENT_SCRIPT_FILE).toBe('/content-scripts/portal.js');
  });

  it('refuses a content script asking, even one whose sender.url claims to be our page', async () => {
    const { d, inject } = deps();
    expect(await analyseOnRequest(TAB, contentScript, d)).toEqual({ ok: false, error: 'not-allowed' });
    expect(inject).not.toHaveBeenCalled();
  });

  it('injects nothing without the user’s grant for exactly that origin', async () => {
    const { d, inject } = deps({ tabUrl: async () => 'https://other.example.org/antrag' });
    expect(await analyseOnRequest(TAB, sidePanel, d)).toEqual({ ok: false, error: 'no-permission' });
    expect(inject).not.toHaveBeenCalled();
  });

  it('refuses browser pages and files', async () => {
    for (const url of ['chrome://settings', 'about:addons', 'file:///home/a.html', undefined]) {
      const { d, inject } = deps({ tabUrl: async () => url, hasOrigin: async () => true });
      expect(await analyseOnRequest(TAB, sidePanel, d)).toEqual({ ok: false, error: 'restricted' });
      expect(inject).not.toHaveBeenCalled();
    }
  });

  it('does not inject twice where our content script already answers', async () => {
    const { d, inject } = deps({ answers: async () => true });
    expect(await analyseOnRequest(TAB, sidePanel, d)).toEqual({ ok: true });
    expect(inject).not.toHaveBeenCalled();
  });

  it('reports a failed injection (the tab navigated away, closed) as a typed outcome', async () => {
    const { d } = deps({ inject: async () => Promise.reject(new Error('Cannot access contents of the page')) });
    expect(await analyseOnRequest(TAB, sidePanel, d)).toEqual({ ok: false, error: 'failed' });
  });
});
