// npm run bench: cold build time and size, then Lighthouse (mobile) medians for our key pages,
// for the stock plugin/theme's reference page built from the same spec, and for a page of bare
// Docusaurus (the floor under our guide pages).
// A report: missed targets still exit 0; any failed build, run or page exits non-zero.
// BENCH_RUNS=3 runs per page, BENCH_SKIP_BUILD=1 reuses both builds, BENCH_PAGES=home,reference
// picks pages by name or path. BENCH_BASELINE=<a build/ folder> measures our pages there too,
// each run of a page right after the same run on the baseline, and prints before → after: the
// host's drift then falls on both alike. Everything, per run, goes to .bench/results.json.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromiumPath } from '../chromium.ts';
import { errorCodesPage } from '../../openapi/site-paths.ts';
import { bundledSpecPath, path } from '../load.ts';
import { buildOurSite, buildSize, coldEnv, type BuildSize } from './build.ts';
import { median } from './median.ts';
import { categories, runLighthouse, type Category, type RunMetrics } from './lighthouse.ts';
import { assertGzip, serveCompressed, type Served } from './serve.ts';
import { barePagePath, bareBuildDir, buildBareSite } from './bare-site.ts';
import { buildStockSite, stockBuildDir, stockReferencePath } from './stock-site.ts';

type Site = 'ours' | 'stock' | 'bare' | 'baseline';

interface Page {
  name: string;
  site: Site;
  path: string;
  /** Reference pages carry the API explorer, so they get their own performance and JS budget. */
  reference: boolean;
}

const ourPages: Page[] = [
  { name: 'home', site: 'ours', path: '/', reference: false },
  { name: 'quickstart', site: 'ours', path: '/messaging/quickstart/', reference: false },
  { name: 'reference', site: 'ours', path: '/rest/messaging/send-message/', reference: true },
  { name: 'error-codes', site: 'ours', path: errorCodesPage, reference: false },
  // A page of cards, where DocCard's emoji check runs once per card.
  { name: 'tag', site: 'ours', path: '/rest/messaging/messages/', reference: false },
];
const stockName = 'stock-reference';
const bareName = 'bare-docusaurus';

const KB = 1024;
const targets = { referencePerformance: 0.9, referenceJsBytes: 450 * KB, otherPerformance: 0.95, accessibility: 1, cls: 0.05 };

type Median = Omit<RunMetrics, 'warnings' | 'auditErrors' | 'lighthouseVersion' | 'userAgent'>;

function medians(runs: RunMetrics[]): Median {
  const of = (pick: (run: RunMetrics) => number) => median(runs.map(pick));
  const scores = {} as Record<Category, number>;
  for (const id of categories) scores[id] = of((run) => run.scores[id]);
  return {
    scores,
    lcpMs: of((run) => run.lcpMs),
    tbtMs: of((run) => run.tbtMs),
    cls: of((run) => run.cls),
    jsBytes: of((run) => run.jsBytes),
    totalBytes: of((run) => run.totalBytes),
    requests: of((run) => run.requests),
    benchmarkIndex: of((run) => run.benchmarkIndex),
  };
}

function checkTargets(page: Page, m: Median) {
  const performance = page.reference ? targets.referencePerformance : targets.otherPerformance;
  return [
    { target: `performance ≥ ${performance.toFixed(2)}`, value: m.scores.performance.toFixed(2), met: m.scores.performance >= performance },
    { target: 'accessibility = 1.00', value: m.scores.accessibility.toFixed(2), met: m.scores.accessibility >= targets.accessibility },
    { target: `CLS ≤ ${targets.cls}`, value: m.cls.toFixed(3), met: m.cls <= targets.cls },
    ...(page.reference
      ? [{ target: `JS ≤ ${targets.referenceJsBytes / KB} KB`, value: `${kb(m.jsBytes)} KB`, met: m.jsBytes <= targets.referenceJsBytes }]
      : []),
  ];
}

const kb = (bytes: number) => (bytes / KB).toFixed(1);
const ratio = (ours: number, stock: number) => (stock === 0 ? 'n/a' : `${(ours / stock).toFixed(2)}×`);

