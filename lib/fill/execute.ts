// execute (content script, DOM; ARCHITECTURE: the flow): the confirmed plan goes into the page,
// only into controls of the confirmed origin that the citizen can see and use, so that the page's
// framework sees the values; returns what happened per field and how to undo it.
import { addHighlight, removeHighlight } from './highlight';
import type { ExecuteOptions, ExecuteResult, FieldOutcome, FillPlan, PlanItem, UndoEntry, UndoOutcome, UndoRecord } from './types';
import { createVisibilityChecker } from './visibility';
import { writeChecked, writeValue } from './write';

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/**
 * The origin of the document a control lives in and of every frame up to ours. Location is
 * unforgeable by page scripts (unlike window.origin); about:blank/srcdoc frames report "null" and
 * are refused, which costs nothing on the portals.
 */
function sameOriginAllTheWay(el: Element, expected: string): boolean {
  for (let doc: Document | null = el.ownerDocument; doc; ) {
    const view: Window | null = doc.defaultView;
    if (!view || view.location.origin !== expected) return false;
    const frame: Element | null = view.frameElement; // null at the top, and when the parent is cross-origin
    if (!frame) return view === view.top || view.parent === view;
    doc = frame.ownerDocument;
  }
  return false;
}

/** Whether the element is still the kind of control the plan was made for. */
function fitsKind(el: Element, item: PlanItem): el is Control {
  const type = (el as HTMLInputElement).type;
  switch (item.kind) {
    case 'select':
      return el.tagName === 'SELECT';
    case 'check':
      return el.tagName === 'INPUT' && (type === 'checkbox' || type === 'radio') && (el as HTMLInputElement).value === item.value;
    case 'text':
      return el.tagName === 'TEXTAREA' || (el.tagName === 'INPUT' && type !== 'checkbox' && type !== 'radio' && type !== 'hidden');
  }
}

function checkedRadioOfGroup(el: HTMLInputElement): HTMLInputElement | null {
  if (!el.name) return el.checked ? el : null;
  // HTML radio button group: same name, same form owner (or none), same tree.
  const root = el.getRootNode() as Document | ShadowRoot;
  for (const other of root.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${CSS.escape(el.name)}"]:checked`)) {
    if (other.form === el.form) return other;
  }
  return null;
}

type Written =
  | { status: 'filled' | 'page-rejected'; entry: Omit<UndoEntry, 'outline'>; rewrittenTo?: string }
  | { status: 'option-missing' };

function fillOne(el: Control, item: PlanItem): Written {
  const base = { fieldId: item.fieldId, element: el, kind: item.kind };
  if (item.kind === 'check') {
    const input = el as HTMLInputElement;
    const previousRadio = input.type === 'radio' ? checkedRadioOfGroup(input) : undefined;
    const before = input.checked;
    const ok = writeChecked(input, true);
    return { status: ok ? 'filled' : 'page-rejected', entry: { ...base, before, after: true, ...(previousRadio !== undefined ? { previousRadio } : {}) } };
  }
  if (item.kind === 'select' && ![...(el as HTMLSelectElement).options].some((o) => o.value === item.value)) return { status: 'option-missing' };
  const before = el.value;
  const after = writeValue(el, item.value);
  const entry = { ...base, before, after };
  if (after === item.value) return { status: 'filled', entry };
  // The page emptied the field or kept its old value: rejected. Anything else is the page's own
  // formatting of our value (input masks add dots, spaces): filled, and the panel shows theirs.
  if (after === '' || after === before) return { status: 'page-rejected', entry };
  return { status: 'filled', entry, rewrittenTo: after };
}

