// Nothing a client sends may crash the sandbox or get a 500: every answer is a documented
// status with its documented body shape.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { specSchemas } from '../../sandbox/core/schemas.ts';
import { authorization, jsonHeaders, sandboxServer, scopelessAuthorization, sms } from '../helpers/sandbox.ts';
import { spec } from '../helpers/spec.ts';

let app: Awaited<ReturnType<typeof sandboxServer>>;
before(async () => {
  app = await sandboxServer();
});
after(() => app.close());
const schemas = specSchemas(spec as never);
const statusError = schemas.component('StatusError');
const validationError = schemas.component('ValidationErrorResponse');

type Case = [name: string, request: import('fastify').InjectOptions, status: number, code?: string];
const url = '/api/messaging/messages';
const log = '/api/messaging/logs';
const deepArray = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
const deepObject = `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`;
const json = (payload: unknown) => ({ method: 'POST' as const, url, headers: jsonHeaders, payload: JSON.stringify(payload) });

const cases: Case[] = [
  ['no credentials', { method: 'POST', url, headers: { 'content-type': 'application/json' }, payload: JSON.stringify(sms) }, 401],
  ['a wrong token', { ...json(sms), headers: { ...jsonHeaders, authorization: 'Basic d3Jvbmc6d3Jvbmc=' } }, 401],
  ['a bearer token', { ...json(sms), headers: { ...jsonHeaders, authorization: 'Bearer abc' } }, 401],
  ['a token without the Messaging scope', { ...json(sms), headers: { ...jsonHeaders, authorization: scopelessAuthorization } }, 403],
  ['no credentials on a log', { method: 'GET', url: `${log}/x` }, 401],
  ['no credentials on the log list', { method: 'GET', url: log }, 401],
  ['no credentials on a redaction', { method: 'PATCH', url: `${url}/x`, headers: { 'content-type': 'application/json' }, payload: '{"body":""}' }, 401],
  ['malformed JSON', { method: 'POST', url, headers: jsonHeaders, payload: '{"to": "+15551234567",' }, 400],
  ['an empty JSON body', { method: 'POST', url, headers: jsonHeaders, payload: '' }, 400],
  ['a JSON array', json([sms]), 400],
  ['JSON null', { method: 'POST', url, headers: jsonHeaders, payload: 'null' }, 400],
  ['a JSON string', json('hello'), 400],
  ['a JSON number', json(42), 400],
  ['no to', json({ from: sms.from, body: 'x' }), 400],
  ['no from', json({ to: sms.to, body: 'x' }), 400],
  ['to as a JSON number', json({ ...sms, to: 15551234567 }), 400],
  ['send_as_mms as a string', json({ ...sms, send_as_mms: 'true' }), 400],
  ['media as one string', json({ ...sms, media: 'https://example.com/a.png' }), 400],
  ['a media list of numbers', json({ ...sms, media: [1, 2] }), 400],
  ['custom_variables as a list', json({ ...sms, custom_variables: ['a'] }), 422, 'must_be_object'],
  ['custom_variables as a string', json({ ...sms, custom_variables: 'order_id=1' }), 422, 'must_be_object'],
  ['custom_variables as null', json({ ...sms, custom_variables: null }), 422, 'must_be_object'],
  ['nulls for every field', json({ to: null, from: null, body: null, media: null }), 400],
  ['a text/plain body', { method: 'POST', url, headers: { authorization, 'content-type': 'text/plain' }, payload: 'hello' }, 400],
  ['a form body', { method: 'POST', url, headers: { authorization, 'content-type': 'application/x-www-form-urlencoded' }, payload: 'To=%2B15551234567' }, 400],
  ['no content type', { method: 'POST', url, headers: { authorization }, payload: JSON.stringify(sms) }, 400],
  ['a body of 2 MB', json({ ...sms, body: 'a'.repeat(2_000_000) }), 400],
  ['deeply nested arrays', { method: 'POST', url, headers: jsonHeaders, payload: deepArray }, 400],
  ['deeply nested objects', { method: 'POST', url, headers: jsonHeaders, payload: deepObject }, 400],
  ['a __proto__ key', { method: 'POST', url, headers: jsonHeaders, payload: '{"__proto__": {"x": 1}, "to": "+15551234567"}' }, 400],
  ['a custom variable named __proto__', { method: 'POST', url, headers: jsonHeaders, payload: `{"to":"${sms.to}","from":"${sms.from}","body":"x","custom_variables":{"__proto__":"x"}}` }, 400],
  ['a page size of 0', { method: 'GET', url: `${log}?page_size=0`, headers: { authorization } }, 400],
  ['a page size of 1001', { method: 'GET', url: `${log}?page_size=1001`, headers: { authorization } }, 400],
  ['a page size that is not a number', { method: 'GET', url: `${log}?page_size=ten`, headers: { authorization } }, 400],
  ['a date that is not a date', { method: 'GET', url: `${log}?created_on=yesterday`, headers: { authorization } }, 422, 'datetime_required'],
  ['a day the calendar lacks', { method: 'GET', url: `${log}?created_before=2026-02-30`, headers: { authorization } }, 422, 'datetime_required'],
  ['a US-style date', { method: 'GET', url: `${log}?created_after=04/30/2026`, headers: { authorization } }, 422, 'datetime_required'],
  ['an empty date', { method: 'GET', url: `${log}?created_on=`, headers: { authorization } }, 422, 'datetime_required'],
  ['a page number without a page token', { method: 'GET', url: `${log}?page_number=1`, headers: { authorization } }, 422, 'page_token_required'],
  ['a negative page number', { method: 'GET', url: `${log}?page_number=-1`, headers: { authorization } }, 400],
  ['include_deleted that is not a boolean', { method: 'GET', url: `${log}?include_deleted=maybe`, headers: { authorization } }, 400],
  ['a made-up page token', { method: 'GET', url: `${log}?page_token=xyz`, headers: { authorization } }, 422, 'page_token_is_invalid'],
  ['a date before the history limit', { method: 'GET', url: `${log}?created_on=1999-12-31`, headers: { authorization } }, 422, 'exceeds_history_logs_limit'],
  ['an unknown path', { method: 'GET', url: '/api/nothing', headers: { authorization } }, 404],
  ['GET on the send path', { method: 'GET', url, headers: { authorization } }, 404],
  ['DELETE on a log', { method: 'DELETE', url: `${log}/x`, headers: { authorization } }, 404],
  ['an unknown message ID on a log', { method: 'GET', url: `${log}/00000000-0000-4000-8000-000000000000`, headers: { authorization } }, 404],
  ['a redaction of a message ID that is not a UUID', { method: 'PATCH', url: `${url}/not-a-uuid`, headers: jsonHeaders, payload: '{"body":""}' }, 404],
];

