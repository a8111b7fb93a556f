import { test } from 'node:test';
import assert from 'node:assert/strict';
import { languages } from '../../src/components/Samples/languages.ts';
import { builtSite, newContext, gotoHydrated } from '../helpers/browser.ts';

const built = builtSite();

test('the quickstart offers every language, and the chosen one stays chosen on the next page', async () => {
  const page = await (await newContext(built.browser)).newPage();
  await gotoHydrated(page, `${built.url}/messaging/quickstart/`);
  const tabs = page.locator('main [role="tablist"]').first().getByRole('tab');
  assert.deepEqual(await tabs.allInnerTexts(), Object.values(languages).map((l) => l.label));
  await tabs.filter({ hasText: 'Python' }).click();
  await page.locator('main [role="tabpanel"]:visible code', { hasText: 'urllib.request' }).first().waitFor();

  await page.goto(`${built.url}/messaging/send-mms/`);
  // The server renders the default tab; the stored choice applies once the page hydrates.
  await page.locator('main [role="tab"][aria-selected="true"]', { hasText: 'Python' }).first().waitFor({ timeout: 10_000 });
  await page.close();
});

// Prism's extra languages register when the first code block loads (src/client/prism-languages.ts).
// Had the browser lacked one, its sample would hydrate differently from the server's highlighting,
// and React reports that as a console error.
test('every language tab of the quickstart hydrates highlighted, without a console error', async () => {
  const page = await (await newContext(built.browser)).newPage();
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(String(error)));
  await gotoHydrated(page, `${built.url}/messaging/quickstart/`);
  const tabs = page.locator('main [role="tablist"]').first().getByRole('tab');
  for (const tab of await tabs.all()) {
    await tab.click();
    const code = page.locator('main [role="tabpanel"]:visible pre code').first();
    assert.ok((await code.locator('.token.string').count()) > 0, `${await tab.innerText()} sample is highlighted`);
  }
  assert.deepEqual(errors, []);
  await page.close();
});

test('the callbacks guide draws the lifecycle diagram', async () => {
  const page = await (await newContext(built.browser)).newPage();
  await page.goto(`${built.url}/messaging/status-callbacks/`);
  const diagram = page.locator('.docusaurus-mermaid-container svg');
  await diagram.waitFor();
  const text = (await diagram.textContent()) ?? '';
  for (const status of ['queued', 'initiated', 'sent', 'delivered', 'undelivered', 'failed', 'read']) {
    assert.ok(text.includes(status), status);
  }
  await page.close();
});

test('"Copy page as Markdown" copies the page, reference pages included', async () => {
  const context = await newContext(built.browser);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await context.newPage();
  for (const [path, heading] of [['/messaging/quickstart/', '# Send your first SMS'], ['/rest/messaging/send-message/', '# Send a message']]) {
    await gotoHydrated(page, `${built.url}${path}`);
    await page.getByRole('button', { name: 'Copy page as Markdown' }).click();
    await page.getByRole('button', { name: 'Copied' }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.ok(copied.startsWith(heading), copied.slice(0, 80));
  }
  await page.close();
});
