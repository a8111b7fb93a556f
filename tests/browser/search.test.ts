// The local search box, on the production build (the index exists only there).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtSite, newContext, gotoHydrated } from '../helpers/browser.ts';

const built = builtSite();

// A term a reader types, and where the first suggestion must take them.
const cases: [term: string, expected: RegExp][] = [
  ['body_or_media_required', /^\/rest\/overview\/error-codes\/?#body_or_media_required$/],
  ['send_as_mms', /^\/(rest\/messaging\/send-message|messaging\/send-mms)\/?(#|$)/],
  ['status callback', /^\/(messaging\/status-callbacks|rest\/messaging\/message-status-callback)\/?(#|$)/],
  ['segments', /^\/messaging\/segments\/?(#|$)/],
  // A field named only in a response schema: found because the reference is server-rendered.
  ['charge_details', /^\/rest\/messaging\/get-message-log\/?(#|$)/],
];

for (const [term, expected] of cases) {
  test(`searching "${term}" leads to the right section`, async () => {
    const page = await (await newContext(built.browser)).newPage();
    await gotoHydrated(page, `${built.url}/messaging/`);
    const input = page.getByRole('searchbox', { name: 'Search' }).or(page.getByRole('textbox', { name: 'Search' })).first();
    await input.click();
    await input.fill(term);
    await page.locator('[role="option"]').first().waitFor();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname !== '/messaging/' || url.hash !== '');
    await page.waitForLoadState('networkidle');
    const url = new URL(page.url());
    assert.match(`${url.pathname}${url.hash}`, expected);
    await page.close();
  });
}
