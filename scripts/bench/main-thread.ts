// npm run bench:main-thread -- <baseline build/> [page path,...]: the main-thread time a page
// costs on two builds, loaded in turns in one Chromium at a 4× CPU slowdown. Lighthouse's TBT
// is simulated from one trace and spans a factor of two between runs here; Chromium's own
// counters of script and task time (CDP Performance.getMetrics) move far less, so a change of
// 100 ms shows in a dozen runs. A report, like the bench: it exits non-zero only when it cannot run.
// BENCH_RUNS=12 loads per page and build.
// cspell:words longtask
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../chromium.ts';
import { errorCodesPage } from '../../openapi/site-paths.ts';
import { path } from '../load.ts';
import { median } from './median.ts';
import { serveCompressed, type Served } from './serve.ts';

const defaultPages = ['/', '/messaging/quickstart/', '/rest/messaging/send-message/', errorCodesPage, '/rest/messaging/messages/'];
/** Long enough after `load` for hydration, the effects after it and the idle-time prefetches. */
const settleMs = 3000;

interface Sample {
  /** The part of each long task over 50 ms, summed, as TBT counts it (to the end of settleMs). */
  blockingMs: number;
  scriptMs: number;
  taskMs: number;
}

function buildDir(dir: string | undefined, what: string): string {
  if (!dir || !existsSync(join(dir, 'index.html'))) throw new Error(`${what}: ${dir ?? '(none given)'} holds no index.html; give a build/ folder.`);
  return dir;
}

async function sample(browser: Awaited<ReturnType<typeof launchBrowser>>, url: string): Promise<Sample> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await cdp.send('Performance.enable');
    await page.addInitScript(() => {
      const total = { blocking: 0 };
      (window as unknown as { benchBlocking: typeof total }).benchBlocking = total;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) total.blocking += Math.max(0, entry.duration - 50);
      }).observe({ type: 'longtask', buffered: true });
    });
    const response = await page.goto(url, { waitUntil: 'load' });
    if (!response?.ok()) throw new Error(`${url} answered ${response?.status()}`);
    await page.waitForTimeout(settleMs);
    const metrics = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((metric) => [metric.name, metric.value]));
    const blockingMs = await page.evaluate(() => (window as unknown as { benchBlocking: { blocking: number } }).benchBlocking.blocking);
    return { blockingMs, scriptMs: metrics.ScriptDuration * 1000, taskMs: metrics.TaskDuration * 1000 };
  } finally {
    await context.close();
  }
}

async function main() {
  const [baselineArg, pagesArg] = process.argv.slice(2);
  const builds = { baseline: buildDir(baselineArg, 'baseline'), ours: buildDir(path('build'), 'ours (npm run build first)') };
  const pages = pagesArg ? pagesArg.split(',') : defaultPages;
  const runs = Number(process.env.BENCH_RUNS ?? 12);
  if (!Number.isInteger(runs) || runs < 2) throw new Error(`BENCH_RUNS must be a whole number ≥ 2, not ${process.env.BENCH_RUNS}.`);

  const browser = await launchBrowser();
  const servers: Served[] = [];
  try {
    const baseline = await serveCompressed(builds.baseline, { trailingSlash: true });
    servers.push(baseline);
    const ours = await serveCompressed(builds.ours, { trailingSlash: true });
    servers.push(ours);
    console.log(`${runs} loads per page and build, in turns, CPU slowed 4×; medians in ms (baseline ${builds.baseline} → ours):\n`);
    console.log('| Page | Script | Tasks | Blocking (over 50 ms) | Script, ours − baseline, per pair (median) |');
    console.log('| --- | --: | --: | --: | --: |');
    for (const pagePath of pages) {
      const taken = { baseline: [] as Sample[], ours: [] as Sample[] };
      for (let i = 0; i < runs; i++) {
        // Who goes first alternates, so a warm cache or a busy moment favours neither.
        const order = i % 2 ? (['ours', 'baseline'] as const) : (['baseline', 'ours'] as const);
        for (const which of order) taken[which].push(await sample(browser, (which === 'ours' ? ours : baseline).url + pagePath));
      }
      const of = (which: 'baseline' | 'ours', pick: (s: Sample) => number) => Math.round(median(taken[which].map(pick)));
      const cell = (pick: (s: Sample) => number) => `${of('baseline', pick)} → ${of('ours', pick)}`;
      const pairs = taken.ours.map((s, i) => s.scriptMs - taken.baseline[i].scriptMs);
      console.log(`| \`${pagePath}\` | ${cell((s) => s.scriptMs)} | ${cell((s) => s.taskMs)} | ${cell((s) => s.blockingMs)} | ${Math.round(median(pairs))} |`);
    }
  } finally {
    await browser.close();
    await Promise.all(servers.map((server) => server.close()));
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
