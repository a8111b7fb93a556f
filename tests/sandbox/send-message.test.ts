// Sending: what the spec's examples promise, what the catalog's 422 examples say, and what
// each documented test number does.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { specSchemas } from '../../sandbox/core/schemas.ts';
import { refusingNumbers, serverErrorNumber } from '../../sandbox/core/test-numbers.ts';
import { authorization, catalog, jsonHeaders, sandboxServer, sms } from '../helpers/sandbox.ts';
import { requestEntry } from '../../openapi/catalog.ts';
import { mediaExamples, spec } from '../helpers/spec.ts';
import { readYaml } from '../../scripts/load.ts';

let app: Awaited<ReturnType<typeof sandboxServer>>;
before(async () => {
  app = await sandboxServer();
});
after(() => app.close());
const schemas = specSchemas(spec as never);
const post = (payload: unknown, headers: Record<string, string> = jsonHeaders) =>
  app.inject({ method: 'POST', url: '/api/messaging/messages', headers, payload: JSON.stringify(payload) });
const codes = (body: { errors: { code: string; attribute?: string }[] }) => body.errors.map((e) => [e.code, e.attribute]);

function assertValid(schemaName: string, body: unknown) {
  const validate = schemas.component(schemaName);
  assert.ok(validate(body), `${schemaName}: ${JSON.stringify(validate.errors)}`);
}

for (const example of mediaExamples().filter((e) => e.where === 'POST /api/messaging/messages request')) {
  test(`the spec's "${example.name}" request is accepted as documented`, async () => {
    const response = await post(example.value);
    assert.equal(response.statusCode, 201, response.body);
    const message = response.json();
    assertValid('Message', message);
    const value = example.value as Record<string, any>;
    assert.equal(message.kind, value.media?.length || value.send_as_mms ? 'mms' : 'sms');
    assert.deepEqual(message.media, value.media ?? []);
    assert.equal(message.status, 'queued');
    assert.equal(message.status_callback_url, value.status_callback ?? null);
    assert.equal(message.message_uri, `/api/messaging/logs/${message.id}`);
  });
}

test('number_of_segments follows the segments rules', async () => {
  const cases: [string, number][] = [
    ['a'.repeat(160), 1],
    ['a'.repeat(161), 2],
    ['a'.repeat(306), 2],
    ['a'.repeat(307), 3],
    ['😀'.repeat(35), 1], // 70 UTF-16 code units
    ['😀'.repeat(36), 2],
    [`${'a'.repeat(152)}€${'a'.repeat(152)}`, 3], // the escape pair moves whole to part 2
  ];
  for (const [body, segments] of cases) {
    const response = await post({ ...sms, body });
    assert.equal(response.json().number_of_segments, segments, `${body.length} characters`);
  }
});

test('an MMS without text has the empty string as its body, never null', async () => {
  const response = await post({ ...sms, body: '', media: ['https://example.com/a.png'] });
  assert.equal(response.statusCode, 201);
  assert.equal(response.json().body, '');
  assert.equal(response.json().number_of_segments, 1);
});

test('a well-formed from the project did not purchase gets invalid_from_number', async () => {
  const response = await post({ ...sms, from: '+15550009999' });
  assert.equal(response.statusCode, 422);
  assert.deepEqual(codes(response.json()), [['invalid_from_number', 'from']]);
});

test('a from that is not a number at all gets invalid_number_format, not invalid_from_number', async () => {
  const response = await post({ ...sms, from: 'ACME' });
  assert.deepEqual(codes(response.json()), [['invalid_number_format', 'from']]);
});

test('fields the API does not document are ignored, as the sandbox page says', async () => {
  const response = await post({ ...sms, MediaUrl: 'https://example.com/a.png', validity_period: 60 });
  assert.equal(response.statusCode, 201, response.body);
});

test('two broken rules come back together, one entry each', async () => {
  const response = await post({ to: 'nobody', from: sms.from, media: Array(9).fill('https://example.com/a.png') });
  assert.equal(response.statusCode, 422);
  assert.deepEqual(codes(response.json()).sort(), [
    ['invalid_number_format', 'to'],
    ['media_limit_exceeded', 'media'],
  ]);
});

for (const number of refusingNumbers) {
  const kinds = number.kind ? [number.kind] : ['sms', 'mms'];
  test(`${number.field} ${number.number} is refused with ${number.code} (${kinds.join(' and ')})`, async () => {
    for (const kind of kinds) {
      const response = await post({ ...sms, [number.field]: number.number, ...(kind === 'mms' && { media: ['https://example.com/a.png'] }) });
      assert.equal(response.statusCode, 422, response.body);
      assert.deepEqual(codes(response.json()), [[number.code, requestEntry(catalog, number.code).attribute]]);
    }
  });
}

test('the SMS-only test sender sends an SMS', async () => {
  const smsOnly = refusingNumbers.find((n) => n.kind === 'mms')!;
  assert.equal((await post({ ...sms, from: smsOnly.number })).statusCode, 201);
});

test(`${serverErrorNumber} answers a bare 500 and creates nothing`, async () => {
  const before = (await app.inject({ method: 'GET', url: '/api/messaging/logs', headers: { authorization } })).json().data.length;
  const response = await post({ ...sms, to: serverErrorNumber });
  assert.equal(response.statusCode, 500);
  assert.deepEqual(response.json(), { error: 'Internal Server Error' });
  const after = (await app.inject({ method: 'GET', url: '/api/messaging/logs', headers: { authorization } })).json().data.length;
  assert.equal(after, before);
});

// The contract's validation-errors workflow names each step after the code it must produce.
const contract = readYaml<{ workflows: { workflowId: string; steps: { stepId: string; requestBody: { payload: unknown } }[] }[] }>(
  'tests/contract/messaging.arazzo.yaml',
);
const triggers = Object.fromEntries(
  contract.workflows.find((w) => w.workflowId === 'validation-errors')!.steps.map((s) => [s.stepId, s.requestBody.payload]),
);

test('every 422 example of the send operation is exactly what the sandbox answers for its rule', async () => {
  const examples = mediaExamples().filter((e) => e.where === 'POST /api/messaging/messages 422');
  assert.deepEqual(examples.map((e) => e.name).sort(), Object.keys(triggers).sort());
  for (const example of examples) {
    const response = await post(triggers[example.name]);
    assert.equal(response.statusCode, 422, example.name);
    const [expected] = (example.value as { errors: unknown[] }).errors;
    assert.deepEqual(response.json().errors, [expected], example.name);
  }
});

test('a request that breaks two rules gets two entries: a from the project does not own, and no body', async () => {
  const response = await post({ to: sms.to, from: '+15557770000' });
  assert.equal(response.statusCode, 422);
  assert.deepEqual(
    response.json().errors.map((e: { code: string; attribute: string }) => [e.code, e.attribute]),
    [['body_or_media_required', 'body'], ['invalid_from_number', 'from']],
  );
  // A from that is not a number at all is one entry, not two for the same field.
  const malformed = await post({ to: sms.to, from: 'nobody', body: 'x' });
  assert.deepEqual(malformed.json().errors.map((e: { code: string }) => e.code), ['invalid_number_format']);
});
