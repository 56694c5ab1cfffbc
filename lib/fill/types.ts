// The fill engine's plain data: what the planner proposes (FillPlan), what the executor did
// (FillOutcome) and how to take it back (UndoRecord). Plan types are serializable: the plan is made
// where the profile is unlocked and travels to the content script. The UndoRecord holds live
// elements and never leaves the content script.
import type { FieldKey } from '../fields/keys';
import type { Lang } from '../portals/types';

/**
 * Which profile person fills which person of the form: `personSlot(person, index)` → a
 * ProfilePerson id, or null for "nobody". Missing slots take the default (see defaultPersonChoice).
 */
export type PersonChoice = Partial<Record<string, string | null>>;

/** How the executor sets a control: its value, a select's option, or ticking a radio/checkbox. */
export type FillKind = 'text' | 'select' | 'check';

export interface PlanItem {
  fieldId: string;
  key: FieldKey;
  /** The ProfilePerson whose value this is. */
  personId: string;
  kind: FillKind;
  /** The string the control receives: its value, the option's value, or the radio/checkbox value. */
  value: string;
  /** What the citizen sees in the preview (the option's text for selects and radios). */
  display: string;
  /** SENSITIVE_KEYS: unticked in the preview; the executor fills it only when confirmed. */
  sensitive: boolean;
}

export type PlanSkipReason =
  /** The classifier did not recognise the field (key null). */
  | 'unknown-field'
  /** Recognised, but with a confidence below the planner's threshold. */
  | 'unsure'
  /** Nobody from the profile is chosen for this person of the form. */
  | 'no-person'
  /** The chosen person has no value for this key (nor one it can be derived from). */
  | 'no-value'
  /** A select, radio group or checkbox has no option meaning the person's value. */
  | 'option-not-found'
  /** Another radio/checkbox of the same group carries the person's value. */
  | 'other-choice'
  /** The control's expected format could not be told (e.g. a date field of 8 characters, no hint). */
  | 'format-unknown'
  /** The formatted value does not fit the control's maxlength; truncating would fill a wrong value. */
  | 'too-long'
  /** A checkbox whose meaning is not clear, or a control type the planner does not fill. */
  | 'unsupported-control';

export interface PlanSkip {
  fieldId: string;
  key: FieldKey | null;
  personId: string | null;
  reason: PlanSkipReason;
  /** A short technical detail for the panel's "why" line (never page text shown as HTML). */
  detail?: string;
}

export interface FillPlan {
  items: PlanItem[];
  skipped: PlanSkip[];
}

export interface PlanOptions {
  /**
   * The form's language, for controls whose snapshot has no lang of its own (de/fr/en); decides
   * default date formats, country names and vocabulary in text fields. Default "de".
   */
  lang?: Lang;
  /** Classifications below this confidence are skipped as "unsure". Default 0.5. */
  minConfidence?: number;
}

/** Why the executor refused or could not fill one field (STYLE: typed outcomes). */
export type ExecuteSkipReason =
  | 'origin-changed'
  | 'cross-origin-frame'
  | 'sensitive-not-confirmed'
  | 'element-missing'
  | 'aborted'
  | VisibilityRefusal;

export type ExecuteFailReason =
  /** The select no longer has the planned option. */
  | 'option-missing'
  /** The page rejected or rewrote the value (it is not what we set after the events). */
  | 'page-rejected'
  /** The element is no input/select/textarea of the planned kind any more. */
  | 'control-changed';

export type FieldOutcome =
  /** rewrittenTo: the page reformatted the value (an input mask); this is what the control holds. */
  | { fieldId: string; status: 'filled'; rewrittenTo?: string }
  | { fieldId: string; status: 'skipped'; reason: ExecuteSkipReason }
  | { fieldId: string; status: 'failed'; reason: ExecuteFailReason };

/** Why a control is not fillable at fill time (lib/fill/visibility.ts). */
export type VisibilityRefusal =
  | 'disabled'
  | 'readonly'
  | 'display-none'
  | 'visibility-hidden'
  | 'transparent'
  | 'zero-size'
  | 'off-screen'
  | 'clipped'
  | 'covered';

export interface UndoEntry {
  fieldId: string;
  element: Element;
  kind: FillKind;
  /** The value (text/select) or checked state before the fill, and what we put there. */
  before: string | boolean;
  after: string | boolean;
  /** For radios: the radio of the same group that was checked before (null: none). */
  previousRadio?: HTMLInputElement | null;
  /** The control's inline outline before highlighting, to put back. */
  outline: { value: string; priority: string; offset: string; offsetPriority: string };
}

export interface UndoRecord {
  entries: UndoEntry[];
}

export interface ExecuteOptions {
  /** The origin the citizen confirmed in the side panel, e.g. "https://videx.diplo.de". */
  expectedOrigin: string;
  /** The document's origin now (content script: location.origin). */
  currentOrigin: string;
  /** Sensitive items the citizen ticked; any other sensitive item is refused. */
  confirmedSensitive?: ReadonlySet<string>;
  /** Highlight filled controls (default true). */
  highlight?: boolean;
  signal?: AbortSignal;
}

export interface ExecuteResult {
  results: FieldOutcome[];
  undo: UndoRecord;
}

export type UndoOutcome =
  | { fieldId: string; status: 'restored' }
  /** radio-not-clearable: the group had no choice before; the panel asks the citizen to check it. */
  | { fieldId: string; status: 'skipped'; reason: 'element-missing' | 'changed-since' | 'radio-not-clearable' | 'page-rejected' };
