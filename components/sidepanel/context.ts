// The store reaches components through one React context; components select with useShallow.
import { createContext, useCallback, useContext } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { translate, type MessageName, type Translate } from './i18n';
import type { PanelState, PanelStore } from './store';

export const PanelStoreContext = createContext<PanelStore | null>(null);

export function usePanelStore(): PanelStore {
  const store = useContext(PanelStoreContext);
  if (!store) throw new Error('usePanelStore outside <PanelStoreContext.Provider>');
  return store;
}

/** Selects from the panel store; objects and arrays compare shallowly, so a component re-renders only on real change. */
export function usePanel<T>(selector: (state: PanelState) => T): T {
  return useStore(usePanelStore(), useShallow(selector));
}

/** The translate function of the panel's current language. */
export function useT(): Translate {
  const catalog = usePanel((s) => s.catalog);
  return useCallback((name: MessageName, ...subs: string[]) => translate(catalog, name, subs), [catalog]);
}
