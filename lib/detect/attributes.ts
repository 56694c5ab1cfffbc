// The attributes collect reads of one control, read once: getAttributeNames() and then only the
// attributes the control has, instead of a getAttribute() call for each of the seventeen it might
// have (most controls carry two to five; every DOM call costs more than a property read in JS).
// Names are compared as the HTML parser stores them, lower case; in XML documents getAttribute is
// case-sensitive too, so both ways read the same attributes.

export class ControlAttributes {
  name: string | null = null;
  id: string | null = null;
  type: string | null = null;
  value: string | null = null;
  autocomplete: string | null = null;
  describedBy: string | null = null;
  labelledBy: string | null = null;
  ariaLabel: string | null = null;
  title: string | null = null;
  placeholder: string | null = null;
  ariaRequired: string | null = null;
  maxLength: string | null = null;
  pattern: string | null = null;
  inputMode: string | null = null;
  required = false;
  readOnly = false;
  disabled = false;
  multiple = false;
  /** A lang attribute is present (its value is read once per holder, by collect). */
  lang = false;
}

export function readControlAttributes(el: Element): ControlAttributes {
  const a = new ControlAttributes();
  for (const n of el.getAttributeNames()) {
    switch (n) {
      case 'name': a.name = el.getAttribute(n); break;
      case 'id': a.id = el.getAttribute(n); break;
      case 'type': a.type = el.getAttribute(n); break;
      case 'value': a.value = el.getAttribute(n); break;
      case 'autocomplete': a.autocomplete = el.getAttribute(n); break;
      case 'aria-describedby': a.describedBy = el.getAttribute(n); break;
      case 'aria-labelledby': a.labelledBy = el.getAttribute(n); break;
      case 'aria-label': a.ariaLabel = el.getAttribute(n); break;
      case 'title': a.title = el.getAttribute(n); break;
      case 'placeholder': a.placeholder = el.getAttribute(n); break;
      case 'aria-required': a.ariaRequired = el.getAttribute(n); break;
      case 'maxlength': a.maxLength = el.getAttribute(n); break;
      case 'pattern': a.pattern = el.getAttribute(n); break;
      case 'inputmode': a.inputMode = el.getAttribute(n); break;
      case 'required': a.required = true; break;
      case 'readonly': a.readOnly = true; break;
      case 'disabled': a.disabled = true; break;
      case 'multiple': a.multiple = true; break;
      case 'lang': a.lang = true; break;
    }
  }
  return a;
}
