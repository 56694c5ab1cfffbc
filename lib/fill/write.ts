// Writing a control so that the page's framework notices, as if the citizen had typed or clicked.
// React keeps a value tracker on each input instance and ignores an `input` event when the value
// equals what it last saw; the prototype's own setter bypasses that tracker (React DOM
// inputValueTracking), so its onChange fires. Vue's v-model and Angular's DefaultValueAccessor
// listen to `input` (selects, checkboxes and radios: `change`); `blur`/`focusout` mark a control
// touched. Events are composed so listeners beyond a shadow root hear them too.
type ValueControl = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

function nativeValueSetter(el: ValueControl): (this: ValueControl, value: string) => void {
  // The element's own realm: a control in a same-origin frame has that frame's prototypes.
  const view = el.ownerDocument.defaultView as (Window & typeof globalThis) | null;
  if (!view) throw new Error('control has no window');
  const proto = el.tagName === 'SELECT' ? view.HTMLSelectElement.prototype : el.tagName === 'TEXTAREA' ? view.HTMLTextAreaElement.prototype : view.HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  if (!setter) throw new Error(`no native value setter for ${el.tagName}`);
  return setter as (this: ValueControl, value: string) => void;
}

function fire(el: Element, event: Event): void {
  el.dispatchEvent(event);
}

function fireInputAndChange(el: Element, data: string | null): void {
  const view = el.ownerDocument.defaultView as (Window & typeof globalThis) | null;
  const InputEventCtor = view?.InputEvent ?? InputEvent;
  fire(el, new InputEventCtor('input', { bubbles: true, composed: true, inputType: 'insertReplacementText', data }));
  fire(el, new Event('change', { bubbles: true, composed: true }));
}

function fireBlur(el: Element): void {
  fire(el, new FocusEvent('blur', { bubbles: false, composed: true }));
  fire(el, new FocusEvent('focusout', { bubbles: true, composed: true }));
}

/** Sets a text input, textarea or select; returns what the control holds after the page's handlers ran. */
export function writeValue(el: ValueControl, value: string): string {
  nativeValueSetter(el).call(el, value);
  fireInputAndChange(el, el.tagName === 'SELECT' ? null : value);
  fireBlur(el);
  return el.value;
}

/**
 * Ticks or unticks a checkbox, or checks a radio, the way a click does (input + change follow;
 * React listens to the click for these). True when the control is in the wanted state afterwards.
 */
export function writeChecked(el: HTMLInputElement, checked: boolean): boolean {
  if (el.checked !== checked) el.click();
  fireBlur(el);
  return el.checked === checked;
}

