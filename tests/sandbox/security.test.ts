// A sandbox left running on a reader's machine answers the docs site only: other web pages get
// no CORS headers, and a request addressed to another host name (DNS rebinding) is refused.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { InjectOptions } from 'fastify';
import { defaults } from '../../sandbox/core/config.ts';
import { loopbackHosts } from '../../sandbox/core/loopback.ts';
import { jsonHeaders, sandboxServer, sms } from '../helpers/sandbox.ts';

let app: Awaited<ReturnType<typeof sandboxServer>>;
before(async () => {
  app = await sandboxServer();
});
after(() => app.close());

const url = '/api/messaging/messages';
const send = (headers: Record<string, string>): InjectOptions => ({ method: 'POST', url, headers: { ...jsonHeaders, ...headers }, payload: JSON.stringify(sms) });
const preflight = (origin: string): InjectOptions => ({
  method: 'OPTIONS',
  url,
  headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
});

test('a page of a foreign origin gets no access-control-allow-origin', async () => {
  const response = await app.inject(send({ origin: 'https://evil.example' }));
  assert.equal(response.statusCode, 201); // answered, but its browser keeps the answer from the page
  assert.equal(response.headers['access-control-allow-origin'], undefined);
});

test('the origins where npm start serves the docs get access-control-allow-origin', async () => {
  for (const origin of defaults.allowedOrigins) {
    const response = await app.inject(send({ origin }));
    assert.equal(response.statusCode, 201);
    assert.equal(response.headers['access-control-allow-origin'], origin);
    assert.match(String(response.headers.vary), /Origin/);
  }
});

test('a preflight from a foreign origin is refused with 403 and no CORS headers', async () => {
  const response = await app.inject(preflight('http://localhost:3001'));
  assert.equal(response.statusCode, 403);
  assert.deepEqual(response.json(), { error: 'Forbidden' });
  assert.equal(response.headers['access-control-allow-origin'], undefined);
  assert.equal(response.headers['access-control-allow-methods'], undefined);
});

test('a preflight from an allowed origin passes', async () => {
  const response = await app.inject(preflight('http://127.0.0.1:3000'));
  assert.equal(response.statusCode, 204);
  assert.equal(response.headers['access-control-allow-origin'], 'http://127.0.0.1:3000');
});

test('SANDBOX_ALLOWED_ORIGINS=* lets any page call it', async () => {
  const open = await sandboxServer({ allowedOrigins: ['*'] });
  const response = await open.inject(preflight('https://evil.example'));
  assert.equal(response.statusCode, 204);
  assert.equal(response.headers['access-control-allow-origin'], '*');
  await open.close();
});

test('a request addressed to another host name (DNS rebinding) gets 403 Forbidden', async () => {
  for (const host of ['evil.example:4010', 'evil.example', 'localhost.evil.example:4010', '127.0.0.1.evil.example', '10.0.0.5:4010']) {
    for (const request of [send({ host }), preflight('http://localhost:3000'), { method: 'GET' as const, url: '/nowhere' }]) {
      const response = await app.inject({ ...request, headers: { ...request.headers, host } });
      assert.equal(response.statusCode, 403, `${request.method} ${request.url} with Host: ${host}`);
      assert.deepEqual(response.json(), { error: 'Forbidden' });
      assert.equal(response.headers['access-control-allow-origin'], undefined);
    }
  }
});

test('loopback host names pass, with or without a port', async () => {
  assert.ok(loopbackHosts.length > 0);
  for (const host of loopbackHosts.flatMap((name) => [name, `${name}:4010`, `${name.toUpperCase()}:4010`])) {
    const response = await app.inject(send({ host }));
    assert.equal(response.statusCode, 201, `Host: ${host}: ${response.body}`);
    assert.equal(response.json().status, 'queued');
  }
});
