// Pages are painted before their bundles load (ssr-template.ts): the loader waits for the first
// contentful paint to be reported, so the download and start-up of the JavaScript never delay
// what the reader sees first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { answerFromBuild } from '../../scripts/serve-build.ts';
import { builtFile } from '../helpers/build.ts';
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

// On a slow network a page's HTML arrives in parts, and Chromium paints what it has parsed. The
// head's render-blocking `<link rel="expect">` (docusaurus.config.ts) holds the first frame until
// the navbar is whole: painted without its search box, the navbar's right-hand links moved left
// when the box arrived. Here the home page's HTML pauses inside the navbar, before the search box.
const pauseMs = 800;

test('a page whose HTML pauses inside the navbar paints only once the navbar is whole, and nothing moves', async () => {
  const html = readFileSync(builtFile('/'), 'utf8');
  const cut = html.indexOf('navbarSearchContainer');
  assert.ok(cut > 0, "the navbar's search box is in the home page's HTML");
  const server = createServer((req, res) => {
    if (req.url !== '/') return answerFromBuild(req, res);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.write(html.slice(0, cut));
    setTimeout(() => res.end(html.slice(cut)), pauseMs);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    await withPage({}, async (page) => {
      await page.addInitScript(() => {
        const seen = { shift: 0 };
        (window as unknown as { seen: typeof seen }).seen = seen;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as unknown as { value: number }[]) seen.shift += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
      await hydrated(page);
      const { shift, paint } = await page.evaluate(() => ({
        shift: (window as unknown as { seen: { shift: number } }).seen.shift,
        paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0,
      }));
      assert.ok(paint >= pauseMs * 0.9, `first contentful paint at ${Math.round(paint)} ms, before the rest of the navbar arrived`);
      assert.equal(shift, 0, `layout shift ${shift}`);
    });
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
});
