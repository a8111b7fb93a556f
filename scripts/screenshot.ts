// Screenshots of built pages, for a person to look at: light and dark, desktop and phone.
// Usage: npx tsx scripts/screenshot.ts /rest/messaging/send-message/ [/other/page/ ...]
// FULL=1 takes whole pages; NOJS=1 turns JavaScript off, as a reader without it sees them.
import { mkdirSync } from 'node:fs';
import { launchBrowser, newContext } from './chromium.ts';
import { path } from './load.ts';
import { serveBuild } from './serve-build.ts';

async function main() {
  const pages = process.argv.slice(2);
  const out = path('test-results/screenshots');
  mkdirSync(out, { recursive: true });
  const { url, server } = await serveBuild();
  const browser = await launchBrowser();
  try {
    for (const dark of [false, true]) {
      for (const phone of [false, true]) {
        const context = await newContext(browser, { dark, phone, noJavaScript: process.env.NOJS === '1' });
        const page = await context.newPage();
        for (const pagePath of pages) {
          await page.goto(url + pagePath, { waitUntil: 'networkidle' });
          await page.waitForTimeout(800);
          const name = `${pagePath.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${dark ? 'dark' : 'light'}-${phone ? 'phone' : 'desktop'}${process.env.NOJS === '1' ? '-nojs' : ''}.png`;
          await page.screenshot({ path: `${out}/${name}`, fullPage: process.env.FULL === '1' });
          console.log(`${out}/${name}`);
        }
        await context.close();
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
}

void main();