function selectPages(): { pages: Page[]; withStock: boolean; withBare: boolean } {
  const wanted = process.env.BENCH_PAGES?.split(',').map((name) => name.trim()).filter(Boolean);
  if (!wanted?.length) return { pages: ourPages, withStock: true, withBare: true };
  const known = [...ourPages.flatMap((page) => [page.name, page.path]), stockName, bareName];
  const unknown = wanted.filter((name) => !known.includes(name));
  if (unknown.length) throw new Error(`BENCH_PAGES: unknown ${unknown.join(', ')}; pages are ${[...ourPages.map((page) => page.name), stockName, bareName].join(', ')}.`);
  return {
    pages: ourPages.filter((page) => wanted.includes(page.name) || wanted.includes(page.path)),
    withStock: wanted.includes(stockName),
    withBare: wanted.includes(bareName),
  };
}

function runCount(): number {
  const runs = Number(process.env.BENCH_RUNS ?? 3);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`BENCH_RUNS must be a whole number ≥ 1, not ${process.env.BENCH_RUNS}.`);
  return runs;
}

/**
 * Lighthouse 12.2.3 on this Chromium now and then loses a metric to a trace it cannot read (the
 * same `frame_sequence` error that breaks some diagnostic audits on every run). Such a run is
 * repeated, up to twice, and counted in the report; a page that fails three times stops the bench.
 */
async function runWithRetries(url: string, retried: string[]): Promise<RunMetrics> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await runLighthouse(url);
    } catch (error) {
      if (attempt === 3) throw error;
      const message = error instanceof Error ? error.message : String(error);
      retried.push(message);
      console.log(`    retrying: ${message}`);
    }
  }
}

function chromiumVersion(): string {
  // Debian's wrapper script prints a shell complaint on stderr; the version is on stdout.
  return execFileSync(chromiumPath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
}

/** The build to compare ours with, from BENCH_BASELINE: a folder holding a Docusaurus build. */
function baselineDir(): string | undefined {
  const dir = process.env.BENCH_BASELINE?.trim();
  if (!dir) return undefined;
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`BENCH_BASELINE: ${dir} holds no index.html; point it at a build/ folder.`);
  return dir;
}

const baselineOf = (page: Page): Page => ({ ...page, name: `${page.name} (baseline)`, site: 'baseline' });

