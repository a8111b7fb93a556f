// Pages are painted before their bundles load (ssr-template.ts): the loader waits for the first
// contentful paint to be reported, so the download and start-up of the JavaScript never delay
// what the reader sees first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtSite, hydrated, newContext } from '../helpers/browser.ts';

const built = builtSite();

for (const page of ['/', '/messaging/quickstart/', '/rest/messaging/send-message/', '/rest/overview/error-codes/']) {
  test(`${page} requests its first bundle only after its first contentful paint`, async () => {
    const context = await newContext(built.browser, { phone: true });
    const tab = await context.newPage();
    await tab.goto(built.url + page);
    await hydrated(tab);
    const { paint, firstScript } = await tab.evaluate(() => ({
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
    await context.close();
  });
}
