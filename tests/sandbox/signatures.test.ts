// Both sandboxes sign each status callback as SignalWire signs its webhooks, and the signature
// holds only for the exact URL, body and key: checked with sandbox/core's own verify, with an
// HMAC computed here by node:crypto, and with SignalWire's own validateRequest, so the sandbox's
// scheme cannot drift from the one SignalWire's SDK checks.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { validateRequest } from '@signalwire/web-api';
import { defaults } from '../../sandbox/core/config.ts';
import { answer } from '../../sandbox/core/http.ts';
import { inBrowserConfig, inBrowserServer } from '../../sandbox/core/in-browser.ts';
import { createSandbox, type CallbackRequest } from '../../sandbox/core/sandbox.ts';
import { sign, signatureHeader, verify } from '../../sandbox/core/signature.ts';
import { testNumbers } from '../../sandbox/core/test-numbers.ts';
import { authorization, catalog, jsonHeaders, sandboxServer, sms } from '../helpers/sandbox.ts';
import { signatureVector } from '../helpers/signature-vector.ts';
import { spec } from '../helpers/spec.ts';

/** A callback as it reached the receiver: the path it was posted to, its raw body and signature. */
interface Received {
  path: string;
  body: string;
  signature: string | undefined;
}

const received: Received[] = [];
let receiver: Server;
let base: string;

before(async () => {
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const signature = req.headers[signatureHeader.toLowerCase()];
      received.push({ path: req.url!, body: Buffer.concat(chunks).toString('utf8'), signature: [signature].flat()[0] });
      res.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
});
after(() => receiver.close());

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const delivered = testNumbers.find((n) => n.outcome === 'delivered')!;

/** The callbacks posted to `path` once `count` of them have come. */
async function callbacksTo(path: string, count: number) {
  for (let i = 0; i < 100 && received.filter((r) => r.path === path).length < count; i++) await sleep(50);
  const callbacks = received.filter((r) => r.path === path);
  assert.equal(callbacks.length, count, `callbacks to ${path}`);
  return callbacks;
}

const hmacSha1 = (key: string, message: string) => createHmac('sha1', key).update(message).digest('hex');

// Outside ASCII and with a query: the signature covers the bytes as sent and the whole URL.
const text = 'Héllo ✓ from the signature tests';

/** Sends one SMS through the Node sandbox and returns its callbacks, as received, with their URL. */
async function nodeSandboxCallbacks(signingKey?: string) {
  const app = await sandboxServer(signingKey ? { signingKey } : {});
  try {
    const path = `/status/node-${signingKey ?? 'default'}?order=1&tier=gold`;
    const response = await app.inject({
      method: 'POST',
      url: '/api/messaging/messages',
      headers: jsonHeaders,
      payload: JSON.stringify({ ...sms, to: delivered.to, body: text, status_callback: `${base}${path}` }),
    });
    assert.equal(response.statusCode, 201, response.body);
    return { url: `${base}${path}`, callbacks: await callbacksTo(path, delivered.path.length) };
  } finally {
    await app.close();
  }
}

let nodeCallbacks: Awaited<ReturnType<typeof nodeSandboxCallbacks>>;
before(async () => {
  nodeCallbacks = await nodeSandboxCallbacks();
});

test('the Node sandbox signs every status callback: HMAC-SHA1 of the URL as given and the body as sent', async () => {
  const { url, callbacks } = nodeCallbacks;
  assert.deepEqual(callbacks.map((c) => JSON.parse(c.body).status), delivered.path);
  for (const { body, signature } of callbacks) {
    assert.ok(signature, `no ${signatureHeader} header`);
    assert.equal(signature, hmacSha1(defaults.signingKey, url + body));
    assert.equal(await verify(defaults.signingKey, url, body, signature), true);
  }
});

test("SignalWire's own validateRequest (@signalwire/web-api) accepts every callback of the sandbox", () => {
  const { url, callbacks } = nodeCallbacks;
  for (const { body, signature } of callbacks) assert.equal(validateRequest(defaults.signingKey, signature!, url, body), true, body);
});

