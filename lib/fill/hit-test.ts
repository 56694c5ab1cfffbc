// "Covered at its centre": is the topmost element at the control's centre the control itself?
// Hit testing (elementFromPoint) only answers inside the viewport, so controls below the fold are
// brought into view first — in bands: the window scrolls once per screenful and every control now
// in view is tested, instead of one scroll (and one layout update) per control. Controls hidden in
// an inner scrolling box are scrolled into view one by one. Every scroll position is put back.

export interface HitTarget {
  el: Element;
  /** The control's centre in viewport coordinates, measured before any scrolling. */
  x: number;
  y: number;
  /** False when the centre lies in the hidden part of an inner scrolling box (overflow: auto/scroll). */
  inScrollView: boolean;
}

const INSTANT = 'instant' as ScrollBehavior;

function hitAt(doc: Document, x: number, y: number): Element | null {
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

/** The control, something inside it, or its own label (floating labels, styled checkboxes). */
function isOwnHit(el: Element, hit: Element | null): boolean {
  if (!hit) return false;
  if (hit === el || el.contains(hit)) return true;
  return labelsOf(el).some((label) => label === hit || label.contains(hit));
}

function centreInView(el: Element, view: Window): { x: number; y: number } | null {
  const r = el.getBoundingClientRect();
  const x = (r.left + r.right) / 2;
  const y = (r.top + r.bottom) / 2;
  return x >= 0 && y >= 0 && x < view.innerWidth && y < view.innerHeight ? { x, y } : null;
}

function scrollingAncestors(el: Element): Element[] {
  const out: Element[] = [];
  for (let a = el.parentElement ?? (el.getRootNode() as ShadowRoot).host ?? null; a; a = a.parentElement ?? (a.getRootNode() as ShadowRoot).host ?? null) {
    if (a.scrollTop !== 0 || a.scrollLeft !== 0 || a.scrollHeight > a.clientHeight || a.scrollWidth > a.clientWidth) out.push(a);
  }
  return out;
}

/** One control scrolled into view (inner boxes too), tested, and every scroll put back. */
function testAlone(el: Element, view: Window): boolean {
  const saved = scrollingAncestors(el).map((a) => [a, a.scrollLeft, a.scrollTop] as const);
  const [sx, sy] = [view.scrollX, view.scrollY];
  el.scrollIntoView({ block: 'center', inline: 'center', behavior: INSTANT });
  try {
    const c = centreInView(el, view);
    return c !== null && isOwnHit(el, hitAt(el.ownerDocument, c.x, c.y));
  } finally {
    for (const [a, left, top] of saved) a.scrollTo({ left, top, behavior: INSTANT });
    view.scrollTo({ left: sx, top: sy, behavior: INSTANT });
  }
}

/**
 * The controls whose centre is covered by another element (or cannot be brought into view).
 * Positions are measured once; a window scroll moves every in-flow control alike, so after each
 * scroll the controls now in view are known by arithmetic. A miss is re-measured before it counts
 * (fixed and sticky boxes do not move with the window).
 */
export function coveredAmong(targets: readonly HitTarget[]): Set<Element> {
  const covered = new Set<Element>();
  const byDoc = new Map<Document, HitTarget[]>();
  for (const t of targets) byDoc.set(t.el.ownerDocument, [...(byDoc.get(t.el.ownerDocument) ?? []), t]);

  for (const [doc, list] of byDoc) {
    const view = doc.defaultView;
    if (!view) {
      for (const t of list) covered.add(t.el);
      continue;
    }
    const [sx, sy, w, h] = [view.scrollX, view.scrollY, view.innerWidth, view.innerHeight];
    const inView = (x: number, y: number) => x >= 0 && y >= 0 && x < w && y < h;
    const alone: Element[] = [];
    const test = (el: Element, x: number, y: number) => {
      if (isOwnHit(el, hitAt(doc, x, y))) return;
      const c = centreInView(el, view);
      if (!c || (c.x === x && c.y === y) || !isOwnHit(el, hitAt(doc, c.x, c.y))) covered.add(el);
    };
    const pending: { el: Element; dx: number; dy: number }[] = [];
    for (const t of list) {
      if (!t.inScrollView) alone.push(t.el);
      else if (inView(t.x, t.y)) test(t.el, t.x, t.y);
      else pending.push({ el: t.el, dx: t.x + sx, dy: t.y + sy });
    }
    pending.sort((a, b) => a.dy - b.dy);
    try {
      for (let i = 0; i < pending.length; ) {
        const first = pending[i]!;
        const left = first.dx >= sx && first.dx < sx + w ? sx : Math.max(0, first.dx - w / 2);
        view.scrollTo({ left, top: Math.max(0, first.dy - 20), behavior: INSTANT });
        const [ax, ay] = [view.scrollX, view.scrollY];
        let j = i;
        for (; j < pending.length && pending[j]!.dy - ay < h; j++) {
          const p = pending[j]!;
          if (inView(p.dx - ax, p.dy - ay)) test(p.el, p.dx - ax, p.dy - ay);
          else alone.push(p.el);
        }
        // The window could not bring the first one into view (it is fixed, or the page is shorter).
        if (j === i) alone.push(pending[j++]!.el);
        i = j;
      }
    } finally {
      view.scrollTo({ left: sx, top: sy, behavior: INSTANT });
    }
    for (const el of alone) if (!testAlone(el, view)) covered.add(el);
  }
  return covered;
}
