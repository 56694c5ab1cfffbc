// @vitest-environment happy-dom
// The ring around a field on the page (entrypoints/portal.content/highlight.ts): drawn in our own
// element, never by touching the page's elements, and removable at any time.
import { beforeEach, describe, expect, it } from 'vitest';
import { createHighlight } from '@/entrypoints/portal.content/highlight';

const snapshotOf = (el: Element) => [...el.attributes].map((a) => `${a.name}=${a.value}`).join(' ');

describe('createHighlight', () => {
  let input: HTMLInputElement;
  beforeEach(() => {
    for (const old of document.querySelectorAll('formlotse-highlight')) old.remove();
    document.body.innerHTML = '<form><label for="a">Ort</label><input id="a" class="page-field" style="color: red"></form>';
    input = document.querySelector('#a')!;
  });

  it('rings a field without changing the page’s element, and clears without a trace', () => {
    const before = snapshotOf(input);
    const htmlBefore = document.body.innerHTML;
    const highlight = createHighlight(document, new AbortController().signal);
    highlight.show([input]);
    expect(document.querySelectorAll('formlotse-highlight')).toHaveLength(1);
    expect(highlight.current).toEqual([input]);
    expect(snapshotOf(input)).toBe(before);
    expect(document.body.innerHTML).toBe(htmlBefore);
    expect(highlight.clear()).toBe(true);
    expect(document.querySelectorAll('formlotse-highlight')).toHaveLength(0);
    expect(highlight.clear()).toBe(false);
  });

  it('shows one ring at a time', () => {
    const highlight = createHighlight(document, new AbortController().signal);
    highlight.show([input]);
    highlight.show([input]);
    expect(document.querySelectorAll('formlotse-highlight')).toHaveLength(1);
  });

  it('goes away when the content script is invalidated, and draws nothing after', () => {
    const ctl = new AbortController();
    const highlight = createHighlight(document, ctl.signal);
    highlight.show([input]);
    ctl.abort();
    expect(document.querySelectorAll('formlotse-highlight')).toHaveLength(0);
    highlight.show([input]);
    expect(document.querySelectorAll('formlotse-highlight')).toHaveLength(0);
  });

  it('keeps the page’s styles out: the ring lives in a closed shadow root with inline styles', () => {
    const highlight = createHighlight(document, new AbortController().signal);
    highlight.show([input]);
    const host = document.querySelector('formlotse-highlight') as HTMLElement;
    expect(host.shadowRoot).toBeNull(); // closed: the page cannot reach in
    expect(host.style.getPropertyValue('pointer-events')).toBe('none');
    expect(host.style.getPropertyPriority('all')).toBe('important');
  });
});
