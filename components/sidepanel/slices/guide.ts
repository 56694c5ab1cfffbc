// What the citizen looks at in the field guide: the selected field and the search.
import type { PanelSlice } from '../store';

/** Who selected the field: the page (focus moved there) or the panel (the user chose it here). */
export type SelectedBy = 'page' | 'panel';

export interface GuideSlice {
  /** The selected entry's id (its first control's field id); the selected entry is the open one. */
  selectedFieldId: string | null;
  selectedBy: SelectedBy;
  query: string;
  selectField(fieldId: string | null, by?: SelectedBy): void;
  setQuery(query: string): void;
}

export const createGuideSlice: PanelSlice<GuideSlice> = (set) => ({
  selectedFieldId: null,
  selectedBy: 'page',
  query: '',
  // The page echoes a field the panel just showed (it focuses it): no change, so no scrolling back.
  selectField: (selectedFieldId, selectedBy = 'page') => set((s) => (s.selectedFieldId === selectedFieldId ? {} : { selectedFieldId, selectedBy })),
  setQuery: (query) => set({ query }),
});
