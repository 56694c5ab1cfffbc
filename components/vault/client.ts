// The vault client of extension pages: every request goes to the background over runtime messages.
import { browser } from 'wxt/browser';
import { fromThisExtension } from '@/lib/messaging';
import { failure } from '@/lib/vault/errors';
import { isVaultChangedEvent, type VaultClient, type VaultRequests, type VaultRequestType } from '@/lib/vault/protocol';
import type { VaultStatus } from '@/lib/vault/service';

const TYPES: VaultRequestType[] = [
  'vault/status', 'vault/create', 'vault/unlock', 'vault/lock', 'vault/read', 'vault/save', 'vault/change-passphrase',
  'vault/export', 'vault/import', 'vault/destroy', 'vault/touch', 'vault/set-idle-minutes',
];

export function messageClient(): VaultClient {
  const client = {} as Record<VaultRequestType, (request: object) => Promise<unknown>>;
  for (const type of TYPES) {
    client[type] = async (request) => {
      try {
        const answer = (await browser.runtime.sendMessage({ ...request, type })) as VaultRequests[typeof type]['response'] | { error: string } | undefined;
        return answer && 'ok' in answer ? answer : failure('storage-failed');
      } catch {
        return failure('storage-failed'); // the background did not answer (it is restarting): try again
      }
    };
  }
  return client as unknown as VaultClient;
}

/** Calls `listener` with the new status whenever the background's vault changes (lock, unlock, timeout). */
export function onVaultChanged(listener: (status: VaultStatus) => void): () => void {
  const handler = (message: unknown, sender: Parameters<typeof fromThisExtension>[0]) => {
    if (fromThisExtension(sender) && isVaultChangedEvent(message)) listener(message.status);
    return undefined;
  };
  browser.runtime.onMessage.addListener(handler);
  return () => browser.runtime.onMessage.removeListener(handler);
}
