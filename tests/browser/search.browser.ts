// The local search box, on the production build (the index exists only there).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { gotoHydrated, site, withPage } from '../helpers/browser.ts';

// A term a reader types, and where the first suggestion must take them.
const cases: [term: string, expected: RegExp][] = [
  ['body_or_media_required', /^\/rest\/overview\/error-codes\/?#body_or_media_required$/],
  ['send_as_mms', /^\/(rest\/messaging\/send-message|messaging\/send-mms)\/?(#|$)/],
  ['status callback', /^\/(messaging\/(status|verify)-callbacks|rest\/messaging\/message-status-callback)\/?(#|$)/],
  ['segments', /^\/messaging\/segments\/?(#|$)/],
  // A query parameter named only in the reference: found because the reference is server-rendered.
  ['page_token', /^\/rest\/messaging\/list-message-logs\/?(#|$)/],
];

for (const [term, expected] of cases) {
  test(`searching "${term}" leads to the right section`, () =>
    withPage({}, async (page) => {
      await gotoHydrated(page, `${site.url}/messaging/`);
      const input = page.getByRole('searchbox', { name: 'Search' }).or(page.getByRole('textbox', { name: 'Search' })).first();
      await input.click();
      await input.fill(term);
      await page.locator('[role="option"]').first().waitFor();
      await page.keyboard.press('Enter');
      // The router may set the path and the anchor in two steps: give the anchor its time, and
      // let the assertion below name the page it landed on if it never comes.
      await page.waitForURL((url) => expected.test(`${url.pathname}${url.hash}`), { timeout: 10_000 }).catch(() => {});
      const url = new URL(page.url());
      assert.match(`${url.pathname}${url.hash}`, expected);
    }));
}

// src/plugins/hydration-cost/stand-ins/mark-when-marked.ts skips mark.js's walk when there is nothing to unmark; both
// branches are exercised here: marks drawn from the query, then removed when it goes away.
test('the searched words are highlighted on the page a result opens, and cleared when the query goes', () =>
  withPage({}, async (page) => {
    await gotoHydrated(page, `${site.url}/messaging/segments/?_highlight=segments`);
    const marks = page.locator('article mark[data-markjs]');
    await marks.first().waitFor();
    assert.match((await marks.first().innerText()).toLowerCase(), /^segments?$/);
    // The router follows history changes, as a click on an in-page link would make.
    await page.evaluate(() => {
      history.pushState(null, '', location.pathname);
      dispatchEvent(new PopStateEvent('popstate'));
    });
    await page.waitForFunction(() => document.querySelectorAll('article mark[data-markjs]').length === 0);
  }));

// The form with no slash goes through the server's redirect to /search/, which must keep the query
// (scripts/serve-build.ts), as a static host's does.
for (const shared of ['/search/?q=redact', '/search?q=redact']) {
  test(`a shared link to the search page (${shared}) opens with its results, and keeps its query`, () =>
    withPage({}, async (page) => {
      await page.goto(`${site.url}${shared}`);
      await page.getByRole('heading', { name: 'Search results for "redact"' }).waitFor();
      await page.getByText(/\d+ documents? found/).waitFor();
      assert.ok((await page.locator('.main-wrapper a[href*="/messaging/redact"]').count()) > 0, 'the redaction guide is among the results');
      assert.equal(new URL(page.url()).searchParams.get('q'), 'redact');
    }));
}

// The reference's response tabs used to be indexed as strips of codes ("201 400 401 403 422 429
// 500"), half the top results for a status. Each response is now found under its own heading.
test('searching a status finds its section on the error codes page and each response in the reference', () =>
  withPage({}, async (page) => {
    await page.goto(`${site.url}/search/?q=422`);
    await page.getByText(/\d+ documents? found/).waitFor();
    const results = await page
      .locator('.main-wrapper article')
      .evaluateAll((articles) =>
        articles.map((article) => ({ href: article.querySelector('a')?.getAttribute('href') ?? '', text: (article as HTMLElement).innerText })),
      );
    const top = results.slice(0, 10);
    const at = (href: RegExp, title: string) => top.some((result) => href.test(result.href) && result.text.startsWith(title));
    assert.ok(at(/^\/rest\/overview\/error-codes\/?\?[^#]*#http-422$/, '422 Unprocessable Entity'), 'the error codes page\'s 422 section');
    assert.ok(at(/^\/rest\/messaging\/send-message\/?\?[^#]*#responses$/, 'Response 422'), "the send reference's 422 response");
    const strips = results.filter((result) => /^(\d{3}\s+)+\d{3}$/m.test(result.text));
    assert.deepEqual(strips, [], 'no result is a strip of status codes');
  }));

// The results come after the index has loaded, well after the first paint; the page's main area
// keeps a screen's height from the start (src/css/custom.css), so nothing on screen moves then.
for (const phone of [false, true]) {
  test(`the search page's results arrive without moving anything on screen (${phone ? 'phone' : 'desktop'})`, () =>
    withPage({ phone }, async (page) => {
      await page.addInitScript(() => {
        const shifts = { total: 0 };
        (window as unknown as { shifts: typeof shifts }).shifts = shifts;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
            if (!entry.hadRecentInput) shifts.total += entry.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(`${site.url}/search/?q=redact`);
      await page.getByText(/\d+ documents? found/).waitFor();
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      const total = await page.evaluate(() => (window as unknown as { shifts: { total: number } }).shifts.total);
      assert.equal(total, 0, `layout shift score ${total}`);
    }));
}

// src/theme/SearchPage/start-index-download.ts: the search page starts its worker, which downloads
// the index at once, while React is still taking over the page; it used to wait until after.
// Other pages load the same chunk ahead of a link to the search page, and must not download.
const recordWorkers = () => {
  const seen: Seen = { workers: [], hydrated: 0 };
  (window as unknown as { seen: typeof seen }).seen = seen;
  const Original = window.Worker;
  window.Worker = class extends Original {
    constructor(...args: ConstructorParameters<typeof Worker>) {
      seen.workers.push(performance.now());
      super(...args);
    }
  };
  new MutationObserver(() => {
    if (!seen.hydrated && document.documentElement.dataset.hasHydrated === 'true') seen.hydrated = performance.now();
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-has-hydrated'] });
};
type Seen = { workers: number[]; hydrated: number };

/** Records the page's workers, when hydration finished, and each request for the search index. */
async function watchIndexDownload(page: Page) {
  await page.addInitScript(recordWorkers);
  const downloads: string[] = [];
  page.on('request', (request) => {
    if (/\/search-index[^/]*\.json/.test(request.url())) downloads.push(request.url());
  });
  return { downloads, seen: () => page.evaluate(() => (window as unknown as { seen: Seen }).seen) };
}

test('the search page starts downloading its index before hydration finishes, and downloads it once', () =>
  withPage({ phone: true }, async (page) => {
    const watched = await watchIndexDownload(page);
    await page.goto(`${site.url}/search/?q=redact`);
    await page.getByText(/\d+ documents? found/).waitFor();
    const seen = await watched.seen();
    assert.equal(seen.workers.length, 1, `${seen.workers.length} search workers`);
    assert.ok(seen.hydrated > 0, 'hydration finished');
    assert.ok(seen.workers[0] < seen.hydrated, `worker at ${seen.workers[0]} ms, hydrated at ${seen.hydrated} ms`);
    assert.equal(watched.downloads.length, 1, watched.downloads.join(', '));
  }));

test('a page with a link to the search page does not download the index', () =>
  withPage({}, async (page) => {
    const watched = await watchIndexDownload(page);
    await gotoHydrated(page, `${site.url}/messaging/`);
    // Loads the search page's chunks the way a link coming into view does.
    await page.evaluate(() => (window as unknown as { docusaurus: { preload: (path: string) => Promise<unknown> } }).docusaurus.preload('/search/'));
    await page.waitForTimeout(500);
    assert.deepEqual((await watched.seen()).workers, []);
    assert.deepEqual(watched.downloads, []);
  }));
