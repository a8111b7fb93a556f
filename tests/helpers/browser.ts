// Debian's Chromium driven by playwright-core, and the built site served from build/.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import handler from 'serve-handler';
import { after, before } from 'node:test';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { path } from '../../scripts/load.ts';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Without the background-networking flags Chromium keeps dialing hosts this machine cannot reach.
export const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(`No Chromium at ${chromiumPath}: run scripts/ensure-tools.sh (npm test does).`);
  }
  return chromium.launch({ executablePath: chromiumPath, args: chromiumFlags, headless: true });
}

export async function newContext(
  browser: Browser,
  options: { dark?: boolean; phone?: boolean; noJavaScript?: boolean } = {},
): Promise<BrowserContext> {
  return browser.newContext({
    javaScriptEnabled: !options.noJavaScript,
    colorScheme: options.dark ? 'dark' : 'light',
    viewport: options.phone ? { width: 390, height: 844 } : { width: 1280, height: 900 },
    deviceScaleFactor: 1,
  });
}

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

/** Serves build/ on a free loopback port, as `docusaurus serve` would. */
export async function serveBuild(): Promise<{ url: string; server: Server }> {
  const root = path('build');
  if (!existsSync(join(root, 'index.html'))) throw new Error('No build/ to serve: run `npm run build` first.');
  const server = createServer((req, res) => handler(req, res, { public: root, trailingSlash: true }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, server };
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
