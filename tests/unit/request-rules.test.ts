// Each rule of the send request, probed just inside and just outside its limit. `400` stands
// for a bare Bad Request; a code for a 422 entry on that attribute.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { requestCheck } from '../../sandbox/core/request-errors.ts';
import { loadCatalog } from '../../scripts/load.ts';
import { spec } from '../helpers/spec.ts';

const check = requestCheck(spec as any, loadCatalog(), 'SendMessageRequest');
const base = { to: '+15551234567', from: '+15559876543', body: 'Hello' };
const digits = (n: number) => '1'.repeat(n);
const urls = (n: number) => Array.from({ length: n }, (_, i) => `https://example.com/${i}.png`);
const variables = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`key_${i}`, 'value']));
const withVariables = (custom_variables: unknown) => ({ ...base, custom_variables });

type Case = [name: string, body: unknown, expected: string | 400 | null, attribute?: string];

const cases: Case[] = [
  ['to with 5 digits', { ...base, to: `+${digits(5)}` }, null],
  ['to with 4 digits', { ...base, to: `+${digits(4)}` }, 'invalid_number_format', 'to'],
  ['to with 17 digits', { ...base, to: `+${digits(17)}` }, null],
  ['to with 18 digits', { ...base, to: `+${digits(18)}` }, 'invalid_number_format', 'to'],
  ['to without +', { ...base, to: digits(11) }, 'invalid_number_format', 'to'],
  ['to with spaces', { ...base, to: '+1 555 123 4567' }, 'invalid_number_format', 'to'],
  ['to passthrough 988', { ...base, to: '988' }, null],
  ['to passthrough +988', { ...base, to: '+988' }, null],
  ['to passthrough 911 is not one', { ...base, to: '911' }, 'invalid_number_format', 'to'],
  ['to as a number', { ...base, to: 15551234567 }, 400],
  ['to missing', { from: base.from, body: 'x' }, 400],
  ['from with 5 digits', { ...base, from: `+${digits(5)}` }, null],
  ['from with 4 digits', { ...base, from: `+${digits(4)}` }, 'invalid_number_format', 'from'],
  ['from with 17 digits', { ...base, from: `+${digits(17)}` }, null],
  ['from with 18 digits', { ...base, from: `+${digits(18)}` }, 'invalid_number_format', 'from'],
  ['from short code of 5 digits', { ...base, from: digits(5) }, null],
  ['from short code of 6 digits', { ...base, from: digits(6) }, null],
  ['from short code of 4 digits', { ...base, from: digits(4) }, 'invalid_number_format', 'from'],
  ['from short code of 7 digits', { ...base, from: digits(7) }, 'invalid_number_format', 'from'],
  ['from missing', { to: base.to, body: 'x' }, 400],
  ['body of 1600 characters', { ...base, body: 'a'.repeat(1600) }, null],
  ['body of 1601 characters', { ...base, body: 'a'.repeat(1601) }, 'character_limit_exceeded', 'body'],
  ['body of 1600 emoji (code points, not UTF-16 units)', { ...base, body: '😀'.repeat(1600) }, null],
  ['body present, no media', base, null],
  ['body absent, no media', { to: base.to, from: base.from }, 'body_or_media_required', 'body'],
  ['body empty, no media', { ...base, body: '' }, 'body_or_media_required', 'body'],
  ['body absent, media empty', { to: base.to, from: base.from, media: [] }, 'body_or_media_required', 'body'],
  ['body absent, one media URL', { to: base.to, from: base.from, media: urls(1) }, null],
  ['body empty, one media URL', { ...base, body: '', media: urls(1) }, null],
  ['body as a number', { ...base, body: 42 }, 400],
  ['8 media URLs', { ...base, media: urls(8) }, null],
  ['9 media URLs', { ...base, media: urls(9) }, 'media_limit_exceeded', 'media'],
  ['media over http', { ...base, media: ['http://example.com/a.png'] }, null],
  ['media over https', { ...base, media: ['https://example.com/a.png'] }, null],
  ['media over ftp', { ...base, media: ['ftp://example.com/a.png'] }, 'not_an_http_url', 'media'],
  ['media that is not a URL', { ...base, media: ['not a url'] }, 'not_an_http_url', 'media'],
  ['media with a scheme and no host', { ...base, media: ['https://'] }, 'not_an_http_url', 'media'],
  ['media on localhost', { ...base, media: ['http://localhost/a.png'] }, 'url_is_unsafe', 'media'],
  ['media on loopback', { ...base, media: ['http://127.0.0.1:8080/a.png'] }, 'url_is_unsafe', 'media'],
  ['media on 10/8', { ...base, media: ['https://10.1.2.3/a.png'] }, 'url_is_unsafe', 'media'],
  ['media on 172.16/12', { ...base, media: ['https://172.31.0.1/a.png'] }, 'url_is_unsafe', 'media'],
  ['media on 172.32, outside 172.16/12', { ...base, media: ['https://172.32.0.1/a.png'] }, null],
  ['media on 192.168/16', { ...base, media: ['http://192.168.1.10/a.png'] }, 'url_is_unsafe', 'media'],
  ['media on link-local', { ...base, media: ['http://169.254.169.254/latest'] }, 'url_is_unsafe', 'media'],
  ['media on IPv6 loopback', { ...base, media: ['http://[::1]/a.png'] }, 'url_is_unsafe', 'media'],
  ['media as a string', { ...base, media: 'https://example.com/a.png' }, 400],
  ['send_as_mms true without media', { ...base, send_as_mms: true }, null],
  ['send_as_mms false', { ...base, send_as_mms: false }, null],
  ['send_as_mms as a string', { ...base, send_as_mms: 'true' }, 400],
  ['status_callback over https', { ...base, status_callback: 'https://example.com/status' }, null],
  ['status_callback over http on loopback', { ...base, status_callback: 'http://127.0.0.1:3001/status' }, null],
  ['status_callback over ftp', { ...base, status_callback: 'ftp://example.com/status' }, 'not_an_http_url', 'status_callback'],
  ['status_callback that is not a URL', { ...base, status_callback: 'example.com' }, 'not_an_http_url', 'status_callback'],
  ['an unknown field is ignored', { ...base, validity_period: 60 }, null],
  ['20 custom variables', withVariables(variables(20)), null],
  ['21 custom variables', withVariables(variables(21)), 'too_many_custom_variables', 'custom_variables'],
  ['no custom variables', withVariables({}), null],
  ['a value of 1,024 bytes', withVariables({ note: 'a'.repeat(1024) }), null],
  ['a value of 1,025 bytes', withVariables({ note: 'a'.repeat(1025) }), 'custom_variable_value_too_long', 'custom_variables'],
  ['a value of 512 two-byte characters (1,024 bytes)', withVariables({ note: 'é'.repeat(512) }), null],
  ['a value of 342 three-byte characters (1,026 bytes)', withVariables({ note: '€'.repeat(342) }), 'custom_variable_value_too_long', 'custom_variables'],
  ['an empty value', withVariables({ note: '' }), 'invalid_custom_variable_value', 'custom_variables'],
  ['a number value', withVariables({ note: 42 }), 'invalid_custom_variable_value', 'custom_variables'],
  ['a null value', withVariables({ note: null }), 'invalid_custom_variable_value', 'custom_variables'],
  ['an object value', withVariables({ note: { a: 'b' } }), 'invalid_custom_variable_value', 'custom_variables'],
  ['a key starting with an underscore', withVariables({ _attempt: '1' }), null],
  ['keys that differ in case only', withVariables({ order: '1', Order: '2' }), null],
  ['a key starting with a digit', withVariables({ '1st': 'x' }), 'invalid_custom_variable_name', 'custom_variables'],
  ['a key with a dash', withVariables({ 'order-id': 'x' }), 'invalid_custom_variable_name', 'custom_variables'],
  ['a key with a dot', withVariables({ 'order.id': 'x' }), 'invalid_custom_variable_name', 'custom_variables'],
  ['an empty key', withVariables({ '': 'x' }), 'invalid_custom_variable_name', 'custom_variables'],
  ['a key with a non-ASCII letter', withVariables({ café: 'x' }), 'invalid_custom_variable_name', 'custom_variables'],
  ['custom_variables as a string', withVariables('order_id=1'), 'must_be_object', 'custom_variables'],
  ['custom_variables as a list of pairs', withVariables([['order_id', '1']]), 'must_be_object', 'custom_variables'],
  ['custom_variables as null', withVariables(null), 'must_be_object', 'custom_variables'],
  ['custom_variables as a number', withVariables(42), 'must_be_object', 'custom_variables'],
  ['a key that merely contains sw_', withVariables({ new_sw_order: 'x' }), null],
  ['a key swapped in, not sw_', withVariables({ swap: 'x' }), null],
  ...['signalwire_', 'SignalWire_', 'SIGNALWIRE_', 'sw_', 'Sw_', 'sW_', 'rtc_', 'RTC_', 'rTc_', 'internal_', 'Internal_', 'INTERNAL_'].map(
    (prefix): Case => [`a key with the reserved prefix ${prefix}`, withVariables({ [`${prefix}x`]: 'x' }), 'reserved_custom_variable_name', 'custom_variables'],
  ),
  ['a JSON array', [base], 400],
  ['JSON null', null, 400],
];

for (const [name, body, expected, attribute] of cases) {
  test(`${name}: ${expected ?? 'accepted'}`, () => {
    const verdict = check(body);
    if (expected === null) return assert.deepEqual(verdict, { ok: true });
    if (expected === 400) return assert.deepEqual(verdict, { ok: false, status: 400 });
    assert.ok(
      !verdict.ok && verdict.status === 422 && verdict.errors.some((e) => e.code === expected && e.attribute === attribute),
      `expected ${expected} on ${attribute}, got ${JSON.stringify(verdict)}`,
    );
  });
}

test('a request that breaks several rules gets one error for each', () => {
  const verdict = check({ to: '12', from: '12', media: urls(9), custom_variables: { sw_x: '' } });
  assert.ok(!verdict.ok && verdict.status === 422);
  assert.deepEqual(verdict.errors.map((e) => `${e.code}:${e.attribute}`).sort(), [
    'invalid_custom_variable_value:custom_variables',
    'invalid_number_format:from',
    'invalid_number_format:to',
    'media_limit_exceeded:media',
    'reserved_custom_variable_name:custom_variables',
  ]);
});
