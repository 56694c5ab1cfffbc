// Can the citizen see and use this control right now? The executor fills nothing else
// (ARCHITECTURE: trust boundaries — never into hidden, zero-size, off-screen, transparent, clipped
// or covered controls). Runs in the browser only: computed styles, layout boxes and hit testing.
// Facts about ancestors (display, opacity, clipping boxes) are cached per checker, so checking 500
// controls of one form computes each ancestor's style once; hit tests are batched (hit-test.ts).
import { coveredAmong, type HitTarget } from './hit-test';
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
  /** The visible part of the inner scrolling boxes around this element's content (auto/scroll). */
  viewForContent: Box | null;
}

const CLIPPING = new Set(['hidden', 'clip']);
const SCROLLING = new Set(['auto', 'scroll']);

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

const boxOf = (r: DOMRect): Box => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });

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

/** The padding box of `el` on the axes whose overflow is in `kinds`; null if neither axis is. */
function paddingBox(el: Element, style: CSSStyleDeclaration, kinds: Set<string>): Box | null {
  const x = kinds.has(style.overflowX);
  const y = kinds.has(style.overflowY);
  if (!x && !y) return null;
  const r = el.getBoundingClientRect();
  const left = r.left + el.clientLeft;
  const top = r.top + el.clientTop;
  return { left: x ? left : -Infinity, right: x ? left + el.clientWidth : Infinity, top: y ? top : -Infinity, bottom: y ? top + el.clientHeight : Infinity };
}

const contains = (b: Box, x: number, y: number) => x >= b.left && x <= b.right && y >= b.top && y <= b.bottom;

export interface VisibilityChecker {
  /** Null when the control can be filled, else why not. */
  check(el: Element): VisibilityRefusal | null;
  /** The same for many controls at once (one batched round of hit tests). */
  checkAll(els: readonly Element[]): Map<Element, VisibilityRefusal | null>;
}

