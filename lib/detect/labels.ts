// The label routes of one control (HTML-AAM / accname order): <label for>, the wrapping label,
// aria-labelledby, aria-label, title, placeholder. Text found before or around the control
// (preceding text, grid column headers, group labels, sections) is added by collect.
import type { LabelText } from '../fields/snapshot';
import type { ControlAttributes } from './attributes';
import type { Root } from './walk';
import { textOfIdRefs, visibleText } from './text';
import { cleanText } from './words';

/** The wrapping label, unless its for attribute names another control (HTML §4.10.4: for wins). */
function wrappingLabel(wrap: Element | null, id: string): Element | null {
  if (!wrap) return null;
  const target = wrap.getAttribute('for');
  return target === null || target === id ? wrap : null;
}

/** `wrapping`: the innermost label around the control in its own root, as the walk found it (what closest('label') finds). */
export function ownLabels(wrapping: Element | null, attrs: ControlAttributes, root: Root, byFor: Map<string, Element[]>): LabelText[] {
  const out: LabelText[] = [];
  const id = attrs.id ?? '';
  const forLabels = id ? byFor.get(id) : undefined;
  if (forLabels) for (const label of forLabels) push(out, 'label-for', visibleText(label));
  const wrap = wrappingLabel(wrapping, id);
  if (wrap && !forLabels?.includes(wrap)) push(out, 'label-wrap', visibleText(wrap));
  if (attrs.labelledBy) push(out, 'aria-labelledby', textOfIdRefs(root, attrs.labelledBy));
  if (attrs.ariaLabel) push(out, 'aria-label', attrs.ariaLabel);
  if (attrs.title) push(out, 'title', attrs.title);
  if (attrs.placeholder) push(out, 'placeholder', attrs.placeholder);
  return out;
}

/** Adds a label text once per route (two <label for> with the same text are one). */
function push(out: LabelText[], source: LabelText['source'], text: string | null | undefined): void {
  const t = cleanText(text);
  if (!t) return;
  for (const l of out) if (l.text === t && l.source === source) return;
  out.push({ source, text: t });
}

/** The text of a radio's or checkbox's own choice: its label, else its aria-label or value. */
export function choiceText(labels: readonly LabelText[], attrs: ControlAttributes): string {
  const own = labels.find((l) => l.source === 'label-for' || l.source === 'label-wrap' || l.source === 'aria-labelledby' || l.source === 'aria-label');
  return own?.text ?? cleanText(attrs.value);
}
