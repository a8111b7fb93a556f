// npm run bench: per page and per build, Lighthouse (mobile) medians beside the long tasks
// after the first contentful paint that Chromium reports at a 4× CPU slowdown (cpu.ts) on a
// phone screen, for our pages, BENCH_BASELINE's when given, and a page of bare Docusaurus (the
// floor the targets are set against), all from one run. Loads of every page and build take turns.
// A report: missed targets still exit 0; any failed build, run or page exits non-zero.
// BENCH_CPU_SLOWDOWN=4 for Lighthouse and the loads (cpu.ts). BENCH_RUNS=3 Lighthouse runs and
// BENCH_TASK_RUNS=5 loads per page and build; BENCH_PAGES picks pages (pages.ts);
// BENCH_SKIP_BUILD=1 reuses builds, ours from BENCH_BUILD=<build/> if given.
// Everything, per run and per load, goes to .bench/results.json.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromiumPath, launchBrowser } from '../chromium.ts';
import { path } from '../load.ts';
import { median } from './median.ts';
import { lighthouseMedians, runWithRetries, type RunMetrics } from './lighthouse.ts';
import { floorPage, selectPages, stockName, type Build, type Page } from './pages.ts';
import { buildFromEnv, prepareFloor, prepareOurs, prepareStock, type Prepared } from './prepare.ts';
import { beforeAfterTable, figuresTable, longestTasks, verdictLines, type Result } from './report.ts';
import { assertGzip, serveCompressed, type Served } from './serve.ts';
import { stockReferencePath } from './stock-site.ts';
import { targets, verdicts } from './targets.ts';
import { cpuSlowdown, defaultCpuSlowdown } from './cpu.ts';
import { loadTasks, phone, settleMs } from './task-loads.ts';
import { taskMedians, type TaskSample } from './tasks.ts';
import { inTurns } from './turns.ts';

interface Measured {
  page: Page;
  build: Build;
  url: string;
}

