// The stand-ins of src/plugins/hydration-cost/swaps.ts behave like what they replace, where the
// difference shows only at run time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { path } from '../../scripts/load.ts';
import { swaps } from '../../src/plugins/hydration-cost/swaps.ts';
import { builtChunksWithMarked } from '../helpers/build.ts';
import { gotoHydrated, hydrated, scriptsOf, site, twoFrames, until, withPage } from '../helpers/browser.ts';

/** A swap of the table by its name, so that a renamed or dropped swap fails here rather than pass unnoticed. */
function swapNamed(name: string) {
  const swap = swaps.find((candidate) => candidate.name === name);
  assert.ok(swap, `no bundle swap named "${name}"`);
  return swap;
}

test(`bundle swap "${swapNamed('stable remount key').name}" keeps the tabs and code blocks the server rendered through hydration`, () =>
  withPage({}, async (page) => {
    // Before any bundle runs (they start after the first paint), keep hold of the server's nodes.
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        const held = window as unknown as { serverNodes: Element[] };
        held.serverNodes = Array.from(document.querySelectorAll('.tabs-container, .theme-code-block'));
      });
    });
    // Without the swap the remount comes with the `useIsBrowser` flip, the commit that enables
    // the color-mode toggle gotoHydrated waits for.
    await gotoHydrated(page, `${site.url}/messaging/quickstart/`);
    await twoFrames(page);
    const { held, kept } = await page.evaluate(() => {
      const nodes = (window as unknown as { serverNodes: Element[] }).serverNodes;
      return { held: nodes.length, kept: nodes.filter((node) => node.isConnected).length };
    });
    assert.ok(held > 5, `${held} tab groups and code blocks`);
    assert.equal(kept, held, 'every one is still the node the server sent');
  }));

/** The JavaScript chunks a page fetched, by how: a <link rel=prefetch> or a request from a script. */
function prefetchedChunks(supportsPrefetch: boolean) {
  return withPage({}, async (page) => {
    if (!supportsPrefetch) {
      // Safari ships with <link rel=prefetch> off; this is how a page finds that out.
      await page.addInitScript(() => {
        const supports = DOMTokenList.prototype.supports;
        DOMTokenList.prototype.supports = function (token: string) {
          return token === 'prefetch' ? false : supports.call(this, token);
        };
      });
    }
    const xhr: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('.js') && request.resourceType() === 'xhr') xhr.push(request.url());
    });
    await gotoHydrated(page, `${site.url}/messaging/quickstart/`);
    // Routes are prefetched in idle time, a few at once: wait for more than five either way.
    await page.waitForFunction(
      (supports) => (supports ? document.querySelectorAll('link[rel="prefetch"]').length > 5 : true),
      supportsPrefetch,
    );
    if (!supportsPrefetch) await until(() => xhr.length > 5, 'more than five chunks fetched by request');
    return { links: await page.locator('link[rel="prefetch"]').count(), xhr: [...xhr] };
  });
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

/** Whether a page has asked for the chunk that holds marked. */
const askedForMarked = (requested: Set<string>) => {
  const [chunk] = builtChunksWithMarked();
  assert.ok(chunk, 'marked is built');
  return [...requested].some((path) => path.endsWith(`/${chunk}`));
};

test(`bundle swap "${swapNamed('Markdown on demand').name}" keeps the descriptions the server rendered, and loads marked for none of them`, () =>
  // On a phone the try-it console, which draws descriptions of its own, waits for the reader.
  withPage({ phone: true }, async (page) => {
    const scripts = scriptsOf(page);
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        (window as unknown as { descriptions: Element[] }).descriptions = Array.from(document.querySelectorAll('.openapi-markdown'));
      });
    });
    await page.goto(`${site.url}/rest/messaging/send-message/`);
    await hydrated(page);
    await scripts.settled();
    const { held, kept, empty } = await page.evaluate(() => {
      const nodes = (window as unknown as { descriptions: Element[] }).descriptions;
      return {
        held: nodes.length,
        kept: nodes.filter((node) => node.isConnected).length,
        empty: nodes.filter((node) => node.innerHTML.trim() === '').length,
      };
    });
    assert.ok(held > 20, `${held} descriptions`);
    assert.equal(kept, held, 'every description is still the node the server sent');
    assert.equal(empty, 0, 'and none was emptied');
    assert.ok(!askedForMarked(scripts.requested), 'marked was not loaded');
  }));

