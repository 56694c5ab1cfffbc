// Can the citizen see and use this control right now? The executor fills nothing else
// (ARCHITECTURE: trust boundaries — never into hidden, zero-size, off-screen, transparent, clipped
// or covered controls). Runs in the browser only: computed styles, layout boxes and hit testing.
// Facts about ancestors (display, opacity, clipping box) are cached per checker, so checking 500
// controls of one form computes each ancestor's style once.
import type { VisibilityRefusal } from './types';

/** Controls smaller than this on a side cannot be seen or hit (the "sr-only" 1px trick included). */
export const MIN_SIDE_PX = 4;
/** Opacity below this, on the control or multiplied down its ancestors, counts as invisible. */
export const MIN_OPACITY = 0.1;

interface Box { left: number; top: number; right: number; bottom: number }

interface Facts {
  style: CSSStyleDeclaration;
  displayNone: boolean;
  /** Product of the opacities of this element and its ancestors. */
  opacity: number;
  /** The box this element's in-flow content is clipped to (viewport coordinates), null = unclipped. */
  clipForContent: Box | null;
}

const CLIPPING_OVERFLOW = new Set(['hidden', 'clip']);

function flatParent(el: Element): Element | null {
  if (el.assignedSlot) return el.assignedSlot;
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode() as Node & { host?: Element };
  return root.host ?? null;
}

function intersect(a: Box | null, b: Box | null): Box | null {
  if (!a) return b;
  if (!b) return a;
  return { left: Math.max(a.left, b.left), top: Math.max(a.top, b.top), right: Math.min(a.right, b.right), bottom: Math.min(a.bottom, b.bottom) };
}

function boxOf(r: DOMRect): Box {
  return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
}

/** `clip: rect(t, r, b, l)` of an absolutely positioned element, relative to its border box. */
function clipRect(style: CSSStyleDeclaration, border: Box): Box | null {
  if (style.position !== 'absolute' && style.position !== 'fixed') return null;
  const m = /^rect\(([^)]*)\)$/.exec(style.clip || '');
  if (!m) return null;
  const [t, r, b, l] = m[1]!.split(/[,\s]+/).map((v) => (v === 'auto' ? null : parseFloat(v)));
  return {
    top: border.top + (t ?? 0),
    right: r == null ? border.right : border.left + r,
    bottom: b == null ? border.bottom : border.top + b,
    left: border.left + (l ?? 0),
  };
}

/** `clip-path: inset(…)`; other shapes are left to hit testing, which honours them. */
function clipPathInset(style: CSSStyleDeclaration, border: Box): Box | null {
  const m = /^inset\(([^)]*?)(?:\s+round\s[^)]*)?\)/.exec(style.clipPath || '');
  if (!m) return null;
  const w = border.right - border.left;
  const h = border.bottom - border.top;
  const raw = m[1]!.trim().split(/\s+/);
  const [t, r, b, l] = [raw[0], raw[1] ?? raw[0], raw[2] ?? raw[0], raw[3] ?? raw[1] ?? raw[0]];
  const len = (v: string | undefined, of: number) => (v?.endsWith('%') ? (parseFloat(v) / 100) * of : parseFloat(v ?? '0') || 0);
  return { top: border.top + len(t, h), right: border.right - len(r, w), bottom: border.bottom - len(b, h), left: border.left + len(l, w) };
}

export interface VisibilityChecker {
  /** Null when the control can be filled, else why not. */
  check(el: Element): VisibilityRefusal | null;
}

