// The segment calculator on the "Segments and encoding" guide, as the page draws it: measured on
// arrival, announced as it changes, and usable on a phone. Its figures are tested in Node
// (tests/unit/segment-calculator.test.ts). The tests share one page and run in order.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { BrowserContext, Page } from 'playwright-core';
import { newContext, site, withPage } from '../helpers/browser.ts';

let context: BrowserContext;
let page: Page;
const pageErrors: string[] = [];

before(async () => {
  context = await newContext(site.browser);
  page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`${site.url}/messaging/segments/`);
  // Typing before React hydrates would be lost.
  await page.locator('[data-hydrated="true"]').waitFor();
});
after(() => context?.close());

test('the page opens with a sample already measured', async () => {
  const sample = await page.getByLabel('Message text').inputValue();
  assert.ok(sample.length > 0);
  await page.locator(`[data-testid="segment-output"][data-state="ready"][data-length="${sample.length}"]`).waitFor();
  assert.match(await page.getByTestId('segment-encoding').innerText(), /^(GSM-7|UCS-2)$/);
  assert.ok(Number(await page.getByTestId('segment-count').innerText()) > 0);
});

test('the figures are announced politely, and follow what the reader types', async () => {
  const output = page.getByTestId('segment-output');
  assert.equal(await output.getAttribute('aria-live'), 'polite');
  await page.getByLabel('Message text').fill('a'.repeat(161));
  await page.locator('[data-testid="segment-output"][data-state="ready"][data-length="161"]').waitFor();
  assert.equal(await page.getByTestId('segment-encoding').innerText(), 'GSM-7');
  assert.equal(await page.getByTestId('segment-count').innerText(), '2');
  await page.getByLabel('Message text').fill('Shipped 😀');
  await page.locator('[data-testid="segment-output"][data-state="ready"][data-length="10"]').waitFor();
  assert.equal(await page.getByTestId('segment-encoding').innerText(), 'UCS-2');
  assert.equal(await page.getByTestId('segment-count').innerText(), '1');
});

test('no script error happened on the page', () => {
  assert.deepEqual(pageErrors, []);
});

test('on a phone the page does not scroll sideways', () =>
  withPage({ phone: true }, async (phone) => {
    await phone.goto(`${site.url}/messaging/segments/`);
    await phone.locator('[data-hydrated="true"]').waitFor();
    await phone.getByLabel('Message text').fill(`${'x'.repeat(400)} 😀 ${'€'.repeat(50)}`);
    await phone.locator('[data-testid="segment-output"][data-state="ready"][data-length="454"]').waitFor();
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `page is ${overflow}px wider than the window`);
  }));
