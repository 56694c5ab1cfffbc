// The label routes of one control (HTML-AAM / accname order): <label for>, the wrapping label,
// aria-labelledby, aria-label, title, placeholder. Text found before or around the control
// (preceding text, grid column headers, group labels, sections) is added by collect.
import type { LabelText } from '../fields/snapshot';
import type { ControlAttributes } from './attributes';
import type { Root } from './walk';
import { textOfIdRefs, visibleText } from './text';
import { cleanText } from './words';

/** The wrapping label, unless its for attribute names another control (HTML §4.10.4: for wins). */
function wrappingLabel(el: Element, id: string): Element | null {
  const wrap = el.closest('label');
  if (!wrap) return null;
  const target = wrap.getAttribute('for');
  return target === null || target === id ? wrap : null;
}

export function ownLabels(el: Element, attrs: ControlAttributes, root: Root, byFor: Map<string, Element[]>): LabelText[] {
  const out: LabelText[] = [];
  const push = (source: LabelText['source'], text: string | null | undefined) => {
    const t = cleanText(text);
    if (t && !out.some((l) => l.text === t && l.source === source)) out.push({ source, text: t });
  };
  const id = attrs.id ?? '';
  const forLabels = id ? byFor.get(id) : undefined;
  for (const label of forLabels ?? []) push('label-for', visibleText(label));
  const wrap = wrappingLabel(el, id);
  if (wrap && !forLabels?.includes(wrap)) push('label-wrap', visibleText(wrap));
  push('aria-labelledby', textOfIdRefs(root, attrs.labelledBy));
  push('aria-label', attrs.ariaLabel);
  push('title', attrs.title);
  push('placeholder', attrs.placeholder);
  return out;
}

/** The text of a radio's or checkbox's own choice: its label, else its aria-label or value. */
export function choiceText(labels: readonly LabelText[], attrs: ControlAttributes): string {
  const own = labels.find((l) => l.source === 'label-for' || l.source === 'label-wrap' || l.source === 'aria-labelledby' || l.source === 'aria-label');
  return own?.text ?? cleanText(attrs.value);
}