function count(name: 'BENCH_RUNS' | 'BENCH_TASK_RUNS', fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number ≥ 1, not ${process.env[name]}.`);
  return value;
}

function chromiumVersion(): string {
  // Debian's wrapper script prints a shell complaint on stderr; the version is on stdout.
  return execFileSync(chromiumPath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
}

const label = ({ page, build }: { page: Page; build: Build }) => (build === 'ours' ? page.name : `${page.name} (${build})`);

async function main() {
  const started = performance.now();
  const runs = count('BENCH_RUNS', 3);
  const taskRuns = count('BENCH_TASK_RUNS', 5);
  const { pages, withStock } = selectPages(process.env.BENCH_PAGES);
  const skipBuild = process.env.BENCH_SKIP_BUILD === '1';
  const baselineDir = buildFromEnv('BENCH_BASELINE');

  console.log(skipBuild ? 'Reusing the existing builds (BENCH_SKIP_BUILD=1), building what is missing:' : 'Cold builds:');
  const builds: Partial<Record<Build, Prepared>> = { ours: await prepareOurs(skipBuild), floor: await prepareFloor(skipBuild) };
  if (withStock) builds.stock = await prepareStock(skipBuild);
  for (const [build, { dir, seconds }] of Object.entries(builds)) {
    console.log(`  ${build}: ${dir}${seconds === null ? ' (reused)' : `, ${seconds.toFixed(1)} s cold`}`);
  }
  if (baselineDir) console.log(`  baseline: ${baselineDir} (BENCH_BASELINE)`);

  const servers: Partial<Record<Build, Served>> = {};
  const results: Result[] = [];
  const retried: string[] = [];
  const skipped: string[] = [];
  try {
    servers.ours = await serveCompressed(builds.ours!.dir, { trailingSlash: true });
    servers.floor = await serveCompressed(builds.floor!.dir, { trailingSlash: true });
    if (builds.stock) servers.stock = await serveCompressed(builds.stock.dir);
    if (baselineDir) servers.baseline = await serveCompressed(baselineDir, { trailingSlash: true });
    const at = (page: Page, build: Build): Measured => ({ page, build, url: servers[build]!.url + page.path });

    const measured: Measured[] = [];
    for (const page of pages) {
      // An older baseline may not have a page yet; that page is then measured on ours alone.
      if (baselineDir) {
        const before = at(page, 'baseline');
        const missing = await assertGzip(before.url).then(() => undefined, (error: Error) => error.message);
        if (missing) skipped.push(`${page.name} (${missing})`);
        else measured.push(before);
      }
      measured.push(at(page, 'ours'));
    }
    measured.push(at(floorPage, 'floor'));
    if (builds.stock) measured.push(at({ name: stockName, path: stockReferencePath(), reference: true }, 'stock'));
    // Every page must answer 200 with gzip before Lighthouse spends minutes on it.
    for (const { url } of measured) await assertGzip(url);

    const lighthouse = new Map<Measured, RunMetrics[]>(measured.map((item) => [item, []]));
    console.log(`\nLighthouse, ${runs} run(s) of each page and build in turns (mobile, simulated throttling, CPU ${cpuSlowdown}×):`);
    for (const { round, item } of inTurns(measured, runs)) {
      const runStarted = performance.now();
      const metrics = await runWithRetries(item.url, retried);
      lighthouse.get(item)!.push(metrics);
      console.log(
        `  ${label(item)} ${round + 1}/${runs}: performance ${metrics.scores.performance.toFixed(2)}, TBT ${Math.round(metrics.tbtMs)} ms ` +
          `(${((performance.now() - runStarted) / 1000).toFixed(0)} s)`,
      );
    }

    const tasks = new Map<Measured, TaskSample[]>(measured.map((item) => [item, []]));
    console.log(`\nLong tasks after FCP, ${taskRuns} load(s) of each page and build in turns (CPU ${cpuSlowdown}×, phone screen):`);
    const browser = await launchBrowser();
    try {
      for (const { round, item } of inTurns(measured, taskRuns)) {
        const sample = await loadTasks(browser, item.url);
        tasks.get(item)!.push(sample);
        console.log(`  ${label(item)} ${round + 1}/${taskRuns}: blocking ${Math.round(sample.blockingMs)} ms, longest ${Math.round(sample.longestMs)} ms`);
      }
    } finally {
      await browser.close();
    }
    for (const item of measured) {
      const [lighthouseRuns, taskSamples] = [lighthouse.get(item)!, tasks.get(item)!];
      results.push({ page: item.page, build: item.build, lighthouse: lighthouseRuns, lighthouseMedian: lighthouseMedians(lighthouseRuns), tasks: taskSamples, taskMedian: taskMedians(taskSamples) });
    }
  } finally {
    await Promise.all(Object.values(servers).map((server) => server.close()));
  }

  const floor = results.find((result) => result.build === 'floor')!;
  const chromium = chromiumVersion();
  const lighthouseVersion = results[0].lighthouse[0].lighthouseVersion;
  const benchmarkIndex = median(results.flatMap((result) => result.lighthouse.map((run) => run.benchmarkIndex)));
  console.log(
    `\nMedians: Lighthouse ${lighthouseVersion} mobile defaults${cpuSlowdown === defaultCpuSlowdown ? '' : ` but a ${cpuSlowdown}× CPU`}, ${runs} run(s), benchmarkIndex ${Math.round(benchmarkIndex)}; ` +
      `long tasks after FCP from ${taskRuns} load(s) at ${cpuSlowdown}× CPU, ${phone.viewport.width}×${phone.viewport.height} ` +
      `at ${phone.deviceScaleFactor}×, network not slowed; ${chromium}, gzip on loopback:\n`,
  );
  console.log(figuresTable(results, floor).join('\n'));
  if (baselineDir) {
    console.log(`\nBaseline (${baselineDir}) → ours, same run, in turns:\n`);
    console.log(beforeAfterTable(results).join('\n'));
  }
  for (const note of skipped) console.log(`Not on the baseline: ${note}`);
  console.log(`\nLong tasks after FCP in each page's median load (by blocking time), longest first:\n`);
  console.log(longestTasks(results).join('\n'));

  const ours = results.filter((result) => result.build === 'ours');
  const verdict = verdicts(
    ours.map(({ page, lighthouseMedian: lh, taskMedian: task }) => ({
      name: page.name,
      reference: page.reference,
      performance: lh.scores.performance,
      lcpMs: lh.lcpMs,
      cls: lh.cls,
      jsBytes: lh.jsBytes,
      blockingAfterPaintMs: task.blockingMs,
    })),
    floor.lighthouseMedian.scores.performance,
  );
  console.log(`\nTargets (medians of this run, on ${ours.map((result) => result.page.name).join(', ')}):\n`);
  console.log(verdictLines(verdict).join('\n'));

  // Lighthouse's own trouble (audits that errored, run warnings) says how far to trust a number.
  const problems = new Map<string, Set<string>>();
  for (const result of results) {
    for (const problem of result.lighthouse.flatMap((run) => [...run.warnings, ...run.auditErrors])) {
      problems.set(problem, (problems.get(problem) ?? new Set()).add(label(result)));
    }
  }
  if (retried.length) console.log(`\nRuns repeated after Lighthouse failed to score them: ${retried.length}.`);
  if (problems.size) {
    console.log('\nLighthouse warnings and errored audits (not scored, or scored without them):');
    for (const [problem, where] of problems) console.log(`  - ${problem} [${[...where].join(', ')}]`);
  }
  const sizes = Object.entries(builds).map(([build, { size }]) => `${build} ${(size.jsGzipBytes / 1024 / 1024).toFixed(2)} MB`);
  console.log(`\nJavaScript in each build, gzip: ${sizes.join(', ')}.`);

  const wallSeconds = (performance.now() - started) / 1000;
  mkdirSync(path('.bench'), { recursive: true });
  const report = {
    date: new Date().toISOString(),
    wallSeconds,
    versions: { lighthouse: lighthouseVersion, chromium, userAgent: results[0].lighthouse[0].userAgent, node: process.version },
    benchmarkIndex,
    settings: {
      runs,
      taskRuns,
      lighthouse: { formFactor: 'mobile', throttling: 'Lighthouse defaults (simulated)', cpuSlowdownMultiplier: cpuSlowdown },
      tasks: { cpuSlowdown, ...phone, settleMs, network: 'loopback, not slowed' },
      compression: 'gzip',
      skipBuild,
      baseline: baselineDir,
    },
    builds,
    targets: { limits: targets, verdicts: verdict },
    notOnBaseline: skipped,
    pages: results,
    retriedRuns: retried,
  };
  writeFileSync(path('.bench/results.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nWrote .bench/results.json. Wall time ${(wallSeconds / 60).toFixed(1)} min.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