test('a reference page reached without a reload shows every description, drawn in the browser', () =>
  withPage({}, async (page) => {
    const scripts = scriptsOf(page);
    await gotoHydrated(page, `${site.url}/rest/messaging/send-message/`);
    await page.locator('.menu a[href$="/rest/messaging/redact-message"]').click();
    await page.waitForURL(/\/redact-message\/?$/);
    await page.locator('h1', { hasText: 'Redact a message' }).waitFor();
    await page.waitForFunction(() => {
      const nodes = Array.from(document.querySelectorAll('.theme-api-markdown .openapi-markdown'));
      return nodes.length > 5 && nodes.every((node) => node.innerHTML.trim() !== '');
    });
    assert.ok(askedForMarked(scripts.requested), 'marked was loaded for them');
  }));

const consoleStateSwaps = [
  swapNamed('console hooks on the page'),
  swapNamed('Accept slice on the page'),
  swapNamed('ContentType slice on the page'),
  swapNamed('SchemaSelection slice on the page'),
].map((swap) => swap.name);

test(`bundle swaps ${consoleStateSwaps.map((name) => `"${name}"`).join(', ')}: a reference page runs no Redux until its console loads`, () =>
  withPage({ phone: true }, async (page) => {
    // On a phone the console waits for the reader to scroll or tap: nothing here does.
    const scripts = scriptsOf(page);
    await page.goto(`${site.url}/rest/messaging/send-message/`);
    await hydrated(page);
    await scripts.settled();
    const withRedux = [...scripts.requested].filter((script) => /\bcreateSlice\b|\bcombineReducers\b|\[Immer\]/.test(readFileSync(path(`build${script}`), 'utf8')));
    assert.deepEqual(withRedux, [], 'scripts holding Redux Toolkit');
    assert.ok(await page.locator('main .openapi-tabs__mime-item').count() > 0, 'the page shows its media-type tabs');

    // The console, once the reader scrolls to it, brings its store.
    await page.mouse.wheel(0, 400);
    await page.getByRole('button', { name: /send api request/i }).waitFor();
  }));

const collatorSwaps = [
  swapNamed('docs plugin paths sorted without the collator'),
  swapNamed('memo keys sorted without the collator'),
  swapNamed('OpenAPI theme memo keys sorted without the collator'),
].map((swap) => swap.name);

// A page's first localeCompare sets up ICU's collator, which on a slow phone was a third of one of
// the long tasks after the first paint. No page needs it before the reader does something.
for (const pagePath of ['/', '/messaging/quickstart/', '/rest/messaging/send-message/', '/rest/overview/error-codes/', '/rest/messaging/messages/']) {
  test(`bundle swaps ${collatorSwaps.map((name) => `"${name}"`).join(', ')}: ${pagePath} hydrates without comparing a string by locale`, () =>
    withPage({}, async (page) => {
      await page.addInitScript(() => {
        const calls: string[] = [];
        (window as unknown as { localeCompares: string[] }).localeCompares = calls;
        const original = String.prototype.localeCompare;
        // No named function here: tsx would wrap it in a helper the page does not have.
        String.prototype.localeCompare = function (this: string, ...args: Parameters<string['localeCompare']>) {
          calls.push(new Error().stack?.split('\n').slice(2, 4).join(' ') ?? '');
          return original.apply(this, args);
        };
      });
      await gotoHydrated(page, `${site.url}${pagePath}`);
      await twoFrames(page);
      assert.deepEqual(await page.evaluate(() => (window as unknown as { localeCompares: string[] }).localeCompares), []);
    }));
}
