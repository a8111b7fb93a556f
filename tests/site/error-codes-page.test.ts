// The error-codes page as built: the API's error URLs must land on exactly one element.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { loadCatalog } from '../../scripts/load.ts';
import { builtFile, builtPage } from '../helpers/build.ts';
import { spec } from '../helpers/spec.ts';

const catalog = loadCatalog();
const pagePath = new URL(catalog.base_url).pathname;
const $ = builtPage(pagePath);

test('every catalog code has exactly one element with that id, in the server-rendered HTML', () => {
  for (const { code } of catalog.errors) {
    assert.equal($(`[id="${code}"]`).length, 1, `#${code}`);
  }
});

test('no two elements of the page share an id', () => {
  const ids = $('[id]').map((_, el) => $(el).attr('id')).get();
  const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
  assert.deepEqual(repeated, []);
});

test('each code shows its message, causes, fixes and retry advice', () => {
  for (const entry of catalog.errors) {
    const article = $(`[id="${entry.code}"]`).closest('article');
    const text = article.text();
    assert.ok(text.includes(entry.message), `${entry.code}: message`);
    assert.equal(article.find('dt:contains("Likely causes") + dd li').length, entry.causes.length, `${entry.code}: causes`);
    assert.equal(article.find('dt:contains("How to fix it") + dd li').length, entry.fixes.length, `${entry.code}: fixes`);
    assert.ok(text.includes('Retry?'), `${entry.code}: retry`);
  }
});

test('every error url in the spec resolves to a page and an anchor of the built site', () => {
  const urls = new Set(JSON.stringify(spec).match(/https:\/\/developer\.signalwire\.com\/[^"\s)]*/g) ?? []);
  assert.ok(urls.size > 10, `only ${urls.size} error urls found`);
  for (const url of urls) {
    const { pathname, hash } = new URL(url);
    assert.ok(existsSync(builtFile(pathname)), `${url}: no page at ${pathname}`);
    if (hash) assert.equal(builtPage(pathname)(`[id="${decodeURIComponent(hash.slice(1))}"]`).length, 1, `${url}: no anchor`);
  }
});

test('the catalog is published as JSON with a code on every entry', async () => {
  const { readFileSync } = await import('node:fs');
  const published = JSON.parse(readFileSync(builtFile('/rest/overview/error-codes.json'), 'utf8'));
  assert.deepEqual(
    published.errors.map((e: { code: string }) => e.code),
    catalog.errors.map((e) => e.code),
  );
});
