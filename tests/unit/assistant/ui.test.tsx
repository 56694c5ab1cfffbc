// @vitest-environment happy-dom
// The assistant's two surfaces driven as a user would: the options section (consent, address,
// switch with the permission request, switching off) and the panel's answer (only when on, streamed
// into a polite live region, marked as the AI's, text only, stop, error sentences, locked vault).
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import axe from 'axe-core';
import { AssistantAnswer, type AssistantAnswerDeps } from '@/components/assistant/AssistantAnswer';
import { AssistantSettings } from '@/components/assistant/AssistantSettings';
import { ASSISTANT_TEXTS } from '@/components/assistant/i18n';
import type { AssistantEvent } from '@/lib/assistant/client';
import { assistantSettings, readSettings } from '@/lib/assistant/settings';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | null = null;
let container: HTMLElement;
beforeEach(() => {
  fakeBrowser.reset();
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = '';
});

async function settle() {
  for (let i = 0; i < 10; i++) await act(async () => new Promise((r) => setTimeout(r, 5)));
}

async function render(node: React.ReactNode) {
  root = createRoot(container);
  await act(async () => root!.render(node));
  await settle();
}

const button = (name: string) => [...container.querySelectorAll('button')].find((b) => b.textContent === name);
async function click(el: Element | undefined) {
  if (!el) throw new Error('nothing to click');
  await act(async () => (el as HTMLElement).click());
  await settle();
}

const en = ASSISTANT_TEXTS.en;

describe('AssistantSettings', () => {
  async function typeUrl(value: string) {
    const input = container.querySelector<HTMLInputElement>('input[name="assistant-proxy-url"]')!;
    await act(async () => {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, value);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
  }
  const toggle = () => container.querySelector<HTMLInputElement>('input[role="switch"]')!;

  it('says in each language exactly what is sent and what never is', async () => {
    for (const lang of ['de', 'en', 'fr'] as const) {
      const t = ASSISTANT_TEXTS[lang];
      expect(t.consentSent).toHaveLength(4); // label, help text, portal id, language: explainBody's four fields
      expect(t.consentNever).toHaveLength(2); // profile values, anything typed in the form
    }
    await render(<AssistantSettings lang="en" />);
    const consent = container.querySelector('[data-testid="assistant-consent"]')!.textContent!;
    for (const phrase of ['label', 'help text', 'portal', 'language', 'your profile', 'typed into the form']) expect(consent).toContain(phrase);
    expect(toggle().checked).toBe(false);
    expect(container.textContent).toContain(en.stateOff);
    const results = await axe.run(container);
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });

  it('refuses an unencrypted address without asking for any permission', async () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request');
    await render(<AssistantSettings lang="en" />);
    await typeUrl('http://ki.example.de');
    await click(toggle());
    expect(request).not.toHaveBeenCalled();
    expect(container.textContent).toContain(en.urlProblems.insecure);
    expect((await readSettings()).enabled).toBe(false);
  });

  it('asks for the proxy origin from the click and switches on when granted', async () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true as never);
    await render(<AssistantSettings lang="en" />);
    await typeUrl('https://ki.example.de:8443');
    await click(toggle());
    expect(request).toHaveBeenCalledWith({ origins: ['https://ki.example.de/*'] });
    expect(await readSettings()).toEqual({ enabled: true, proxyUrl: 'https://ki.example.de:8443/' });
    expect(toggle().checked).toBe(true);
    expect(container.textContent).toContain(en.stateOn.replace('{origin}', 'https://ki.example.de:8443'));
  });

  it('stays off with a clear sentence when the permission is denied', async () => {
    vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(false as never);
    await render(<AssistantSettings lang="en" />);
    await typeUrl('https://ki.example.de');
    await click(toggle());
    expect((await readSettings()).enabled).toBe(false);
    expect(toggle().checked).toBe(false);
    expect(container.querySelector('[data-testid="assistant-notice"]')?.textContent).toBe(en.denied.replace('{origin}', 'https://ki.example.de'));
  });

  it('switches off first, then gives the permission back', async () => {
    await assistantSettings.setValue({ enabled: true, proxyUrl: 'https://ki.example.de/' });
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true as never);
    const remove = vi.spyOn(fakeBrowser.permissions, 'remove').mockImplementation(async () => {
      expect((await readSettings()).enabled).toBe(false); // never on without the permission
      return true as never;
    });
    await render(<AssistantSettings lang="en" />);
    expect(toggle().checked).toBe(true);
    await click(toggle());
    expect(remove).toHaveBeenCalledWith({ origins: ['https://ki.example.de/*'] });
    expect((await readSettings()).enabled).toBe(false);
  });
});

