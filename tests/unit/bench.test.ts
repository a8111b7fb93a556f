// The bench's arithmetic, apart from Chromium and Lighthouse: the blocking time after the first
// paint, the medians, the order of the loads and the verdicts on the targets.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpuSlowdownFrom } from '../../scripts/bench/cpu.ts';
import { median } from '../../scripts/bench/median.ts';
import { ourPages, selectPages } from '../../scripts/bench/pages.ts';
import { targets, verdicts, type Figures, type Verdict } from '../../scripts/bench/targets.ts';
import { medianSample, taskMedians, tasksAfterPaint, type TaskSample } from '../../scripts/bench/tasks.ts';
import { inTurns } from '../../scripts/bench/turns.ts';

test('blocking after FCP sums what each task that starts after the paint spends over 50 ms', () => {
  const entries = [
    { startMs: 100, durationMs: 400 }, // before the paint: not counted, however long
    { startMs: 300, durationMs: 80 }, // straddles the paint but starts before it: not counted
    { startMs: 900, durationMs: 120 },
    { startMs: 500, durationMs: 50 }, // exactly 50 ms: long, but blocks nothing
    { startMs: 700, durationMs: 75 },
  ];
  const after = tasksAfterPaint(entries, 350);
  assert.equal(after.blockingMs, 70 + 0 + 25);
  assert.equal(after.longestMs, 120);
  assert.deepEqual(
    after.tasks.map((task) => task.startMs),
    [500, 700, 900],
    'the tasks after the paint, in order',
  );
  assert.equal(tasksAfterPaint([{ startMs: 350, durationMs: 60 }], 350).blockingMs, 10, 'a task starting at the paint counts');
});

test('with no long task after the paint, blocking and the longest task are 0', () => {
  assert.deepEqual(tasksAfterPaint([{ startMs: 10, durationMs: 300 }], 200), { blockingMs: 0, longestMs: 0, tasks: [] });
  assert.deepEqual(tasksAfterPaint([], 200), { blockingMs: 0, longestMs: 0, tasks: [] });
});

test('the median is the middle value, or the mean of the two middles, whatever the order', () => {
  assert.equal(median([5, 1, 3]), 3);
  assert.equal(median([400, 10, 30, 20]), 25);
  assert.equal(median([7]), 7);
  const values = [3, 1, 2];
  median(values);
  assert.deepEqual(values, [3, 1, 2], 'the input is left as it was');
});

const sample = (blockingMs: number, longestMs: number, scriptMs = 0): TaskSample => ({
  fcpMs: 500,
  blockingMs,
  longestMs,
  tasks: [],
  scriptMs,
  taskMs: scriptMs * 2,
});

test("a page's task figures are medians field by field, and its median load is the one at the middle", () => {
  const samples = [sample(300, 90, 1000), sample(20, 250, 800), sample(100, 120, 900)];
  assert.deepEqual(taskMedians(samples), { fcpMs: 500, blockingMs: 100, longestMs: 120, scriptMs: 900, taskMs: 1800 });
  assert.equal(medianSample(samples), samples[2]);
  assert.equal(medianSample([sample(40, 0), sample(10, 0)]).blockingMs, 10, 'of two, the lower');
});

test('loads take turns: every item once per round, odd rounds backwards', () => {
  const order = inTurns(['a-before', 'a', 'floor'], 3);
  assert.deepEqual(
    order.map(({ round, item }) => `${round}:${item}`),
    ['0:a-before', '0:a', '0:floor', '1:floor', '1:a', '1:a-before', '2:a-before', '2:a', '2:floor'],
  );
});

const page = (overrides: Partial<Figures> = {}): Figures => ({
  name: 'home',
  reference: false,
  performance: 0.99,
  lcpMs: 1100,
  cls: 0,
  jsBytes: 150 * 1024,
  blockingAfterPaintMs: 40,
  ...overrides,
});
const verdict = (id: Verdict['id'], pages: Figures[], floorPerformance = 0.9) => verdicts(pages, floorPerformance).find((v) => v.id === id)!;

