// Every page of the sitemap on the narrowest phone the docs support (360 px): nothing wider than
// the screen, a wide table scrolls inside its own box, and every control outside a sentence is a
// tap target of at least 24 × 24 px (WCAG 2.2, 2.5.8, whose exception covers links inside text).
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { path } from '../../scripts/load.ts';
import { hydrated, site, withContext } from '../helpers/browser.ts';

const pages = [...readFileSync(path('build/sitemap.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => new URL(loc).pathname);

test('on a 360 px screen, no page is wider than the screen, tables scroll in their own box, and tap targets are 24 px or more', () =>
  withContext({ phone: true }, async (context) => {
    assert.ok(pages.length > 15, `${pages.length} pages`);
    const page = await context.newPage();
    await page.setViewportSize({ width: 360, height: 800 });
    const problems: string[] = [];
    for (const pagePath of pages) {
      await page.goto(site.url + pagePath);
      await hydrated(page);
      const found = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        const out: string[] = [];
        const overflow = document.documentElement.scrollWidth - width;
        if (overflow > 0) out.push(`the page is ${overflow}px wider than the screen`);
        // Written without helper functions: the test's compiler would name them with a helper
        // the page does not have.
        for (const table of Array.from(document.querySelectorAll('main table'))) {
          if (table.getBoundingClientRect().right <= width + 1) continue;
          let scrolls = false;
          for (let at: Element | null = table; at && !scrolls; at = at.parentElement) {
            scrolls = ['auto', 'scroll'].includes(getComputedStyle(at).overflowX);
          }
          if (!scrolls) out.push('a table runs off the screen');
        }
        for (const target of Array.from(document.querySelectorAll('main a, main button, main input, main select, main summary, main [role="tab"]'))) {
          const box = target.getBoundingClientRect();
          if (box.width === 0 || box.height === 0) continue; // not shown
          if (target.tagName === 'A' && getComputedStyle(target).display === 'inline') continue; // a link in a sentence
          if (box.width < 24 || box.height < 24) {
            out.push(`${target.tagName.toLowerCase()} "${(target.textContent ?? '').trim().slice(0, 30)}" is ${Math.round(box.width)}×${Math.round(box.height)}px`);
          }
        }
        return out;
      });
      problems.push(...found.map((problem) => `${pagePath}: ${problem}`));
    }
    assert.deepEqual(problems, []);
  }));
