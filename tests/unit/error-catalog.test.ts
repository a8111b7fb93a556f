import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { catalogProblems, specCodeProblems } from '../../scripts/check-catalog.ts';
import { loadCatalog, path, readJson } from '../../scripts/load.ts';
import { spec } from '../helpers/spec.ts';

const catalog = loadCatalog();
const schema = readJson<object>('openapi/error-catalog.schema.json');
const copy = <T>(value: T): T => structuredClone(value);
/** A list of codes from tests/facts/, which says where each list was copied from and when. */
const codeList = (file: string) =>
  readFileSync(path(`tests/facts/${file}`), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
const published = new Set(codeList('signalwire-error-codes.txt'));

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

test('a request-time entry without its operations, or a delivery-time one with a type, fails', () => {
  const noOperations = copy(catalog);
  delete (noOperations.errors.find((e) => e.phase === 'request') as Partial<{ operations: unknown }>).operations;
  assert.notDeepEqual(catalogProblems(noOperations, schema), []);
  const typedDelivery = copy(catalog);
  Object.assign(typedDelivery.errors.find((e) => e.phase === 'delivery')!, { type: 'validation_error' });
  assert.notDeepEqual(catalogProblems(typedDelivery, schema), []);
});

test('a duplicated code or status fails', () => {
  const broken = copy(catalog);
  broken.errors.push(copy(broken.errors[0]));
  broken.statuses.push(copy(broken.statuses[0]));
  const problems = catalogProblems(broken, schema).join('\n');
  assert.match(problems, new RegExp(`${broken.errors[0].code} is listed twice`));
  assert.match(problems, new RegExp(`${broken.statuses[0].status} is listed twice`));
});

test("every code in the catalog is in SignalWire's public error-code list", () => {
  assert.deepEqual(catalog.errors.map((e) => e.code).filter((code) => !published.has(code)), []);
});

test('every code SignalWire publishes for these operations is in the catalog', () => {
  // General codes offered "where one fits" that fit no rule of this API: a missing required field
  // is a bare 400 (the general error page), and the body of a 429 is not published.
  const unused = ['missing_required_parameter', 'rate_limit_exceeded'];
  const named = codeList('messaging-error-codes.txt');
  assert.deepEqual(named.filter((code) => !published.has(code)), [], 'a messaging code missing from the public list');
  const codes = new Set(catalog.errors.map((e) => e.code));
  assert.deepEqual(named.filter((code) => !codes.has(code) && !unused.includes(code)), []);
});

test('bare statuses carry their reason phrase, and only 422 carries codes', () => {
  const shapes = Object.fromEntries(catalog.statuses.map((s) => [s.status, [s.body, s.reason]]));
  assert.deepEqual(shapes, {
    400: ['error', 'Bad Request'],
    401: ['error', 'Unauthorized'],
    403: ['error', 'Forbidden'],
    404: ['error', 'Not Found'],
    422: ['errors', 'Unprocessable Entity'],
    429: ['unspecified', 'Too Many Requests'],
    500: ['error', 'Internal Server Error'],
  });
  assert.deepEqual(spec.components.schemas.StatusError.properties.error.enum, catalog.statuses.filter((s) => s.body === 'error').map((s) => s.reason));
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

test('every request error of the catalog has an example in each operation that returns it', () => {
  const byOperation = new Map<string, string>();
  for (const item of Object.values(spec.paths) as Record<string, any>[]) {
    for (const op of Object.values(item)) byOperation.set(op.operationId, JSON.stringify(op.responses['422']));
  }
  for (const entry of catalog.errors) {
    if (entry.phase !== 'request') continue;
    for (const operation of entry.operations) {
      assert.ok(byOperation.get(operation)?.includes(`"code":"${entry.code}"`), `${entry.code} has no example in ${operation}`);
    }
  }
});

test('limits quoted in catalog messages are the spec\'s own limits', () => {
  const request = spec.components.schemas.SendMessageRequest.properties;
  const message = (code: string) => catalog.errors.find((e) => e.code === code)!.message;
  assert.ok(message('character_limit_exceeded').includes(request.body.maxLength.toLocaleString('en-US')));
  assert.ok(message('media_limit_exceeded').includes(`at most ${request.media.maxItems} `));
  const variables = request.custom_variables;
  assert.ok(message('too_many_custom_variables').includes(`at most ${variables.allOf[0].maxProperties} `));
  assert.ok(message('custom_variable_value_too_long').includes(variables.additionalProperties.allOf[0]['x-max-bytes'].toLocaleString('en-US')));
});
