// The side panel's state (STYLE: zustand, one store per UI surface, built from slices, a factory so
// every test starts fresh). Components read it with useShallow selectors.
import { createStore, type StateCreator } from 'zustand/vanilla';
import { createFillSlice, type FillSlice } from './slices/fill';
import { createGuideSlice, type GuideSlice } from './slices/guide';
import { createLangSlice, type LangSlice } from './slices/lang';
import { createTabSlice, type TabSlice } from './slices/tab';
import { createVaultSlice, type VaultSlice } from './slices/vault';

export type PanelState = TabSlice & GuideSlice & LangSlice & VaultSlice & FillSlice;
export type PanelSlice<T> = StateCreator<PanelState, [], [], T>;
export type { PageState, AnalyseState } from './slices/tab';

export function createPanelStore() {
  return createStore<PanelState>()((...a) => ({
    ...createTabSlice(...a),
    ...createGuideSlice(...a),
    ...createLangSlice(...a),
    ...createVaultSlice(...a),
    ...createFillSlice(...a),
  }));
}

export type PanelStore = ReturnType<typeof createPanelStore>;
