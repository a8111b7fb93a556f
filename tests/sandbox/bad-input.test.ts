// Nothing a client sends may crash the sandbox or get a 500: every answer is a documented 4xx.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { specSchemas } from '../../sandbox/core/schemas.ts';
import { authorization, jsonHeaders, sandboxServer, sms } from '../helpers/sandbox.ts';
import { spec } from '../helpers/spec.ts';

let app: Awaited<ReturnType<typeof sandboxServer>>;
before(async () => {
  app = await sandboxServer();
});
after(() => app.close());
const errorResponse = specSchemas(spec as never).component('ErrorResponse');

type Case = [name: string, request: import('fastify').InjectOptions, status: number, code: string];
const url = '/api/messaging/messages';
const deepArray = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
const deepObject = `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`;

const cases: Case[] = [
  ['no credentials', { method: 'POST', url, headers: { 'content-type': 'application/json' }, payload: JSON.stringify(sms) }, 401, 'authentication_failed'],
  ['a wrong token', { method: 'POST', url, headers: { ...jsonHeaders, authorization: 'Basic d3Jvbmc6d3Jvbmc=' }, payload: JSON.stringify(sms) }, 401, 'authentication_failed'],
  ['a bearer token', { method: 'POST', url, headers: { ...jsonHeaders, authorization: 'Bearer abc' }, payload: JSON.stringify(sms) }, 401, 'authentication_failed'],
  ['no credentials on a log', { method: 'GET', url: '/api/messaging/logs/x' }, 401, 'authentication_failed'],
  ['malformed JSON', { method: 'POST', url, headers: jsonHeaders, payload: '{"to": "+15551234567",' }, 400, 'invalid_json'],
  ['an empty JSON body', { method: 'POST', url, headers: jsonHeaders, payload: '' }, 400, 'invalid_request_body'],
  ['a JSON array', { method: 'POST', url, headers: jsonHeaders, payload: JSON.stringify([sms]) }, 400, 'invalid_request_body'],
  ['JSON null', { method: 'POST', url, headers: jsonHeaders, payload: 'null' }, 400, 'invalid_request_body'],
  ['a JSON string', { method: 'POST', url, headers: jsonHeaders, payload: '"hello"' }, 400, 'invalid_request_body'],
  ['a JSON number', { method: 'POST', url, headers: jsonHeaders, payload: '42' }, 400, 'invalid_request_body'],
  ['a text/plain body', { method: 'POST', url, headers: { authorization, 'content-type': 'text/plain' }, payload: 'hello' }, 415, 'invalid_content_type'],
  ['a form body', { method: 'POST', url, headers: { authorization, 'content-type': 'application/x-www-form-urlencoded' }, payload: 'To=%2B15551234567' }, 415, 'invalid_content_type'],
  ['no content type', { method: 'POST', url, headers: { authorization }, payload: JSON.stringify(sms) }, 415, 'invalid_content_type'],
  ['a body of 2 MB', { method: 'POST', url, headers: jsonHeaders, payload: JSON.stringify({ ...sms, body: 'a'.repeat(2_000_000) }) }, 413, 'request_too_large'],
  ['deeply nested arrays', { method: 'POST', url, headers: jsonHeaders, payload: deepArray }, 400, 'invalid_request_body'],
  ['deeply nested objects', { method: 'POST', url, headers: jsonHeaders, payload: deepObject }, 422, 'unknown_parameter'],
  ['nulls for every field', { method: 'POST', url, headers: jsonHeaders, payload: JSON.stringify({ to: null, from: null, body: null, media: null }) }, 422, 'invalid_parameter_type'],
  ['a media list of numbers', { method: 'POST', url, headers: jsonHeaders, payload: JSON.stringify({ ...sms, media: [1, 2] }) }, 422, 'invalid_parameter_type'],
  ['a __proto__ key', { method: 'POST', url, headers: jsonHeaders, payload: '{"__proto__": {"x": 1}, "to": "+15551234567"}' }, 400, 'invalid_json'],
  ['an unknown path', { method: 'GET', url: '/api/nothing', headers: { authorization } }, 404, 'not_found'],
  ['GET on the send path', { method: 'GET', url, headers: { authorization } }, 404, 'not_found'],
  ['DELETE on a log', { method: 'DELETE', url: '/api/messaging/logs/x', headers: { authorization } }, 404, 'not_found'],
];

for (const [name, request, status, code] of cases) {
  test(`${name}: ${status} ${code}`, async () => {
    const response = await app.inject(request);
    assert.equal(response.statusCode, status, response.body.slice(0, 300));
    assert.match(String(response.headers['content-type']), /^application\/json/);
    const body = response.json<{ errors: { code: string }[] }>();
    assert.ok(errorResponse(body), JSON.stringify(errorResponse.errors));
    assert.ok(body.errors.some((e: { code: string }) => e.code === code), response.body.slice(0, 300));
  });
}

test('the sandbox still answers after all of that', async () => {
  const response = await app.inject({ method: 'POST', url, headers: jsonHeaders, payload: JSON.stringify(sms) });
  assert.equal(response.statusCode, 201);
});

test('browsers may call it: CORS preflight and response headers', async () => {
  const preflight = await app.inject({
    method: 'OPTIONS',
    url,
    headers: { origin: 'http://localhost:3000', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
  });
  assert.equal(preflight.statusCode, 204);
  assert.equal(preflight.headers['access-control-allow-origin'], '*');
  assert.match(String(preflight.headers['access-control-allow-headers']), /Authorization/);
  const response = await app.inject({ method: 'POST', url, headers: { ...jsonHeaders, origin: 'http://localhost:3000' }, payload: '{}' });
  assert.equal(response.headers['access-control-allow-origin'], '*');
});
