// Pages are painted before their bundles load (ssr-template.ts): the loader waits for the first
// contentful paint to be reported, so the download and start-up of the JavaScript never delay
// what the reader sees first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hydrated, site, withPage } from '../helpers/browser.ts';

for (const path of ['/', '/messaging/quickstart/', '/rest/messaging/send-message/', '/rest/overview/error-codes/']) {
  test(`${path} requests its first bundle only after its first contentful paint`, () =>
    withPage({ phone: true }, async (page) => {
      await page.goto(site.url + path);
      await hydrated(page);
      const { paint, firstScript } = await page.evaluate(() => ({
        paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
        firstScript: Math.min(
          ...performance
            .getEntriesByType('resource')
            .filter((entry) => (entry as PerformanceResourceTiming).initiatorType === 'script')
            .map((entry) => entry.startTime),
        ),
      }));
      assert.ok(paint !== undefined, 'no first contentful paint');
      assert.ok(firstScript >= paint, `a bundle was requested at ${firstScript} ms, before the paint at ${paint} ms`);
    }));
}
