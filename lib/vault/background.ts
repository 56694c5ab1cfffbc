// The vault in the background: one service on storage.local / storage.session, answering extension
// pages only, locking itself by alarm, and dropping an expired session when the worker wakes.
// Called once from entrypoints/background (wiring), synchronously, so listeners exist on wake.
import { browser, type Browser } from 'wxt/browser';
import { handleRequests } from '../messaging';
import { guardedClient, serviceClient, type VaultChangedEvent, type VaultRequests } from './protocol';
import { createVaultService, type VaultStatus } from './service';
import { wxtArea } from './wxt-areas';

export const LOCK_ALARM = 'formlotse-vault-lock';

/**
 * True for this extension's own pages (options, side panel), false for content scripts: those run
 * inside web pages and never need the vault (the side panel plans fills and sends only chosen values).
 * sender.url is set by the browser; a content script's is the web page's URL, never our origin.
 */
export function isExtensionPage(sender: Browser.runtime.MessageSender, extensionId: string, extensionOrigin: string): boolean {
  if (sender.id !== extensionId || typeof sender.url !== 'string') return false;
  try {
    return new URL(sender.url).origin === new URL(extensionOrigin).origin;
  } catch {
    return false;
  }
}

export function startVaultService(): void {
  // storage.session is readable by content scripts only if opened up; make sure it is not (Chrome).
  void Promise.resolve(browser.storage.session.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' })).catch(() => undefined);

  const onChange = (status: VaultStatus) => {
    if (status.state === 'unlocked' && status.expiresAt) void browser.alarms.create(LOCK_ALARM, { when: status.expiresAt + 1000 });
    else void browser.alarms.clear(LOCK_ALARM);
    const event: VaultChangedEvent = { type: 'vault/changed', status };
    browser.runtime.sendMessage(event).catch(() => undefined); // no page open: nobody to tell
  };
  const service = createVaultService({ local: wxtArea('local'), session: wxtArea('session'), onChange });

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === LOCK_ALARM) void service.expire();
  });
  void service.expire(); // a worker started after the timeout must not find the vault open

  const origin = browser.runtime.getURL('/');
  handleRequests<VaultRequests>(guardedClient(serviceClient(service), (sender: Browser.runtime.MessageSender) => isExtensionPage(sender, browser.runtime.id, origin)));
}
