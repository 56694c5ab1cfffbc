// The plain, serializable objects that flow through the pipeline (ARCHITECTURE: the flow).
// collect (DOM) -> FieldSnapshot[] -> classify (pure) -> Classification[] -> plan -> FillPlan.
import type { FieldKey, Person } from './keys';

/** Where a piece of label text was found. Ordered roughly from most to least reliable. */
export type LabelSource =
  | 'label-for'
  | 'label-wrap'
  | 'aria-labelledby'
  | 'aria-label'
  | 'title'
  | 'placeholder'
  | 'aria-describedby'
  | 'preceding-text'
  | 'legend'
  | 'heading'
  /** Text of the cell in the same column of the row above, in a grid of label and input rows. */
  | 'column-header'
  /** The label of the group the control belongs to: a radio or checkbox group, or adjacent controls
   *  sharing one label (a date in three selects). */
  | 'group';

export interface LabelText {
  source: LabelSource;
  text: string;
}

export interface FieldOption {
  value: string;
  text: string;
}

/** Two option lists with the same values and texts, in the same order. */
export function sameOptions(a: readonly FieldOption[], b: readonly FieldOption[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as FieldOption;
    const y = b[i] as FieldOption;
    if (x.value !== y.value || x.text !== y.text) return false;
  }
  return true;
}

export interface FieldSnapshot {
  /** Stable id within one page load, e.g. "f12"; the content script maps it back to the element. */
  id: string;
  /** A CSS selector unique in the control's own document (shadow hosts joined with " >>> "). */
  selector: string;
  /** Index of the same-origin frame the control lives in; 0 is the top document. */
  frame: number;
  tag: 'input' | 'select' | 'textarea';
  /** Lower-cased type attribute for inputs ("text", "date", "radio"…); "select-one" etc. for selects. */
  type: string;
  name: string;
  htmlId: string;
  autocomplete: string;
  /** Every label text found, by route; `legend` and `heading` carry the section the control sits in. */
  labels: LabelText[];
  /** Options of a select, or the radio/checkbox group this control belongs to. */
  options: FieldOption[];
  /** For radios and checkboxes: the value attribute and the text of this one choice. */
  choice?: FieldOption;
  /** Text of the fieldset legends and section headings around the control, outermost first. */
  sections: string[];
  maxLength?: number;
  pattern?: string;
  inputMode?: string;
  required: boolean;
  readOnly: boolean;
  disabled: boolean;
  /** Text of the page's own hints next to the field (aria-describedby, help buttons), as plain text. */
  help?: string;
  /** The name and id attributes split into normalised words ("txtGebOrt" → "txt geb ort"). */
  words?: string;
  /** A stable id per entry of `sections` (same heading or legend, same id), for repeated blocks. */
  sectionIds?: string[];
  /** Controls next to each other with no text between them share a cluster id (split dates, street + number). */
  cluster?: string;
  /** The language of the control's part of the page (closest lang attribute), lower-case, e.g. "de". */
  lang?: string;
  /** In a grid of input rows under one header row (a children table): the row, 1 for the first. */
  gridRow?: number;
  /** In such a grid, the control's row starts with a text cell (a row header) before it: the rows are questions. */
  rowHeader?: true;
}

/** Which rule decided a field's key (STYLE: every decision records its source). */
export type ClassificationSource =
  | 'portal-rule'
  | 'autocomplete'
  | 'input-type'
  | 'label'
  | 'name-attribute'
  | 'options'
  | 'none';

export interface Classification {
  fieldId: string;
  key: FieldKey | null;
  person: Person;
  /** Index among persons of the same kind (child 0, child 1…), where the form repeats a block. */
  personIndex?: number;
  source: ClassificationSource;
  /** 0..1. A null key carries the confidence of "this is none of ours". */
  confidence: number;
  /** Why: the matched keyword, token or rule id; for null, why nothing matched. */
  reason: string;
  /** The portal's own field id, when a portal rule decided (used to look up portal explanations). */
  portalField?: string;
}
