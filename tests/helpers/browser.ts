// Debian's Chromium driven by playwright-core, and the built site served from build/.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { after, before } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../scripts/chromium.ts';
import { serveBuild } from '../../scripts/serve-build.ts';

export { chromiumFlags, chromiumPath, launchBrowser, newContext } from '../../scripts/chromium.ts';
export { serveBuild } from '../../scripts/serve-build.ts';

/**
 * Opens a page and waits until React has hydrated it. Pages are painted before their scripts run
 * (ssr-template.ts), so a click right after load can land before any handler exists. The theme
 * renders the color-mode toggle disabled on the server and enables it once hydrated.
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

export const userDataDir = () => mkdtempSync(join(tmpdir(), 'chromium-'));

/** Serves build/ and opens Chromium around a test file's tests: `const site = builtSite();`. */
export function builtSite() {
  const site = { url: '', browser: undefined as unknown as Browser, server: undefined as Server | undefined };
  before(async () => {
    const served = await serveBuild();
    site.url = served.url;
    site.server = served.server;
    site.browser = await launchBrowser();
  });
  after(async () => {
    await site.browser?.close();
    site.server?.close();
  });
  return site;
}
