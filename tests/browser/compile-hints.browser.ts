// src/plugins/compile-hints.ts: every script a page runs as it starts opens with V8's compile hint,
// so Chromium compiles it on a background thread; code loaded on demand does not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { path } from '../../scripts/load.ts';
import { ourPages } from '../../scripts/bench/pages.ts';
import { compileHint } from '../../src/plugins/compile-hints.ts';
import { hydrated, site, withPage } from '../helpers/browser.ts';

type Noted = { scriptsRun: () => string[]; atHydration: string[] };

/**
 * Opens `url` and returns the scripts the page had run when React took it over, as the page noted
 * them at that moment, and a way to ask again later. Script elements only: prefetches are links.
 */
async function openWatchingScripts(page: Page, url: string): Promise<{ atHydration: string[]; now: () => Promise<string[]> }> {
  // No named functions in here: tsx would wrap them in a helper the page does not have.
  await page.addInitScript(() => {
    const noted = window as unknown as Noted;
    noted.scriptsRun = () =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => (entry as PerformanceResourceTiming).initiatorType === 'script')
        .map((entry) => new URL(entry.name).pathname);
    // The document has no root element yet when this runs.
    new MutationObserver((_, observer) => {
      if (document.documentElement.dataset.hasHydrated !== 'true') return;
      observer.disconnect();
      noted.atHydration = noted.scriptsRun();
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-has-hydrated'] });
  });
  await page.goto(url);
  await hydrated(page);
  return {
    atHydration: await page.evaluate(() => (window as unknown as Noted).atHydration),
    now: () => page.evaluate(() => (window as unknown as Noted).scriptsRun()),
  };
}

const hinted = (script: string) => readFileSync(path(`build${script}`), 'utf8').startsWith(compileHint);

for (const { name, path: route } of ourPages) {
  test(`${name}: each script run before hydration opens with the compile hint`, () =>
    withPage({ phone: true }, async (page) => {
      const { atHydration: scripts } = await openWatchingScripts(page, site.url + route);
      assert.ok(scripts.some((script) => /\/main\.\w+\.js$/.test(script)), `the main bundle is among ${scripts.join(', ')}`);
      assert.deepEqual(scripts.filter((script) => !hinted(script)), [], 'scripts without the hint');
    }));
}

test('the try-it console, loaded on demand, is compiled as it runs', () =>
  withPage({}, async (page) => {
    const scripts = await openWatchingScripts(page, `${site.url}/rest/messaging/send-message/`);
    const before = new Set(scripts.atHydration);
    // On a desktop the console loads at once after hydration.
    await page.getByRole('button', { name: /send api request/i }).waitFor();
    const onDemand = (await scripts.now()).filter((script) => !before.has(script));
    assert.ok(onDemand.length > 0, 'the console loaded scripts of its own');
    assert.deepEqual(onDemand.filter(hinted), [], 'on-demand scripts with the hint');
  }));
