// Every guide leads to the reference, and the reference leads back to the guides.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { path } from '../../scripts/load.ts';
import { builtPage } from '../helpers/build.ts';

function pages(dir: string): string[] {
  return readdirSync(path(join('build', dir)), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `/${relative(path('build'), path(join('build', dir, entry.name)))}/`);
}

const guides = ['/messaging/', ...pages('messaging')];
const reference = pages('rest/messaging');

test('there are guides and reference pages to check', () => {
  assert.ok(guides.length >= 5, guides.join());
  assert.ok(reference.length >= 3, reference.join());
});

for (const guide of guides) {
  test(`${guide} links to the API reference`, () => {
    const $ = builtPage(guide);
    assert.ok($('article a[href^="/rest/messaging/"]').length > 0);
  });
}

for (const page of reference.filter((p) => /send-message|message-status-callback|get-message-log/.test(p))) {
  test(`${page} links back to the guides`, () => {
    const $ = builtPage(page);
    assert.ok($('article a[href^="/messaging/"]').length > 0);
  });
}
