import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtSite, newContext, gotoHydrated } from '../helpers/browser.ts';

const built = builtSite();

for (const phone of [false, true]) {
  test(`a code's link lands with the code at the top of the window (${phone ? 'phone' : 'desktop'})`, async () => {
    const page = await (await newContext(built.browser, { phone })).newPage();
    await page.goto(`${built.url}/rest/overview/error-codes/#media_limit_exceeded`);
    await page.waitForLoadState('networkidle');
    const box = await page.locator('#media_limit_exceeded').boundingBox();
    const navbar = await page.locator('.navbar').boundingBox();
    assert.ok(box && navbar, 'heading or navbar not rendered');
    assert.ok(box.y >= navbar.height - 1 && box.y < navbar.height + 120, `heading at y=${box.y}`);
    await page.close();
  });
}

test('typing in the filter narrows the list, and clearing it brings every code back', async () => {
  const page = await (await newContext(built.browser)).newPage();
  await gotoHydrated(page, `${built.url}/rest/overview/error-codes/`);
  const visible = () => page.locator('article[data-error-code]:visible').count();
  const all = await visible();
  await page.getByLabel('Filter codes').fill('media');
  await page.locator('#invalid_from_number').waitFor({ state: 'hidden' });
  const narrowed = await visible();
  assert.ok(narrowed > 0 && narrowed < all, `${narrowed} of ${all}`);
  assert.ok(await page.locator('#media_limit_exceeded').isVisible());
  assert.ok(!(await page.locator('#invalid_from_number').isVisible()));
  await page.getByLabel('Filter codes').fill('status callback');
  assert.ok(await page.locator('#not_an_http_url').isVisible());
  await page.getByLabel('Filter codes').fill('');
  assert.equal(await visible(), all);
  await page.close();
});

test('the copy-link button copies the code\'s full URL', async () => {
  const context = await newContext(built.browser);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await context.newPage();
  await gotoHydrated(page, `${built.url}/rest/overview/error-codes/`);
  await page.getByRole('button', { name: 'Copy link to body_or_media_required' }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, `${built.url}/rest/overview/error-codes/#body_or_media_required`);
  await page.close();
});
