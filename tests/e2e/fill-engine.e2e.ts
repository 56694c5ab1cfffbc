// The fill engine in real Chromium: plan + execute on React 19, Vue 3 and an Angular-style form,
// read back the framework's own state (not the DOM), undo; and a honeypot page whose hidden
// controls must receive nothing while every visible control is filled.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import type { collectFields } from '../../lib/detect/collect';
import type * as Fill from '../../lib/fill/index';
import type { Profile } from '../../lib/profile/types';
import profileJson from '../fixtures/frameworks/test-profile.json';
import { injectEngine, startFillBrowser, type FillBrowser } from './fill-engine-browser';

type Engine = typeof Fill & { collectFields: typeof collectFields };
declare global {
  interface Window {
    __formlotse: Engine;
    __lastUndo?: Fill.UndoRecord;
    __formState: Record<string, string | boolean>;
    __formTouched: string[];
    __honeypotEvents: string[];
  }
}

const profile = profileJson as Profile;

interface FillArgs {
  profile: Profile;
  /** name attribute → key; without it, each control's data-key attribute says its key. */
  keys?: Record<string, string>;
  confirmSensitive: boolean;
  expectedOrigin?: string;
  currentOrigin?: string;
}
interface FieldReport { fieldId: string; name: string; key: string | null; status: string; reason?: string; rewrittenTo?: string; expect?: string; honeypot?: string }
interface FillReport { planned: number; skipped: { name: string; reason: string }[]; results: FieldReport[] }

/**
 * In the page: collect (top document and same-origin frames), classify by the test's table,
 * plan with the test profile, execute, keep the undo record in window.__lastUndo.
 */
function fillInPage(args: FillArgs): FillReport {
  const F = window.__formlotse;
  const collected = F.collectFields(document);
  const seen = new Set(collected.map((c) => c.element));
  for (const frame of document.querySelectorAll('iframe')) {
    let doc: Document | null = null;
    try { doc = frame.contentDocument; } catch { doc = null; }
    if (!doc) continue;
    for (const c of F.collectFields(doc)) {
      if (seen.has(c.element)) continue;
      collected.push({ ...c, snapshot: { ...c.snapshot, id: `frame-${collected.length}`, frame: 1 } });
    }
  }
  const elements = new Map(collected.map((c) => [c.snapshot.id, c.element]));
  const keyOf = (el: Element) => (args.keys ? args.keys[el.getAttribute('name') ?? ''] : (el as HTMLElement).dataset.key) ?? null;
  const classifications = collected.map((c) => ({
    fieldId: c.snapshot.id, key: keyOf(c.element) as Fill.PlanItem['key'] | null, person: 'applicant' as const,
    source: 'portal-rule' as const, confidence: 1, reason: 'test table',
  }));
  const plan = F.planFill(collected.map((c) => c.snapshot), classifications, args.profile, {}, { lang: 'de' });
  const confirmed = new Set(plan.items.filter((i) => i.sensitive).map((i) => i.fieldId));
  const { results, undo } = F.executeFill(plan, elements, {
    expectedOrigin: args.expectedOrigin ?? location.origin,
    currentOrigin: args.currentOrigin ?? location.origin,
    confirmedSensitive: args.confirmSensitive ? confirmed : new Set(),
  });
  window.__lastUndo = undo;
  const nameOf = (id: string) => elements.get(id)?.getAttribute('name') ?? id;
  return {
    planned: plan.items.length,
    skipped: plan.skipped.filter((s) => s.key !== null).map((s) => ({ name: nameOf(s.fieldId), reason: s.reason })),
    results: results.map((r) => {
      const el = elements.get(r.fieldId) as HTMLElement;
      return { ...r, name: nameOf(r.fieldId), key: keyOf(el), expect: el.dataset.expect, honeypot: el.dataset.honeypot };
    }),
  };
}