export function createVisibilityChecker(): VisibilityChecker {
  const cache = new Map<Element, Facts>();

  function facts(el: Element): Facts {
    const known = cache.get(el);
    if (known) return known;
    const style = el.ownerDocument.defaultView!.getComputedStyle(el);
    const parent = flatParent(el);
    const up = parent ? facts(parent) : null;
    const own = parseFloat(style.opacity);
    let clip = clipAbove(el, style, parent, 'clipForContent');
    let view = clipAbove(el, style, parent, 'viewForContent');
    if (CLIPPING.has(style.overflowX) || CLIPPING.has(style.overflowY) || style.clip !== 'auto' || style.clipPath !== 'none') {
      const border = boxOf(el.getBoundingClientRect());
      clip = intersect(intersect(intersect(clip, clipRect(style, border)), clipPathInset(style, border)), paddingBox(el, style, CLIPPING));
    }
    // The root scroller moves the viewport itself; only inner scrolling boxes hide content.
    const root = el === el.ownerDocument.documentElement || el === el.ownerDocument.body;
    if (!root) view = intersect(view, paddingBox(el, style, SCROLLING));
    const result: Facts = {
      style,
      displayNone: style.display === 'none' || (up?.displayNone ?? false),
      opacity: (Number.isFinite(own) ? own : 1) * (up?.opacity ?? 1),
      clipForContent: clip,
      viewForContent: view,
    };
    cache.set(el, result);
    return result;
  }

  /**
   * The clip an element inherits: its parent's content clip for in-flow boxes; for absolutely
   * positioned ones, that of their containing block (overflow of static ancestors in between
   * does not clip them); fixed ones escape every ancestor's overflow (CSS 2.1 §11.1.1).
   */
  function clipAbove(el: Element, style: CSSStyleDeclaration, parent: Element | null, which: 'clipForContent' | 'viewForContent'): Box | null {
    if (!parent || style.position === 'fixed') return null;
    if (style.position !== 'absolute') return facts(parent)[which];
    for (let a: Element | null = parent; a; a = flatParent(a)) {
      const f = facts(a);
      if (f.style.position !== 'static' || f.style.transform !== 'none') return f[which];
    }
    return null;
  }

  /** Everything but hit testing; on success, whether the centre is in view of inner scrolling boxes. */
  const docSize = new Map<Document, { width: number; height: number }>();
  function sizeOf(doc: Document): { width: number; height: number } {
    let size = docSize.get(doc);
    if (!size) {
      const view = doc.defaultView!;
      size = { width: Math.max(doc.documentElement.scrollWidth, view.innerWidth), height: Math.max(doc.documentElement.scrollHeight, view.innerHeight) };
      docSize.set(doc, size);
    }
    return size;
  }

  function staticCheck(el: Element): VisibilityRefusal | { x: number; y: number; inScrollView: boolean } {
    const f = facts(el);
    if (f.displayNone) return 'display-none';
    if (f.style.visibility !== 'visible') return 'visibility-hidden';
    if (f.opacity < MIN_OPACITY) return 'transparent';
    const rect = el.getBoundingClientRect();
    if (rect.width < MIN_SIDE_PX || rect.height < MIN_SIDE_PX) return 'zero-size';
    const view = el.ownerDocument.defaultView!;
    const size = sizeOf(el.ownerDocument);
    const [mx, my] = [(rect.left + rect.right) / 2, (rect.top + rect.bottom) / 2];
    const [dx, dy] = [mx + view.scrollX, my + view.scrollY];
    if (dx < 0 || dy < 0 || dx > size.width || dy > size.height) return 'off-screen';
    const border = boxOf(rect);
    const clip = intersect(clipAbove(el, f.style, flatParent(el), 'clipForContent'), intersect(clipRect(f.style, border), clipPathInset(f.style, border)));
    const seen = intersect(clip, border)!;
    if (seen.right - seen.left < MIN_SIDE_PX || seen.bottom - seen.top < MIN_SIDE_PX || !contains(seen, mx, my)) return 'clipped';
    const scrollView = clipAbove(el, f.style, flatParent(el), 'viewForContent');
    return { x: mx, y: my, inScrollView: !scrollView || contains(scrollView, mx, my) };
  }

  function checkAll(els: readonly Element[]): Map<Element, VisibilityRefusal | null> {
    const out = new Map<Element, VisibilityRefusal | null>();
    const toHit: HitTarget[] = [];
    for (const el of els) {
      if (el.matches(':disabled') || el.closest('[inert]')) out.set(el, 'disabled');
      else if ((el as HTMLInputElement).readOnly === true) out.set(el, 'readonly');
      else {
        const s = staticCheck(el);
        if (typeof s === 'string') out.set(el, s);
        else toHit.push({ el, ...s });
      }
    }
    const covered = coveredAmong(toHit);
    for (const { el } of toHit) out.set(el, covered.has(el) ? 'covered' : null);

    // A control in a same-origin frame is only as visible as the frame itself.
    const frames = new Set<Element>();
    for (const [el, refusal] of out) {
      const frame = el.ownerDocument.defaultView?.frameElement;
      if (!refusal && frame) frames.add(frame);
    }
    if (frames.size > 0) {
      const framed = checkAll([...frames]);
      for (const [el, refusal] of out) {
        const frame = el.ownerDocument.defaultView?.frameElement;
        if (!refusal && frame) out.set(el, framed.get(frame) ?? null);
      }
    }

    // A styled checkbox or radio hides the native control behind its visible label (Bootstrap's
    // custom-control, GOV.UK radios): the label the citizen clicks stands for it.
    const proxied = [...out].filter(([el, r]) => r && r !== 'display-none' && r !== 'visibility-hidden' && r !== 'disabled' && r !== 'readonly' && isCheckable(el));
    if (proxied.length > 0) {
      const labels = proxied.flatMap(([el]) => [...((el as HTMLInputElement).labels ?? [])]);
      const labelResults = checkAll(labels);
      for (const [el] of proxied) {
        if ([...((el as HTMLInputElement).labels ?? [])].some((l) => labelResults.get(l) === null)) out.set(el, null);
      }
    }
    return out;
  }

  return {
    check: (el) => checkAll([el]).get(el) ?? null,
    checkAll,
  };
}

function isCheckable(el: Element): boolean {
  const type = (el as HTMLInputElement).type;
  return el.tagName === 'INPUT' && (type === 'checkbox' || type === 'radio');
}
