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

test('WhatsApp, a channel these docs leave out, is nowhere in the published spec; the released features are', () => {
  const text = readFileSync(builtFile('/openapi/messaging.yaml'), 'utf8');
  assert.ok(!text.toLowerCase().includes('whatsapp'));
  for (const feature of ['custom_variables', 'operationId: redactMessage', 'operationId: listMessageLogs']) assert.ok(text.includes(feature), feature);
});
