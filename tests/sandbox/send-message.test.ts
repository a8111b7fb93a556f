import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { specSchemas } from '../../sandbox/core/schemas.ts';
import { authorization, jsonHeaders, sandboxServer, sms } from '../helpers/sandbox.ts';
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

test('an MMS counts one segment and a blank body with media is null', async () => {
  const response = await post({ ...sms, body: '', media: ['https://example.com/a.png'] });
  assert.equal(response.statusCode, 201);
  assert.equal(response.json().body, null);
  assert.equal(response.json().number_of_segments, 1);
});

test('a from number the project does not own is refused with from_number_not_owned', async () => {
  const response = await post({ ...sms, from: '+15550009999' });
  assert.equal(response.statusCode, 422);
  assert.deepEqual(
    response.json().errors.map((e: { code: string; attribute: string }) => [e.code, e.attribute]),
    [['from_number_not_owned', 'from']],
  );
});

test('a body over the 1,600 character limit is refused with character_limit_exceeded', async () => {
  const response = await post({ ...sms, body: 'a'.repeat(1601) });
  assert.equal(response.statusCode, 422);
  assert.equal(response.json().errors[0].code, 'character_limit_exceeded');
});

// The contract's validation-errors workflow names each step after the code it must produce.
const contract = readYaml<{ workflows: { workflowId: string; steps: { stepId: string; requestBody: { payload: unknown } }[] }[] }>(
  'tests/contract/messaging.arazzo.yaml',
);
const triggers = Object.fromEntries(
  contract.workflows.find((w) => w.workflowId === 'validation-errors')!.steps.map((s) => [s.stepId, s.requestBody.payload]),
);

test('every 422 example of the spec is exactly what the sandbox answers for its rule', async () => {
  const examples = mediaExamples().filter((e) => e.where === 'POST /api/messaging/messages 422');
  assert.deepEqual(examples.map((e) => e.name).sort(), Object.keys(triggers).sort());
  for (const example of examples) {
    const response = await post(triggers[example.name]);
    assert.equal(response.statusCode, 422, example.name);
    const [expected] = (example.value as { errors: unknown[] }).errors;
    assert.deepEqual(response.json().errors, [expected], example.name);
  }
});

test('reading a message back returns its log', async () => {
  const sent = (await post(sms)).json();
  const response = await app.inject({ method: 'GET', url: sent.message_uri, headers: { authorization } });
  assert.equal(response.statusCode, 200);
  assertValid('MessageLog', response.json());
  assert.equal(response.json().id, sent.id);
});

test('an unknown message id answers 404 not_found', async () => {
  const response = await app.inject({
    method: 'GET',
    url: '/api/messaging/logs/00000000-0000-4000-8000-000000000000',
    headers: { authorization },
  });
  assert.equal(response.statusCode, 404);
  assert.equal(response.json().errors[0].code, 'not_found');
});
