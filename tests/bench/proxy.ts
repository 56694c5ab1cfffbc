// npm run bench -- proxy: what the proxy adds over calling the (fake) upstream directly.
// The fake Mistral and the proxy run as child processes on 127.0.0.1; this process is the client,
// with keep-alive connections (node:http Agent). Same payload both ways: the proxy's simplify body,
// and directly the chat request the proxy would make of it. Rate limits are set out of the way.
//
//   proxy-overhead-p50/p99: latency of one non-streaming /v1/simplify through the proxy minus the
//     same percentile calling the upstream directly (sequential requests, one at a time); median
//     over ROUNDS rounds; baseline = the direct percentile, ratio = proxy / direct.
//   proxy-rps: requests per second through the proxy with CONCURRENCY requests in flight for
//     RPS_SECONDS; baseline = the same load on the upstream directly; ratio = proxy / direct.
//   proxy-cpu-per-request: CPU time (user + system, from /proc) the proxy process spent per request
//     during the rps runs; baseline = the fake upstream's per direct request. Less swayed than the
//     two above by other work on a shared machine, since it counts only time actually on a core.
import { spawn, type ChildProcess } from 'node:child_process';
import { Agent, request } from 'node:http';
import { createServer } from 'node:net';
import { readFileSync } from 'node:fs';
import { simplifyMessages } from '../../proxy/prompts.ts';

const ROUNDS = 5;
const LATENCY_REQUESTS = 400; // a round, each way
// Load through both paths before measuring, so V8 has optimised the hot code: by count, not time,
// since on a busy machine 3 s held too few requests (the SDK path was still getting faster after
// 10 s of load at load average 11); capped in time so the benchmark ends whatever the machine.
const WARMUP_REQUESTS = 6000;
const WARMUP_MAX_SECONDS = 20;
const CONCURRENCY = 16;
const RPS_SECONDS = 2;
const RPS_MAX_REQUESTS = 40_000; // a round; bounds the loop whatever the machine
const BENCH_DEADLINE_MS = 120_000;

const SIMPLIFY = {
  text: 'Der Antrag ist spätestens 15 Tage vor Reiseantritt bei der zuständigen Auslandsvertretung zu stellen. Bitte bringen Sie alle Unterlagen im Original mit.',
  portalId: 'de-videx',
  language: 'de-simple',
} as const;
const DIRECT = { model: 'mistral-small-latest', messages: simplifyMessages(SIMPLIFY), max_tokens: 500, temperature: 0.2, stream: false };

const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
const children: ChildProcess[] = [];
const started = Date.now();

interface Target {
  url: string;
  body: string;
  headers: Record<string, string>;
}

function post(target: Target): Promise<number> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const req = request(target.url, { method: 'POST', agent, headers: target.headers }, (res) => {
      res.resume();
      res.on('end', () => {
        if (res.statusCode !== 200) reject(new Error(`${target.url} answered ${res.statusCode}`));
        else resolve(performance.now() - t0);
      });
    });
    req.on('error', reject);
    req.end(target.body);
  });
}

function target(url: string, body: object): Target {
  const text = JSON.stringify(body);
  return { url, body: text, headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(text)) } };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}
const median = (values: number[]) => percentile([...values].sort((a, b) => a - b), 50);

async function latencies(t: Target, n: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(await post(t));
  return out.sort((a, b) => a - b);
}