const FRAMEWORK_KEYS: Record<string, string> = {
  anrede: 'honorific-prefix', vorname: 'given-name', nachname: 'family-name', geburtsdatum: 'bday',
  ausgestellt: 'passport-issue-date', geschlecht: 'sex', staatsangehoerigkeit: 'nationality',
  familienstand: 'marital-status', strasse: 'street', hausnummer: 'house-number', plz: 'postal-code',
  ort: 'city', land: 'country', email: 'email', telefon: 'tel', zusatz: 'address-suffix', weiblich: 'sex',
};

/** What each framework's own state must hold after the fill (the test profile's applicant). */
const EXPECTED_STATE: Record<string, string | boolean> = {
  anrede: 'FRAU', vorname: 'Erika', nachname: 'Mustermann', geburtsdatum: '1985-03-07', ausgestellt: '02.11.2020',
  geschlecht: 'w', staatsangehoerigkeit: 'DEU', familienstand: 'VH', strasse: 'Hauptstraße', hausnummer: '12a',
  plz: '10115', ort: 'Berlin', land: 'de', email: 'erika@example.org', telefon: '+49301234567', zusatz: 'c/o Beispiel',
  weiblich: true,
};

let fb: FillBrowser;
beforeAll(async () => {
  fb = await startFillBrowser();
});
afterAll(async () => {
  await fb?.close();
});

async function openPage(url: string): Promise<Page> {
  const page = await fb.browser.newPage();
  await page.goto(url);
  await injectEngine(page, fb.engine);
  return page;
}

const state = (page: Page) => page.evaluate(() => JSON.parse(JSON.stringify(window.__formState)) as Record<string, string | boolean>);

describe.each(['react', 'vue', 'angular'])('%s form: the framework sees the fill', (framework) => {
  it('holds every planned value in its own state, marks the fields touched, and highlights them', async () => {
    const page = await openPage(`${fb.origin}/frameworks/${framework}.html`);
    await page.waitForFunction(() => document.querySelector('#app') !== null);
    const report = await page.evaluate(fillInPage, { profile, keys: FRAMEWORK_KEYS, confirmSensitive: false });
    expect(report.results.filter((r) => r.status !== 'filled')).toEqual([]);
    // Let a framework re-render: a fill it did not see would now be reverted in the DOM too.
    await page.evaluate(() => new Promise((ok) => setTimeout(ok, 50)));
    expect(await state(page)).toEqual(EXPECTED_STATE);
    const touched = await page.evaluate(() => [...window.__formTouched].sort());
    expect(touched).toEqual(Object.keys(EXPECTED_STATE).sort());
    expect(await page.locator('[data-formlotse-filled]').count()).toBe(report.results.length);
    await page.close();
  });

  it('undo of an empty form empties it again, except a radio group that had no choice', async () => {
    const page = await openPage(`${fb.origin}/frameworks/${framework}.html`);
    await page.waitForFunction(() => document.querySelector('#app') !== null);
    const before = await state(page);
    await page.evaluate(fillInPage, { profile, keys: FRAMEWORK_KEYS, confirmSensitive: false });
    const outcomes = await page.evaluate(() => window.__formlotse.undoFill(window.__lastUndo!));
    expect(outcomes.filter((o) => o.status !== 'restored').map((o) => ('reason' in o ? o.reason : ''))).toEqual(['radio-not-clearable']);
    await page.evaluate(() => new Promise((ok) => setTimeout(ok, 50)));
    // The radio stays checked in the DOM and in the model alike (no click can clear a group).
    expect(await state(page)).toEqual({ ...before, familienstand: 'VH' });
    expect(await page.isChecked('input[name="familienstand"][value="VH"]')).toBe(true);
    await page.close();
  });

  it('undo puts back what the citizen had typed and chosen, in the framework state too', async () => {
    const page = await openPage(`${fb.origin}/frameworks/${framework}.html`);
    await page.waitForFunction(() => document.querySelector('#app') !== null);
    // The citizen's own input first, through real keyboard and mouse events.
    await page.fill('#f-vorname', 'Max');
    await page.selectOption('#f-geschlecht', 'm');
    await page.check('input[name="familienstand"][value="LD"]');
    const before = await state(page);
    expect(before).toMatchObject({ vorname: 'Max', geschlecht: 'm', familienstand: 'LD' });
    await page.evaluate(fillInPage, { profile, keys: FRAMEWORK_KEYS, confirmSensitive: false });
    expect(await state(page)).toEqual(EXPECTED_STATE);
    const outcomes = await page.evaluate(() => window.__formlotse.undoFill(window.__lastUndo!));
    expect(outcomes.filter((o) => o.status !== 'restored')).toEqual([]);
    await page.evaluate(() => new Promise((ok) => setTimeout(ok, 50)));
    expect(await state(page)).toEqual(before);
    expect(await page.locator('[data-formlotse-filled]').count()).toBe(0);
    await page.close();
  });
});

