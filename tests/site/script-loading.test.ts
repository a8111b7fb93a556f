// The pages' bundles start after the first paint (ssr-template.ts): no page may keep a
// render-time <script src>, and the loader of every page must name bundles that exist, in the
// order Docusaurus gave them: main last, after the runtime and React DOM's own bundle
// (src/plugins/split-main.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { path } from '../../scripts/load.ts';
import { builtHtmlFiles } from '../helpers/build.ts';

const pages = builtHtmlFiles();

test('every page loads its bundles through the after-paint loader, and they exist', () => {
  assert.ok(pages.length > 10, `${pages.length} pages`);
  for (const file of pages) {
    const $ = cheerio.load(readFileSync(join(path('build'), file), 'utf8'));
    assert.equal($('script[src]').length, 0, `${file} has a <script src> that runs before the first paint`);
    const loader = $('script:not([src])')
      .toArray()
      .map((script) => $(script).text())
      .find((text) => text.includes('async=!1') || text.includes('async = false'));
    assert.ok(loader, `${file} has no bundle loader`);
    const list = loader.trim().match(/\((\["[^\]]*\])\);?$/)?.[1];
    assert.ok(list, `${file}: cannot read the loader's bundle list`);
    const bundles: string[] = JSON.parse(list);
    const names = bundles.map((bundle) => bundle.match(/^\/assets\/js\/(.+)\.[0-9a-f]+\.js$/)?.[1]);
    assert.deepEqual(names, ['react-dom', 'runtime~main', 'main'], `${file}: ${bundles.join(', ')}`);
    for (const bundle of bundles) assert.ok(existsSync(path(`build${bundle}`)), `${file}: ${bundle} does not exist`);
  }
});
