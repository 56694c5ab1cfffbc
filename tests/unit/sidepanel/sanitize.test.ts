// @vitest-environment jsdom
// The page's help is hostile markup: what survives sanitizePageHelp (components/sidepanel/sanitize.ts).
import { describe, expect, it } from 'vitest';
import { sanitizePageHelp } from '@/components/sidepanel/sanitize';

const PAGE = 'https://videx.diplo.de/videx/visum-erfassung/antrag';
function clean(html: string): HTMLElement {
  const box = document.createElement('div');
  box.innerHTML = sanitizePageHelp(html, PAGE);
  return box;
}

describe('sanitizePageHelp', () => {
  it('drops images (onerror, tracking pixels), scripts, styles, frames, forms and event handlers', () => {
    const box = clean(`<img src="x" onerror="alert(1)">Hinweis<script>alert(2)</script><style>body{display:none}</style>
      <iframe src="https://evil.example"></iframe><form action="https://evil.example"><input name="p"></form>
      <b onclick="alert(3)" onmouseover="alert(4)">fett</b><svg><script>alert(5)</script></svg>`);
    expect(box.querySelectorAll('img, script, style, iframe, form, input, svg')).toHaveLength(0);
    expect(box.innerHTML).not.toMatch(/on(error|click|mouseover)|alert/);
    expect(box.textContent).toContain('Hinweis');
    expect(box.querySelector('b')?.textContent).toBe('fett');
  });

  it('keeps https links only, opening in a new tab without opener or referrer', () => {
    const box = clean(`<a href="javascript:alert(1)">a</a><a href="JaVaScRiPt:alert(1)">b</a><a href="data:text/html,<script>alert(1)</script>">c</a>
      <a href="http://videx.diplo.de/hilfe">d</a><a href="https://www.auswaertiges-amt.de/visa">e</a>`);
    const links = [...box.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual([null, null, null, null, 'https://www.auswaertiges-amt.de/visa']);
    expect(links[4]!.getAttribute('target')).toBe('_blank');
    expect(links[4]!.getAttribute('rel')).toBe('noopener noreferrer');
    // The text of a refused link stays readable.
    expect(box.textContent?.replace(/\s+/g, '')).toBe('abcde');
  });

  it('resolves the page’s relative links against the page, not the extension', () => {
    const box = clean('<a href="/videx/hilfe#geburtsort">Hilfe</a>');
    expect(box.querySelector('a')?.getAttribute('href')).toBe('https://videx.diplo.de/videx/hilfe#geburtsort');
  });

  it('drops ids, classes, styles and data attributes that could clash with the panel', () => {
    const box = clean('<p id="guide-heading" class="field" style="position:fixed" data-x="1" aria-hidden="true">Text</p>');
    const p = box.querySelector('p')!;
    expect([...p.attributes].map((a) => a.name)).toEqual([]);
  });

  it('keeps simple formatting and lists', () => {
    const box = clean('<p>Bitte <strong>genau</strong> so:</p><ul><li>eins</li><li>zwei</li></ul>');
    expect(box.innerHTML).toBe('<p>Bitte <strong>genau</strong> so:</p><ul><li>eins</li><li>zwei</li></ul>');
  });
});
