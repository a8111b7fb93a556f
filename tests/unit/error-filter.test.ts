// The error-codes page's filter, asked directly: it finds codes by how they arrive (an HTTP status,
// a message status) as well as by their words, and knows a Compatibility API number when it sees one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isCompatibilityCode, matchesIn } from '../../src/components/ErrorCatalog/filter.ts';
import { loadCatalog } from '../../scripts/load.ts';

const catalog = loadCatalog();
const found = (query: string) => catalog.errors.filter((entry) => matchesIn(catalog, entry, query)).map((entry) => entry.code);

test('a message status finds the delivery codes that arrive with it, even where their words do not say it', () => {
  for (const status of ['failed', 'undelivered'] as const) {
    const arriving = catalog.errors.filter((e) => e.phase === 'delivery' && e.delivery_status === status).map((e) => e.code);
    assert.ok(arriving.length > 0, status);
    for (const code of arriving) assert.ok(found(status).includes(code), `${code} arrives with ${status}`);
  }
});

test('an HTTP status finds the codes of its answers: 422 every request-time code', () => {
  const requestCodes = catalog.errors.filter((e) => e.phase === 'request').map((e) => e.code);
  assert.deepEqual(found('422').filter((code) => requestCodes.includes(code)), requestCodes);
  assert.deepEqual(found('HTTP 422').sort(), [...requestCodes].sort());
});

test('words and codes still find their entries, and an empty query finds all', () => {
  assert.ok(found('media').includes('media_limit_exceeded'));
  assert.ok(found('body or media').includes('body_or_media_required'));
  assert.equal(found('  ').length, catalog.errors.length);
  assert.deepEqual(found('no such thing anywhere'), []);
});

test('a five-digit number is taken for a Compatibility API code; a status or a word is not', () => {
  for (const query of ['30007', ' 21601 ']) assert.ok(isCompatibilityCode(query), query);
  for (const query of ['422', '3000', '300071', 'media', '']) assert.ok(!isCompatibilityCode(query), query);
});
