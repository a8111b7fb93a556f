// openapi/refs.ts, the one $ref follower of the spec's build, the Markdown copies and the tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deref, refTarget } from '../../openapi/refs.ts';

const spec = {
  paths: { '/api/messaging/messages': { post: { responses: { 422: { $ref: '#/components/responses/Shared' } } } } },
  components: {
    responses: { Shared: { $ref: '#/components/responses/Validation' }, Validation: { description: 'Unprocessable' } },
    schemas: { 'a~b': { type: 'string' } },
  },
};

test('a $ref is followed to its end, through a $ref that points at another', () => {
  assert.deepEqual(deref(spec, spec.paths['/api/messaging/messages'].post.responses[422]), { description: 'Unprocessable' });
});

test('a node without a $ref is its own answer', () => {
  const node = { description: 'inline' };
  assert.equal(deref(spec, node), node);
});

test("JSON Pointer's escapes are read: ~1 is a slash, ~0 a tilde", () => {
  assert.deepEqual(refTarget(spec, '#/paths/~1api~1messaging~1messages/post/responses/422'), { $ref: '#/components/responses/Shared' });
  assert.deepEqual(refTarget(spec, '#/components/schemas/a~0b'), { type: 'string' });
});

test('a $ref that points at nothing, or outside the document, is refused by name', () => {
  assert.equal(refTarget(spec, '#/components/responses/Gone'), undefined);
  assert.throws(() => deref(spec, { $ref: '#/components/responses/Gone' }), /#\/components\/responses\/Gone points at nothing in the spec/);
  assert.throws(() => refTarget(spec, 'other.yaml#/Thing'), /Only local references are followed; found other\.yaml#\/Thing/);
});
