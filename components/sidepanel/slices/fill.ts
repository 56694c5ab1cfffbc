// Each field's fill state. Only "not filled" exists until the fill preview (issue 7) plugs in here:
// it adds states (planned with a value to confirm, filled, skipped with a reason) and sets them
// per field id; FieldFill.tsx shows whatever this slice holds.
import type { PanelSlice } from '../store';

export type FieldFillState = { status: 'not-filled' };

export const NOT_FILLED: FieldFillState = { status: 'not-filled' };

export interface FillSlice {
  /** Fill state by field id; a field missing here is not filled. */
  fill: Readonly<Record<string, FieldFillState>>;
  setFill(fill: Readonly<Record<string, FieldFillState>>): void;
}

export const createFillSlice: PanelSlice<FillSlice> = (set) => ({
  fill: {},
  setFill: (fill) => set({ fill }),
});
