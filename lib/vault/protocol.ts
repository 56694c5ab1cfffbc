// The vault's requests (extension pages → background), one client type derived from them, and the
// adapter that answers them from a VaultService. The same client type is implemented over runtime
// messages (components/vault/client.ts) and directly on a service (tests, the benchmark).
import type { Profile } from '../profile/types';
import { failure, success, type VaultResult } from './errors';
import type { VaultService, VaultStatus } from './service';

type None = Record<string, never>;

export interface VaultRequests {
  'vault/status': { request: None; response: VaultResult<VaultStatus> };
  'vault/create': { request: { passphrase: string; profile?: Profile }; response: VaultResult<Profile> };
  'vault/unlock': { request: { passphrase: string }; response: VaultResult<{ profile: Profile; migratedFrom: number | null }> };
  'vault/lock': { request: None; response: VaultResult<VaultStatus> };
  'vault/read': { request: None; response: VaultResult<Profile> };
  'vault/save': { request: { profile: Profile }; response: VaultResult<Profile> };
  'vault/change-passphrase': { request: { current: string; next: string }; response: VaultResult<void> };
  'vault/export': { request: None; response: VaultResult<{ text: string; filename: string }> };
  'vault/import': { request: { text: string; passphrase: string }; response: VaultResult<Profile> };
  'vault/destroy': { request: None; response: VaultResult<void> };
  'vault/touch': { request: None; response: VaultResult<VaultStatus> };
  'vault/set-idle-minutes': { request: { minutes: number }; response: VaultResult<VaultStatus> };
}

export type VaultRequestType = keyof VaultRequests;
export type VaultClient = {
  [K in VaultRequestType]: (request: VaultRequests[K]['request']) => Promise<VaultRequests[K]['response']>;
};

/** Broadcast by the background after every change of lock state or expiry. */
export interface VaultChangedEvent {
  type: 'vault/changed';
  status: VaultStatus;
}

export function isVaultChangedEvent(message: unknown): message is VaultChangedEvent {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'vault/changed';
}

/** Answers every request from `service`. */
export function serviceClient(service: VaultService): VaultClient {
  return {
    'vault/status': async () => success(await service.status()),
    'vault/create': ({ passphrase, profile }) => service.create(passphrase, profile),
    'vault/unlock': ({ passphrase }) => service.unlock(passphrase),
    'vault/lock': async () => {
      await service.lock();
      return success(await service.status());
    },
    'vault/read': () => service.read(),
    'vault/save': ({ profile }) => service.save(profile),
    'vault/change-passphrase': ({ current, next }) => service.changePassphrase(current, next),
    'vault/export': () => service.exportFile(),
    'vault/import': ({ text, passphrase }) => service.importFile(text, passphrase),
    'vault/destroy': () => service.destroy(),
    'vault/touch': () => service.touch(),
    'vault/set-idle-minutes': ({ minutes }) => service.setIdleMinutes(minutes),
  };
}

/** The same client, refusing every request for which `allowed()` is false (e.g. from a content script). */
export function guardedClient<S>(client: VaultClient, allowed: (sender: S) => boolean): { [K in VaultRequestType]: (request: VaultRequests[K]['request'], sender: S) => Promise<VaultRequests[K]['response']> } {
  const guarded = {} as Record<VaultRequestType, (request: never, sender: S) => Promise<VaultResult<unknown>>>;
  for (const type of Object.keys(client) as VaultRequestType[]) {
    const op = client[type] as (request: unknown) => Promise<VaultResult<unknown>>;
    guarded[type] = (request, sender) => (allowed(sender) ? op(request) : Promise.resolve(failure('forbidden')));
  }
  return guarded as never;
}
