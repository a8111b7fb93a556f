import { test } from 'node:test';
import assert from 'node:assert/strict';
import { catalogProblems, specCodeProblems } from '../../scripts/check-catalog.ts';
import { loadCatalog, readJson } from '../../scripts/load.ts';
import { spec } from '../helpers/spec.ts';

const catalog = loadCatalog();
const schema = readJson<object>('openapi/error-catalog.schema.json');
const copy = <T>(value: T): T => structuredClone(value);

test('the catalog is valid against its schema and has no duplicate codes', () => {
  assert.deepEqual(catalogProblems(catalog, schema), []);
});

test('a catalog entry without causes or fixes fails', () => {
  for (const field of ['causes', 'fixes'] as const) {
    const broken = copy(catalog);
    delete (broken.errors[0] as Partial<(typeof broken.errors)[0]>)[field];
    assert.notDeepEqual(catalogProblems(broken, schema), [], `missing ${field} passed`);
    const empty = copy(catalog);
    empty.errors[0][field] = [];
    assert.notDeepEqual(catalogProblems(empty, schema), [], `empty ${field} passed`);
  }
});

test('a duplicated code fails', () => {
  const broken = copy(catalog);
  broken.errors.push(copy(broken.errors[0]));
  assert.match(catalogProblems(broken, schema).join('\n'), /listed twice/);
});

test('every code, message and url in the spec agrees with the catalog', () => {
  assert.deepEqual(specCodeProblems(spec, catalog), []);
});

test('a code the spec uses but the catalog lacks fails', () => {
  const broken = copy(catalog);
  broken.errors = broken.errors.filter((e) => e.code !== 'body_or_media_required');
  assert.match(specCodeProblems(spec, broken).join('\n'), /body_or_media_required is not a request error/);
  const lacksDelivery = copy(catalog);
  lacksDelivery.errors = lacksDelivery.errors.filter((e) => e.code !== 'unreachable_destination_handset');
  assert.match(specCodeProblems(spec, lacksDelivery).join('\n'), /unreachable_destination_handset is not a delivery error/);
});

test('an error example whose message drifts from the catalog fails', () => {
  const broken = copy(catalog);
  const entry = broken.errors.find((e) => e.code === 'media_limit_exceeded')!;
  entry.message = 'Something else.';
  assert.match(specCodeProblems(spec, broken).join('\n'), /message differs .* media_limit_exceeded/);
});

test('every request rule of the spec names a request error of the catalog', () => {
  const annotated = JSON.stringify(spec.components.schemas.SendMessageRequest).match(/"x-error-code":"[a-z_]+"/g) ?? [];
  assert.ok(annotated.length >= 6, `only ${annotated.length} annotated rules`);
});

test('every request error of the catalog has an example in the spec', () => {
  const text = JSON.stringify(spec);
  for (const entry of catalog.errors.filter((e) => e.phase === 'request')) {
    assert.ok(text.includes(`"code":"${entry.code}"`), `${entry.code} has no example`);
  }
});

test('limits quoted in catalog messages are the spec\'s own limits', () => {
  const request = spec.components.schemas.SendMessageRequest.properties;
  const message = (code: string) => catalog.errors.find((e) => e.code === code)!.message;
  assert.ok(message('character_limit_exceeded').includes(request.body.maxLength.toLocaleString('en-US')));
  assert.ok(message('media_limit_exceeded').includes(`at most ${request.media.maxItems} `));
  assert.match(request.to.pattern, /\{5,17\}/);
  assert.ok(message('not_routeable').includes('5 to 17 digits'));
  assert.match(request.from.pattern, /\{5,6\}/);
  assert.ok(message('invalid_from_number').includes('5 or 6 digit'));
});
