// The arithmetic of ../shared/tools/score-fields.mjs, in process: parse each labelled form with
// jsdom, run the content script's analysePage, resolve predicted and expected selectors in the
// same document, and count. Precision counts every non-null prediction on a scored control; a
// control without prediction counts as null. Used by score.test.ts and by the tuning runner.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { analysePage } from '../../../lib/detect/analyse';

export interface ExpectedField {
  selector: string;
  key: string | null;
  person: string | null;
  score?: boolean;
}

export interface Miss {
  form: string;
  selector: string;
  expected: string;
  got: string;
  reason: string;
}

export interface Score {
  forms: number;
  tp: number;
  fp: number;
  fn: number;
  tpPerson: number;
  precision: number;
  recall: number;
  personAccuracy: number;
  errors: string[];
  misses: Miss[];
}

const quiet = new VirtualConsole();
const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

/**
 * `pageUrl`, when given, is the address every form is scored at instead of its own: one that no
 * portal of the registry claims, so that only the general rules (no portal rule) classify.
 */
export function scoreDirs(dirs: readonly string[], now = new Date(), pageUrl?: string): Score {
  const total = { forms: 0, tp: 0, fp: 0, fn: 0, tpPerson: 0 };
  const errors: string[] = [];
  const misses: Miss[] = [];
  for (const dir of dirs) {
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.expected.json')).sort()) {
      const exp = JSON.parse(readFileSync(join(dir, name), 'utf8')) as { form?: string; url?: string | null; fields: ExpectedField[] };
      const form = exp.form ?? name.replace(/\.expected\.json$/, '.html');
      const html = readFileSync(join(dir, form), 'utf8');
      total.forms++;
      let url: string | undefined;
      try {
        url = pageUrl ?? (exp.url ? new URL(exp.url).href : undefined);
      } catch {
        url = undefined;
      }
      // The classifier's own document (as the CLI parses it) and a fresh one (as the scorer parses it).
      const page = new JSDOM(html, { url, virtualConsole: quiet });
      const { report } = analysePage(page.window.document, url ?? 'about:blank', now);
      page.window.close();
      const doc = new JSDOM(html, { virtualConsole: quiet }).window.document;
      const predicted = new Map<Element, { key: string | null; person: string; reason: string }>();
      report.fields.forEach((s, i) => {
        const c = report.classifications[i];
        if (!c || s.frame !== 0 || s.selector.includes(' >>> ')) return;
        let els: Element[] = [];
        try {
          els = [...doc.querySelectorAll(s.selector)];
        } catch {
          errors.push(`${form}: bad selector ${s.selector}`);
        }
        if (els.length !== 1) errors.push(`${form}: selector ${s.selector} matches ${els.length}`);
        for (const el of els) if (!predicted.has(el) || c.key) predicted.set(el, { key: c.key, person: c.person, reason: c.reason });
      });
      for (const e of exp.fields) {
        if (e.score === false) continue;
        const els = [...doc.querySelectorAll(e.selector)];
        const p = els.map((el) => predicted.get(el)).find((x) => x?.key) ?? { key: null, person: null, reason: els.map((el) => predicted.get(el)?.reason).find(Boolean) ?? 'not collected' };
        const ok = p.key === e.key;
        const personOk = (p.person ?? 'applicant') === (e.person ?? 'applicant');
        if (e.key !== null && ok) {
          total.tp++;
          if (personOk) total.tpPerson++;
        }
        if (p.key !== null && !ok) total.fp++;
        if (e.key !== null && !ok) total.fn++;
        if (!ok || (e.key && !personOk)) {
          misses.push({ form, selector: e.selector, expected: `${e.key}/${e.person}`, got: `${p.key}/${p.person}`, reason: p.reason });
        }
      }
    }
  }
  return {
    ...total,
    precision: ratio(total.tp, total.tp + total.fp),
    recall: ratio(total.tp, total.tp + total.fn),
    personAccuracy: ratio(total.tpPerson, total.tp),
    errors,
    misses,
  };
}
