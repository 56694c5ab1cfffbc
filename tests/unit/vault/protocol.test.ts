// Only this extension's own pages may use the vault; a content script (running inside a web page)
// gets "forbidden" for every request, whatever it asks.
import { describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import { isExtensionPage } from '@/lib/vault/background';
import { guardedClient, serviceClient, type VaultRequestType } from '@/lib/vault/protocol';
import { makeVault, PASSPHRASE, SAMPLE_PROFILE } from './fixtures';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;
const allowed = (s: Browser.runtime.MessageSender) => isExtensionPage(s, ID, ORIGIN);

const SENDERS: [string, Browser.runtime.MessageSender, boolean][] = [
  ['the options page in a tab', { id: ID, url: `${ORIGIN}options.html`, tab: { id: 3 } as Browser.tabs.Tab }, true],
  ['the side panel', { id: ID, url: `${ORIGIN}sidepanel.html?tab=3` }, true],
  ['a content script on a portal', { id: ID, url: 'https://digital.diplo.de/visa', tab: { id: 3 } as Browser.tabs.Tab, frameId: 0 }, false],
  ['a content script in a frame that claims our URL in its path', { id: ID, url: `https://evil.example/${ORIGIN}`, tab: { id: 3 } as Browser.tabs.Tab }, false],
  ['another extension', { id: 'zzzz', url: 'chrome-extension://zzzz/page.html' }, false],
  ['a sender without URL', { id: ID }, false],
];

describe('vault requests', () => {
  it.each(SENDERS)('from %s: allowed = %s', async (_who, sender, ok) => {
    const { service } = makeVault();
    await service.create(PASSPHRASE, SAMPLE_PROFILE);
    const client = guardedClient(serviceClient(service), allowed);
    const read = await client['vault/read']({}, sender);
    expect(read).toEqual(ok ? { ok: true, value: SAMPLE_PROFILE } : { ok: false, error: 'forbidden' });
  });

  it('guards every request type', async () => {
    const { service } = makeVault();
    const client = guardedClient(serviceClient(service), allowed);
    const contentScript = SENDERS[2]![1];
    for (const type of Object.keys(client) as VaultRequestType[]) {
      const op = client[type] as (r: object, s: Browser.runtime.MessageSender) => Promise<unknown>;
      expect(await op({ passphrase: PASSPHRASE, profile: SAMPLE_PROFILE, minutes: 5, text: '', current: '', next: '' }, contentScript)).toEqual({ ok: false, error: 'forbidden' });
    }
    expect((await service.status()).state).toBe('none');
  });
});
