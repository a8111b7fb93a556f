// Test numbers end as documented, reading a message back follows it, and callbacks arrive.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { specSchemas } from '../../sandbox/core/schemas.ts';
import { pathFor, testNumbers } from '../../sandbox/core/test-numbers.ts';
import { authorization, catalog, jsonHeaders, sandboxServer, sms } from '../helpers/sandbox.ts';
import { spec } from '../helpers/spec.ts';

const callbackEvent = specSchemas(spec as never).component('StatusCallbackEvent');
const received: Record<string, any>[] = [];
let receiver: Server;
let receiverUrl: string;
let app: Awaited<ReturnType<typeof sandboxServer>>;
const skipped: string[] = [];

before(async () => {
  receiver = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      received.push(JSON.parse(body));
      res.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/status`;
  app = await sandboxServer({}, { log: (message) => skipped.push(message) });
});
after(async () => {
  await app.close();
  receiver.close();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// Callbacks are sent after each status change and Node's fetch loads lazily: poll, briefly.
async function eventsOf(id: string, expected: number) {
  for (let i = 0; i < 50 && received.filter((e) => e.id === id).length < expected; i++) await sleep(100);
  return received.filter((e) => e.id === id);
}

async function send(payload: object) {
  const response = await app.inject({ method: 'POST', url: '/api/messaging/messages', headers: jsonHeaders, payload: JSON.stringify(payload) });
  assert.equal(response.statusCode, 201, response.body);
  return response.json();
}

/** The log once it reports `status`, polled: each status change takes one step. */
async function logWhen(uri: string, status: string) {
  for (let i = 0; i < 150; i++) {
    const log = (await app.inject({ method: 'GET', url: uri, headers: { authorization } })).json();
    if (log.status === status) return log;
    await sleep(20);
  }
  throw new Error(`the message never reached ${status}`);
}

for (const number of testNumbers.filter((n) => !n.callbacksLost)) {
  test(`an SMS to ${number.to} ends ${number.outcome}, with its callbacks in order`, async () => {
    const message = await send({ ...sms, to: number.to, status_callback: receiverUrl });
    const log = await logWhen(message.message_uri, number.outcome);
    assert.equal(log.error_code, number.errorCode);
    if (number.errorCode) {
      const entry = catalog.errors.find((e) => e.code === number.errorCode)!;
      assert.equal(entry.phase, 'delivery');
      assert.equal(log.error_message, entry.message);
      assert.equal(entry.phase === 'delivery' && entry.delivery_status, number.outcome);
    }
    const events = await eventsOf(message.id, number.path.length);
    assert.deepEqual(events.map((e) => e.status), number.path);
    for (const event of events) assert.ok(callbackEvent(event), JSON.stringify(callbackEvent.errors));
    assert.equal(events.at(-1)!.error_code, number.errorCode);
    // No status follows the last one.
    await sleep(100);
    assert.equal((await eventsOf(message.id, number.path.length)).length, number.path.length);
  });

  const mmsPath = pathFor(number, 'mms');
  test(`an MMS to ${number.to} gets no delivery receipt, so it ends ${mmsPath.at(-1)}`, async () => {
    const message = await send({ ...sms, to: number.to, media: ['https://example.com/a.png'], status_callback: receiverUrl });
    const events = await eventsOf(message.id, mmsPath.length);
    await sleep(100);
    assert.deepEqual(received.filter((e) => e.id === message.id).map((e) => e.status), mmsPath);
    assert.ok(!mmsPath.includes('delivered') && !mmsPath.includes('undelivered'));
    const log = await logWhen(message.message_uri, mmsPath.at(-1)!);
    assert.equal(log.error_code, mmsPath.at(-1) === number.outcome ? number.errorCode : null);
    assert.equal(events.at(-1)!.error_code, log.error_code);
  });
}

for (const number of testNumbers.filter((n) => n.callbacksLost)) {
  test(`an SMS to ${number.to} ends ${number.outcome} in its log, and no callback of it ever arrives`, async () => {
    const message = await send({ ...sms, to: number.to, status_callback: receiverUrl });
    await logWhen(message.message_uri, number.outcome);
    await sleep(100);
    assert.deepEqual(received.filter((e) => e.id === message.id), []);
  });
}

test('every status callback carries the custom variables the message was sent with', async () => {
  const custom_variables = { order_id: '12345', Order_ID: 'case matters', _attempt: '2' };
  const message = await send({ ...sms, to: testNumbers[0].to, status_callback: receiverUrl, custom_variables });
  const events = await eventsOf(message.id, testNumbers[0].path.length);
  assert.equal(events.length, testNumbers[0].path.length);
  for (const event of events) assert.deepEqual(event.custom_variables, custom_variables);
  assert.ok(!('custom_variables' in message), 'the Message itself does not echo them');
});

test('a message sent without custom variables has no custom_variables in its callbacks', async () => {
  const message = await send({ ...sms, to: testNumbers[0].to, status_callback: receiverUrl });
  const events = await eventsOf(message.id, testNumbers[0].path.length);
  for (const event of events) assert.ok(!('custom_variables' in event));
});

test('callbacks to a host that is not loopback are not sent, and the log says why', async () => {
  const message = await send({ ...sms, status_callback: 'https://example.com/status' });
  assert.equal(message.status_callback_url, 'https://example.com/status');
  await logWhen(message.message_uri, 'delivered');
  assert.equal(received.filter((e) => e.id === message.id).length, 0);
  assert.match(skipped.join('\n'), new RegExp(`${message.id}: no status callbacks to https://example.com/status`));
});

test('SANDBOX_CALLBACK_HOSTS lets callbacks reach a named host', async () => {
  const sent: string[] = [];
  const open = await sandboxServer({ callbackHosts: ['hooks.example.com'] }, { deliverCallback: async (url) => void sent.push(url) });
  const response = await open.inject({
    method: 'POST',
    url: '/api/messaging/messages',
    headers: jsonHeaders,
    payload: JSON.stringify({ ...sms, status_callback: 'https://hooks.example.com/status' }),
  });
  assert.equal(response.statusCode, 201);
  // Until the last status's callback has left: a busy machine may take a while to sign them.
  for (let i = 0; i < 100 && sent.length < testNumbers[0].path.length; i++) await sleep(50);
  await open.close();
  assert.ok(sent.length === testNumbers[0].path.length && sent.every((url) => url === 'https://hooks.example.com/status'), sent.join());
});

test('a receiver that fails does not stop the message', async () => {
  const message = await send({ ...sms, to: testNumbers[0].to, status_callback: 'http://127.0.0.1:9/unreachable' });
  await logWhen(message.message_uri, 'delivered');
});

test('npm run receiver gets every callback of a sandbox message', async () => {
  const { startReceiver } = await import('../../sandbox/receiver.ts');
  const events: { status: string }[] = [];
  const receiver = await startReceiver(0, (event) => events.push(event as { status: string }));
  const message = await send({ ...sms, to: testNumbers[2].to, status_callback: receiver.url });
  await logWhen(message.message_uri, testNumbers[2].outcome);
  for (let i = 0; i < 50 && events.length < testNumbers[2].path.length; i++) await sleep(100);
  receiver.server.close();
  assert.deepEqual(events.map((e) => e.status), testNumbers[2].path);
});
