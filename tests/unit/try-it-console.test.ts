// The reference console's first body, without a browser: each console starts from its operation's
// first example. tests/browser/sandbox-in-browser.browser.ts sends it from the built page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { testNumberFor } from '../../sandbox/core/test-numbers.ts';
import { referenceSpecPath, readYaml } from '../../scripts/load.ts';
import { spec } from '../helpers/spec.ts';

type Node = Record<string, any>;
const reference = readYaml<Node>(referenceSpecPath);
const component = (ref: string) => reference.components.schemas[ref.split('/').pop()!];

test("each console starts from its operation's first example; the send console's is an SMS to the delivered test number", () => {
  let checked = 0;
  for (const item of Object.values<Node>(reference.paths)) {
    for (const op of Object.values<Node>(item)) {
      const media = op.requestBody?.content?.['application/json'];
      if (!media?.examples) continue;
      const [first] = Object.values<Node>(media.examples);
      assert.deepEqual(component(media.schema.$ref).example, first.value, op.operationId);
      checked++;
    }
  }
  assert.ok(checked >= 2, `${checked} request bodies checked`);
  const send = reference.paths['/api/messaging/messages'].post.requestBody.content['application/json'];
  const start = component(send.schema.$ref).example;
  assert.equal(start.to, '+15550001111');
  assert.equal(testNumberFor(start.to).outcome, 'delivered');
  assert.equal(start.media, undefined, 'an SMS has no media');
  assert.notEqual(start.send_as_mms, true);
  assert.ok(Object.values<Node>(send.examples).some((e) => e.value.media?.length > 0), 'an MMS example is still there to pick');
  // The published spec says it once, beside the other examples.
  assert.equal(spec.components.schemas.SendMessageRequest.example, undefined);
});
