// What a reader waits on after the page is painted: the long tasks that start after the first
// contentful paint, as Chromium's long-task entries report them.
import { median } from './median.ts';

/** Chromium reports a task as long from 50 ms; TBT counts what each spends beyond that. */
export const blockingThresholdMs = 50;

export interface LongTask {
  /** From navigation start. */
  startMs: number;
  durationMs: number;
}

export interface AfterPaint {
  /** Each task's time over 50 ms, summed: TBT as a phone would feel it, not simulated. */
  blockingMs: number;
  /** 0 when no task after the paint reached 50 ms. */
  longestMs: number;
  tasks: LongTask[];
}

/** Only tasks that start at or after the first contentful paint count. */
export function tasksAfterPaint(entries: readonly LongTask[], fcpMs: number): AfterPaint {
  const tasks = entries.filter((task) => task.startMs >= fcpMs).sort((a, b) => a.startMs - b.startMs);
  return {
    blockingMs: tasks.reduce((sum, task) => sum + Math.max(0, task.durationMs - blockingThresholdMs), 0),
    longestMs: Math.max(0, ...tasks.map((task) => task.durationMs)),
    tasks,
  };
}

export interface TaskSample extends AfterPaint {
  fcpMs: number;
  /** Chromium's own counters (CDP Performance.getMetrics) over the whole load and settle time. */
  scriptMs: number;
  taskMs: number;
}

/** The load whose blocking time is the median (the lower of the two middles), to list its tasks. */
export function medianSample(samples: readonly TaskSample[]): TaskSample {
  if (!samples.length) throw new Error('No task samples.');
  const sorted = [...samples].sort((a, b) => a.blockingMs - b.blockingMs);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

export type TaskMedians = Pick<TaskSample, 'fcpMs' | 'blockingMs' | 'longestMs' | 'scriptMs' | 'taskMs'>;

export function taskMedians(samples: readonly TaskSample[]): TaskMedians {
  const of = (pick: (sample: TaskSample) => number) => median(samples.map(pick));
  return {
    fcpMs: of((s) => s.fcpMs),
    blockingMs: of((s) => s.blockingMs),
    longestMs: of((s) => s.longestMs),
    scriptMs: of((s) => s.scriptMs),
    taskMs: of((s) => s.taskMs),
  };
}