async function main() {
  const started = performance.now();
  const runs = runCount();
  const { pages, withStock, withBare } = selectPages();
  const skipBuild = process.env.BENCH_SKIP_BUILD === '1';
  const baseline = baselineDir();
  const ourBuildDir = path('build');

  console.log(skipBuild ? 'Reusing the existing builds (BENCH_SKIP_BUILD=1).' : 'Cold builds:');
  let buildSeconds: number | null = null;
  let stockBuildSeconds: number | null = null;
  let bareBuildSeconds: number | null = null;
  if (!skipBuild) buildSeconds = await buildOurSite();
  if (!existsSync(join(ourBuildDir, 'index.html'))) throw new Error('No build/ to measure: run without BENCH_SKIP_BUILD=1.');
  if (withStock && !skipBuild) {
    if (!existsSync(path(bundledSpecPath))) throw new Error(`No ${bundledSpecPath}: our build makes it.`);
    stockBuildSeconds = await buildStockSite(coldEnv());
  }
  if (withStock && !existsSync(join(stockBuildDir, '404.html'))) throw new Error('No stock build to measure: run without BENCH_SKIP_BUILD=1.');
  if (withBare && !skipBuild) bareBuildSeconds = await buildBareSite(coldEnv());
  if (withBare && !existsSync(join(bareBuildDir, '404.html'))) throw new Error('No bare Docusaurus build to measure: run without BENCH_SKIP_BUILD=1.');
  const sizes: { ours: BuildSize; stock?: BuildSize; bare?: BuildSize } = {
    ours: buildSize(ourBuildDir),
    stock: withStock ? buildSize(stockBuildDir) : undefined,
    bare: withBare ? buildSize(bareBuildDir) : undefined,
  };
  if (buildSeconds !== null) {
    console.log(`  our build: ${buildSeconds.toFixed(1)} s; stock build: ${stockBuildSeconds?.toFixed(1) ?? '-'} s; bare build: ${bareBuildSeconds?.toFixed(1) ?? '-'} s`);
  }

  const allPages: Page[] = [
    // A baseline page just before ours, so the two alternate run by run (below).
    ...pages.flatMap((page) => (baseline ? [baselineOf(page), page] : [page])),
    ...(withStock ? [{ name: stockName, site: 'stock' as const, path: stockReferencePath(), reference: true }] : []),
    ...(withBare ? [{ name: bareName, site: 'bare' as const, path: barePagePath, reference: false }] : []),
  ];
  const servers: Partial<Record<Site, Served>> = {};
  const results: { page: Page; runs: RunMetrics[]; median: Median }[] = [];
  const retried: string[] = [];
  try {
    servers.ours = await serveCompressed(ourBuildDir, { trailingSlash: true });
    if (withStock) servers.stock = await serveCompressed(stockBuildDir);
    if (withBare) servers.bare = await serveCompressed(bareBuildDir, { trailingSlash: true });
    if (baseline) servers.baseline = await serveCompressed(baseline, { trailingSlash: true });
    // Every page must answer 200 with gzip before Lighthouse spends minutes on it.
    for (const page of allPages) await assertGzip(servers[page.site]!.url + page.path);

    console.log(`\nLighthouse ${runs}× per page (mobile, simulated throttling):`);
    // A page and its baseline take turns, run by run.
    const groups = allPages.reduce<Page[][]>((all, page) => {
      if (page.site === 'ours' && all.at(-1)?.[0].site === 'baseline') all.at(-1)!.push(page);
      else all.push([page]);
      return all;
    }, []);
    for (const group of groups) {
      const groupRuns = group.map(() => [] as RunMetrics[]);
      for (let i = 1; i <= runs; i++) {
        for (const [at, page] of group.entries()) {
          const runStarted = performance.now();
          const metrics = await runWithRetries(servers[page.site]!.url + page.path, retried);
          groupRuns[at].push(metrics);
          console.log(
            `  ${page.name} ${i}/${runs}: performance ${metrics.scores.performance.toFixed(2)}, TBT ${Math.round(metrics.tbtMs)} ms, ` +
              `JS ${kb(metrics.jsBytes)} KB (${((performance.now() - runStarted) / 1000).toFixed(0)} s)`,
          );
        }
      }
      for (const [at, page] of group.entries()) results.push({ page, runs: groupRuns[at], median: medians(groupRuns[at]) });
    }
  } finally {
    await Promise.all(Object.values(servers).map((server) => server.close()));
  }

  // The report: markdown, so it can be pasted into the README as is.
  const lines = [
    '| Page | Path | Performance | Accessibility | Best practices | SEO | LCP (ms) | TBT (ms) | CLS | JS (KB, gzip) | Total (KB) |',
    '| --- | --- | --: | --: | --: | --: | --: | --: | --: | --: | --: |',
  ];
  for (const { page, median: m } of results) {
    lines.push(
      `| ${page.name} | \`${page.path}\` | ${m.scores.performance.toFixed(2)} | ${m.scores.accessibility.toFixed(2)} | ` +
        `${m.scores['best-practices'].toFixed(2)} | ${m.scores.seo.toFixed(2)} | ${Math.round(m.lcpMs)} | ${Math.round(m.tbtMs)} | ` +
        `${m.cls.toFixed(3)} | ${kb(m.jsBytes)} | ${kb(m.totalBytes)} |`,
    );
  }
  const ours = results.find((result) => result.page.name === 'reference')?.median;
  const stock = results.find((result) => result.page.name === stockName)?.median;
  const ratios = ours && stock
    ? { jsBytes: ours.jsBytes / stock.jsBytes, tbtMs: ours.tbtMs / stock.tbtMs, performance: ours.scores.performance / stock.scores.performance }
    : undefined;
  if (ours && stock) {
    lines.push(
      `| reference ÷ stock | | ${ratio(ours.scores.performance, stock.scores.performance)} | | | | | ` +
        `${ratio(ours.tbtMs, stock.tbtMs)} | | ${ratio(ours.jsBytes, stock.jsBytes)} | |`,
    );
  }
  const chromium = chromiumVersion();
  const lighthouseVersion = results[0]?.runs[0]?.lighthouseVersion ?? 'unknown';
  const benchmarkIndex = median(results.flatMap((result) => result.runs.map((run) => run.benchmarkIndex)));
  console.log(
    `\nMedians of ${runs} run(s), Lighthouse ${lighthouseVersion} mobile defaults, ${chromium}, ` +
      `gzip on loopback, benchmarkIndex ${Math.round(benchmarkIndex)}:\n`,
  );
  console.log(lines.join('\n'));

  if (baseline) {
    console.log(`\nBaseline (${baseline}) → ours, same run, medians of ${runs}; TBT ranges are the lowest and highest run:\n`);
    console.log('| Page | Performance | TBT (ms) | TBT range (ms) | JS (KB, gzip) |\n| --- | --: | --: | --: | --: |');
    const range = (pageRuns: RunMetrics[]) => {
      const tbt = pageRuns.map((run) => Math.round(run.tbtMs));
      return `${Math.min(...tbt)}–${Math.max(...tbt)}`;
    };
    for (const after of results.filter((result) => result.page.site === 'ours')) {
      const before = results.find((result) => result.page.name === baselineOf(after.page).name)!;
      const [b, a] = [before.median, after.median];
      console.log(
        `| ${after.page.name} | ${b.scores.performance.toFixed(2)} → ${a.scores.performance.toFixed(2)} | ` +
          `${Math.round(b.tbtMs)} → ${Math.round(a.tbtMs)} | ${range(before.runs)} → ${range(after.runs)} | ${kb(b.jsBytes)} → ${kb(a.jsBytes)} |`,
      );
    }
  }

  const checked = results.filter(({ page }) => page.site !== 'baseline').map(({ page, median: m }) => ({ page: page.name, checks: checkTargets(page, m) }));
  console.log('\nTargets (medians, mobile):\n');
  console.log('| Page | Checks | Meets all |\n| --- | --- | --- |');
  for (const { page, checks } of checked) {
    const cells = checks.map((check) => `${check.met ? '✅' : '❌'} ${check.target} (${check.value})`).join('; ');
    console.log(`| ${page} | ${cells} | ${checks.every((check) => check.met) ? 'yes' : 'no'} |`);
  }

  const describe = (label: string, size: BuildSize | undefined, seconds: number | null) =>
    size &&
    `  ${label}: ${seconds === null ? 'build time not measured (reused)' : `${seconds.toFixed(1)} s cold build`}; ` +
      `${(size.bytes / KB / KB).toFixed(1)} MB in ${size.files} files; ` +
      `JS ${(size.jsBytes / KB / KB).toFixed(2)} MB raw, ${(size.jsGzipBytes / KB / KB).toFixed(2)} MB gzip (${size.jsFiles} files)`;
  const builds = [
    describe('ours (npm run build)', sizes.ours, buildSeconds),
    describe('stock (docusaurus build)', sizes.stock, stockBuildSeconds),
    describe('bare Docusaurus (docusaurus build)', sizes.bare, bareBuildSeconds),
  ];
  console.log(`\nBuilds:\n${builds.filter(Boolean).join('\n')}`);

  // Lighthouse's own trouble (audits that errored, run warnings) says how far to trust a number.
  const problems = new Map<string, Set<string>>();
  for (const { page, runs: pageRuns } of results) {
    for (const problem of pageRuns.flatMap((run) => [...run.warnings, ...run.auditErrors])) {
      problems.set(problem, (problems.get(problem) ?? new Set()).add(page.name));
    }
  }
  if (retried.length) console.log(`\nRuns repeated after Lighthouse failed to score them: ${retried.length}.`);
  if (problems.size) {
    console.log('\nLighthouse warnings and errored audits (not scored, or scored without them):');
    for (const [problem, where] of problems) console.log(`  - ${problem} [${[...where].join(', ')}]`);
  }

  const wallSeconds = (performance.now() - started) / 1000;
  mkdirSync(path('.bench'), { recursive: true });
  const report = {
    date: new Date().toISOString(),
    wallSeconds,
    versions: { lighthouse: lighthouseVersion, chromium, userAgent: results[0]?.runs[0]?.userAgent, node: process.version },
    benchmarkIndex,
    settings: { runs, formFactor: 'mobile', throttling: 'Lighthouse defaults (simulated)', compression: 'gzip', skipBuild, baseline },
    builds: {
      ours: { command: 'npm run build', seconds: buildSeconds, size: sizes.ours },
      stock: withStock ? { command: 'docusaurus build', seconds: stockBuildSeconds, size: sizes.stock } : undefined,
      bare: withBare ? { command: 'docusaurus build', seconds: bareBuildSeconds, size: sizes.bare } : undefined,
    },
    targets,
    pages: results.map(({ page, runs: pageRuns, median: m }) => ({
      ...page,
      median: m,
      targets: checked.find((check) => check.page === page.name)?.checks,
      runs: pageRuns,
    })),
    referenceOverStock: ratios,
    retriedRuns: retried,
  };
  writeFileSync(path('.bench/results.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nWrote .bench/results.json. Wall time ${(wallSeconds / 60).toFixed(1)} min.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
