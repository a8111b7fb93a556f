// The sandbox page states the sandbox's numbers through src/components/SandboxFacts, rendered
// from sandbox/core's constants. Here: the wording of those numbers, that the page's prose does
// not state one by hand (it would not follow a change), and that the constants are the ones the
// sandbox acts on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { byteSize, durationAdjective, every, sandboxFacts, separator } from '../../src/components/SandboxFacts/facts.ts';
import { bodyLimit, answer } from '../../sandbox/core/http.ts';
import { createSandbox, logCharge, logChoices } from '../../sandbox/core/sandbox.ts';
import { defaults } from '../../sandbox/core/config.ts';
import { path } from '../../scripts/load.ts';
import { authorization, catalog, sms } from '../helpers/sandbox.ts';
import { spec } from '../helpers/spec.ts';

test('sizes, durations and rates are worded as people read them', () => {
  assert.equal(byteSize(1024 * 1024), '1 MiB');
  assert.equal(byteSize(3 * 1024 * 1024), '3 MiB');
  assert.equal(byteSize(64 * 1024), '64 KiB');
  assert.equal(byteSize(1000), '1,000 bytes');
  assert.equal(durationAdjective(5000), '5-second');
  assert.equal(durationAdjective(250), '250-millisecond');
  assert.equal(every(1000), 'once a second');
  assert.equal(every(2000), 'every 2 seconds');
  assert.equal(every(1500), 'every 1,500 milliseconds');
  assert.deepEqual([0, 1, 2].map((i) => separator(i, 3, 'or')), ['', ', ', ' or ']);
  assert.deepEqual([0, 1].map((i) => separator(i, 2, 'and')), ['', ' and ']);
});

/** The page's prose: everything outside its fenced code blocks, whose commands tests run as they are. */
const prose = readFileSync(path('docs/guides/messaging/sandbox.mdx'), 'utf8').replace(/^( *)```[\s\S]*?^\1```/gm, '');

test("the sandbox page's prose states none of the sandbox's numbers by hand", () => {
  const f = sandboxFacts;
  const byHand = [
    f.bodyLimit,
    `${f.callbackTimeout} timeout`,
    `${f.storedMessages} most recent`,
    `about ${f.stepRate}`,
    `\`${f.listenHost}\``,
    `\`${f.localUrl}\``,
    `${f.historyDays} days`,
    ...f.allowedOrigins.map((origin) => `\`${origin}\``),
    ...f.loopbackHosts.map((host) => `\`${host}\``),
    ...f.logChoices.map(([field, value]) => `\`${field}\` \`${value}\``),
    `\`charge\` is always`,
  ];
  for (const words of byHand) assert.ok(!prose.includes(words), `the page writes "${words}" itself: render it from SandboxFacts`);
});

test('the log values the page states are the ones a sandbox log carries', async () => {
  const sandbox = createSandbox({ spec: spec as never, catalog, config: defaults, schedule: () => () => {} });
  const sent = sandbox.sendMessage(sms).body as { id: string };
  const log = sandbox.getMessageLog(sent.id).body as Record<string, unknown>;
  for (const [field, value] of Object.entries({ ...logChoices, ...logCharge })) assert.deepEqual(log[field], value, field);
  sandbox.close();
});

test('the body limit the page states is where the sandbox starts refusing a body', async () => {
  const sandbox = createSandbox({ spec: spec as never, catalog, config: defaults, schedule: () => () => {} });
  const body = (size: number) => {
    const json = JSON.stringify({ ...sms, padding: '' });
    return json.replace('"padding":""', `"padding":"${'x'.repeat(size - json.length)}"`);
  };
  const post = (text: string) =>
    answer(sandbox, new Request('http://localhost/api/messaging/messages', { method: 'POST', headers: { authorization, 'content-type': 'application/json' }, body: text }));
  assert.equal(new TextEncoder().encode(body(bodyLimit)).length, bodyLimit);
  assert.equal((await post(body(bodyLimit))).status, 201);
  assert.equal((await post(body(bodyLimit + 1))).status, 400);
  sandbox.close();
});

test("the spec's local server is where the sandbox listens by default", () => {
  const urls = (spec.servers as { url: string }[]).map((server) => server.url);
  assert.ok(urls.includes(sandboxFacts.localUrl), `${sandboxFacts.localUrl} is not among the spec's servers: ${urls.join(', ')}`);
});
