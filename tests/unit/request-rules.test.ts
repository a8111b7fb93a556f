// Each rule of the request, probed just inside and just outside its limit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sendMessageRequestCheck } from '../../sandbox/core/request-errors.ts';
import { loadCatalog } from '../../scripts/load.ts';
import { spec } from '../helpers/spec.ts';

const check = sendMessageRequestCheck(spec as any, loadCatalog());
const base = { to: '+15551234567', from: '+15559876543', body: 'Hello' };
const digits = (n: number) => '1'.repeat(n);
const urls = (n: number) => Array.from({ length: n }, (_, i) => `https://example.com/${i}.png`);

type Case = [name: string, body: unknown, expected: string | null, attribute?: string | null];

const cases: Case[] = [
  ['to with 5 digits', { ...base, to: `+${digits(5)}` }, null],
  ['to with 4 digits', { ...base, to: `+${digits(4)}` }, 'not_routeable', 'to'],
  ['to with 17 digits', { ...base, to: `+${digits(17)}` }, null],
  ['to with 18 digits', { ...base, to: `+${digits(18)}` }, 'not_routeable', 'to'],
  ['to without +', { ...base, to: digits(11) }, 'not_routeable', 'to'],
  ['to with spaces', { ...base, to: '+1 555 123 4567' }, 'not_routeable', 'to'],
  ['to passthrough 988', { ...base, to: '988' }, null],
  ['to passthrough +988', { ...base, to: '+988' }, null],
  ['to passthrough 911 is not one', { ...base, to: '911' }, 'not_routeable', 'to'],
  ['to as a number', { ...base, to: 15551234567 }, 'invalid_parameter_type', 'to'],
  ['to missing', { from: base.from, body: 'x' }, 'parameter_required', 'to'],
  ['from with 5 digits', { ...base, from: `+${digits(5)}` }, null],
  ['from with 4 digits', { ...base, from: `+${digits(4)}` }, 'invalid_from_number', 'from'],
  ['from with 17 digits', { ...base, from: `+${digits(17)}` }, null],
  ['from with 18 digits', { ...base, from: `+${digits(18)}` }, 'invalid_from_number', 'from'],
  ['from short code of 5 digits', { ...base, from: digits(5) }, null],
  ['from short code of 6 digits', { ...base, from: digits(6) }, null],
  ['from short code of 4 digits', { ...base, from: digits(4) }, 'invalid_from_number', 'from'],
  ['from short code of 7 digits', { ...base, from: digits(7) }, 'invalid_from_number', 'from'],
  ['from missing', { to: base.to, body: 'x' }, 'parameter_required', 'from'],
  ['body of 1600 characters', { ...base, body: 'a'.repeat(1600) }, null],
  ['body of 1601 characters', { ...base, body: 'a'.repeat(1601) }, 'character_limit_exceeded', 'body'],
  ['body of 1600 emoji (code points, not UTF-16 units)', { ...base, body: '😀'.repeat(1600) }, null],
  ['body present, no media', base, null],
  ['body absent, no media', { to: base.to, from: base.from }, 'body_or_media_required', 'body'],
  ['body empty, no media', { ...base, body: '' }, 'body_or_media_required', 'body'],
  ['body absent, media empty', { to: base.to, from: base.from, media: [] }, 'body_or_media_required', 'body'],
  ['body absent, one media URL', { to: base.to, from: base.from, media: urls(1) }, null],
  ['body empty, one media URL', { ...base, body: '', media: urls(1) }, null],
  ['body as a number', { ...base, body: 42 }, 'invalid_parameter_type', 'body'],
  ['8 media URLs', { ...base, media: urls(8) }, null],
  ['9 media URLs', { ...base, media: urls(9) }, 'media_limit_exceeded', 'media'],
  ['media over http', { ...base, media: ['http://example.com/a.png'] }, null],
  ['media over https', { ...base, media: ['https://example.com/a.png'] }, null],
  ['media over ftp', { ...base, media: ['ftp://example.com/a.png'] }, 'invalid_media_url', 'media'],
  ['media that is not a URL', { ...base, media: ['not a url'] }, 'invalid_media_url', 'media'],
  ['media as a string', { ...base, media: 'https://example.com/a.png' }, 'invalid_parameter_type', 'media'],
  ['send_as_mms true without media', { ...base, send_as_mms: true }, null],
  ['send_as_mms false', { ...base, send_as_mms: false }, null],
  ['send_as_mms as a string', { ...base, send_as_mms: 'true' }, 'invalid_parameter_type', 'send_as_mms'],
  ['status_callback over https', { ...base, status_callback: 'https://example.com/status' }, null],
  ['status_callback over http', { ...base, status_callback: 'http://127.0.0.1:3001/status' }, null],
  ['status_callback over ftp', { ...base, status_callback: 'ftp://example.com/status' }, 'invalid_status_callback_url', 'status_callback'],
  ['status_callback that is not a URL', { ...base, status_callback: 'example.com' }, 'invalid_status_callback_url', 'status_callback'],
  ['an unknown field', { ...base, custom_variables: { a: 1 } }, 'unknown_parameter', 'custom_variables'],
  ['a JSON array', [base], 'invalid_request_body', null],
  ['JSON null', null, 'invalid_request_body', null],
];

for (const [name, body, expected, attribute] of cases) {
  test(`${name}: ${expected ?? 'accepted'}`, () => {
    const errors = check(body);
    if (expected === null) {
      assert.deepEqual(errors, []);
    } else {
      assert.ok(
        errors.some((e) => e.code === expected && e.attribute === attribute),
        `expected ${expected} on ${attribute}, got ${JSON.stringify(errors)}`,
      );
    }
  });
}

test('a request that breaks several rules gets one error for each', () => {
  const codes = check({ to: '12', from: '12', media: urls(9) }).map((e) => e.code).sort();
  assert.deepEqual(codes, ['invalid_from_number', 'media_limit_exceeded', 'not_routeable']);
});