test('a page at every limit meets every target', () => {
  const atLimits = page({ performance: 0.95, lcpMs: 1249, cls: 0.0004, blockingAfterPaintMs: 100 });
  const result = verdicts([atLimits, page({ name: 'reference', reference: true, jsBytes: 264.9 * 1024 })], 0.92);
  assert.deepEqual(result.filter((v) => !v.met), [], JSON.stringify(result));
  assert.equal(result.length, 6, 'one verdict per target');
});

test('each target fails on its own figure, naming the page and its value', () => {
  const score = verdict('performance', [page({ name: 'quickstart', performance: 0.94 })], 0.8);
  assert.deepEqual([score.met, score.misses], [false, ['quickstart 0.94']]);
  const floor = verdict('over-floor', [page({ performance: 0.97 })], 0.95);
  assert.equal(floor.met, false, "0.97 is under the floor's 0.95 + 0.03");
  assert.match(floor.target, /0\.98/);
  assert.equal(verdict('over-floor', [page({ performance: 0.98 })], 0.95).met, true);
  // A floor of 0.98 puts its + 0.03 over any score: 1.00 is the most a page can do, and says so.
  const high = verdict('over-floor', [page({ name: 'home', performance: 1 }), page({ name: 'search', performance: 0.99 })], 0.98);
  assert.deepEqual([high.met, high.misses], [false, ['search 0.99']]);
  assert.match(high.target, /\(1\.00, the most a score can be: the floor scored 0\.98\)/);
  assert.doesNotMatch(floor.target, /the most/);
  const blocking = verdict('blocking', [page({ name: 'tag', blockingAfterPaintMs: 100.5 })]);
  assert.deepEqual([blocking.met, blocking.misses], [false, ['tag 101 ms']]);
  assert.equal(verdict('lcp', [page({ lcpMs: 1250 })]).met, false, 'LCP 1.25 s rounds to 1.3 s');
  assert.equal(verdict('cls', [page({ cls: 0.0006 })]).met, false, 'CLS 0.001 at three decimals');
});

test('the JavaScript target reads reference pages only', () => {
  const heavy = 300 * 1024;
  assert.equal(verdict('reference-js', [page({ jsBytes: heavy })]).met, true, 'a guide page is not held to it');
  const reference = verdict('reference-js', [page({ name: 'reference', reference: true, jsBytes: targets.referenceJsKb * 1024 })]);
  assert.deepEqual([reference.met, reference.misses], [false, ['reference 265.0 KB']], 'it must go down from 265 KB, not stay');
});

test('BENCH_PAGES picks pages by name or path, adds the stock page on request and refuses unknown names', () => {
  assert.deepEqual(selectPages(undefined), { pages: ourPages, withStock: true });
  const picked = selectPages('reference, /search/?q=redact');
  assert.deepEqual(picked.pages.map((p) => p.name), ['reference', 'search']);
  assert.equal(picked.withStock, false);
  assert.equal(selectPages('home,stock-reference').withStock, true);
  assert.equal(selectPages('bare-docusaurus').pages.length, 0, 'the floor is always measured; naming it is allowed');
  assert.throws(() => selectPages('homepage'), /unknown homepage/);
});

test('the pages the issue names are all in the one list', () => {
  const paths = ourPages.map((p) => p.path);
  for (const path of ['/', '/messaging/quickstart/', '/rest/messaging/send-message/', '/rest/messaging/messages/', '/messaging/statuses/', '/search/?q=redact']) {
    assert.ok(paths.includes(path), path);
  }
  assert.deepEqual(ourPages.filter((p) => p.reference).map((p) => p.name), ['reference']);
});

test('BENCH_CPU_SLOWDOWN is 4 when unset, a factor from 1 to 20 when set, and refused otherwise', () => {
  assert.equal(cpuSlowdownFrom(undefined), 4);
  assert.equal(cpuSlowdownFrom(''), 4);
  assert.equal(cpuSlowdownFrom('6.2'), 6.2);
  assert.equal(cpuSlowdownFrom('1'), 1);
  for (const bad of ['0', '0.5', '21', 'fast', 'NaN', '4x']) {
    assert.throws(() => cpuSlowdownFrom(bad), /BENCH_CPU_SLOWDOWN must be a number from 1 to 20/, bad);
  }
});