describe('honeypot page', () => {
  let page: Page;
  let report: FillReport;
  beforeAll(async () => {
    page = await openPage(`${fb.origin}/honeypots/honeypots.html?frame=${encodeURIComponent(`${fb.otherOrigin}/honeypots/frame.html`)}`);
    await page.waitForFunction(() => [...document.querySelectorAll('iframe')].every((f) => f.contentDocument === null || f.contentDocument.readyState === 'complete'));
    report = await page.evaluate(fillInPage, { profile, confirmSensitive: true });
  });

  it('fills every visible control, one for each key', async () => {
    const visible = report.results.filter((r) => !r.honeypot);
    expect(visible.filter((r) => r.status !== 'filled')).toEqual([]);
    const keys = await page.evaluate(() => [...new Set([...document.querySelectorAll<HTMLElement>('#visible [data-key]')].map((e) => e.dataset.key!))]);
    expect(keys.length).toBe(44);
    // Every key's control was filled (radios: the one matching radio of the group).
    expect(new Set(visible.map((r) => r.key))).toEqual(new Set(keys));
    expect(await page.inputValue('#below-fold')).toBe('München');
    expect(await page.inputValue('input[name="shadow-birth-place"]')).toBe('München');
  });

  it('gives each honeypot nothing, refused for the reason of its hiding technique', async () => {
    const honeypots = report.results.filter((r) => r.honeypot);
    expect(honeypots.length).toBeGreaterThanOrEqual(20);
    for (const h of honeypots) {
      expect({ name: h.name, status: h.status }).toEqual({ name: h.name, status: 'skipped' });
      // Controls of the transparent same-origin frame are refused for the frame's opacity.
      expect({ name: h.name, reason: h.reason }).toEqual({ name: h.name, reason: h.expect ?? 'transparent' });
    }
    const leaked = await page.evaluate(() => ({
      events: window.__honeypotEvents,
      values: [...document.querySelectorAll<HTMLInputElement>('[data-honeypot]'), ...document.getElementById('shadow-host')!.shadowRoot!.querySelectorAll<HTMLInputElement>('[data-honeypot]')]
        .filter((e) => (e.value !== '' && e.type !== 'checkbox') || e.checked).map((e) => e.name),
      frameEvents: (document.getElementById('same-origin-frame') as HTMLIFrameElement).contentWindow!.__honeypotEvents,
    }));
    expect(leaked).toEqual({ events: [], values: [], frameEvents: [] });
  });

  it('cannot reach the cross-origin frame from the top document', () => {
    expect(report.results.some((r) => r.name.startsWith('frame-') && r.reason !== 'transparent')).toBe(false);
  });

  describe('inside the cross-origin frame (a content script running there)', () => {
    let frame: Frame;
    beforeAll(async () => {
      const found = page.frames().find((f) => f.url().startsWith(fb.otherOrigin)) ?? (await page.waitForEvent('framenavigated', (f) => f.url().startsWith(fb.otherOrigin)));
      frame = found;
      await frame.waitForLoadState('load');
      await injectEngine(frame, fb.engine);
    });
    const frameValues = () => frame.evaluate(() => ({ events: window.__honeypotEvents, values: [...document.querySelectorAll('input')].map((i) => i.value) }));

    it('refuses everything when the document is not of the origin the citizen confirmed', async () => {
      const r = await frame.evaluate(fillInPage, { profile, confirmSensitive: true, expectedOrigin: fb.origin });
      expect(r.results.map((x) => x.reason)).toEqual(['origin-changed', 'origin-changed']);
      expect(await frameValues()).toEqual({ events: [], values: ['', ''] });
    });

    it('refuses controls whose document is of another origin even when told the origin is right', async () => {
      const r = await frame.evaluate(fillInPage, { profile, confirmSensitive: true, expectedOrigin: fb.origin, currentOrigin: fb.origin });
      expect(r.results.map((x) => x.reason)).toEqual(['cross-origin-frame', 'cross-origin-frame']);
      expect(await frameValues()).toEqual({ events: [], values: ['', ''] });
    });

    it('refuses to fill a frame of the confirmed origin that sits in a page of another origin', async () => {
      const r = await frame.evaluate(fillInPage, { profile, confirmSensitive: true, expectedOrigin: fb.otherOrigin });
      expect(r.results.map((x) => x.reason)).toEqual(['cross-origin-frame', 'cross-origin-frame']);
      expect(await frameValues()).toEqual({ events: [], values: ['', ''] });
    });
  });
});

