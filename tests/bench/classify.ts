// npm run bench -- classify: scan + classify (the content script's analysePage) in headless Debian
// Chromium, on generated forms of 50, 500 and 5,000 controls and on the largest saved page of
// ../shared/corpus/ddg. Baseline, measured in the same page and run: querySelectorAll of the
// controls plus reading each control's .labels (their text). Prints one line per figure:
//   bench classify-500 median=X ms baseline=Y ms ratio=R
//   bench classify-ddg-largest-longest-task median=X ms   (the longest main-thread task of a run)
//   bench classify-5000-sliced-longest-task median=X ms   (analysePageInSlices: its longest slice)
//   bench classify-500-cpu median=X ms                    (CPU time by Chromium's sampling profiler; see cpuMedian)
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { ROOT, bundleClassifier, generatedForm, inertHtml } from './classify-page';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const CORPUS_DDG = join(ROOT, '../shared/corpus/ddg');

interface Run {
  controls: number;
  fields: number;
  analyse: number[];
  baseline: number[];
  longest: number[];
}

/**
 * Runs inside the page: `runs` measured rounds after `warmup` rounds, each round its own task.
 * The warm-up lets V8 finish optimising the classifier (it takes Chromium some ten runs of a
 * 500-control page to settle): the median is the steady state of a page that analyses again on
 * every DOM change and panel request. The first run, before any optimisation, is reported apart
 * (classify-500-cold).
 */
async function measureInPage([runs, warmup]: [number, number]): Promise<Run> {
  const lib = (globalThis as unknown as { __formlotse: { analysePage(d: Document, u: string): { report: { fields: unknown[] } } } }).__formlotse;
  const longTasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push(entry.duration);
  });
  try {
    observer.observe({ type: 'longtask', buffered: false });
  } catch {
    // no Long Tasks API: the task's own timing below stands in
  }
  const out: Run = { controls: document.querySelectorAll('input, select, textarea').length, fields: 0, analyse: [], baseline: [], longest: [] };
  const task = <T>(fn: () => T) => new Promise<T>((done) => setTimeout(() => done(fn()), 0));
  for (let i = 0; i < runs + warmup; i++) {
    const baseline = await task(() => {
      const t = performance.now();
      let chars = 0;
      for (const el of document.querySelectorAll('input, select, textarea')) {
        for (const label of (el as HTMLInputElement).labels ?? []) chars += label.textContent?.length ?? 0;
      }
      return chars >= 0 ? performance.now() - t : 0;
    });
    longTasks.length = 0;
    const analyse = await task(() => {
      const t = performance.now();
      out.fields = lib.analysePage(document, location.href).report.fields.length;
      return performance.now() - t;
    });
    await new Promise((done) => setTimeout(done, 20)); // let the observer deliver this run's entries
    if (i < warmup) continue;
    out.analyse.push(analyse);
    out.baseline.push(baseline);
    out.longest.push(Math.max(analyse, ...longTasks));
  }
  observer.disconnect();
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

async function bench(page: Page, bundle: string, name: string, html: string, runs: number, warmup: number): Promise<Run> {
  await page.setContent(html, { waitUntil: 'domcontentloaded' });
  await page.addScriptTag({ content: bundle });
  // tsx compiles functions with esbuild's keepNames, which calls a __name helper the page lacks.
  await page.evaluate('globalThis.__name = (fn) => fn');
  const run = await page.evaluate(measureInPage, [runs, warmup] as [number, number]);
  const a = median(run.analyse);
  const b = median(run.baseline);
  console.log(`bench ${name} median=${fmt(a)} ms baseline=${fmt(b)} ms ratio=${(a / Math.max(b, 0.01)).toFixed(1)}`);
  return run;
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
 * CPU time of one analysePage run, from Chromium's sampling profiler (samples outside idle): on a
 * machine shared by several busy processes, wall time mostly measures waiting for a core. Median of `runs`.
 */
async function cpuMedian(page: Page, runs: number): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  const perRun: number[] = [];
  for (let i = 0; i < runs; i++) {
    await cdp.send('Profiler.start');
    await page.evaluate('void globalThis.__formlotse.analysePage(document, location.href)');
    const { profile } = await cdp.send('Profiler.stop');
    const idle = new Set(profile.nodes.filter((n) => ['(idle)', '(program)', '(root)'].includes(n.callFrame.functionName)).map((n) => n.id));
    // Count samples, not the time between them: a descheduled thread takes no samples (pending
    // SIGPROF signals coalesce), so samples × interval approximates the time it ran.
    perRun.push(((profile.samples ?? []).filter((id) => !idle.has(id)).length * 100) / 1000);
  }
  await cdp.detach();
  return median(perRun);
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
      const page = await cold.newPage();
      await page.route('**/*', (route) => route.abort());
      await page.setContent(generatedForm(500), { waitUntil: 'domcontentloaded' });
      await page.addScriptTag({ content: bundle });
      await page.evaluate('globalThis.__name = (fn) => fn');
      const run = await page.evaluate(measureInPage, [1, 0] as [number, number]);
      firsts.push(run.analyse[0] ?? NaN);
    } finally {
      await cold.close();
    }
  }
  return median(firsts);
}

const bundle = await bundleClassifier();
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage();
  await page.route('**/*', (route) => route.abort()); // nothing leaves the machine; saved pages load no resources
  const small = await bench(page, bundle, 'classify-50', generatedForm(50), 41, 15);
  const mid = await bench(page, bundle, 'classify-500', generatedForm(500), 31, 15);
  console.log(`bench classify-500-cpu median=${fmt(await cpuMedian(page, 9))} ms`);
  console.log(`bench classify-500-cold median=${fmt(await coldMedian(bundle, 3))} ms`);
  const big = await bench(page, bundle, 'classify-5000', generatedForm(5000), 11, 15);
  console.log(`bench classify-5000-cpu median=${fmt(await cpuMedian(page, 5))} ms`);
  // The same page through the sliced path the content script can take for very large forms.
  const slices = await page.evaluate(measureSlicesInPage, 5);
  console.log(`bench classify-5000-sliced-longest-task median=${fmt(median(slices))} ms`);
  const largest = largestCorpusPage();
  let longestReal = 0;
  if (largest) {
    const real = await bench(page, bundle, 'classify-ddg-largest', inertHtml(largest.html), 11, 15);
    longestReal = median(real.longest);
    console.log(`bench classify-ddg-largest-longest-task median=${fmt(longestReal)} ms`);
    console.error(`# classify-ddg-largest: ${largest.file}, ${real.controls} controls (${real.fields} fillable)`);
  } else {
    console.error('# classify-ddg-largest: ../shared/corpus/ddg not found, skipped');
  }
  const scale = median(big.analyse) / median(mid.analyse);
  console.error(`# controls: ${small.controls}, ${mid.controls}, ${big.controls}; 5000 / 500 = ${scale.toFixed(1)}x`);
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
