// The fill state of the side panel (a slice of the panel store, STYLE: zustand slices): the unlocked
// profile as the vault gave it, which fields are on screen, who is who, which sensitive values the
// citizen ticked, and what the last fill and undo did. Ticks and choices belong to one page's
// fields: a new set of fields (another page, a re-rendered app) starts from nothing ticked again.
import type { PersonChoice, UndoOutcome } from '@/lib/fill';
import type { FillFieldOutcome } from '@/lib/messaging';
import type { Profile } from '@/lib/profile/types';
import type { PanelSlice } from '@/components/sidepanel/store';

/** Why the panel did not fill, in the citizen's terms (./i18n.ts has the sentences). */
export type FillError =
  /** The page did not answer (it navigated or is reloading). */
  | 'no-answer'
  /** The page reported another address than the tab shows: wait for it to settle. */
  | 'page-moved'
  /** Not a web page Formlotse may fill. */
  | 'no-origin';

export type FillRun =
  | { status: 'idle' }
  | { status: 'filling' }
  /** fieldIds: the fields of this fill (its outcomes are in `outcomes`). */
  | { status: 'filled'; fieldIds: string[] }
  | { status: 'undoing' }
  | { status: 'undone'; outcomes: UndoOutcome[] }
  | { status: 'failed'; error: FillError };

export interface FillSlice {
  /** Which page's fields the ticks, choices and outcomes belong to (preview.ts reportKey). */
  fillKey: string | null;
  /** The decrypted profile while the vault is open; null when locked. Never stored anywhere. */
  profile: Profile | null;
  /** Field ids shown on the page now (null: not known yet, e.g. the page did not answer). */
  shown: readonly string[] | null;
  choice: PersonChoice;
  /** Sensitive fields the citizen ticked. Every sensitive value starts unticked. */
  ticked: Readonly<Record<string, boolean>>;
  previewOpen: boolean;
  /** On a site that is not a known portal: the citizen confirmed the origin shown to them. */
  siteConfirmed: boolean;
  run: FillRun;
  /** The latest outcome per field of this page (fills of several steps add up). */
  outcomes: Readonly<Record<string, FillFieldOutcome>>;
  followReport(key: string): void;
  setProfile(profile: Profile | null): void;
  setShown(shown: readonly string[] | null): void;
  choosePerson(slot: string, personId: string | null): void;
  tick(fieldId: string, ticked: boolean): void;
  setPreviewOpen(open: boolean): void;
  confirmSite(confirmed: boolean): void;
  setRun(run: FillRun): void;
  recordFill(results: readonly FillFieldOutcome[]): void;
  recordUndo(outcomes: readonly UndoOutcome[]): void;
}

const FRESH = { choice: {}, ticked: {}, siteConfirmed: false, run: { status: 'idle' } as FillRun, outcomes: {} };

export const createFillSlice: PanelSlice<FillSlice> = (set) => ({
  fillKey: null,
  profile: null,
  shown: null,
  previewOpen: false,
  ...FRESH,
  followReport: (key) => set((s) => (s.fillKey === key ? {} : { fillKey: key, shown: null, ...FRESH })),
  // Locking drops the plan with the profile; what was filled stays reported.
  setProfile: (profile) => set(profile ? { profile } : { profile: null, ticked: {} }),
  setShown: (shown) => set({ shown }),
  choosePerson: (slot, personId) => set((s) => ({ choice: { ...s.choice, [slot]: personId } })),
  tick: (fieldId, ticked) => set((s) => ({ ticked: { ...s.ticked, [fieldId]: ticked } })),
  setPreviewOpen: (previewOpen) => set({ previewOpen }),
  confirmSite: (siteConfirmed) => set({ siteConfirmed }),
  setRun: (run) => set({ run }),
  recordFill: (results) =>
    set((s) => ({
      outcomes: { ...s.outcomes, ...Object.fromEntries(results.map((r) => [r.fieldId, r])) },
      run: { status: 'filled', fieldIds: results.map((r) => r.fieldId) },
      // A sensitive value is confirmed for one fill: the next one asks again.
      ticked: {},
    })),
  recordUndo: (outcomes) =>
    set((s) => {
      const left = { ...s.outcomes };
      for (const o of outcomes) if (o.status === 'restored') delete left[o.fieldId];
      return { outcomes: left, run: { status: 'undone', outcomes: [...outcomes] } };
    }),
});
