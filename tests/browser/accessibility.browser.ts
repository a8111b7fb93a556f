// Every built page through axe-core: in light mode every rule of WCAG 2.0 and 2.1 A and AA plus
// axe's best practices, in dark mode the rules whose result depends on colors (the rest see the
// same markup in both), with no violation allowed. The reference and error-codes pages also
// pass as the server sent them, with the site's scripts blocked: pages are painted before their
// bundles run (ssr-template.ts), so that markup is what a reader meets first, and what a reader
// without JavaScript keeps. A last test checks that the gate can fail at all.
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { BrowserContext, Page } from 'playwright-core';
import { path } from '../../scripts/load.ts';
import { axeViolations, colorRules, formatViolations } from '../helpers/axe.ts';
import { hydrated, newContext, site, twoFrames, withPage } from '../helpers/browser.ts';

const siteUrl = 'https://developer.signalwire.com';

/** The sitemap's pages as paths on the local server, and the 404 page. */
const sitemap = readFileSync(path('build/sitemap.xml'), 'utf8');
const pages = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => {
  assert.ok(loc.startsWith(`${siteUrl}/`), `sitemap entry outside the site: ${loc}`);
  return new URL(loc).pathname;
});
pages.push('/404.html');
// The guides with Mermaid diagrams, whose colors differ in each mode (src/plugins/mermaid-svg.ts).
for (const diagrams of ['/messaging/statuses', '/messaging/status-callbacks']) assert.ok(pages.includes(diagrams), `${diagrams} is not in the sitemap`);

/** Pages of one color mode checked at once, in its context: each waits on the network and on React. */
const pagesAtOnce = 2;

/** Loads a page and waits until React has hydrated it and the lazy parts have rendered. */
async function open(page: Page, pagePath: string, dark: boolean): Promise<void> {
  await page.goto(site.url + pagePath);
  await hydrated(page);
  // The server renders the color-mode toggle disabled; React enables it once `useIsBrowser` flips.
  await page.locator('button[aria-label^="Switch between dark and light mode"]:enabled').first().waitFor();
  const theme = await page.locator('html').getAttribute('data-theme');
  assert.equal(theme, dark ? 'dark' : 'light', 'the site should follow prefers-color-scheme');
  if (pagePath.startsWith('/rest/messaging/')) {
    // The reference pages' right panel loads after hydration, behind a skeleton; operation pages
    // (not webhooks, whose badge is the secondary one) fill it with the API explorer.
    await page.waitForFunction(() => document.querySelectorAll('.openapi-skeleton').length === 0);
    if ((await page.locator('.openapi__method-endpoint .badge:not(.badge--secondary)').count()) > 0) {
      await page.getByRole('button', { name: /send api request/i }).waitFor();
    }
  }
  // React's last commit, and the patches of src/client-modules/third-party-a11y.ts, have run.
  await twoFrames(page);
}

/** Pages whose server-rendered HTML must pass before any of the site's scripts has run. */
const serverRendered = ['/rest/messaging/send-message/', '/rest/overview/error-codes/'];

/** Loads a page with every bundle refused, once its loader has asked for them. */
async function openWithoutBundles(page: Page, pagePath: string, dark: boolean): Promise<void> {
  await page.route('**/assets/js/**', (route) => route.abort());
  // The loader asks for the bundles after the first paint: wait until it has, and was refused.
  const refused = page.waitForEvent('requestfailed', (request) => request.url().includes('/assets/js/'));
  await page.goto(site.url + pagePath);
  await refused;
  assert.equal(await page.locator('html[data-has-hydrated="true"]').count(), 0, 'React did not hydrate the page');
  const theme = await page.locator('html').getAttribute('data-theme');
  assert.equal(theme, dark ? 'dark' : 'light', 'the color mode is set before any bundle runs');
}

// The two modes share nothing: they run side by side, each in its own context.
describe('light and dark', { concurrency: 2 }, () => {
  for (const dark of [false, true]) {
    const mode = dark ? 'dark' : 'light';
    const checked = dark ? `the color rules (${colorRules.join(', ')})` : 'every rule';
    describe(`${mode} mode, ${checked}`, { concurrency: pagesAtOnce }, () => {
      // One context per mode: the pages only read, so they share its storage safely.
      let context: BrowserContext;
      before(async () => {
        context = await newContext(site.browser, { dark });
      });
      after(() => context.close());

      async function inPage(use: (page: Page) => Promise<void>): Promise<void> {
        const page = await context.newPage();
        try {
          await use(page);
        } finally {
          await page.close();
        }
      }

      for (const pagePath of pages) {
        test(`${pagePath} has no accessibility violations`, () =>
          inPage(async (page) => {
            await open(page, pagePath, dark);
            const violations = await axeViolations(page, dark ? { rules: colorRules } : {});
            assert.equal(violations.length, 0, `axe violations on ${pagePath}:\n${formatViolations(violations)}`);
          }));
      }

      for (const pagePath of serverRendered) {
        test(`${pagePath} has no accessibility violations before hydration, with the site's scripts blocked and every <details> open`, () =>
          inPage(async (page) => {
            await openWithoutBundles(page, pagePath, dark);
            // Native <details> open without JavaScript: the nested fields they hold count too.
            await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
            const violations = await axeViolations(page, dark ? { rules: colorRules } : {});
            assert.equal(violations.length, 0, `axe violations on ${pagePath} before hydration:\n${formatViolations(violations)}`);
          }));
      }
    });
  }
});

test('the gate fails on a missing alt text and on low contrast, and the color rules alone on the low contrast', () =>
  withPage({}, async (page) => {
    assert.ok(colorRules.includes('color-contrast'), `color rules: ${colorRules.join(', ')}`);
    await page.setContent(`<!doctype html>
      <html lang="en"><head><title>Broken</title></head>
      <body><main>
        <h1>A page that fails</h1>
        <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="20" height="20">
        <p style="color: #999; background: #fff">Gray on white: 2.8:1.</p>
      </main></body></html>`);
    const violations = await axeViolations(page);
    const rules = violations.map((v) => v.rule);
    for (const rule of ['image-alt', 'color-contrast']) {
      assert.ok(rules.includes(rule), `expected ${rule} among: ${rules.join(', ')}`);
    }
    assert.match(formatViolations(violations), /<img src="data:image\/gif/);
    const colorOnly = (await axeViolations(page, { rules: colorRules })).map((v) => v.rule);
    assert.deepEqual(colorOnly, ['color-contrast']);
  }));
