// The site's paths and anchors are written once, in openapi/site-paths.ts; the API's error URLs
// are the catalog's base_url. These must name the same page, and the anchors must exist there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import GithubSlugger from 'github-slugger';
import { codeUrl } from '../../openapi/catalog.ts';
import { catalogJsonPath, servedAt } from '../../openapi/generated-files.ts';
import { codeLink, deliveryErrorsAnchor, errorCodesJson, errorCodesPage, sandboxValuesAnchor } from '../../openapi/site-paths.ts';
import { loadCatalog, path } from '../../scripts/load.ts';

const catalog = loadCatalog();

test("the catalog's base_url is the production address of the site's error-codes page", () => {
  const url = new URL(catalog.base_url);
  assert.equal(url.pathname, errorCodesPage);
  assert.equal(url.hash, '');
  for (const { code } of catalog.errors) {
    assert.equal(codeUrl(catalog, code), `${url.origin}${codeLink(code)}`, code);
  }
});

test('the catalog JSON is served where the pages link it', () => {
  assert.equal(servedAt(catalogJsonPath), errorCodesJson);
  assert.ok(readFileSync(path('docs/rest/overview/error-codes.mdx'), 'utf8').includes(`(pathname://${errorCodesJson})`));
});

test("the section anchors are the slugs of the error-codes page's headings", () => {
  const slugger = new GithubSlugger();
  const page = readFileSync(path('docs/rest/overview/error-codes.mdx'), 'utf8');
  const slugs = [...page.matchAll(/^#{2,6} (.+)$/gm)].map((m) => slugger.slug(m[1]));
  for (const anchor of [deliveryErrorsAnchor, sandboxValuesAnchor]) assert.ok(slugs.includes(anchor), `no heading slugs to #${anchor}`);
});