export function createVisibilityChecker(): VisibilityChecker {
  const cache = new Map<Element, Facts>();

  function facts(el: Element): Facts {
    const known = cache.get(el);
    if (known) return known;
    const view = el.ownerDocument.defaultView!;
    const style = view.getComputedStyle(el);
    const parent = flatParent(el);
    const up = parent ? facts(parent) : null;
    const own = parseFloat(style.opacity);
    const border = CLIPPING_OVERFLOW.has(style.overflowX) || CLIPPING_OVERFLOW.has(style.overflowY) || style.clip !== 'auto' || style.clipPath !== 'none'
      ? boxOf(el.getBoundingClientRect())
      : null;
    let clip = clipAbove(el, style, parent);
    if (border) {
      clip = intersect(clip, clipRect(style, border));
      clip = intersect(clip, clipPathInset(style, border));
      if (CLIPPING_OVERFLOW.has(style.overflowX) || CLIPPING_OVERFLOW.has(style.overflowY)) {
        // The padding box clips the content; one axis may stay visible.
        const left = border.left + el.clientLeft;
        const top = border.top + el.clientTop;
        clip = intersect(clip, {
          left: CLIPPING_OVERFLOW.has(style.overflowX) ? left : -Infinity,
          right: CLIPPING_OVERFLOW.has(style.overflowX) ? left + el.clientWidth : Infinity,
          top: CLIPPING_OVERFLOW.has(style.overflowY) ? top : -Infinity,
          bottom: CLIPPING_OVERFLOW.has(style.overflowY) ? top + el.clientHeight : Infinity,
        });
      }
    }
    const result: Facts = {
      style,
      displayNone: style.display === 'none' || (up?.displayNone ?? false),
      opacity: (Number.isFinite(own) ? own : 1) * (up?.opacity ?? 1),
      clipForContent: clip,
    };
    cache.set(el, result);
    return result;
  }

  /**
   * The clip an element inherits: its parent's content clip for in-flow boxes; for absolutely
   * positioned ones, the clip of their containing block (overflow of static ancestors in between
   * does not clip them); fixed ones escape every ancestor's overflow (CSS 2.1 §11.1.1).
   */
  function clipAbove(el: Element, style: CSSStyleDeclaration, parent: Element | null): Box | null {
    if (!parent) return null;
    if (style.position === 'fixed') return null;
    if (style.position !== 'absolute') return facts(parent).clipForContent;
    for (let a: Element | null = parent; a; a = flatParent(a)) {
      const f = facts(a);
      if (f.style.position !== 'static' || f.style.transform !== 'none') return f.clipForContent;
    }
    return null;
  }

  function hitTarget(doc: Document, x: number, y: number): Element | null {
    let hit = doc.elementFromPoint(x, y);
    // Descend open shadow roots: the document answers with the host (shadow-aware hit testing).
    while (hit?.shadowRoot) {
      const inner = hit.shadowRoot.elementFromPoint(x, y);
      if (!inner || inner === hit) break;
      hit = inner;
    }
    return hit;
  }

  function labelsOf(el: Element): Element[] {
    const labels = (el as HTMLInputElement).labels;
    return labels ? [...labels] : [];
  }

  function isOwnHit(el: Element, hit: Element | null): boolean {
    if (!hit) return false;
    if (hit === el || el.contains(hit)) return true;
    // The control's own label over it (floating labels, styled checkboxes) is part of the control.
    return labelsOf(el).some((label) => label === hit || label.contains(hit));
  }

  /** Scrolls the control into view just for the hit test, then puts every scroll position back. */
  function withInView<T>(el: Element, test: () => T): T {
    const view = el.ownerDocument.defaultView!;
    const saved: [Element, number, number][] = [];
    for (let a = flatParent(el); a; a = flatParent(a)) {
      if (a.scrollTop !== 0 || a.scrollLeft !== 0 || facts(a).style.overflow !== 'visible') saved.push([a, a.scrollLeft, a.scrollTop]);
    }
    const [sx, sy] = [view.scrollX, view.scrollY];
    el.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' as ScrollBehavior });
    try {
      return test();
    } finally {
      for (const [a, left, top] of saved) a.scrollTo({ left, top, behavior: 'instant' as ScrollBehavior });
      view.scrollTo({ left: sx, top: sy, behavior: 'instant' as ScrollBehavior });
    }
  }

  function checkBox(el: Element): VisibilityRefusal | null {
    const f = facts(el);
    if (f.displayNone || el.getClientRects().length === 0) return 'display-none';
    if (f.style.visibility !== 'visible') return 'visibility-hidden';
    if (f.opacity < MIN_OPACITY) return 'transparent';
    const rect = el.getBoundingClientRect();
    if (rect.width < MIN_SIDE_PX || rect.height < MIN_SIDE_PX) return 'zero-size';
    const view = el.ownerDocument.defaultView!;
    const root = el.ownerDocument.documentElement;
    const cx = (rect.left + rect.right) / 2 + view.scrollX;
    const cy = (rect.top + rect.bottom) / 2 + view.scrollY;
    if (cx < 0 || cy < 0 || cx > Math.max(root.scrollWidth, view.innerWidth) || cy > Math.max(root.scrollHeight, view.innerHeight)) return 'off-screen';
    const clip = intersect(clipAbove(el, f.style, flatParent(el)), intersect(clipRect(f.style, boxOf(rect)), clipPathInset(f.style, boxOf(rect))));
    const seen = intersect(clip, boxOf(rect))!;
    const [mx, my] = [(rect.left + rect.right) / 2, (rect.top + rect.bottom) / 2];
    if (seen.right - seen.left < MIN_SIDE_PX || seen.bottom - seen.top < MIN_SIDE_PX || mx < seen.left || mx > seen.right || my < seen.top || my > seen.bottom) return 'clipped';
    const test = () => {
      const r = el.getBoundingClientRect();
      return isOwnHit(el, hitTarget(el.ownerDocument, (r.left + r.right) / 2, (r.top + r.bottom) / 2));
    };
    const inViewport = mx >= 0 && my >= 0 && mx < view.innerWidth && my < view.innerHeight;
    if (!(inViewport ? test() : withInView(el, test))) return 'covered';
    // A control in a same-origin frame is only as visible as the frame itself.
    const frame = el.ownerDocument.defaultView?.frameElement;
    return frame ? checkBox(frame) : null;
  }

  return {
    check(el: Element): VisibilityRefusal | null {
      if (el.matches(':disabled') || el.closest('[inert]')) return 'disabled';
      if ((el as HTMLInputElement).readOnly === true) return 'readonly';
      const refusal = checkBox(el);
      // A styled checkbox or radio hides the native control behind its visible label (Bootstrap's
      // custom-control, GOV.UK radios): the label the citizen clicks stands for it.
      const type = (el as HTMLInputElement).type;
      if (refusal && refusal !== 'display-none' && refusal !== 'visibility-hidden' && (type === 'checkbox' || type === 'radio')) {
        if (labelsOf(el).some((label) => checkBox(label) === null)) return null;
      }
      return refusal;
    },
  };
}
