// The data behind the messaging guides' components, checked against the sources of truth:
// the published spec's MessageStatus enum, the error catalog and the sandbox's lifecycle.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { loadCatalog, path, readJson } from '../../scripts/load.ts';
import { spec } from '../helpers/spec.ts';
import { isFinal, splitDescription, statusAdvice } from '../../src/components/StatusTable/advice.ts';
import { retryGroups, retryOrder } from '../../src/components/RetryGroups/groups.ts';
import { pathFor, testNumbers } from '../../sandbox/core/test-numbers.ts';

const catalog = loadCatalog();
const messageStatus = spec.components.schemas.MessageStatus as { enum: string[]; 'x-enumDescriptions': Record<string, string> };

test('the status advice covers exactly the statuses of the spec', () => {
  assert.deepEqual(Object.keys(statusAdvice).sort(), [...messageStatus.enum].sort());
  for (const [status, advice] of Object.entries(statusAdvice)) {
    assert.ok(advice.text.trim().length > 0, `${status} has no advice`);
  }
});

test('every status description starts by saying whether the status is final', () => {
  assert.deepEqual(Object.keys(messageStatus['x-enumDescriptions']).sort(), [...messageStatus.enum].sort());
  for (const status of messageStatus.enum) {
    const { finality, meaning } = splitDescription(messageStatus['x-enumDescriptions'][status]);
    assert.match(finality, /^(Final|Not final)\b.*\.$/, `${status}: "${finality}"`);
    assert.ok(meaning.length > 0, `${status} has no meaning after its finality`);
  }
});

test('the statuses the descriptions call final are where the sandbox stops a message, and never passes', () => {
  const final = (status: string) => isFinal(messageStatus['x-enumDescriptions'][status]);
  assert.ok(messageStatus.enum.some(final) && !messageStatus.enum.every(final), 'some statuses are final, some are not');
  for (const number of testNumbers) {
    for (const kind of ['sms', 'mms'] as const) {
      const path = ['queued', ...pathFor(number, kind)];
      for (const status of path.slice(0, -1)) assert.ok(!final(status), `${number.to} (${kind}) passes ${status}, a final status`);
      const last = path.at(-1)!;
      // A failure ends the message; a message left at sent may still hear from its carrier.
      if (last === number.path.at(-1) && number.errorCode) assert.ok(final(last), `${number.to} (${kind}) fails with ${last}, not final`);
    }
  }
});

test('the published spec and the published catalog match the sources the test reads', () => {
  const published = readJson<typeof catalog>('generated/static/rest/overview/error-codes.json');
  assert.deepEqual(published.errors.map((e) => e.code), catalog.errors.map((e) => e.code));
});

test('the retry groups hold every catalog code exactly once, under its own retry value', () => {
  const groups = retryGroups(catalog);
  const grouped = groups.flatMap((g) => [...g.request, ...g.delivery]);
  assert.deepEqual(grouped.map((e) => e.code).sort(), catalog.errors.map((e) => e.code).sort());
  assert.equal(new Set(grouped.map((e) => e.code)).size, grouped.length, 'a code appears twice');
  for (const group of groups) {
    for (const entry of group.request) assert.equal(entry.phase, 'request');
    for (const entry of group.delivery) assert.equal(entry.phase, 'delivery');
    for (const entry of [...group.request, ...group.delivery]) assert.equal(entry.retry, group.retry, entry.code);
  }
});

test('the retry groups follow the catalog schema\'s retry values', () => {
  const schema = readJson<Record<string, any>>('openapi/error-catalog.schema.json');
  const values = new Set<string>();
  JSON.stringify(schema, (key, value) => {
    if (key === 'retry' && Array.isArray(value?.enum)) value.enum.forEach((v: string) => values.add(v));
    return value;
  });
  assert.ok(values.size > 0, 'no retry enum found in the catalog schema');
  assert.deepEqual([...retryOrder].sort(), [...values].sort());
});

test('the errors guide renders each retry group exactly once', () => {
  const page = readFileSync(path('docs/guides/messaging/errors.mdx'), 'utf8');
  const rendered = [...page.matchAll(/<RetryGroup\s+retry="([^"]+)"\s*\/>/g)].map((m) => m[1]);
  assert.deepEqual([...rendered].sort(), [...retryOrder].sort());
});
