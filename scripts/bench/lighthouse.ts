// One Lighthouse run of one URL in a fresh Chromium: Lighthouse's mobile defaults (simulated
// slow 4G and a 4x slower CPU, or BENCH_CPU_SLOWDOWN's: cpu.ts), which is what the targets are
// set against.
import { chromiumFlags, chromiumPath } from '../chromium.ts';
import { cpuSlowdown } from './cpu.ts';
import { median } from './median.ts';

export const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof categories)[number];

export interface RunMetrics {
  scores: Record<Category, number>;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  jsBytes: number;
  totalBytes: number;
  requests: number;
  warnings: string[];
  /** Audits Lighthouse could not compute: `id: message`. */
  auditErrors: string[];
  lighthouseVersion: string;
  userAgent: string;
  /** Lighthouse's CPU benchmark of this machine: its 4x CPU slowdown assumes a fast desktop. */
  benchmarkIndex: number;
}

/** The fields of `network-requests` this bench reads; Lighthouse types its details as a wide union. */
interface NetworkRequest {
  url: string;
  statusCode: number;
  resourceType?: string;
  transferSize?: number;
}

export async function runLighthouse(url: string): Promise<RunMetrics> {
  // Both packages are ESM-only and this project is CommonJS, so they load with import().
  const { default: lighthouse } = await import('lighthouse');
  const { launch } = await import('chrome-launcher');
  const chrome = await launch({ chromePath: chromiumPath, chromeFlags: chromiumFlags, logLevel: 'silent' });
  try {
    // Lighthouse merges a partial throttling setting into its mobile preset's.
    const throttling = { cpuSlowdownMultiplier: cpuSlowdown } as NonNullable<Parameters<typeof lighthouse>[1]>['throttling'];
    const result = await lighthouse(url, { port: chrome.port, logLevel: 'error', output: 'json', onlyCategories: [...categories], throttling });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}.`);
    const { lhr } = result;
    const applied = lhr.configSettings.throttling.cpuSlowdownMultiplier;
    if (applied !== cpuSlowdown) throw new Error(`Lighthouse slowed the CPU ${applied}×, not the ${cpuSlowdown}× asked for.`);
    if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    // A redirect or a 404 page would be measured without complaint; only the page asked for counts.
    if (lhr.mainDocumentUrl !== url) throw new Error(`Lighthouse asked for ${url} but measured ${lhr.mainDocumentUrl}.`);
    const requests = ((lhr.audits['network-requests']?.details as { items?: NetworkRequest[] } | undefined)?.items ?? []);
    const document = requests.find((request) => request.url === url);
    if (document?.statusCode !== 200) throw new Error(`${url} answered ${document?.statusCode ?? 'nothing'}, expected 200.`);

    const scores = {} as Record<Category, number>;
    for (const id of categories) {
      const score = lhr.categories[id]?.score;
      if (typeof score !== 'number') {
        const errored = (lhr.categories[id]?.auditRefs ?? [])
          .map((ref) => lhr.audits[ref.id])
          .filter((audit) => audit?.scoreDisplayMode === 'error')
          .map((audit) => `${audit.id}: ${audit.errorMessage ?? 'errored'}`);
        throw new Error(`No ${id} score for ${url}; errored audits: ${errored.join('; ') || 'none listed'}.`);
      }
      scores[id] = score;
    }
    const numeric = (audit: string) => {
      const value = lhr.audits[audit]?.numericValue;
      if (typeof value !== 'number') throw new Error(`No ${audit} value for ${url}: ${lhr.audits[audit]?.errorMessage ?? 'missing'}.`);
      return value;
    };
    const bytes = (list: NetworkRequest[]) => list.reduce((sum, request) => sum + (request.transferSize ?? 0), 0);
    return {
      scores,
      lcpMs: numeric('largest-contentful-paint'),
      tbtMs: numeric('total-blocking-time'),
      cls: numeric('cumulative-layout-shift'),
      jsBytes: bytes(requests.filter((request) => request.resourceType === 'Script')),
      totalBytes: bytes(requests),
      requests: requests.length,
      warnings: lhr.runWarnings,
      auditErrors: Object.values(lhr.audits)
        .filter((audit) => audit.scoreDisplayMode === 'error')
        .map((audit) => `${audit.id}: ${audit.errorMessage ?? 'errored'}`),
      lighthouseVersion: lhr.lighthouseVersion,
      userAgent: lhr.environment.hostUserAgent,
      benchmarkIndex: lhr.environment.benchmarkIndex,
    };
  } finally {
    chrome.kill();
  }
}

export type LighthouseMedian = Omit<RunMetrics, 'warnings' | 'auditErrors' | 'lighthouseVersion' | 'userAgent'>;

export function lighthouseMedians(runs: readonly RunMetrics[]): LighthouseMedian {
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

/**
 * Lighthouse 12.2.3 on this Chromium now and then loses a metric to a trace it cannot read (the
 * same `frame_sequence` error that breaks some diagnostic audits on every run). Such a run is
 * repeated, up to twice, and counted in the report; a page that fails three times stops the bench.
 */
export async function runWithRetries(url: string, retried: string[]): Promise<RunMetrics> {
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
