// Every link in the server-rendered pages can be followed by a crawler: an <a> needs a real href
// (Lighthouse's SEO audit "Links are not crawlable" flags the rest). Sidebar headings without a
// page of their own were such links.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as cheerio from 'cheerio';
import { path } from '../../scripts/load.ts';
import { builtHtmlFiles } from '../helpers/build.ts';

const pages = builtHtmlFiles();

test('every <a> in every built page has an href a crawler can follow', () => {
  assert.ok(pages.length > 10, `${pages.length} pages`);
  const found = pages.flatMap((file) => {
    const $ = cheerio.load(readFileSync(join(path('build'), file), 'utf8'));
    return $('a')
      .toArray()
      .filter((a) => {
        const href = $(a).attr('href')?.trim();
        return !href || href.startsWith('javascript:');
      })
      .map((a) => `${relative('.', file)}: ${$.html(a).slice(0, 120)}`);
  });
  assert.deepEqual(found, []);
});
