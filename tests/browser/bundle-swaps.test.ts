// The stand-ins of src/plugins/hydration-cost/swaps.ts behave like what they replace, where the
// difference shows only at run time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtSite, hydrated, newContext } from '../helpers/browser.ts';

const site = builtSite();

test('the stable remount key keeps the tabs and code blocks the server rendered through hydration', async () => {
  const context = await newContext(site.browser);
  const page = await context.newPage();
  // Before any bundle runs (they start after the first paint), keep hold of the server's nodes.
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      const held = window as unknown as { serverNodes: Element[] };
      held.serverNodes = Array.from(document.querySelectorAll('.tabs-container, .theme-code-block'));
    });
  });
  await page.goto(`${site.url}/messaging/quickstart/`);
  await hydrated(page);
  await page.waitForLoadState('networkidle');
  const { held, kept } = await page.evaluate(() => {
    const nodes = (window as unknown as { serverNodes: Element[] }).serverNodes;
    return { held: nodes.length, kept: nodes.filter((node) => node.isConnected).length };
  });
  assert.ok(held > 5, `${held} tab groups and code blocks`);
  assert.equal(kept, held, 'every one is still the node the server sent');
  await context.close();
});

/** The JavaScript chunks a page fetched, by how: a <link rel=prefetch> or a request from a script. */
async function prefetchedChunks(supportsPrefetch: boolean) {
  const context = await newContext(site.browser);
  const page = await context.newPage();
  if (!supportsPrefetch) {
    // Safari ships with <link rel=prefetch> off; this is how a page finds that out.
    await page.addInitScript(() => {
      const supports = DOMTokenList.prototype.supports;
      DOMTokenList.prototype.supports = function (token: string) {
        return token === 'prefetch' ? false : supports.call(this, token);
      };
    });
  }
  const requests: { url: string; type: string }[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('.js')) requests.push({ url: request.url(), type: request.resourceType() });
  });
  await page.goto(`${site.url}/messaging/quickstart/`);
  await hydrated(page);
  await page.waitForLoadState('networkidle');
  const links = await page.locator('link[rel="prefetch"]').count();
  await context.close();
  return { links, xhr: requests.filter((request) => request.type === 'xhr').map((request) => request.url) };
}

test("a route's chunks are prefetched with <link rel=prefetch>, and by request where the browser has none", async () => {
  const withLinks = await prefetchedChunks(true);
  assert.ok(withLinks.links > 5, `${withLinks.links} prefetch links`);
  assert.equal(withLinks.xhr.length, 0);
  const without = await prefetchedChunks(false);
  // The bundler's own prefetch hints (webpackPrefetch) stay links; the routes' chunks do not.
  assert.ok(without.links < withLinks.links, `${without.links} prefetch links, against ${withLinks.links}`);
  assert.ok(without.xhr.length > 5, `${without.xhr.length} chunks fetched by request`);
});
