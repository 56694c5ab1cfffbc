// @vitest-environment happy-dom
// The options page's vault section driven like a user would: create, edit with inline validation,
// save, lock, unlock (wrong and right passphrase). The store talks to a real vault service on
// in-memory storage, so what the UI does is what gets stored.
import { afterEach, describe, expect, it } from 'vitest';
import axe from 'axe-core';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { OptionsApp } from '@/components/options/OptionsApp';
import { createVaultStore } from '@/components/vault/store';
import { serviceClient } from '@/lib/vault/protocol';
import { VAULT_KEY } from '@/lib/vault/vault-store';
import { findLeaks } from './encodings';
import { makeVault, PASSPHRASE } from './fixtures';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = '';
});

async function mount(lang: 'de' | 'en' | 'fr' = 'en') {
  const vault = makeVault();
  const store = createVaultStore(serviceClient(vault.service), () => new Date(vault.clock.now));
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () => root!.render(<OptionsApp lang={lang} vaultStore={store} />));
  await settle();
  return { ...vault, store, container };
}

async function settle() {
  for (let i = 0; i < 20; i++) await act(async () => new Promise((r) => setTimeout(r, 5)));
}

function byLabel(container: HTMLElement, label: string): HTMLInputElement | HTMLSelectElement {
  const l = [...container.querySelectorAll('label')].find((x) => x.textContent === label);
  if (!l) throw new Error(`no label "${label}"`);
  const el = container.querySelector<HTMLInputElement | HTMLSelectElement>(`#${CSS.escape(l.htmlFor)}`);
  if (!el) throw new Error(`label "${label}" points nowhere`);
  return el;
}

async function type(el: HTMLInputElement | HTMLSelectElement, value: string) {
  const proto = el instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
  await act(async () => {
    Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(el, value);
    el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  });
}

async function blur(el: HTMLElement) {
  await act(async () => el.dispatchEvent(new FocusEvent('focusout', { bubbles: true })));
}

async function press(container: HTMLElement, name: string) {
  const button = [...container.querySelectorAll('button')].find((b) => b.textContent === name);
  if (!button) throw new Error(`no button "${name}"`);
  await act(async () => button.click());
  await settle();
}

const alertText = (c: HTMLElement) => c.querySelector('[role="alert"]')?.textContent ?? '';

describe('vault section of the options page', () => {
  it('creates a vault, validates inline, saves, locks and unlocks', async () => {
    const { container, local } = await mount('en');
    expect(container.textContent).toContain('No vault yet');

    await type(byLabel(container, 'Passphrase'), PASSPHRASE);
    await type(byLabel(container, 'Repeat the passphrase'), `${PASSPHRASE}x`);
    await press(container, 'Create vault');
    expect(alertText(container)).toBe('The two passphrases differ. Please type them again.');
    await type(byLabel(container, 'Passphrase'), PASSPHRASE);
    await type(byLabel(container, 'Repeat the passphrase'), PASSPHRASE);
    await press(container, 'Create vault');
    expect(container.textContent).toContain('People in the household');

    // Inline validation: shown after leaving the field, tied to it for screen readers.
    const iban = byLabel(container, 'IBAN') as HTMLInputElement;
    await type(iban, 'DE89 3704 0044 0532 0130 01');
    await blur(iban);
    expect(iban.getAttribute('aria-invalid')).toBe('true');
    const problem = container.querySelector(`#${CSS.escape(iban.getAttribute('aria-describedby')!)}`);
    expect(problem?.textContent).toContain('IBAN check digits do not match');
    await press(container, 'Save');
    expect(alertText(container)).toBe('Please correct the marked entries (1) before saving.');
    expect(JSON.stringify([...local.data])).not.toContain('Friederike');

    await type(iban, 'DE89 3704 0044 0532 0130 00');
    await type(byLabel(container, 'Given name(s)'), 'Friederike');
    await type(byLabel(container, 'Nationality'), 'DE');
    await press(container, 'Save');
    expect(container.querySelector('[role="status"].vault-notice')?.textContent).toBe('Saved.');
    expect(iban.value).toBe('DE89370400440532013000'); // canonical form after save
    const stored = JSON.stringify([...local.data]);
    expect(local.data.has(VAULT_KEY)).toBe(true);
    expect(findLeaks(stored, ['Friederike', 'DE89370400440532013000', PASSPHRASE])).toEqual([]);

    await press(container, 'Lock');
    expect(container.textContent).toContain('Vault locked');
    expect(container.querySelector('input[name="given-name"]')).toBeNull(); // the draft is gone

    await type(byLabel(container, 'Passphrase'), 'wrong passphrase here');
    await press(container, 'Unlock');
    expect(alertText(container)).toBe('This passphrase does not open the vault. Check upper and lower case and caps lock, then try again.');
    await type(byLabel(container, 'Passphrase'), PASSPHRASE);
    await press(container, 'Unlock');
    expect((byLabel(container, 'Given name(s)') as HTMLInputElement).value).toBe('Friederike');
    expect((byLabel(container, 'Nationality') as HTMLSelectElement).value).toBe('DE');
  });

  it('adds and removes household members by keyboard-reachable buttons with names', async () => {
    const { container, store } = await mount('de');
    await act(async () => void (await store.getState().create(PASSPHRASE, PASSPHRASE)));
    await settle();
    await press(container, 'Kind hinzufügen');
    await type(byLabel(container, 'Name in dieser Liste (nur für Sie)'), 'Mia');
    const remove = container.querySelector<HTMLButtonElement>('button[aria-label="„Mia“ entfernen"]');
    expect(remove).not.toBeNull();
    expect(store.getState().draft?.people.map((p) => p.role)).toEqual(['applicant', 'child']);
    await act(async () => remove!.click());
    expect(store.getState().draft?.people.map((p) => p.role)).toEqual(['applicant']);
  });

  it('labels every form control (each input has a label that points to it)', async () => {
    const { container, store } = await mount('fr');
    await act(async () => void (await store.getState().create(PASSPHRASE, PASSPHRASE)));
    await settle();
    const controls = [...container.querySelectorAll('input, select')];
    expect(controls.length).toBeGreaterThan(40);
    for (const control of controls) {
      const label = container.querySelector(`label[for="${CSS.escape(control.id)}"]`);
      expect(label?.textContent?.trim(), control.outerHTML.slice(0, 80)).toBeTruthy();
    }
    // axe-core's WCAG A/AA rules that do not need layout (happy-dom has none: no colour contrast).
    const result = await axe.run(container, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] }, rules: { 'color-contrast': { enabled: false } } });
    expect(result.passes.map((p) => p.id)).toContain('label');
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
  });

  it('drops the decrypted draft when the vault locks itself', async () => {
    const { container, store, clock } = await mount('en');
    await act(async () => void (await store.getState().create(PASSPHRASE, PASSPHRASE)));
    await settle();
    clock.now += 16 * 60_000;
    await act(async () => store.getState().refresh());
    await settle();
    expect(store.getState().draft).toBeNull();
    expect(container.textContent).toContain('Vault locked');
  });
});