export function executeFill(plan: FillPlan | readonly PlanItem[], elements: ReadonlyMap<string, Element>, options: ExecuteOptions): ExecuteResult {
  const items: readonly PlanItem[] = 'items' in plan ? plan.items : plan;
  const results: FieldOutcome[] = [];
  const undo: UndoRecord = { entries: [] };
  if (options.currentOrigin !== options.expectedOrigin) {
    return { results: items.map((i) => ({ fieldId: i.fieldId, status: 'skipped', reason: 'origin-changed' })), undo };
  }
  // Decide on the page as the citizen confirmed it, before the first write lets the page react.
  const candidates: [PlanItem, Control][] = [];
  for (const item of items) {
    const skip = (reason: Extract<FieldOutcome, { status: 'skipped' }>['reason']) => results.push({ fieldId: item.fieldId, status: 'skipped', reason });
    const el = elements.get(item.fieldId);
    if (options.signal?.aborted) skip('aborted');
    else if (item.sensitive && !options.confirmedSensitive?.has(item.fieldId)) skip('sensitive-not-confirmed');
    else if (!el || !el.isConnected) skip('element-missing');
    else if (!sameOriginAllTheWay(el, options.expectedOrigin)) skip('cross-origin-frame');
    else if (!fitsKind(el, item)) results.push({ fieldId: item.fieldId, status: 'failed', reason: 'control-changed' });
    else candidates.push([item, el]);
  }
  const visibility = createVisibilityChecker().checkAll(candidates.map(([, el]) => el));
  const ready: [PlanItem, Control][] = [];
  for (const [item, el] of candidates) {
    const refusal = visibility.get(el);
    if (refusal) results.push({ fieldId: item.fieldId, status: 'skipped', reason: refusal });
    else ready.push([item, el]);
  }
  for (const [item, el] of ready) {
    if (options.signal?.aborted) {
      results.push({ fieldId: item.fieldId, status: 'skipped', reason: 'aborted' });
      continue;
    }
    const written = fillOne(el, item);
    if (written.status === 'option-missing') {
      results.push({ fieldId: item.fieldId, status: 'failed', reason: 'option-missing' });
      continue;
    }
    // Even a rejected write is recorded: the page may have kept part of it, and undo restores it.
    const mark = written.status === 'filled' && options.highlight !== false;
    const outline = mark ? addHighlight(el) : { value: '', priority: '', offset: '', offsetPriority: '' };
    undo.entries.push({ ...written.entry, outline });
    if (written.status === 'page-rejected') results.push({ fieldId: item.fieldId, status: 'failed', reason: 'page-rejected' });
    else results.push({ fieldId: item.fieldId, status: 'filled', ...(written.rewrittenTo !== undefined ? { rewrittenTo: written.rewrittenTo } : {}) });
  }
  return { results, undo };
}

type Restored = 'restored' | 'radio-not-clearable' | 'page-rejected';

function restoreOne(entry: UndoEntry): Restored {
  const el = entry.element as Control;
  const done = (ok: boolean): Restored => (ok ? 'restored' : 'page-rejected');
  if (entry.kind !== 'check') return done(writeValue(el, entry.before as string) === entry.before);
  const input = el as HTMLInputElement;
  if (input.type === 'checkbox') return done(writeChecked(input, entry.before as boolean));
  if (entry.previousRadio === input) return 'restored';
  // A radio group that had no choice cannot be cleared by a click, and the frameworks' radio
  // accessors (Vue vModelRadio, Angular RadioControlValueAccessor) only learn of a newly checked
  // radio: unchecking behind their back would split DOM and model. The panel asks the citizen.
  if (!entry.previousRadio?.isConnected) return 'radio-not-clearable';
  return done(writeChecked(entry.previousRadio, true));
}

/**
 * Puts back what the fill replaced, newest first, through the same setter + events path, so the
 * framework's state follows. A control the citizen changed since is left alone.
 */
export function undoFill(record: UndoRecord): UndoOutcome[] {
  const outcomes: UndoOutcome[] = [];
  for (const entry of [...record.entries].reverse()) {
    removeHighlight(entry);
    const el = entry.element as Control;
    if (!el.isConnected) {
      outcomes.push({ fieldId: entry.fieldId, status: 'skipped', reason: 'element-missing' });
      continue;
    }
    const now = entry.kind === 'check' ? (el as HTMLInputElement).checked : el.value;
    if (now !== entry.after) {
      outcomes.push({ fieldId: entry.fieldId, status: 'skipped', reason: 'changed-since' });
      continue;
    }
    const restored = restoreOne(entry);
    outcomes.push(restored === 'restored' ? { fieldId: entry.fieldId, status: 'restored' } : { fieldId: entry.fieldId, status: 'skipped', reason: restored });
  }
  record.entries.length = 0;
  return outcomes;
}
