// Marks filled controls on the page so the citizen sees what Formlotse wrote, and takes the mark
// off again. An inline outline (not a page stylesheet) reaches controls inside shadow roots; the
// control's own inline outline is remembered and put back.
import type { UndoEntry, UndoRecord } from './types';

export const FILLED_ATTRIBUTE = 'data-formlotse-filled';
const OUTLINE = '2px solid #0b7a3b';

export function addHighlight(el: Element): UndoEntry['outline'] {
  const style = (el as HTMLElement).style;
  const saved = {
    value: style.getPropertyValue('outline'),
    priority: style.getPropertyPriority('outline'),
    offset: style.getPropertyValue('outline-offset'),
    offsetPriority: style.getPropertyPriority('outline-offset'),
  };
  el.setAttribute(FILLED_ATTRIBUTE, '');
  style.setProperty('outline', OUTLINE, 'important');
  style.setProperty('outline-offset', '1px', 'important');
  return saved;
}

export function removeHighlight(entry: UndoEntry): void {
  const { element, outline } = entry;
  if (!element.hasAttribute(FILLED_ATTRIBUTE)) return;
  const style = (element as HTMLElement).style;
  element.removeAttribute(FILLED_ATTRIBUTE);
  if (outline.value) style.setProperty('outline', outline.value, outline.priority);
  else style.removeProperty('outline');
  if (outline.offset) style.setProperty('outline-offset', outline.offset, outline.offsetPriority);
  else style.removeProperty('outline-offset');
  if (style.length === 0) element.removeAttribute('style');
}

/** Removes the marks of one fill (the page keeps the values). */
export function clearHighlights(record: UndoRecord): void {
  for (const entry of record.entries) removeHighlight(entry);
}
