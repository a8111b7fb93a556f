import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { builtFile, builtPage } from '../helpers/build.ts';
import { spec } from '../helpers/spec.ts';

test('the bundled spec is published at /openapi/messaging.yaml', () => {
  const published = parse(readFileSync(builtFile('/openapi/messaging.yaml'), 'utf8'));
  assert.equal(published.openapi, '3.1.0');
  assert.deepEqual(published, spec);
});

test('the reference links to the spec download', () => {
  const $ = builtPage('/rest/messaging/signalwire-messaging-api/');
  assert.ok($('a[href="/openapi/messaging.yaml"]').length > 0);
});

test('nothing outside this release is in the published spec', () => {
  const text = readFileSync(builtFile('/openapi/messaging.yaml'), 'utf8').toLowerCase();
  for (const word of ['whatsapp', 'custom_variables', 'redact']) assert.ok(!text.includes(word), word);
});
