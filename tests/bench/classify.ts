// npm run bench -- classify: scan + classify (the content script's analysePage) in headless Debian
// Chromium, on generated forms of 50, 500 and 5,000 controls and on the largest saved page of
// ../shared/corpus/ddg. Baseline, measured in the same page and run: querySelectorAll of the
// controls plus reading each control's .labels (their text). Prints one line per figure:
//   bench classify-500 median=X ms baseline=Y ms ratio=R
//   bench classify-ddg-largest-longest-task median=X ms   (the longest main-thread task of a run)
//   bench classify-5000-sliced-longest-task median=X ms   (analysePageInSlices: its longest slice)
//   bench classify-500-cold median=X ms                   (the first run in a fresh browser, before V8 optimises)
// A Chromium trace of the 5,000-control runs showed the main thread's CPU time (tdur) equal to
// their wall time (dur): the figures are the classifier's own work, not waiting. The sampling
// profiler's sample count, reported as "CPU time" before, undercounted it by a third to a half
// and is no longer reported.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ROOT, bundleClassifier, generatedForm, inertHtml } from './classify-page';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const CORPUS_DDG = join(ROOT, '../shared/corpus/ddg');

interface Round {
  analyse: number;
  baseline: number;
  /** The analysis task, or the longest task the Long Tasks API saw during it when longer. */
  longest: number;
  controls: number;
  fields: number;
}

/** Runs inside the page once, before its rounds: the long-task observer. */
function setupInPage(): void {
  const state = { longTasks: [] as number[] };
  (globalThis as unknown as { __bench: typeof state }).__bench = state;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) state.longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: false });
  } catch {
    // no Long Tasks API: the task's own timing stands in
  }
}

/** Runs inside the page: one round, the baseline and the analysis each in a task of its own. */
async function roundInPage(): Promise<Round> {
  const lib = (globalThis as unknown as { __formlotse: { analysePage(d: Document, u: string): { report: { fields: unknown[] } } } }).__formlotse;
  const state = (globalThis as unknown as { __bench: { longTasks: number[] } }).__bench;
  const task = <T>(fn: () => T) => new Promise<T>((done) => setTimeout(() => done(fn()), 0));
  const baseline = await task(() => {
    const t = performance.now();
    let chars = 0;
    for (const el of document.querySelectorAll('input, select, textarea')) {
      for (const label of (el as HTMLInputElement).labels ?? []) chars += label.textContent?.length ?? 0;
    }
    return chars >= 0 ? performance.now() - t : 0;
  });
  state.longTasks.length = 0;
  let fields = 0;
  const analyse = await task(() => {
    const t = performance.now();
    fields = lib.analysePage(document, location.href).report.fields.length;
    return performance.now() - t;
  });
  await new Promise((done) => setTimeout(done, 20)); // let the observer deliver this round's entries
  const controls = document.querySelectorAll('input, select, textarea').length;
  return { analyse, baseline, longest: Math.max(analyse, ...state.longTasks), controls, fields };
}

interface Run {
  controls: number;
  fields: number;
  analyse: number[];
  baseline: number[];
  longest: number[];
}

/**
 * `runs` measured rounds after `warmup` rounds on each page, the pages taking turns round by round:
 * figures compared with each other (5,000 controls against 500) are measured over the same
 * seconds, so that a busy spell of the machine weighs on both alike. The warm-up lets V8 finish
 * optimising the classifier (Chromium takes some ten runs of a 500-control page to settle): a
 * median is the steady state of a page that is analysed again on every DOM change and panel
 * request. The first run, before any optimisation, is reported apart (classify-500-cold).
 */
async function measure(pages: Page[], runs: number, warmup: number): Promise<Run[]> {
  const out: Run[] = pages.map(() => ({ controls: 0, fields: 0, analyse: [], baseline: [], longest: [] }));
  for (let i = 0; i < runs + warmup; i++) {
    for (const [k, page] of pages.entries()) {
      const round = await page.evaluate(roundInPage);
      const run = out[k] as Run;
      run.controls = round.controls;
      run.fields = round.fields;
      if (i < warmup) continue;
      run.analyse.push(round.analyse);
      run.baseline.push(round.baseline);
      run.longest.push(round.longest);
    }
  }
  return out;
}

