// A vault store connected to the background for the life of the component: loads the state on
// mount and follows every change (lock, unlock, timeout) the background broadcasts. The options page
// and, later, the side panel use it: `const store = useVaultStore(); <VaultLockState store={store} … />`.
import { useEffect, useState } from 'react';
import { messageClient, onVaultChanged } from './client';
import { createVaultStore, type VaultStore } from './store';

export function useVaultStore(given?: VaultStore): VaultStore {
  const [store] = useState(() => given ?? createVaultStore(messageClient()));
  useEffect(() => {
    void store.getState().refresh();
    if (given) return undefined; // a store handed in (tests) has no background to listen to
    return onVaultChanged((status) => {
      store.getState().applyStatus(status);
      if (status.state === 'unlocked' && !store.getState().draft) void store.getState().refresh();
    });
  }, [store, given]);
  return store;
}
