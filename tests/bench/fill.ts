// npm run bench -- fill: plan + fill of a generated form of 50 and of 500 fields in headless
// Chromium, the engine bundle injected into the page. Each run resets the form and lets it lay
// out, then times planFill + executeFill (origin, visibility incl. hit testing, setters + events,
// highlight). Fields are controls: a group of three radios counts three and gets one plan item.
// Target (issue 7): fill-50 ≤ 50 ms median.
import countries from 'i18n-iso-countries';
import { injectEngine, startFillBrowser } from '../e2e/fill-engine-browser';
import profile from '../fixtures/frameworks/test-profile.json';
import type { collectFields } from '../../lib/detect/collect';
import type * as Fill from '../../lib/fill/index';

const WARMUP = 3;
const RUNS = 21;

const COUNTRY_OPTIONS = Object.entries(countries.getNames('de'))
  .map(([code, name]) => `<option value="${code}">${name}</option>`)
  .join('');

/** One control of each common kind, repeated: text, date, selects (one with every country), email, tel, radios. */
const SHAPES: ((i: number) => { html: string; key: string; controls: number })[] = [
  (i) => ({ html: `<label for="c${i}">Vorname</label><input id="c${i}" name="c${i}">`, key: 'given-name', controls: 1 }),
  (i) => ({ html: `<label for="c${i}">Familienname</label><input id="c${i}" name="c${i}">`, key: 'family-name', controls: 1 }),
  (i) => ({ html: `<label for="c${i}">Geburtsdatum</label><input id="c${i}" name="c${i}" type="date">`, key: 'bday', controls: 1 }),
  (i) => ({ html: `<label for="c${i}">Geschlecht</label><select id="c${i}" name="c${i}"><option value="">–</option><option value="m">männlich</option><option value="w">weiblich</option></select>`, key: 'sex', controls: 1 }),
  (i) => ({ html: `<label for="c${i}">Staat</label><select id="c${i}" name="c${i}"><option value="">Bitte wählen</option>${COUNTRY_OPTIONS}</select>`, key: 'country', controls: 1 }),
  (i) => ({ html: `<label for="c${i}">E-Mail</label><input id="c${i}" name="c${i}" type="email">`, key: 'email', controls: 1 }),
  (i) => ({ html: `<label for="c${i}">Telefon</label><input id="c${i}" name="c${i}" type="tel" placeholder="+49 30 123456">`, key: 'tel', controls: 1 }),
  (i) => ({ html: `<label for="c${i}">Straße</label><input id="c${i}" name="c${i}">`, key: 'street', controls: 1 }),
  (i) => ({ html: `<label for="c${i}">Ausgestellt am</label><input id="c${i}" name="c${i}" placeholder="TT.MM.JJJJ">`, key: 'passport-issue-date', controls: 1 }),
  (i) => ({
    html: `<span>Familienstand</span>${['LD:ledig', 'VH:verheiratet', 'GS:geschieden'].map((o) => `<label><input type="radio" name="c${i}" value="${o.split(':')[0]}"> ${o.split(':')[1]}</label>`).join('')}`,
    key: 'marital-status', controls: 3,
  }),
];

function generateForm(fieldCount: number): string {
  const rows: string[] = [];
  let controls = 0;
  for (let i = 0; controls < fieldCount; i++) {
    const shape = SHAPES[i % SHAPES.length]!(i);
    if (controls + shape.controls > fieldCount) continue;
    controls += shape.controls;
    rows.push(`<p data-key="${shape.key}">${shape.html}</p>`);
  }
  return `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>bench</title></head><body><form id="bench">${rows.join('\n')}</form></body></html>`;
}

type Engine = typeof Fill & { collectFields: typeof collectFields };

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const fb = await startFillBrowser();
try {
  for (const size of [50, 500]) {
    const page = await fb.browser.newPage();
    const url = `${fb.origin}/bench/form-${size}.html`;
    await page.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: generateForm(size) }));
    await page.goto(url);
    await injectEngine(page, fb.engine);
    const timings = await page.evaluate(
      ({ profile, runs }) => {
        const F = (window as unknown as { __formlotse: Engine }).__formlotse;
        const collected = F.collectFields(document);
        const fields = collected.map((c) => c.snapshot);
        const elements = new Map(collected.map((c) => [c.snapshot.id, c.element]));
        const classifications = collected.map((c) => ({
          fieldId: c.snapshot.id, key: (c.element.closest('[data-key]') as HTMLElement).dataset.key as Fill.PlanItem['key'],
          person: 'applicant' as const, source: 'label' as const, confidence: 0.9, reason: 'bench',
        }));
        const form = document.getElementById('bench') as HTMLFormElement;
        const out: { ms: number; filled: number; items: number }[] = [];
        for (let run = 0; run < runs; run++) {
          form.reset();
          // The fill starts on a rendered page: the relayout the reset caused is not the fill's.
          document.body.getBoundingClientRect();
          const t0 = performance.now();
          const plan = F.planFill(fields, classifications, profile as never, {}, { lang: 'de' });
          const { results, undo } = F.executeFill(plan, elements, { expectedOrigin: location.origin, currentOrigin: location.origin });
          out.push({ ms: performance.now() - t0, filled: results.filter((r) => r.status === 'filled').length, items: plan.items.length });
          F.clearHighlights(undo);
        }
        return out;
      },
      { profile, runs: WARMUP + RUNS },
    );
    const measured = timings.slice(WARMUP);
    const { filled, items } = measured[0]!;
    if (filled !== items) throw new Error(`fill-${size}: only ${filled} of ${items} planned fields were filled`);
    console.log(`bench fill-${size} median=${median(measured.map((t) => t.ms)).toFixed(1)} ms`);
    console.error(`  (${items} planned, ${filled} filled; min ${Math.min(...measured.map((t) => t.ms)).toFixed(1)} ms, max ${Math.max(...measured.map((t) => t.ms)).toFixed(1)} ms over ${RUNS} runs)`);
    await page.close();
  }
} finally {
  await fb.close();
}
