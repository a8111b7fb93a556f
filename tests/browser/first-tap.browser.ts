// A reader's first tap works. Pages are painted before their bundles load (ssr-template.ts), so a
// reader can tap a tab or type in the error-codes filter before React has the page. Here the page's
// scripts are held back until that tap has happened, so it surely lands before hydration; then
// the result (the tab's panel shown, the list filtered) must be there within 100 ms of hydration
// finishing, that is, of <html data-has-hydrated="true">, whose time an init script records.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { site, withPage } from '../helpers/browser.ts';

/** How long after hydration the reader's tap may take effect. */
const afterHydration = 100;
/** How long hydration may take once the scripts are let through, on two busy cores. */
const hydrationBound = 20_000;

// A string, not a function: tsx would wrap a function's named inner functions in a helper the
// page does not have.
const recorder = `(function () {
  var times = (window.__firstTap = {});
  new PerformanceObserver(function (list) {
    if (list.getEntriesByName('first-contentful-paint').length) times.painted = performance.now();
  }).observe({ type: 'paint', buffered: true });
  new MutationObserver(function () {
    if (times.hydrated === undefined && document.documentElement.getAttribute('data-has-hydrated') === 'true') times.hydrated = performance.now();
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-has-hydrated'] });
})();`;

// Records when \`window.__firstTapDone()\` first holds, checked on every change to the page.
const watchResult = `(function () {
  var times = window.__firstTap;
  var check = function () {
    if (times.result === undefined && window.__firstTapDone()) { times.result = performance.now(); observer.disconnect(); }
  };
  var observer = new MutationObserver(check);
  observer.observe(document, { attributes: true, childList: true, subtree: true, characterData: true });
  check();
})();`;

interface Times {
  painted?: number;
  tapped?: number;
  hydrated?: number;
  result?: number;
}

/**
 * Opens `route` with its scripts held back, waits for the first contentful paint, lets `act`
 * tap, then lets the scripts through and returns when each thing happened (page clock, ms).
 * `act` returns the source of a function that tells, in the page, whether the tap took effect.
 */
async function tapBeforeHydration(page: Page, route: string, act: () => Promise<string>): Promise<Times> {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/js\/.+\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  await page.addInitScript(recorder);
  await page.goto(site.url + route, { waitUntil: 'commit' });
  await page.waitForFunction(() => (window as unknown as { __firstTap: Times }).__firstTap.painted !== undefined);
  const done = await act();
  await page.evaluate(`window.__firstTap.tapped = performance.now(); window.__firstTapDone = ${done}; ${watchResult}`);
  release();
  await page.waitForFunction(() => (window as unknown as { __firstTap: Times }).__firstTap.hydrated !== undefined, undefined, { timeout: hydrationBound });
  await page.waitForFunction(() => (window as unknown as { __firstTap: Times }).__firstTap.result !== undefined, undefined, { timeout: 5_000 }).catch(() => {});
  const times = await page.evaluate(() => (window as unknown as { __firstTap: Times }).__firstTap);
  assert.deepEqual(errors, [], 'the page hydrated without an error');
  return times;
}

/** The tap came before hydration, and its result came at all. */
function assertAnswered(times: Times, what: string) {
  assert.ok(times.tapped! < times.hydrated!, `the tap came before hydration (${JSON.stringify(times)})`);
  assert.ok(times.result !== undefined, `${what} never happened (${JSON.stringify(times)})`);
}

/**
 * Loads the page until one load answers within `afterHydration` of hydration, three at most. The
 * browser lane shares two cores with the others, and one load can be slow for reasons of its own;
 * a tap that is swallowed, or answered late every time, still fails.
 */
async function answeredInTime(load: () => Promise<Times>, what: string): Promise<void> {
  const lates: string[] = [];
  for (let attempt = 0; attempt < 3; attempt++) {
    const times = await load();
    assertAnswered(times, what);
    const late = times.result! - times.hydrated!;
    if (late <= afterHydration) return;
    lates.push(`${late.toFixed(0)} ms (${JSON.stringify(times)})`);
  }
  assert.fail(`${what} came later than ${afterHydration} ms after hydration in each of 3 loads: ${lates.join('; ')}`);
}

/**
 * In the page: whether the `index`th tab of the document is selected and its panel is the one of
 * its group shown. A group is the tab list's nearest ancestor that holds panels; its own panels
 * are those not nested in another of its panels.
 */
const tabShown = (index: number) => `function () {
  var tab = document.querySelectorAll('[role="tab"]')[${index}];
  var list = tab.closest('[role="tablist"]');
  var group = list.parentElement;
  while (!group.querySelector('[role="tabpanel"]')) group = group.parentElement;
  var own = function (panel) { var outer = panel.parentElement.closest('[role="tabpanel"]'); return !(outer && group.contains(outer)); };
  var panels = Array.prototype.filter.call(group.querySelectorAll('[role="tabpanel"]'), own);
  var at = Array.prototype.indexOf.call(list.querySelectorAll('[role="tab"]'), tab);
  return tab.getAttribute('aria-selected') === 'true' && panels.every(function (panel, i) { return (i === at) === panel.checkVisibility(); });
}`;

const tabCases = [
  { page: 'the quickstart', route: '/messaging/quickstart/', tab: (page: Page) => page.locator('main [role="tablist"]').first().getByRole('tab', { name: 'Python' }) },
  { page: 'the reference', route: '/rest/messaging/send-message/', tab: (page: Page) => page.locator('main').getByRole('tab', { name: '422', exact: true }) },
];

for (const phone of [false, true]) {
  const screen = phone ? 'phone' : 'desktop';
  for (const { page: name, route, tab } of tabCases) {
    test(`on ${name}, a tab tapped before hydration shows its panel within ${afterHydration} ms of hydration (${screen})`, () =>
      answeredInTime(
        () =>
          withPage({ phone }, (page) =>
            tapBeforeHydration(page, route, async () => {
              const target = tab(page);
              assert.equal(await target.getAttribute('aria-selected'), 'false', 'the tab is not the selected one');
              const index = await target.evaluate((element) => Array.prototype.indexOf.call(document.querySelectorAll('[role="tab"]'), element));
              await target.click();
              return tabShown(index);
            }),
          ),
        'the panel',
      ));
  }

  test(`on the error codes, what a reader typed in the filter before hydration filters the list within ${afterHydration} ms of hydration (${screen})`, () =>
    answeredInTime(
      () =>
        withPage({ phone }, async (page) => {
          const times = await tapBeforeHydration(page, '/rest/overview/error-codes/', async () => {
            // Where a reader's finger lands, whatever the box's state: no waiting for it to be enabled.
            const box = await page.getByLabel('Filter codes').boundingBox();
            assert.ok(box, 'the filter is on the page');
            await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
            await page.keyboard.type('media');
            return `function () {
              var shown = function (id) { return document.getElementById(id).closest('article').checkVisibility(); };
              return shown('media_limit_exceeded') && !shown('invalid_from_number');
            }`;
          });
          assert.equal(await page.getByLabel('Filter codes').inputValue(), 'media', 'the box keeps what was typed');
          return times;
        }),
      'the filtered list',
    ));
}
