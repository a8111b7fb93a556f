// Under each operation's title, the API's real address: what a reader's code calls, never the
// host of the sandbox the console answers from.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtPage } from '../helpers/build.ts';
import { spec } from '../helpers/spec.ts';

const server = (spec.servers as { url: string }[]).find((s) => s.url.startsWith('https://'))!.url;

test('the spec names the Space as the API server', () => {
  assert.equal(server, 'https://{space}.signalwire.com');
});

for (const [page, method, path] of [
  ['/rest/messaging/send-message/', 'POST', '/api/messaging/messages'],
  ['/rest/messaging/redact-message/', 'PATCH', '/api/messaging/messages/{message_id}'],
  ['/rest/messaging/list-message-logs/', 'GET', '/api/messaging/logs'],
]) {
  test(`${page} shows ${method} ${server}${path} as the server sent it`, () => {
    const $ = builtPage(page);
    const endpoint = $('article .openapi__method-endpoint').first();
    assert.equal(endpoint.find('.badge').text(), method);
    assert.equal(endpoint.find('.openapi__method-endpoint-path').text(), `${server}${path}`);
  });
}
