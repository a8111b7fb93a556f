// Every page's icon is written into its HTML (src/inline-favicon.ts): a linked file is requested
// as the first frame paints, and Lighthouse's simulated LCP counted that request whenever it
// finished first. The inline icon must still be the site's icon, static/img/favicon.svg.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { path } from '../../scripts/load.ts';
import { builtHtmlFiles } from '../helpers/build.ts';

const icon = readFileSync(path('static/img/favicon.svg'), 'utf8');
const shape = (svg: string) => svg.replace(/\s+/g, '');

test('every page has one icon, inline as the SVG of static/img/favicon.svg, and links no icon file', () => {
  const pages = builtHtmlFiles();
  assert.ok(pages.length > 10, `${pages.length} pages`);
  for (const file of pages) {
    const $ = cheerio.load(readFileSync(join(path('build'), file), 'utf8'));
    const icons = $('link[rel~="icon"], link[rel="apple-touch-icon"]').toArray().map((link) => $(link).attr('href') ?? '');
    assert.equal(icons.length, 1, `${file}: icons ${icons.join(', ')}`);
    const prefix = 'data:image/svg+xml,';
    assert.ok(icons[0].startsWith(prefix), `${file}: the icon is ${icons[0].slice(0, 60)}, not inline`);
    assert.equal(shape(decodeURIComponent(icons[0].slice(prefix.length))), shape(icon), `${file}: the inline icon is not static/img/favicon.svg`);
  }
});
