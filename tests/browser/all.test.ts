// The browser lane: every tests/browser/*.browser.ts file against one server of build/ and one
// Chromium, opened once and closed once. Each file is a describe of its own whose tests run in
// order (the segment calculator's share one page); independent files run side by side.
// `npm run build` must have run. A file's tests register in its describe because tsx compiles
// these modules as CommonJS: a synchronous require inside the describe callback.
import { readdirSync } from 'node:fs';
import { after, before, describe } from 'node:test';
import { closeSite, openSite } from '../helpers/browser.ts';

// Longest first, so that the lane is not left waiting on it at the end.
const first = ['accessibility.browser.ts'];
// BROWSER_ONLY=search,guides runs those files alone, while working on them.
const only = process.env.BROWSER_ONLY?.split(',').map((name) => `${name.trim()}.browser.ts`);
const files = readdirSync(__dirname)
  .filter((file) => file.endsWith('.browser.ts') && (!only || only.includes(file)))
  .sort((a, b) => Number(first.includes(b)) - Number(first.includes(a)) || a.localeCompare(b));

// On two busy cores the lane lasts as long as the accessibility file (about three minutes): two,
// three or four files at once measured alike, within the noise. BROWSER_FILES_AT_ONCE overrides
// it, to measure on other hardware.
const filesAtOnce = Number(process.env.BROWSER_FILES_AT_ONCE ?? 3);

describe('browser lane', { concurrency: filesAtOnce }, () => {
  before(openSite);
  after(closeSite);
  for (const file of files) {
    // A describe's concurrency is inherited by its children unless set: one test at a time here.
    describe(file.replace(/\.browser\.ts$/, ''), { concurrency: 1 }, () => {
      require(`./${file}`);
    });
  }
});
