// The site's one stylesheet applies on every page. A `:has()` rule makes Chromium test each change
// of the DOM against it, on every page, and hydration changes a lot of DOM: a search-page rule
// `.main-wrapper div:has(> [class^='loadingRing'])` once more than doubled the reference page's
// total blocking time. Each `:has()` must stay narrow, and is named here with why.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { path } from '../../scripts/load.ts';

const allowed: [selector: RegExp, why: string][] = [
  // The catalog entry a link lands on is outlined; only a change of the URL's fragment re-tests it.
  [/^\.entry_\w+:has\(:target\)$/, 'src/components/ErrorCatalog: the entry holding the target'],
];

test('every :has() selector in the stylesheet is one of the narrow ones named here', () => {
  const sheets = readdirSync(path('build/assets/css')).filter((file) => file.endsWith('.css'));
  assert.ok(sheets.length > 0, 'no stylesheet in build/assets/css');
  const selectors = sheets.flatMap((file) =>
    [...readFileSync(path(`build/assets/css/${file}`), 'utf8').matchAll(/([^{}]*):has\(([^{]*)\{/g)]
      .flatMap((match) => `${match[1]}:has(${match[2]}`.split(','))
      .map((selector) => selector.trim())
      .filter((selector) => selector.includes(':has(')),
  );
  const unnamed = selectors.filter((selector) => !allowed.some(([pattern]) => pattern.test(selector)));
  assert.deepEqual(unnamed, []);
});
