// Debian's Chromium for the browser tests, the bench and the screenshot tool: where it is, the
// flags it runs with, and a launch through playwright-core.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

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

/** A context as a reader on a desktop or a phone, in either color mode, with or without JavaScript. */
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