describe('AssistantAnswer', () => {
  const props = { label: 'IBAN', help: ['Ihre Bankverbindung für die Erstattung.'], portalId: 'de-videx', fieldKey: 'iban', lang: 'en' };

  /** A scripted answer: yields `events`, waiting for `gate` before the last one when given. */
  function deps(events: AssistantEvent[], own: Awaited<ReturnType<NonNullable<AssistantAnswerDeps['readOwnValues']>>> = { kind: 'ready', values: [] }, gate?: Promise<void>) {
    const ask = vi.fn(async function* (_q: unknown, _v: unknown, _s: unknown, signal: AbortSignal): AsyncGenerator<AssistantEvent> {
      for (const [i, event] of events.entries()) {
        if (gate && i === events.length - 1) {
          await Promise.race([gate, new Promise((r) => signal.addEventListener('abort', r))]);
          if (signal.aborted) {
            yield { kind: 'stopped' };
            return;
          }
        }
        yield event;
      }
    });
    return { ask: ask as unknown as NonNullable<AssistantAnswerDeps['ask']>, readOwnValues: vi.fn(async () => own), spy: ask };
  }

  it('is not there while the assistant is off', async () => {
    const d = deps([]);
    await render(<AssistantAnswer {...props} deps={d} />);
    expect(container.innerHTML).toBe('');
  });

  it('appears when switched on elsewhere, and streams the answer as text into a polite live region marked as AI', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const d = deps([{ kind: 'text', text: 'Enter your IBAN <img src=x onerror=alert(1)>' }, { kind: 'text', text: ', 22 characters.' }, { kind: 'done', cached: false }], undefined, gate);
    await render(<AssistantAnswer {...props} deps={d} />);
    await act(async () => assistantSettings.setValue({ enabled: true, proxyUrl: 'https://ki.example.de/' }));
    await settle();
    await click(button(en.ask));
    const live = container.querySelector('[aria-live="polite"]')!;
    expect(live.getAttribute('aria-busy')).toBe('true');
    expect(live.textContent).toContain(en.aiMark);
    expect(button(en.stop)).toBeDefined();
    release();
    await settle();
    expect(container.querySelector('[data-testid="assistant-text"]')?.textContent).toBe('Enter your IBAN <img src=x onerror=alert(1)>, 22 characters.');
    expect(container.querySelector('img')).toBeNull(); // the model's text never becomes markup
    expect(live.getAttribute('aria-busy')).toBe('false');
    expect(d.spy.mock.calls[0]![0]).toMatchObject({ label: 'IBAN', help: 'Ihre Bankverbindung für die Erstattung.', portalId: 'de-videx', lang: 'en' });
    const results = await axe.run(container);
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });

  it('stops when asked to', async () => {
    await assistantSettings.setValue({ enabled: true, proxyUrl: 'https://ki.example.de/' });
    const d = deps([{ kind: 'text', text: 'Erst' }, { kind: 'done', cached: false }], undefined, new Promise(() => undefined));
    await render(<AssistantAnswer {...props} deps={d} />);
    await click(button(en.ask));
    await click(button(en.stop));
    expect(container.textContent).toContain(en.stopped);
    expect(button(en.askAgain)).toBeDefined();
  });

  it('shows the failure as a sentence to act on', async () => {
    await assistantSettings.setValue({ enabled: true, proxyUrl: 'https://ki.example.de/' });
    const d = deps([{ kind: 'failed', failure: { code: 'rate-limited', retryAfterS: 20 } }]);
    await render(<AssistantAnswer {...props} lang="de" deps={d} />);
    await click(button(ASSISTANT_TEXTS.de.ask));
    expect(container.querySelector('[data-testid="assistant-error"]')?.textContent).toBe('Der KI-Dienst hat gerade zu viele Anfragen. Bitte warten Sie 20 Sekunden und fragen Sie dann erneut.');
  });

  it('does not ask while the vault is locked (its values could not be removed)', async () => {
    await assistantSettings.setValue({ enabled: true, proxyUrl: 'https://ki.example.de/' });
    const d = deps([{ kind: 'done', cached: false }], { kind: 'locked' });
    await render(<AssistantAnswer {...props} deps={d} />);
    await click(button(en.ask));
    expect(d.spy).not.toHaveBeenCalled();
    expect(container.textContent).toContain(en.vaultLocked);
  });
});