test('a callback whose body, URL or key changes, or whose signature is missing, fails verification', async () => {
  const { url, callbacks } = nodeCallbacks;
  const { body, signature } = callbacks[0];
  // One byte: the first digit of number_of_segments.
  const changed = body.replace('"number_of_segments":1', '"number_of_segments":2');
  assert.notEqual(changed, body);
  assert.equal(new TextEncoder().encode(changed).length, new TextEncoder().encode(body).length);
  const cases: [string, Promise<boolean>, boolean][] = [
    ['a body changed by one byte', verify(defaults.signingKey, url, changed, signature), validateRequest(defaults.signingKey, signature!, url, changed)],
    ['another URL', verify(defaults.signingKey, url.replace('order=1', 'order=2'), body, signature), validateRequest(defaults.signingKey, signature!, url.replace('order=1', 'order=2'), body)],
    ['the URL with another scheme', verify(defaults.signingKey, url.replace('http:', 'https:'), body, signature), validateRequest(defaults.signingKey, signature!, url.replace('http:', 'https:'), body)],
    ['another key', verify('PSK_another_key', url, body, signature), validateRequest('PSK_another_key', signature!, url, body)],
  ];
  for (const [what, ours, theirs] of cases) {
    assert.equal(await ours, false, `sandbox/core verify with ${what}`);
    assert.equal(theirs, false, `validateRequest with ${what}`);
  }
  assert.equal(await verify(defaults.signingKey, url, body, undefined), false, 'no signature');
  assert.equal(await verify(defaults.signingKey, url, body, ''), false, 'an empty signature');
  assert.equal(await verify(defaults.signingKey, url, body, 'zz'.repeat(20)), false, 'a signature that is not hex');
});

test('SANDBOX_SIGNING_KEY sets the key the callbacks are signed with', async () => {
  const key = 'PSK_set_by_the_test';
  const { url, callbacks } = await nodeSandboxCallbacks(key);
  for (const { body, signature } of callbacks) {
    assert.equal(await verify(key, url, body, signature), true);
    assert.equal(await verify(defaults.signingKey, url, body, signature), false);
  }
});

test('the in-browser sandbox signs too: sandbox/core with its own fetch, and the signature it shows is the one posted', async () => {
  const shown: Promise<CallbackRequest>[] = [];
  const sandbox = createSandbox({
    spec: spec as never,
    catalog,
    config: { ...inBrowserConfig, stepMs: 20 },
    observe: (_event, { request }) => void (request && shown.push(request)),
  });
  try {
    const path = '/status/in-browser?order=1';
    const response = await answer(
      sandbox,
      new Request(`${inBrowserServer.url}/api/messaging/messages`, {
        method: 'POST',
        headers: { Authorization: authorization, 'Content-Type': 'application/json' },
        body: JSON.stringify({ ...sms, to: delivered.to, body: text, status_callback: `${base}${path}` }),
      }),
    );
    assert.equal(response.status, 201, await response.text());
    const callbacks = await callbacksTo(path, delivered.path.length);
    const requests = await Promise.all(shown);
    for (const [i, { body, signature }] of callbacks.entries()) {
      assert.equal(signature, hmacSha1(inBrowserConfig.signingKey, `${base}${path}${body}`));
      assert.equal(validateRequest(inBrowserConfig.signingKey, signature!, `${base}${path}`, body), true);
      assert.equal(requests[i].body, body);
      assert.equal(requests[i].headers[signatureHeader], signature);
    }
  } finally {
    sandbox.close();
  }
});

test("sandbox/core reproduces the published test vector of SignalWire's SDK, and refuses it changed", async () => {
  const { signingKey, url, body, signature } = signatureVector;
  assert.equal(await sign(signingKey, url, body), signature);
  assert.equal(await verify(signingKey, url, body, signature), true);
  // The SDK compares the hex as a string, so capitals fail there, and here too.
  assert.equal(await verify(signingKey, url, body, signature.toUpperCase()), false);
  assert.equal(validateRequest(signingKey, signature.toUpperCase(), url, body), false);
  assert.equal(await verify(signingKey, url, body.replace('"vars"', '"varz"'), signature), false);
  assert.equal(await verify(signingKey, `${url}bar`, body, signature), false);
  assert.equal(validateRequest(signingKey, signature, url, body), true, 'the vector as the SDK itself checks it');
});
