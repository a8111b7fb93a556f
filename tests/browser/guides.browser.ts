import { test } from 'node:test';
import assert from 'node:assert/strict';
import { colord } from 'colord';
import { themes } from 'prism-react-renderer';
import type { Page } from 'playwright-core';
import { languages } from '../../src/components/Samples/languages.ts';
import { accessibleShades } from '../../src/css/code-colors.ts';
import { builtChunksWithMermaid, builtChunksWithPrism } from '../helpers/build.ts';
import { gotoHydrated, hydrated, scriptsOf, site, withContext, withPage } from '../helpers/browser.ts';

test('the quickstart offers every language, and the chosen one stays chosen on the next page', () =>
  withPage({}, async (page) => {
    await gotoHydrated(page, `${site.url}/messaging/quickstart/`);
    const tabs = page.locator('main [role="tablist"]').first().getByRole('tab');
    assert.deepEqual(await tabs.allInnerTexts(), Object.values(languages).map((l) => l.label));
    await tabs.filter({ hasText: 'Python' }).click();
    await page.locator('main [role="tabpanel"]:visible code', { hasText: 'urllib.request' }).first().waitFor();

    await page.goto(`${site.url}/messaging/send-mms/`);
    // The server renders the default tab; the stored choice applies once the page hydrates.
    await page.locator('main [role="tab"][aria-selected="true"]', { hasText: 'Python' }).first().waitFor({ timeout: 10_000 });
  }));

// The server highlights every sample, hidden tabs included, with the site's extra Prism languages
// (src/plugins/hydration-cost/prism-languages.ts); the browser keeps that HTML (src/theme/CodeBlock/Content).
test('every language tab of the quickstart hydrates highlighted, without a console error', () =>
  withPage({}, async (page) => {
    const errors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('pageerror', (error) => errors.push(String(error)));
    await gotoHydrated(page, `${site.url}/messaging/quickstart/`);
    const tabs = page.locator('main [role="tablist"]').first().getByRole('tab');
    for (const tab of await tabs.all()) {
      await tab.click();
      const code = page.locator('main [role="tabpanel"]:visible pre code').first();
      assert.ok((await code.locator('.token.string').count()) > 0, `${await tab.innerText()} sample is highlighted`);
    }
    assert.deepEqual(errors, []);
  }));

// The diagrams come drawn for both color modes (src/plugins/mermaid-svg.ts); CSS shows one.
test('the statuses guide shows its diagram drawn for the color mode, switched without a script, and loads no Mermaid', () =>
  withPage({}, async (page) => {
    const scripts = scriptsOf(page);
    await gotoHydrated(page, `${site.url}/messaging/statuses/`);
    await scripts.settled();
    const shown = page.locator('main .mermaid-diagram [data-mermaid-mode]:visible');
    const visibleMode = async () => {
      assert.equal(await shown.count(), 1, 'one SVG of the diagram is shown');
      return shown.getAttribute('data-mermaid-mode');
    };
    assert.equal(await visibleMode(), 'light');
    const text = (await shown.locator('svg').textContent()) ?? '';
    for (const status of ['queued', 'initiated', 'sent', 'delivered', 'undelivered', 'failed']) assert.ok(text.includes(status), status);
    const before = scripts.requested.size;
    // The toggle goes through light, dark and the system's mode, in an order of its own.
    for (let clicks = 0; (await page.locator('html').getAttribute('data-theme')) !== 'dark'; clicks++) {
      assert.ok(clicks < 3, 'the toggle never chose dark');
      await page.locator('button[aria-label^="Switch between dark and light mode"]:enabled').first().click();
    }
    assert.equal(await visibleMode(), 'dark');
    await scripts.settled();
    assert.equal(scripts.requested.size, before, 'switching the mode loaded a script');
    assert.ok(before > 0, 'no script loaded at all');
    assert.deepEqual([...scripts.requested].filter((script) => builtChunksWithMermaid().includes(script.replace('/assets/js/', ''))), []);
  }));

test('"Copy page as Markdown" copies the page, reference pages included', () =>
  withContext({}, async (context) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await context.newPage();
    for (const [path, heading] of [['/messaging/quickstart/', '# Send your first SMS'], ['/rest/messaging/send-message/', '# Send a message']]) {
      await gotoHydrated(page, `${site.url}${path}`);
      await page.getByRole('button', { name: 'Copy page as Markdown' }).click();
      await page.getByRole('button', { name: 'Copied' }).waitFor();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      assert.ok(copied.startsWith(heading), copied.slice(0, 80));
    }
  }));

/** The scripts the page has run so far (a prefetch only downloads). */
const scriptsRun = (page: Page) =>
  page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((entry) => (entry as PerformanceResourceTiming).initiatorType === 'script')
      .map((entry) => entry.name),
  );

const tokenColor = (type: string, mode: 'light' | 'dark') => {
  const theme = mode === 'light' ? themes.github : themes.dracula;
  const color = String(theme.styles.filter((s) => s.types.includes(type)).at(-1)?.style.color);
  return colord(accessibleShades[color.toLowerCase()] ?? color).toRgbString();
};

// Code blocks keep the HTML the server highlighted (src/theme/CodeBlock/Content), with the token
// colors in a stylesheet (src/css/code-colors.ts): the browser runs no Prism to show them.
// On a phone, where the reference's try-it console (which highlights its own samples) waits until
// the reader scrolls to it.
test('a page with code runs no Prism, and its code is colored in both modes', async () => {
  const withPrism = builtChunksWithPrism();
  assert.ok(withPrism.length > 0, 'Prism is in the build');
  for (const mode of ['light', 'dark'] as const) {
    for (const route of ['/messaging/quickstart/', '/rest/messaging/send-message/', '/rest/overview/error-codes/']) {
      await withPage({ phone: true, dark: mode === 'dark' }, async (page) => {
        const scripts = scriptsOf(page);
        await page.goto(`${site.url}${route}`);
        await hydrated(page);
        await scripts.settled();
        const token = page.locator('main pre code .token.string').first();
        assert.equal(await token.evaluate((el) => getComputedStyle(el).color), tokenColor('string', mode), `${route} in ${mode} mode`);
        const prism = [...scripts.requested].filter((script) => withPrism.some((file) => script.endsWith(file)));
        assert.deepEqual(prism, [], `${route} asked for Prism`);
      });
    }
  }
});

test('code reached by a client-side navigation is highlighted too', () =>
  withPage({}, async (page) => {
    await gotoHydrated(page, `${site.url}/messaging/statuses/`);
    await page.locator('main a[href="/messaging/status-callbacks/"]').first().click();
    await page.locator('main pre code .token.string').first().waitFor();
    assert.equal(await page.evaluate(() => document.querySelectorAll('pre[data-code-block] .token').length > 0), true);
    const ran = (await scriptsRun(page)).filter((url) => builtChunksWithPrism().some((file) => url.endsWith(file)));
    assert.equal(ran.length, 1, 'Prism was fetched for the blocks the browser drew');
  }));