const reasons: Record<number, string> = { 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found' };

for (const [name, request, status, code] of cases) {
  test(`${name}: ${status}${code ? ` ${code}` : ''}`, async () => {
    const response = await app.inject(request);
    assert.equal(response.statusCode, status, response.body.slice(0, 300));
    assert.match(String(response.headers['content-type']), /^application\/json/);
    const body = response.json<{ errors: { code: string }[] }>();
    if (code) {
      assert.ok(validationError(body), JSON.stringify(validationError.errors));
      assert.equal(body.errors[0].code, code);
    } else {
      assert.ok(statusError(body), JSON.stringify(statusError.errors));
      assert.deepEqual(body, { error: reasons[status] });
    }
  });
}

test('the sandbox still answers after all of that', async () => {
  const response = await app.inject(json(sms));
  assert.equal(response.statusCode, 201);
});

test('the docs site may call it from a browser: CORS preflight and response headers', async () => {
  const preflight = await app.inject({
    method: 'OPTIONS',
    url: `${url}/x`,
    headers: { origin: 'http://localhost:3000', 'access-control-request-method': 'PATCH', 'access-control-request-headers': 'authorization,content-type' },
  });
  assert.equal(preflight.statusCode, 204);
  assert.equal(preflight.headers['access-control-allow-origin'], 'http://localhost:3000');
  assert.match(String(preflight.headers['access-control-allow-methods']), /PATCH/);
  assert.match(String(preflight.headers['access-control-allow-headers']), /Authorization/);
  const response = await app.inject({ method: 'POST', url, headers: { ...jsonHeaders, origin: 'http://localhost:3000' }, payload: '{}' });
  assert.equal(response.headers['access-control-allow-origin'], 'http://localhost:3000');
  // Other origins: tests/sandbox/security.test.ts.
});
