// The content script's part of the engine: execute, undo, highlights — without the planner, so
// the country names and vocabularies (planning data) stay out of the script injected into portals.
export { executeFill, undoFill } from './execute';
export { clearHighlights, FILLED_ATTRIBUTE } from './highlight';
export type { ExecuteOptions, ExecuteResult, FieldOutcome, FillPlan, PlanItem, UndoOutcome, UndoRecord } from './types';
