// A highlight around the field the citizen chose in the side panel. Drawn in our own closed shadow
// root with inline CSSOM styles (allowed under any page CSP), so no page style reaches it and none
// of ours reaches the page; the page's own elements are never modified. Removable at any time.

const Z_TOP = '2147483647';
const RING = '#b3261e';

function setStyles(el: HTMLElement, styles: Record<string, string>): void {
  for (const [name, value] of Object.entries(styles)) el.style.setProperty(name, value, 'important');
}

export interface FieldHighlight {
  /** Draws the ring around these elements (a radio group: all of it), replacing any previous one. */
  show(elements: readonly Element[]): void;
  /** Removes the ring; true when one was shown. */
  clear(): boolean;
  /** The elements currently ringed. */
  readonly current: readonly Element[];
}

export function createHighlight(doc: Document, signal: AbortSignal): FieldHighlight {
  let host: HTMLElement | null = null;
  let box: HTMLElement | null = null;
  let targets: readonly Element[] = [];
  let follow: AbortController | null = null;
  const reducedMotion = () => doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? true;

  function place(): void {
    if (!box) return;
    const rects = targets.filter((t) => t.isConnected).map((t) => t.getBoundingClientRect());
    if (rects.length === 0) return void clear();
    const left = Math.min(...rects.map((r) => r.left));
    const top = Math.min(...rects.map((r) => r.top));
    const right = Math.max(...rects.map((r) => r.right));
    const bottom = Math.max(...rects.map((r) => r.bottom));
    setStyles(box, { left: `${left - 5}px`, top: `${top - 5}px`, width: `${right - left + 10}px`, height: `${bottom - top + 10}px` });
  }

  function clear(): boolean {
    const had = host !== null;
    follow?.abort();
    host?.remove();
    host = box = follow = null;
    targets = [];
    return had;
  }

  function show(elements: readonly Element[]): void {
    clear();
    if (signal.aborted || elements.length === 0) return;
    targets = elements;
    host = doc.createElement('formlotse-highlight');
    setStyles(host, { all: 'initial', position: 'fixed', inset: '0', 'pointer-events': 'none', 'z-index': Z_TOP, display: 'block' });
    const shadow = host.attachShadow({ mode: 'closed' });
    box = doc.createElement('div');
    setStyles(box, {
      position: 'fixed',
      'box-sizing': 'border-box',
      border: `3px solid ${RING}`,
      'border-radius': '6px',
      // A white halo keeps the ring visible on dark and on red page backgrounds.
      'box-shadow': '0 0 0 3px #ffffff, 0 0 0 6px rgba(179, 38, 30, 0.35)',
      'pointer-events': 'none',
    });
    if (!reducedMotion()) setStyles(box, { transition: 'left 120ms ease-out, top 120ms ease-out' });
    shadow.append(box);
    doc.documentElement.append(host);
    place();
    follow = new AbortController();
    const options = { capture: true, passive: true, signal: AbortSignal.any([signal, follow.signal]) };
    const win = doc.defaultView;
    const schedule = () => win?.requestAnimationFrame(place);
    doc.addEventListener('scroll', schedule, options);
    win?.addEventListener('resize', schedule, options);
  }

  signal.addEventListener('abort', () => void clear(), { once: true });
  return {
    show,
    clear,
    get current() {
      return targets;
    },
  };
}
