// The classify CLI (ARCHITECTURE: Contracts): the content script's own lib/detect + lib/classify,
// run in Node on jsdom.
//   npm run --silent classify -- FILE.html [--url URL]     one page, pretty JSON with reasons
//   npm run --silent classify -- --batch                   JSON lines {"file","url"} in, one line out per job
// Pages are parsed without running scripts or loading anything (jsdom's defaults); only controls
// a plain CSS selector reaches in the top document are printed (the scorer resolves them there).
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { JSDOM, VirtualConsole } from 'jsdom';
import { analysePage } from '../lib/detect/analyse';
import type { FieldSnapshot } from '../lib/fields/snapshot';

interface Job {
  file: string;
  url?: string | null;
}

const OWN = ['label-for', 'label-wrap', 'aria-labelledby', 'aria-label', 'placeholder', 'title', 'column-header', 'group', 'preceding-text'];
const quiet = new VirtualConsole(); // CSS the parser cannot read is the page's business, not ours

function bestLabel(s: FieldSnapshot): string {
  for (const source of OWN) {
    const found = s.labels.find((l) => l.source === source);
    if (found) return found.text;
  }
  return '';
}

/** jsdom wants a parseable URL; the page's own https URL when the job names one. */
function pageUrl(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).href;
  } catch {
    return undefined;
  }
}

function classifyFile(job: Job) {
  const html = readFileSync(job.file, 'utf8');
  const url = pageUrl(job.url);
  const dom = new JSDOM(html, { url, virtualConsole: quiet });
  try {
    const { report } = analysePage(dom.window.document, url ?? 'about:blank');
    const fields = report.fields.flatMap((s, i) => {
      const c = report.classifications[i];
      if (!c || s.frame !== 0 || s.selector.includes(' >>> ')) return [];
      return [{
        selector: s.selector,
        key: c.key,
        person: c.person,
        ...(c.personIndex !== undefined ? { personIndex: c.personIndex } : {}),
        source: c.source,
        confidence: c.confidence,
        label: bestLabel(s),
        reason: c.reason,
      }];
    });
    return { file: job.file, portal: report.portalId, fields };
  } finally {
    dom.window.close();
  }
}

async function batch(): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    const text = line.trim();
    if (!text) continue;
    let job: Job;
    try {
      job = JSON.parse(text) as Job;
    } catch {
      process.stdout.write(`${JSON.stringify({ file: null, portal: null, fields: [], error: 'not a JSON line' })}\n`);
      continue;
    }
    try {
      process.stdout.write(`${JSON.stringify(classifyFile(job))}\n`);
    } catch (error) {
      process.stdout.write(`${JSON.stringify({ file: job.file, portal: null, fields: [], error: String(error) })}\n`);
    }
  }
}

function usage(): never {
  console.error('usage: npm run --silent classify -- FILE.html [--url URL]\n       npm run --silent classify -- --batch  < jobs.jsonl');
  process.exit(2);
}

const args = process.argv.slice(2);
if (args.includes('--batch')) {
  await batch();
} else {
  const urlAt = args.indexOf('--url');
  const url = urlAt >= 0 ? args[urlAt + 1] : undefined;
  if (urlAt >= 0 && !url) usage();
  const file = args.find((a, i) => !a.startsWith('--') && (urlAt < 0 || i !== urlAt + 1));
  if (!file) usage();
  console.log(JSON.stringify(classifyFile({ file, url }), null, 2));
}
