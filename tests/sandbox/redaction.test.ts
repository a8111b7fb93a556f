// Redaction at every point of a message's life, driven step by step by a hand-run clock.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { testNumbers } from '../../sandbox/core/test-numbers.ts';
import type { StatusCallbackEvent } from '../../sandbox/core/sandbox.ts';
import { jsonHeaders, manualClock, sandboxServer, sms } from '../helpers/sandbox.ts';

async function setup() {
  const clock = manualClock();
  const events: StatusCallbackEvent[] = [];
  // The body as posted: each callback leaves once it is signed, a moment after its status change.
  const app = await sandboxServer({}, { schedule: clock.schedule, deliverCallback: async (_url, _event, request) => void events.push(JSON.parse(request.body)) });
  const posted = async (count: number) => {
    for (let i = 0; i < 100 && events.length < count; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    return events;
  };
  const send = async (payload: object = {}) => {
    const response = await app.inject({ method: 'POST', url: '/api/messaging/messages', headers: jsonHeaders, payload: JSON.stringify({ ...sms, ...payload }) });
    assert.equal(response.statusCode, 201, response.body);
    return response.json();
  };
  const redact = (id: string, payload: unknown = { body: '' }) =>
    app.inject({ method: 'PATCH', url: `/api/messaging/messages/${id}`, headers: jsonHeaders, payload: JSON.stringify(payload) });
  return { app, clock, posted, send, redact };
}

const codes = (body: { errors: { code: string; attribute?: string }[] }) => body.errors.map((e) => [e.code, e.attribute]);

test('a message cannot be redacted until it is delivered, undelivered or failed: not while queued, initiated or sent', async () => {
  const { app, clock, send, redact } = await setup();
  const message = await send({ to: testNumbers[0].to });
  for (const status of ['queued', 'initiated', 'sent']) {
    const refused = await redact(message.id);
    assert.equal(refused.statusCode, 422, status);
    assert.deepEqual(codes(refused.json()), [['cannot_redact_in_progress_message', 'base']], status);
    clock.tick();
  }
  const redacted = await redact(message.id);
  assert.equal(redacted.statusCode, 200, redacted.body);
  assert.equal(redacted.json().status, 'delivered');
  assert.equal(redacted.json().body, '');
  await app.close();
});

test('an MMS, which stays sent, is never redacted: the refusal code must be handled, not retried forever', async () => {
  const { app, clock, send, redact } = await setup();
  const message = await send({ to: testNumbers[0].to, media: ['https://example.com/a.png'] });
  for (let i = 0; i < 5; i++) clock.tick();
  const refused = await redact(message.id);
  assert.equal(refused.statusCode, 422);
  assert.deepEqual(codes(refused.json()), [['cannot_redact_in_progress_message', 'base']]);
  await app.close();
});

for (const number of testNumbers.filter((n) => n.outcome !== 'sent')) {
  test(`a message that ended ${number.outcome} can be redacted, and stays redacted`, async () => {
    const { app, clock, send, redact } = await setup();
    const message = await send({ to: number.to, body: 'A secret' });
    number.path.forEach(() => clock.tick());
    const first = await redact(message.id);
    assert.equal(first.statusCode, 200, first.body);
    assert.equal(first.json().status, number.outcome);
    assert.equal(first.json().body, '');
    assert.equal(first.json().id, message.id);
    const again = await redact(message.id);
    assert.equal(again.statusCode, 200);
    assert.equal(again.json().body, '');
    await app.close();
  });
}

test('any body but the empty string is refused with body_must_be_empty', async () => {
  const { app, clock, send, redact } = await setup();
  const message = await send({ body: 'Keep me' });
  testNumbers[0].path.forEach(() => clock.tick());
  for (const body of [' ', '[removed]', 'Keep me']) {
    const refused = await redact(message.id, { body });
    assert.equal(refused.statusCode, 422);
    assert.deepEqual(codes(refused.json()), [['body_must_be_empty', 'body']]);
  }
  assert.equal((await redact(message.id)).json().body, '');
  await app.close();
});

test('a non-empty body on a message in progress gets both codes at once, and the text stays', async () => {
  const { app, clock, posted, send, redact } = await setup();
  const message = await send({ body: 'Keep me', status_callback: 'http://127.0.0.1:9/status' });
  const refused = await redact(message.id, { body: 'x' });
  assert.equal(refused.statusCode, 422);
  assert.deepEqual(codes(refused.json()), [
    ['body_must_be_empty', 'body'],
    ['cannot_redact_in_progress_message', 'base'],
  ]);
  clock.tick();
  assert.deepEqual((await posted(1)).map((e) => e.body), ['Keep me']);
  await app.close();
});

test('a redaction body that is not one string gets a bare 400', async () => {
  const { app, clock, send, redact } = await setup();
  const message = await send();
  testNumbers[0].path.forEach(() => clock.tick());
  for (const payload of [{}, { body: null }, { body: 0 }, [], 'x']) {
    const response = await redact(message.id, payload);
    assert.equal(response.statusCode, 400, JSON.stringify(payload));
    assert.deepEqual(response.json(), { error: 'Bad Request' });
  }
  await app.close();
});

test('an unknown message ID gets a bare 404', async () => {
  const { app, redact } = await setup();
  const response = await redact('00000000-0000-4000-8000-000000000000');
  assert.equal(response.statusCode, 404);
  assert.deepEqual(response.json(), { error: 'Not Found' });
  await app.close();
});

test('no callback follows a redaction, since only a message in a final status can be redacted', async () => {
  const { app, clock, posted, send, redact } = await setup();
  const message = await send({ to: testNumbers[0].to, body: 'A secret', status_callback: 'http://127.0.0.1:9/status' });
  testNumbers[0].path.forEach(() => clock.tick());
  const before = (await posted(testNumbers[0].path.length)).length;
  assert.equal((await redact(message.id)).statusCode, 200);
  clock.tick();
  const events = await posted(before + 1);
  assert.deepEqual(events.map((e) => [e.status, e.body]), testNumbers[0].path.map((status) => [status, 'A secret']));
  await app.close();
});
