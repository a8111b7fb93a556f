import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { refTarget } from '../../openapi/refs.ts';
import { path, readYaml } from '../../scripts/load.ts';
import { builtFile, builtPage } from '../helpers/build.ts';

test('the spec is published as one document, in YAML and JSON alike, whose every $ref resolves inside it', () => {
  const published = parse(readFileSync(builtFile('/openapi/messaging.yaml'), 'utf8'));
  assert.equal(published.openapi, '3.1.0');
  assert.deepEqual(JSON.parse(readFileSync(builtFile('/openapi/messaging.json'), 'utf8')), published, 'the JSON differs from the YAML');
  const refs: string[] = [];
  JSON.stringify(published, (key, value) => (key === '$ref' && refs.push(value), value));
  assert.ok(refs.length > 10, `${refs.length} references`);
  for (const ref of new Set(refs)) assert.notEqual(refTarget(published, ref), undefined, `${ref} points at nothing`);
  // Every operation the sources define, none lost in the bundling.
  const operationIds = (document: Record<string, any>) =>
    Object.values<Record<string, any>>({ ...document.paths, ...document.webhooks }).flatMap((item) => Object.values(item).map((op) => op.operationId)).filter(Boolean);
  const sources = readdirSync(path('openapi/paths')).flatMap((file) => Object.values<Record<string, any>>(readYaml(`openapi/paths/${file}`)).map((op) => op.operationId)).filter(Boolean);
  assert.deepEqual(operationIds(published).sort(), sources.sort());
});

test('the reference links to the spec download', () => {
  const $ = builtPage('/rest/messaging/signalwire-messaging-api/');
  assert.ok($('a[href="/openapi/messaging.yaml"]').length > 0);
});

test('the send operation mentions WhatsApp once, kind has it, and the released features are there', () => {
  const text = readFileSync(builtFile('/openapi/messaging.yaml'), 'utf8');
  const published = parse(text) as Record<string, any>;
  const send = published.paths['/api/messaging/messages'].post;
  assert.equal(send.description.match(/WhatsApp messages/g)?.length, 1);
  for (const schema of ['Message', 'MessageLog']) assert.ok(published.components.schemas[schema].properties.kind.enum.includes('whatsapp'), schema);
  for (const feature of ['custom_variables', 'operationId: redactMessage', 'operationId: listMessageLogs']) assert.ok(text.includes(feature), feature);
});