describe('pages that rewrite what they are given', () => {
  it('reports a masked value as filled with the page\'s spelling, a refused one as failed, and undoes both', async () => {
    const page = await openPage(`${fb.origin}/honeypots/frame.html`);
    await page.evaluate(() => {
      document.body.innerHTML = '<form><input name="iban" data-key="iban"><input name="given-name" data-key="given-name"></form>';
      const [iban, name] = [...document.querySelectorAll('input')] as HTMLInputElement[];
      // An IBAN mask that groups by four (as many bank forms do), and a field that refuses input.
      iban!.addEventListener('input', () => { iban!.value = iban!.value.replace(/\s/g, '').replace(/(.{4})(?=.)/g, '$1 '); });
      name!.addEventListener('input', () => { name!.value = ''; });
    });
    const report = await page.evaluate(fillInPage, { profile, confirmSensitive: true });
    expect(report.results.map(({ name, status, reason, rewrittenTo }) => ({ name, status, reason, rewrittenTo }))).toEqual([
      { name: 'iban', status: 'filled', reason: undefined, rewrittenTo: 'DE02 1203 0000 0000 2020 51' },
      { name: 'given-name', status: 'failed', reason: 'page-rejected', rewrittenTo: undefined },
    ]);
    const outcomes = await page.evaluate(() => window.__formlotse.undoFill(window.__lastUndo!));
    expect(outcomes.map((o) => o.status)).toEqual(['restored', 'restored']);
    expect(await page.inputValue('[name="iban"]')).toBe('');
    await page.close();
  });
});

describe('sensitive values', () => {
  it('are filled only when the citizen ticked them', async () => {
    const page = await openPage(`${fb.origin}/honeypots/honeypots.html`);
    const report = await page.evaluate(fillInPage, { profile, confirmSensitive: false });
    const sensitive = ['tax-id', 'tax-number', 'iban', 'bic', 'passport-number', 'id-card-number', 'social-security-number', 'health-insurance-number'];
    const byName = new Map(report.results.map((r) => [r.name, r]));
    for (const name of sensitive) expect({ name, reason: byName.get(name)?.reason }).toEqual({ name, reason: 'sensitive-not-confirmed' });
    const values = await page.evaluate((names) => names.map((n) => (document.querySelector(`#visible [name="${n}"]`) as HTMLInputElement).value), sensitive);
    expect(values).toEqual(sensitive.map(() => ''));
    expect(await page.inputValue('[name="given-name"]')).toBe('Erika');
    await page.close();
  });
});
