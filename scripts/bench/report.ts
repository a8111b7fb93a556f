// The bench's tables, in Markdown so they can be pasted into the README as they are.
import type { LighthouseMedian, RunMetrics } from './lighthouse.ts';
import type { Build, Page } from './pages.ts';
import { medianSample, type TaskMedians, type TaskSample } from './tasks.ts';
import type { Verdict } from './targets.ts';

export interface Result {
  page: Page;
  build: Build;
  lighthouse: RunMetrics[];
  lighthouseMedian: LighthouseMedian;
  tasks: TaskSample[];
  taskMedian: TaskMedians;
}

const KB = 1024;
const kb = (bytes: number) => (bytes / KB).toFixed(1);
const ms = (value: number) => String(Math.round(value));
/** A ratio to the floor; a difference where the floor's figure is 0. */
const toFloor = (value: number, floor: number) => (floor > 0 ? `${(value / floor).toFixed(2)}×` : `+${ms(value)}`);

/** Every page and build side by side, each against the floor measured in the same run. */
export function figuresTable(results: readonly Result[], floor: Result): string[] {
  const f = { lh: floor.lighthouseMedian, task: floor.taskMedian };
  const lines = [
    '| Page | Build | Performance (− floor) | Accessibility | LCP (ms) | TBT (ms, ÷ floor) | CLS | JS (KB, gzip) | ' +
      'Blocking after FCP (ms, ÷ floor) | Longest task after FCP (ms, ÷ floor) |',
    '| --- | --- | --: | --: | --: | --: | --: | --: | --: | --: |',
  ];
  for (const { page, build, lighthouseMedian: lh, taskMedian: task } of results) {
    const isFloor = build === 'floor';
    const against = (value: string, versus: string) => (isFloor ? value : `${value} (${versus})`);
    const difference = lh.scores.performance - f.lh.scores.performance;
    lines.push(
      `| ${page.name} | ${build} | ${against(lh.scores.performance.toFixed(2), `${difference >= 0 ? '+' : '−'}${Math.abs(difference).toFixed(2)}`)} | ` +
        `${lh.scores.accessibility.toFixed(2)} | ${ms(lh.lcpMs)} | ${against(ms(lh.tbtMs), toFloor(lh.tbtMs, f.lh.tbtMs))} | ${lh.cls.toFixed(3)} | ` +
        `${kb(lh.jsBytes)} | ${against(ms(task.blockingMs), toFloor(task.blockingMs, f.task.blockingMs))} | ` +
        `${against(ms(task.longestMs), toFloor(task.longestMs, f.task.longestMs))} |`,
    );
  }
  return lines;
}

/** Each page on the baseline and on ours, measured in turns in the same run. */
export function beforeAfterTable(results: readonly Result[]): string[] {
  const lines = [
    '| Page | Performance | TBT (ms) | Blocking after FCP (ms) | Longest task after FCP (ms) | Script (ms) | JS (KB, gzip) |',
    '| --- | --: | --: | --: | --: | --: | --: |',
  ];
  for (const after of results.filter((result) => result.build === 'ours')) {
    const before = results.find((result) => result.build === 'baseline' && result.page.name === after.page.name);
    if (!before) continue;
    const cell = (show: (result: Result) => string) => `${show(before)} → ${show(after)}`;
    lines.push(
      `| ${after.page.name} | ${cell((r) => r.lighthouseMedian.scores.performance.toFixed(2))} | ${cell((r) => ms(r.lighthouseMedian.tbtMs))} | ` +
        `${cell((r) => ms(r.taskMedian.blockingMs))} | ${cell((r) => ms(r.taskMedian.longestMs))} | ` +
        `${cell((r) => ms(r.taskMedian.scriptMs))} | ${cell((r) => kb(r.lighthouseMedian.jsBytes))} |`,
    );
  }
  return lines;
}

/** The longest tasks after FCP in each page's median load (by blocking time), longest first. */
export function longestTasks(results: readonly Result[], count = 4): string[] {
  return results.map(({ page, build, tasks }) => {
    const load = medianSample(tasks);
    const longest = [...load.tasks].sort((a, b) => b.durationMs - a.durationMs).slice(0, count);
    const listed = longest.map((task) => `${ms(task.durationMs)} ms at ${(task.startMs / 1000).toFixed(2)} s`).join(', ');
    return `- ${page.name} (${build}): FCP ${(load.fcpMs / 1000).toFixed(2)} s; ${load.tasks.length} long task(s) after it${listed ? `: ${listed}` : ''}`;
  });
}

export function verdictLines(verdicts: readonly Verdict[]): string[] {
  return verdicts.map(({ target, met, misses }) => `- ${met ? 'met' : 'not met'}: ${target}${misses.length ? ` (${misses.join(', ')})` : ''}`);
}