async function requestsPerSecond(t: Target, seconds = RPS_SECONDS, maxRequests = RPS_MAX_REQUESTS): Promise<number> {
  let done = 0;
  const t0 = performance.now();
  const until = t0 + seconds * 1000;
  const worker = async () => {
    while (performance.now() < until && done < maxRequests) {
      await post(t);
      done++;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return done / ((performance.now() - t0) / 1000);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** CPU time of a process so far, in microseconds (Linux /proc/PID/stat utime + stime, in clock ticks of 10 ms). */
function cpuMicros(pid: number | undefined): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) * 10_000;
}

function startChild(file: string, args: string[], env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', file, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
  children.push(child);
  return child;
}

async function waitFor(url: string): Promise<void> {
  const deadline = Date.now() + 60_000; // loading the SDK takes seconds on a busy machine
  for (;;) {
    try {
      const res = await fetch(url, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
      if (res.status > 0) return;
    } catch {
      if (Date.now() > deadline) throw new Error(`${url} did not come up`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

const fmt = (v: number) => (Math.abs(v) >= 100 ? v.toFixed(0) : v.toFixed(2));

async function main(): Promise<void> {
  const upstreamPort = await freePort();
  const proxyPort = await freePort();
  const upstreamUrl = `http://127.0.0.1:${upstreamPort}`;
  const fakeProcess = startChild('proxy/testing/fake-mistral-cli.ts', [String(upstreamPort)], {});
  const proxyProcess = startChild('proxy/main.ts', [], {
    MISTRAL_API_KEY: 'bench-key',
    MISTRAL_SERVER_URL: upstreamUrl,
    PORT: String(proxyPort),
    RATE_LIMIT_POINTS: '1000000000', // the benchmark measures the proxy, not its limits
    LOG_LEVEL: 'info', // production level: the cost of the request log is part of the overhead
  });
  await waitFor(`${upstreamUrl}/v1/chat/completions`);
  await waitFor(`http://127.0.0.1:${proxyPort}/healthz`);

  const direct = target(`${upstreamUrl}/v1/chat/completions`, DIRECT);
  const viaProxy = target(`http://127.0.0.1:${proxyPort}/v1/simplify?stream=false`, SIMPLIFY);
  await requestsPerSecond(direct, WARMUP_MAX_SECONDS, WARMUP_REQUESTS);
  await requestsPerSecond(viaProxy, WARMUP_MAX_SECONDS, WARMUP_REQUESTS);

  const rounds: { direct: number[]; proxy: number[] }[] = [];
  for (let r = 0; r < ROUNDS && Date.now() - started < BENCH_DEADLINE_MS; r++) {
    rounds.push({ direct: await latencies(direct, LATENCY_REQUESTS), proxy: await latencies(viaProxy, LATENCY_REQUESTS) });
  }
  for (const p of [50, 99]) {
    const directP = median(rounds.map((round) => percentile(round.direct, p)));
    const proxyP = median(rounds.map((round) => percentile(round.proxy, p)));
    const overhead = median(rounds.map((round) => percentile(round.proxy, p) - percentile(round.direct, p)));
    console.log(`bench proxy-overhead-p${p} median=${fmt(overhead)} ms baseline=${fmt(directP)} ms ratio=${(proxyP / directP).toFixed(2)}`);
  }

  const directRps: number[] = [];
  const proxyRps: number[] = [];
  const directCpu: number[] = [];
  const proxyCpu: number[] = [];
  const measured = async (t: Target, pid: number | undefined, rps: number[], cpu: number[]) => {
    const before = cpuMicros(pid);
    const t0 = performance.now();
    const rate = await requestsPerSecond(t);
    rps.push(rate);
    cpu.push((cpuMicros(pid) - before) / (rate * ((performance.now() - t0) / 1000)));
  };
  for (let r = 0; r < 3 && Date.now() - started < BENCH_DEADLINE_MS; r++) {
    await measured(direct, fakeProcess.pid, directRps, directCpu);
    await measured(viaProxy, proxyProcess.pid, proxyRps, proxyCpu);
  }
  console.log(
    `bench proxy-rps median=${fmt(median(proxyRps))} req/s baseline=${fmt(median(directRps))} req/s ratio=${(median(proxyRps) / median(directRps)).toFixed(2)}`,
  );
  console.log(
    `bench proxy-cpu-per-request median=${fmt(median(proxyCpu))} us baseline=${fmt(median(directCpu))} us ratio=${(median(proxyCpu) / median(directCpu)).toFixed(2)}`,
  );
}

try {
  await main();
} finally {
  agent.destroy();
  for (const child of children) child.kill('SIGTERM');
}
