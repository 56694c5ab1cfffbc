// The side panel's state (STYLE: zustand, one store per UI surface, a factory so tests start fresh).
import { createStore } from 'zustand/vanilla';
import type { PageReport } from '@/lib/detect/analyse';

export type PageState =
  | { status: 'loading' }
  | { status: 'no-page'; reason: string }
  | { status: 'ready'; report: PageReport };

export interface PanelState {
  tabId: number | null;
  page: PageState;
  selectedFieldId: string | null;
  setTab(tabId: number | null): void;
  setPage(page: PageState): void;
  selectField(fieldId: string | null): void;
}

export function createPanelStore() {
  return createStore<PanelState>()((set) => ({
    tabId: null,
    page: { status: 'loading' },
    selectedFieldId: null,
    setTab: (tabId) => set({ tabId }),
    setPage: (page) => set({ page }),
    selectField: (selectedFieldId) => set({ selectedFieldId }),
  }));
}

export type PanelStore = ReturnType<typeof createPanelStore>;
