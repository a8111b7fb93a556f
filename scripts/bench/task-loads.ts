// One load of a page in Chromium as a slow phone: the CPU slowed 4× (CDP; cpu.ts), Lighthouse's mobile
// screen (412×823 at device scale 1.75, touch), and the network as it is (loopback, gzip).
// Lighthouse simulates its TBT from one trace; these are the long tasks Chromium itself reports.
// cspell:words longtask
import type { Browser } from 'playwright-core';
import { cpuSlowdown } from './cpu.ts';
import { tasksAfterPaint, type LongTask, type TaskSample } from './tasks.ts';

export const phone = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };
/** After hydration: long enough for the effects after it and the idle-time prefetches. */
export const settleMs = 3000;
const hydrationTimeoutMs = 30_000;

interface Observed {
  fcpMs: number | undefined;
  tasks: LongTask[];
}

export async function loadTasks(browser: Browser, url: string): Promise<TaskSample> {
  const context = await browser.newContext(phone);
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    await cdp.send('Performance.enable');
    // No named functions in here: tsx would wrap them in a helper the page does not have.
    await page.addInitScript(() => {
      const seen: Observed = { fcpMs: undefined, tasks: [] };
      (window as unknown as { benchObserved: Observed }).benchObserved = seen;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) seen.tasks.push({ startMs: entry.startTime, durationMs: entry.duration });
      }).observe({ type: 'longtask', buffered: true });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') seen.fcpMs = entry.startTime;
      }).observe({ type: 'paint', buffered: true });
    });
    const response = await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    if (!response?.ok()) throw new Error(`${url} answered ${response?.status() ?? 'nothing'}, expected 200.`);
    // Docusaurus sets it once React has taken the page over (false in the server's HTML).
    await page.waitForSelector('html[data-has-hydrated="true"]', { state: 'attached', timeout: hydrationTimeoutMs });
    await page.waitForTimeout(settleMs);
    const observed = await page.evaluate(() => (window as unknown as { benchObserved: Observed }).benchObserved);
    if (observed.fcpMs === undefined) throw new Error(`${url}: Chromium reported no first contentful paint.`);
    const metrics = new Map((await cdp.send('Performance.getMetrics')).metrics.map((metric) => [metric.name, metric.value]));
    return {
      fcpMs: observed.fcpMs,
      ...tasksAfterPaint(observed.tasks, observed.fcpMs),
      scriptMs: (metrics.get('ScriptDuration') ?? 0) * 1000,
      taskMs: (metrics.get('TaskDuration') ?? 0) * 1000,
    };
  } finally {
    await context.close();
  }
}
