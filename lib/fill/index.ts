// The fill engine's public API. The side panel (or background) plans where the profile is
// unlocked; the content script executes, undoes and clears highlights — it imports
// lib/fill/in-page.ts, the same functions without the planner's data (11 kB instead of 63 kB).
export { planFill, personSlot, defaultPersonFor, resolvePerson } from './plan';
export { executeFill, undoFill } from './execute';
export { clearHighlights, FILLED_ATTRIBUTE } from './highlight';
export { createVisibilityChecker, MIN_OPACITY, MIN_SIDE_PX } from './visibility';
export type {
  ExecuteFailReason,
  ExecuteOptions,
  ExecuteResult,
  ExecuteSkipReason,
  FieldOutcome,
  FillKind,
  FillPlan,
  PersonChoice,
  PlanItem,
  PlanOptions,
  PlanSkip,
  PlanSkipReason,
  UndoOutcome,
  UndoRecord,
  VisibilityRefusal,
} from './types';
