// Every built page, light and dark, through axe-core: WCAG 2.0 and 2.1 A and AA plus axe's best
// practices, with no violation allowed. The reference and error-codes pages also pass as the
// server sent them, with the site's scripts blocked: pages are painted before their bundles run
// (ssr-template.ts), so that markup is what a reader meets first, and what a reader without
// JavaScript keeps. A last test checks that the gate can fail at all.
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { path } from '../../scripts/load.ts';
import { axeViolations, formatViolations } from '../helpers/axe.ts';
import { builtSite, newContext } from '../helpers/browser.ts';

const built = builtSite();
const siteUrl = 'https://developer.signalwire.com';

/** The sitemap's pages as paths on the local server, and the 404 page. */
const sitemap = readFileSync(path('build/sitemap.xml'), 'utf8');
const pages = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => {
  assert.ok(loc.startsWith(`${siteUrl}/`), `sitemap entry outside the site: ${loc}`);
  return new URL(loc).pathname;
});
pages.push('/404.html');

/** Loads a page and waits until React has hydrated it and the lazy parts have rendered. */
async function open(page: Page, pagePath: string, dark: boolean): Promise<void> {
  await page.goto(built.url + pagePath, { waitUntil: 'networkidle' });
  // The server renders the color-mode toggle disabled; React enables it once hydrated.
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
  // Two frames: React's last commit, and the patches of src/client-modules/third-party-a11y.ts, have run.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

for (const dark of [false, true]) {
  describe(dark ? 'dark mode' : 'light mode', () => {
    for (const pagePath of pages) {
      test(`${pagePath} has no accessibility violations`, async () => {
        const context = await newContext(built.browser, { dark });
        try {
          const page = await context.newPage();
          await open(page, pagePath, dark);
          const violations = await axeViolations(page);
          assert.equal(violations.length, 0, `axe violations on ${pagePath}:\n${formatViolations(violations)}`);
        } finally {
          await context.close();
        }
      });
    }
  });
}

/** Pages whose server-rendered HTML must pass before any of the site's scripts has run. */
const serverRendered = ['/rest/messaging/send-message/', '/rest/overview/error-codes/'];

/** Loads a page with every bundle refused, once its loader has asked for them. */
async function openWithoutBundles(page: Page, pagePath: string, dark: boolean): Promise<void> {
  await page.route('**/assets/js/**', (route) => route.abort());
  // The loader asks for the bundles after the first paint: wait until it has, and was refused.
  const refused = page.waitForEvent('requestfailed', (request) => request.url().includes('/assets/js/'));
  await page.goto(built.url + pagePath, { waitUntil: 'networkidle' });
  await refused;
  assert.equal(await page.locator('html[data-has-hydrated="true"]').count(), 0, 'React did not hydrate the page');
  const theme = await page.locator('html').getAttribute('data-theme');
  assert.equal(theme, dark ? 'dark' : 'light', 'the color mode is set before any bundle runs');
}

describe('before hydration, with the site\'s scripts blocked', () => {
  for (const dark of [false, true]) {
    for (const pagePath of serverRendered) {
      test(`${pagePath} has no accessibility violations in ${dark ? 'dark' : 'light'} mode, every <details> open`, async () => {
        const context = await newContext(built.browser, { dark });
        try {
          const page = await context.newPage();
          await openWithoutBundles(page, pagePath, dark);
          // Native <details> open without JavaScript: the nested fields they hold count too.
          await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
          const violations = await axeViolations(page);
          assert.equal(violations.length, 0, `axe violations on ${pagePath} before hydration:\n${formatViolations(violations)}`);
        } finally {
          await context.close();
        }
      });
    }
  }
});

test('the gate fails on a missing alt text and on low contrast', async () => {
  const context = await newContext(built.browser);
  try {
    const page = await context.newPage();
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
  } finally {
    await context.close();
  }
});
