import { test } from 'node:test';
import assert from 'node:assert/strict';
import { specSchemas } from '../../sandbox/core/schemas.ts';
import { deref, mediaExamples, spec } from '../helpers/spec.ts';

const schemas = specSchemas(spec as any);
const examples = mediaExamples();

test('the spec has examples for requests, responses, errors and webhooks', () => {
  const where = new Set(examples.map((e) => e.where));
  for (const expected of [
    'POST /api/messaging/messages request',
    'POST /api/messaging/messages 201',
    'POST /api/messaging/messages 422',
    'POST messageStatus request',
  ]) {
    assert.ok(where.has(expected), `no example for ${expected}`);
  }
});

// Fields the schema does not name would pass an open schema, yet lie to the reader.
function unknownFields(value: unknown, schema: Record<string, any>, at = ''): string[] {
  const s = deref(schema);
  if (Array.isArray(value) && s.items) return value.flatMap((v, i) => unknownFields(v, s.items, `${at}/${i}`));
  if (!value || typeof value !== 'object' || !s.properties) return [];
  return Object.entries(value).flatMap(([key, v]) =>
    key in s.properties ? unknownFields(v, s.properties[key], `${at}/${key}`) : [`${at}/${key}`],
  );
}

for (const example of examples) {
  test(`example "${example.name}" of ${example.where} is valid`, () => {
    const validate = schemas.compile(example.schema);
    assert.ok(validate(example.value), JSON.stringify(validate.errors, null, 2));
    assert.deepEqual(unknownFields(example.value, example.schema), []);
  });
}

test('every schema-level example validates against its own schema', () => {
  let checked = 0;
  const visit = (node: unknown, path: string) => {
    if (!node || typeof node !== 'object') return;
    const schema = node as Record<string, any>;
    if (Array.isArray(schema.examples) && ('type' in schema || '$ref' in schema)) {
      const validate = schemas.compile(schema);
      for (const value of schema.examples) {
        assert.ok(validate(value), `${path}: ${JSON.stringify(value)} ${JSON.stringify(validate.errors)}`);
        checked++;
      }
    }
    for (const [key, child] of Object.entries(schema)) if (key !== 'examples') visit(child, `${path}/${key}`);
  };
  visit(spec.components.schemas, '#/components/schemas');
  assert.ok(checked > 20, `only ${checked} schema examples found`);
});
