// npm test and npm run test:quick: runs the steps of steps.ts, each as soon as the steps it needs
// have passed. A step's output is kept in test-results/lanes/ and printed whole when the step
// ends, so lanes running side by side never interleave their lines. Ends with each lane's time
// and one line that counts every test of every runner.
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { allSteps, onlyQuickSteps, type Lane, type Step } from './steps.ts';

const root = join(__dirname, '..', '..');
const logs = join(root, 'test-results', 'lanes');

/** `dir/*.test.ts` as the files it names, sorted: Node 20's runner takes no glob of its own. */
export function expandGlob(arg: string): string[] {
  if (!arg.includes('*')) return [arg];
  const dir = dirname(arg);
  const [prefix, suffix] = basename(arg).split('*');
  const matches = readdirSync(join(root, dir))
    .filter((name) => name.startsWith(prefix) && name.endsWith(suffix))
    .sort()
    .map((name) => join(dir, name));
  if (matches.length === 0) throw new Error(`${arg} matches no file`);
  return matches;
}

/** The counts a node:test run prints last, with the spec reporter (`ℹ pass 12`). */
export function testCounts(output: string): { pass: number; fail: number; skipped: number } | undefined {
  const count = (label: string) => {
    const found = [...output.matchAll(new RegExp(`^ℹ ${label} (\\d+)$`, 'gm'))].at(-1);
    return found ? Number(found[1]) : undefined;
  };
  const pass = count('pass');
  const fail = count('fail');
  if (pass === undefined || fail === undefined) return undefined;
  return { pass, fail, skipped: (count('skipped') ?? 0) + (count('todo') ?? 0) };
}

interface Result {
  step: Step;
  status: 'passed' | 'failed' | 'not run';
  start: number;
  end: number;
  output: string;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(0)} s`;
const children = new Set<ChildProcess>();

function runStep(step: Step, started: number): Promise<Result> {
  const [command, ...args] = step.command.flatMap(expandGlob);
  const file = join(logs, `${step.name.replace(/\W+/g, '-')}.log`);
  const log = createWriteStream(file);
  const start = Date.now() - started;
  process.stdout.write(`▶ ${step.lane}: ${step.name} (${[command, ...args].join(' ')})\n`);
  return new Promise((resolve) => {
    // Its own process group, so that an interrupted run can stop the step and all it started.
    const child = spawn(command, args, { cwd: root, env: { ...process.env, ...step.env }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    children.add(child);
    let output = '';
    const keep = (chunk: Buffer) => {
      output += chunk;
      log.write(chunk);
    };
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
    const finish = (status: Result['status']) => {
      children.delete(child);
      log.end();
      resolve({ step, status, start, end: Date.now() - started, output });
    };
    child.on('error', (error) => {
      output += `\n${error.message}\n`;
      finish('failed');
    });
    child.on('close', (code) => finish(code === 0 ? 'passed' : 'failed'));
  });
}

function report(result: Result) {
  const took = seconds(result.end - result.start);
  process.stdout.write(`\n=== ${result.step.lane}: ${result.step.name}, ${result.status} in ${took}\n`);
  if (result.output.trim()) process.stdout.write(`${result.output.trimEnd()}\n`);
}

async function main() {
  const steps = process.argv.includes('--quick') ? onlyQuickSteps() : allSteps();
  rmSync(logs, { recursive: true, force: true });
  mkdirSync(logs, { recursive: true });
  const started = Date.now();
  const results = new Map<string, Result>();
  const running = new Map<string, Promise<Result>>();

  // Starts every step whose prerequisites have passed; one whose prerequisite failed never runs.
  const launchReady = () => {
    for (const step of steps) {
      if (results.has(step.name) || running.has(step.name)) continue;
      const needs = (step.after ?? []).map((name) => results.get(name));
      if (needs.some((need) => need === undefined)) continue;
      if (needs.some((need) => need!.status !== 'passed')) {
        const now = Date.now() - started;
        results.set(step.name, { step, status: 'not run', start: now, end: now, output: `Not run: ${step.after!.join(', ')} did not pass.` });
        continue;
      }
      running.set(step.name, runStep(step, started));
    }
  };

  launchReady();
  while (running.size > 0) {
    const result = await Promise.race(running.values());
    running.delete(result.step.name);
    results.set(result.step.name, result);
    report(result);
    launchReady();
  }
  for (const result of results.values()) if (result.status === 'not run') report(result);

  const total = Date.now() - started;
  const lanes = [...new Set(steps.map((step) => step.lane))] as Lane[];
  process.stdout.write('\n=== Lane times (a lane runs from its first step\'s start to its last step\'s end)\n');
  for (const lane of lanes) {
    const own = [...results.values()].filter((result) => result.step.lane === lane);
    const span = Math.max(...own.map((r) => r.end)) - Math.min(...own.map((r) => r.start));
    const detail = own.map((r) => `${r.step.name} ${seconds(r.end - r.start)}${r.status === 'passed' ? '' : ` (${r.status})`}`).join(', ');
    process.stdout.write(`${lane.padEnd(11)} ${seconds(span).padStart(6)}   ${detail}\n`);
  }
  process.stdout.write(`${'total'.padEnd(11)} ${seconds(total).padStart(6)}\n`);

  const failedSteps = [...results.values()].filter((result) => result.status !== 'passed');
  const counts = [...results.values()].map((result) => testCounts(result.output)).filter((c) => c !== undefined);
  const sum = (key: 'pass' | 'fail' | 'skipped') => counts.reduce((total, c) => total + c[key], 0);
  if (failedSteps.length > 0) {
    process.stdout.write(`\nFailed: ${failedSteps.map((r) => `${r.step.name} (${r.status}; log: ${relative(root, join(logs, `${r.step.name.replace(/\W+/g, '-')}.log`))})`).join(', ')}\n`);
  }
  // A step that failed before its tests could run still counts as a failure.
  const stepFailures = failedSteps.filter((r) => !testCounts(r.output)?.fail).length;
  process.stdout.write(`\n${sum('pass')} passed, ${sum('fail') + stepFailures} failed, ${sum('skipped')} skipped\n`);
  process.exitCode = failedSteps.length > 0 ? 1 : 0;
}

// Ctrl-C stops every step's whole process group, not only the steps themselves.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    for (const child of children) {
      try {
        if (child.pid) process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
    process.exit(130);
  });
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
