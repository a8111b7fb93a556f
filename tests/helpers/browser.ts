// Debian's Chromium driven by playwright-core, and the built site served from build/: one of each
// for the whole browser lane (tests/browser/all.test.ts), shared by its files through `site`.
import type { Server } from 'node:http';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newContext } from '../../scripts/chromium.ts';
import { serveBuild } from '../../scripts/serve-build.ts';

export { chromiumFlags, chromiumPath, launchBrowser, newContext } from '../../scripts/chromium.ts';
export { serveBuild } from '../../scripts/serve-build.ts';

type ContextOptions = Parameters<typeof newContext>[1];

/**
 * The lane's server and browser. Filled by `openSite()` in the lane's `before` hook, so a browser
 * file reads `site.url` and `site.browser` inside its tests and hooks, never at load time.
 */
export const site = { url: '', browser: undefined as unknown as Browser };
let server: Server | undefined;

export async function openSite(): Promise<void> {
  const served = await serveBuild();
  server = served.server;
  site.url = served.url;
  site.browser = await launchBrowser();
}

export async function closeSite(): Promise<void> {
  await site.browser?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
}

/** Runs `use` with a fresh context, and closes the context (its pages with it) however `use` ends. */
export async function withContext<T>(options: ContextOptions, use: (context: BrowserContext) => Promise<T>): Promise<T> {
  const context = await newContext(site.browser, options);
  try {
    return await use(context);
  } finally {
    await context.close();
  }
}

/** Runs `use` with a page of its own context, closed however `use` ends. */
export function withPage<T>(options: ContextOptions, use: (page: Page) => Promise<T>): Promise<T> {
  return withContext(options, async (context) => use(await context.newPage()));
}

/**
 * Opens a page and waits until React has hydrated it. Pages are painted before their scripts run
 * (ssr-template.ts), so a click right after load can land before any handler exists. The theme
 * renders the color-mode toggle disabled on the server and enables it once `useIsBrowser` flips,
 * which is after `data-has-hydrated`: the commit that re-renders whatever reads that flag.
 */
export async function gotoHydrated(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('button[aria-label^="Switch between dark and light mode"]:enabled').first().waitFor();
}

/**
 * Waits until React has hydrated the page, on any layout: Docusaurus sets
 * <html data-has-hydrated="true"> then. On a phone the color-mode toggle `gotoHydrated` waits for
 * sits in the closed menu.
 */
export async function hydrated(page: Page): Promise<void> {
  await page.locator('html[data-has-hydrated="true"]').waitFor({ state: 'attached' });
}

/** Waits two frames: whatever the last commit scheduled (effects, layout, a scroll) has run. */
export async function twoFrames(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/** Waits until `condition` holds, for what a page did that only Node sees (its requests, say). */
export async function until(condition: () => boolean, what: string, timeout = 15_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Waited ${timeout} ms for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Follows the scripts a page requests and waits, on demand, until every one has arrived and the
 * page has gone idle without asking for another: what "before the reader does anything" loads.
 * Narrower than `networkidle`, which also waits on prefetches, images and fonts.
 */
export function scriptsOf(page: Page) {
  const requested = new Set<string>();
  const pending = new Set<string>();
  page.on('request', (request) => {
    if (request.resourceType() !== 'script') return;
    requested.add(new URL(request.url()).pathname);
    pending.add(request.url());
  });
  const done = (request: { url(): string }) => pending.delete(request.url());
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return {
    requested,
    async settled(): Promise<void> {
      for (let seen = -1; seen !== requested.size || pending.size > 0; ) {
        seen = requested.size;
        await until(() => pending.size === 0, `the scripts requested to arrive: ${[...pending].join(', ')}`);
        await page.evaluate(() => new Promise((done) => requestIdleCallback(done, { timeout: 2000 })));
        await twoFrames(page);
      }
    },
  };
}