/** Runs inside the page: the sliced path (analysePageInSlices), returning each run's longest slice. */
async function measureSlicesInPage(runs: number): Promise<number[]> {
  type Sliced = (d: Document, u: string, pause: () => Promise<void>) => Promise<unknown>;
  const lib = (globalThis as unknown as { __formlotse: { analysePageInSlices: Sliced } }).__formlotse;
  const longest: number[] = [];
  for (let i = 0; i < runs + 1; i++) {
    let sliceStart = 0;
    let max = 0;
    const pause = () => {
      max = Math.max(max, performance.now() - sliceStart);
      return new Promise<void>((done) => setTimeout(() => {
        sliceStart = performance.now();
        done();
      }, 0));
    };
    await new Promise<void>((done) => setTimeout(() => {
      sliceStart = performance.now();
      void lib.analysePageInSlices(document, location.href, pause).then(() => {
        max = Math.max(max, performance.now() - sliceStart);
        done();
      });
    }, 0));
    if (i > 0) longest.push(max);
  }
  return longest;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

const fmt = (n: number) => (n >= 10 ? n.toFixed(1) : n.toFixed(2));

/** A page holding `html` (nothing loads: every request is aborted) with the classifier bundle and the observer. */
async function openForm(browser: Browser, bundle: string, html: string): Promise<Page> {
  const page = await browser.newPage();
  await page.route('**/*', (route) => route.abort()); // nothing leaves the machine; saved pages load no resources
  await page.setContent(html, { waitUntil: 'domcontentloaded' });
  await page.addScriptTag({ content: bundle });
  // tsx compiles functions with esbuild's keepNames, which calls a __name helper the page lacks.
  await page.evaluate('globalThis.__name = (fn) => fn');
  await page.evaluate(setupInPage);
  return page;
}

function report(name: string, run: Run): void {
  const a = median(run.analyse);
  const b = median(run.baseline);
  console.log(`bench ${name} median=${fmt(a)} ms baseline=${fmt(b)} ms ratio=${(a / Math.max(b, 0.01)).toFixed(1)}`);
}

/** The saved page of ../shared/corpus/ddg with the most form controls. */
function largestCorpusPage(): { file: string; html: string } | null {
  if (!existsSync(CORPUS_DDG)) return null;
  let best: { file: string; html: string; count: number } | null = null;
  for (const file of readdirSync(CORPUS_DDG).filter((f) => f.endsWith('.html'))) {
    const html = readFileSync(join(CORPUS_DDG, file), 'utf8');
    const count = (html.match(/<(input|select|textarea)\b/gi) ?? []).length;
    if (!best || count > best.count) best = { file, html, count };
  }
  return best;
}

/**
 * The first analysis of a 500-control page in a fresh browser, before V8 has optimised anything:
 * what a content script pays once on a page it has never seen. Median of `launches` browsers.
 */
async function coldMedian(bundle: string, launches: number): Promise<number> {
  const firsts: number[] = [];
  for (let i = 0; i < launches; i++) {
    const cold = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
    try {
      const page = await openForm(cold, bundle, generatedForm(500));
      firsts.push((await page.evaluate(roundInPage)).analyse);
    } finally {
      await cold.close();
    }
  }
  return median(firsts);
}

const bundle = await bundleClassifier();
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
try {
  const [small] = await measure([await openForm(browser, bundle, generatedForm(50))], 41, 15);
  report('classify-50', small as Run);
  const midPage = await openForm(browser, bundle, generatedForm(500));
  const bigPage = await openForm(browser, bundle, generatedForm(5000));
  const [mid, big] = (await measure([midPage, bigPage], 31, 15)) as [Run, Run];
  report('classify-500', mid);
  console.log(`bench classify-500-cold median=${fmt(await coldMedian(bundle, 3))} ms`);
  report('classify-5000', big);
  // The same page through the sliced path the content script can take for very large forms.
  const slices = await bigPage.evaluate(measureSlicesInPage, 5);
  console.log(`bench classify-5000-sliced-longest-task median=${fmt(median(slices))} ms`);
  await midPage.close();
  await bigPage.close();
  const largest = largestCorpusPage();
  let longestReal = 0;
  if (largest) {
    const [real] = (await measure([await openForm(browser, bundle, inertHtml(largest.html))], 11, 15)) as [Run];
    report('classify-ddg-largest', real);
    longestReal = median(real.longest);
    console.log(`bench classify-ddg-largest-longest-task median=${fmt(longestReal)} ms`);
    console.error(`# classify-ddg-largest: ${largest.file}, ${real.controls} controls (${real.fields} fillable)`);
  } else {
    console.error('# classify-ddg-largest: ../shared/corpus/ddg not found, skipped');
  }
  const scale = median(big.analyse) / median(mid.analyse);
  console.error(`# controls: ${small?.controls}, ${mid.controls}, ${big.controls}; 5000 / 500 = ${scale.toFixed(1)}x`);
  // The targets of issue 3: a missed one fails the benchmark (exit 1), with the figure that missed.
  const missed = [
    median(mid.analyse) > 10 && `classify-500 ${fmt(median(mid.analyse))} ms > 10 ms`,
    scale > 12 && `classify-5000 is ${scale.toFixed(1)}x classify-500 > 12x`,
    longestReal > 200 && `classify-ddg-largest has a ${fmt(longestReal)} ms task > 200 ms`,
  ].filter((m): m is string => typeof m === 'string');
  for (const m of missed) console.error(`# target missed: ${m}`);
  if (missed.length) process.exitCode = 1;
} finally {
  await browser.close();
}
