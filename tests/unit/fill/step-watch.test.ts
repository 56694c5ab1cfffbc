// @vitest-environment jsdom
// The content script's step watch (entrypoints/portal.content/step-watch.ts): a wizard's next step
// and a re-rendered app are seen, once they settled; text, unrelated elements and our own marks are not.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { watchSteps } from '@/entrypoints/portal.content/step-watch';

const SETTLE = 20;
let calls: number;
let controller: AbortController;
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeEach(() => {
  document.body.innerHTML = `
    <div id="step1" style="display: block"><input name="a"></div>
    <div id="step2" style="display: none"><input name="b"></div>
    <p id="text">Hallo</p><div id="spinner" class="x"></div>`;
  calls = 0;
  controller = new AbortController();
  const ctx = { signal: controller.signal, setTimeout: (fn: () => void, ms?: number) => window.setTimeout(fn, ms) };
  watchSteps(document, ctx, () => calls++, SETTLE);
});
afterEach(() => controller.abort());

describe('watchSteps', () => {
  it('calls back once after a wizard shows its next step', async () => {
    document.getElementById('step1')!.style.display = 'none';
    document.getElementById('step2')!.style.display = 'block';
    await wait(SETTLE / 2);
    expect(calls).toBe(0); // not before the page settled
    await wait(SETTLE * 3);
    expect(calls).toBe(1);
  });

  it('sees controls an app adds or removes', async () => {
    document.getElementById('step1')!.append(Object.assign(document.createElement('select'), { name: 'c' }));
    await wait(SETTLE * 3);
    document.getElementById('step2')!.remove();
    await wait(SETTLE * 3);
    expect(calls).toBe(2);
  });

  it('ignores text, elements without controls and our own marks', async () => {
    document.getElementById('text')!.textContent = 'Tschüss';
    document.getElementById('spinner')!.className = 'y';
    document.body.append(document.createElement('formlotse-highlight'));
    const input = document.querySelector('input')!;
    input.setAttribute('data-formlotse-filled', '');
    input.style.outline = '2px solid green';
    await wait(SETTLE * 3);
    expect(calls).toBe(0);
  });

  it('stops with the content script context', async () => {
    controller.abort();
    document.getElementById('step1')!.hidden = true;
    await wait(SETTLE * 3);
    expect(calls).toBe(0);
  });
});
