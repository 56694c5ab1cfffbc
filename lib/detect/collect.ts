// collect: every fillable control of a document as a serializable FieldSnapshot
// (ARCHITECTURE: the flow). Runs on any DOM implementation (browser, jsdom, happy-dom): no layout.
import type { FieldOption, FieldSnapshot, LabelText } from '../fields/snapshot';

const CONTROL_SELECTOR = 'input, select, textarea';
const NOT_FILLABLE = new Set(['hidden', 'submit', 'button', 'reset', 'image', 'file', 'password']);

export interface CollectedField {
  snapshot: FieldSnapshot;
  element: Element;
}

function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

function cssEscape(value: string): string {
  return value.replace(/([^a-zA-Z0-9_-])/g, '\\$1').replace(/^(\d)/, '\\3$1 ');
}

/** A selector unique in the element's document: #id when unique, else a path of :nth-of-type. */
export function uniqueSelector(el: Element): string {
  const doc = el.ownerDocument;
  if (el.id) {
    const byId = `#${cssEscape(el.id)}`;
    if (doc.querySelectorAll(byId).length === 1) return byId;
  }
  const parts: string[] = [];
  let node: Element | null = el;
  while (node && node.nodeType === 1 && node !== doc.documentElement) {
    const tag = node.tagName.toLowerCase();
    let index = 1;
    for (let sib = node.previousElementSibling; sib; sib = sib.previousElementSibling) {
      if (sib.tagName === node.tagName) index++;
    }
    parts.unshift(`${tag}:nth-of-type(${index})`);
    node = node.parentElement;
  }
  return `html > ${parts.join(' > ')}`;
}

function labelTexts(el: Element): LabelText[] {
  const doc = el.ownerDocument;
  const out: LabelText[] = [];
  const push = (source: LabelText['source'], text: string | null | undefined) => {
    const t = clean(text);
    if (t) out.push({ source, text: t });
  };
  if (el.id) {
    for (const label of doc.querySelectorAll(`label[for="${el.id.replace(/"/g, '\\"')}"]`)) push('label-for', label.textContent);
  }
  const wrap = el.closest('label');
  if (wrap) push('label-wrap', wrap.textContent);
  for (const id of (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean)) {
    push('aria-labelledby', doc.getElementById(id)?.textContent);
  }
  push('aria-label', el.getAttribute('aria-label'));
  push('title', el.getAttribute('title'));
  push('placeholder', el.getAttribute('placeholder'));
  return out;
}

function optionsOf(el: Element): FieldOption[] {
  if (el.tagName === 'SELECT') {
    return [...(el as HTMLSelectElement).options].map((o) => ({ value: o.value, text: clean(o.textContent) }));
  }
  return [];
}

function sectionsOf(el: Element): string[] {
  const out: string[] = [];
  for (let fs = el.closest('fieldset'); fs; fs = fs.parentElement?.closest('fieldset') ?? null) {
    const legend = fs.querySelector(':scope > legend');
    if (legend) out.unshift(clean(legend.textContent));
  }
  return out;
}

export function collectFields(doc: Document): CollectedField[] {
  const fields: CollectedField[] = [];
  for (const el of doc.querySelectorAll(CONTROL_SELECTOR)) {
    const type = el.tagName === 'INPUT' ? ((el as HTMLInputElement).type || 'text').toLowerCase() : el.tagName === 'SELECT' ? 'select-one' : 'textarea';
    if (NOT_FILLABLE.has(type)) continue;
    const input = el as HTMLInputElement;
    fields.push({
      element: el,
      snapshot: {
        id: `f${fields.length}`,
        selector: uniqueSelector(el),
        frame: 0,
        tag: el.tagName.toLowerCase() as FieldSnapshot['tag'],
        type,
        name: el.getAttribute('name') ?? '',
        htmlId: el.id,
        autocomplete: clean(el.getAttribute('autocomplete')).toLowerCase(),
        labels: labelTexts(el),
        options: optionsOf(el),
        sections: sectionsOf(el),
        required: input.required ?? false,
        readOnly: input.readOnly ?? false,
        disabled: input.disabled ?? false,
      },
    });
  }
  return fields;
}
