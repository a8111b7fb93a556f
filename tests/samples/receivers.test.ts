// Every status callback receiver the guides show, in every language, checks signatures as
// SignalWire makes them: it accepts SignalWire's published test vector and the sandbox's real
// callbacks, acts on each event once, and refuses with 403, printing nothing, a body changed by
// one byte, another URL, another key and a missing signature. A key being rotated out
// (SIGNALWIRE_SIGNING_KEY_PREVIOUS) is still accepted.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac, randomUUID } from 'node:crypto';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaults } from '../../sandbox/core/config.ts';
import { testNumbers } from '../../sandbox/core/test-numbers.ts';
import { freePort } from '../../scripts/free-port.ts';
import { path } from '../../scripts/load.ts';
import { receivers, type ReceiverSample } from '../helpers/receivers.ts';
import { authorization, sandboxServer } from '../helpers/sandbox.ts';
import { signatureVector } from '../helpers/signature-vector.ts';

/** Where Go and C# receivers are built, once per run. */
const scratch = mkdtempSync(join(tmpdir(), 'receivers-test-'));
let sandbox: Awaited<ReturnType<typeof sandboxServer>>;
let sandboxUrl: string;

before(async () => {
  sandbox = await sandboxServer();
  sandboxUrl = await sandbox.listen({ host: '127.0.0.1', port: 0 });
});
after(async () => {
  await sandbox.close();
  rmSync(scratch, { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const sign = (key: string, url: string, body: string) => createHmac('sha1', key).update(url + body).digest('hex');

interface Running {
  port: number;
  base: string;
  stdout: () => string;
  all: () => string;
  post: (path: string, body: string, signature?: string) => Promise<number>;
  stop: () => void;
}

/** Starts a receiver on a free port and waits until it accepts connections. */
async function start(receiver: ReceiverSample, env: Record<string, string>): Promise<Running> {
  const port = await freePort();
  const [command, ...args] = await receiver.launch(scratch)(port);
  const base = { ...process.env };
  for (const name of ['SIGNALWIRE_SIGNING_KEY', 'SIGNALWIRE_SIGNING_KEY_PREVIOUS', 'PUBLIC_URL']) delete base[name];
  const child = spawn(command, args, { cwd: path('.'), env: { ...base, ...env, PORT: String(port) } });
  let stdout = '';
  let all = '';
  child.stdout.on('data', (chunk: Buffer) => ((stdout += chunk.toString()), (all += chunk.toString())));
  child.stderr.on('data', (chunk: Buffer) => (all += chunk.toString()));
  let exited: number | null | undefined;
  child.on('exit', (code) => (exited = code));
  const listening = () =>
    new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => (socket.end(), resolve(true)));
      socket.on('error', () => resolve(false));
    });
  for (let i = 0; ; i++) {
    if (exited !== undefined) throw new Error(`${receiver.name} receiver exited with ${exited}:\n${all}`);
    if (await listening()) break;
    if (i > 300) throw new Error(`${receiver.name} receiver did not listen within 30 s:\n${all}`);
    await sleep(100);
  }
  return {
    port,
    base: `http://127.0.0.1:${port}`,
    stdout: () => stdout,
    all: () => all,
    async post(path, body, signature) {
      const headers: Record<string, string> = { 'Content-Type': 'application/json' };
      if (signature !== undefined) headers['X-SignalWire-Signature'] = signature;
      const response = await fetch(`http://127.0.0.1:${port}${path}`, { method: 'POST', headers, body });
      await response.arrayBuffer();
      return response.status;
    },
    stop: () => void child.kill(),
  };
}

/** The `<id> <status>` pairs a receiver printed for message `id`, in order. */
function printed(receiver: ReceiverSample, stdout: string, id: string): string[] {
  const lines = stdout.split('\n').filter((line) => line.includes(id));
  if (receiver.prints === 'body') {
    return lines.map((line) => {
      const event = JSON.parse(line);
      return `${event.id} ${event.status}`;
    });
  }
  return lines.map((line) => line.split(' ').slice(0, 2).join(' '));
}

/** A status event as the API posts it, compact JSON, with a fresh id. */
function statusEvent(status = 'sent', extra: object = {}) {
  const id = randomUUID();
  const body = JSON.stringify({
    id,
    project_id: defaults.projectId,
    status,
    to: '+15550001111',
    from: defaults.fromNumbers[0],
    body: 'Héllo ✓',
    number_of_segments: 1,
    timestamp: '2026-02-25T15:30:01Z',
    error_code: null,
    error_message: null,
    ...extra,
  });
  return { id, body };
}

/** Waits long enough for a refused request to have been printed, had it been. */
const settle = () => sleep(300);

for (const receiver of receivers) {
  test(`the ${receiver.name} receiver accepts SignalWire's published test vector at PUBLIC_URL, and refuses it changed`, async () => {
    const { signingKey, url, body, signature } = signatureVector;
    const running = await start(receiver, { SIGNALWIRE_SIGNING_KEY: signingKey, PUBLIC_URL: url });
    try {
      // Posted to another path: PUBLIC_URL, not the URL of the request, is what was signed.
      assert.equal(await running.post('/status', body, signature), 200, running.all());
      assert.equal(await running.post('/status', body.replace('"vars"', '"varz"'), signature), 403, 'a body changed by one byte');
      assert.equal(await running.post('/status', body, sign(signingKey, `${url}status`, body)), 403, 'signed for another URL');
      assert.equal(await running.post('/status', body, sign('PSK_another_key', url, body)), 403, 'signed with another key');
      assert.equal(await running.post('/status', body), 403, 'no signature');

      // A status event signed the same way is acted on; changed by one byte, it is not.
      const good = statusEvent('delivered');
      assert.equal(await running.post('/status', good.body, sign(signingKey, url, good.body)), 200);
      const bad = statusEvent('delivered');
      const badSignature = sign(signingKey, url, bad.body);
      const changed = bad.body.replace('"number_of_segments":1', '"number_of_segments":2');
      assert.equal(await running.post('/status', changed, badSignature), 403);
      assert.equal(await running.post('/status', bad.body, sign(signingKey, 'https://example.com/status', bad.body)), 403);
      assert.equal(await running.post('/status', bad.body, sign('PSK_another_key', url, bad.body)), 403);
      assert.equal(await running.post('/status', bad.body), 403);
      await settle();
      assert.deepEqual(printed(receiver, running.stdout(), good.id), [`${good.id} delivered`], running.all());
      assert.deepEqual(printed(receiver, running.stdout(), bad.id), [], `a refused request was acted on:\n${running.all()}`);
    } finally {
      running.stop();
    }
  });

  test(`the ${receiver.name} receiver takes the sandbox's real callbacks at the URL they came to, each once, with the previous key during a rotation`, async () => {
    // The sandbox signs with its default key: here the key being rotated out.
    const running = await start(receiver, { SIGNALWIRE_SIGNING_KEY: 'PSK_the_new_key', SIGNALWIRE_SIGNING_KEY_PREVIOUS: defaults.signingKey });
    try {
      const undelivered = testNumbers.find((n) => n.outcome === 'undelivered')!;
      const statusCallback = `${running.base}/status?order=12345`;
      const response = await fetch(`${sandboxUrl}/api/messaging/messages`, {
        method: 'POST',
        headers: { Authorization: authorization, 'Content-Type': 'application/json' },
        body: JSON.stringify({ to: undelivered.to, from: defaults.fromNumbers[0], body: 'Receiver test ✓', status_callback: statusCallback, custom_variables: { order_id: '12345' } }),
      });
      const message = await response.json();
      for (let i = 0; i < 100 && printed(receiver, running.stdout(), message.id).length < undelivered.path.length; i++) await sleep(50);
      // The sandbox posts without waiting for answers, so a receiver slow to warm up (Mono's first
      // request) may take them out of order, as receivers must expect from the API: each once.
      const statuses = printed(receiver, running.stdout(), message.id).sort();
      assert.deepEqual(statuses, undelivered.path.map((status) => `${message.id} ${status}`).sort(), running.all());
      if (receiver.prints === 'line') {
        const final = running.stdout().split('\n').find((line) => line.startsWith(`${message.id} undelivered`))!;
        assert.match(final, new RegExp(` undelivered \\(final\\) ${undelivered.errorCode}: .* order_id=12345$`));
      }

      // The current key works too; a repeat is acted on once (Java and the SDK example leave that to
      // the reader's code).
      const event = statusEvent('sent');
      const signature = sign('PSK_the_new_key', statusCallback, event.body);
      assert.equal(await running.post('/status?order=12345', event.body, signature), 200);
      assert.equal(await running.post('/status?order=12345', event.body, signature), 200);
      // Refused: the same signed request at another URL, with a key that is neither, with none.
      const refused = statusEvent('sent');
      assert.equal(await running.post('/status?order=1', refused.body, sign('PSK_the_new_key', statusCallback, refused.body)), 403);
      assert.equal(await running.post('/status?order=12345', refused.body, sign('PSK_another_key', statusCallback, refused.body)), 403);
      assert.equal(await running.post('/status?order=12345', refused.body), 403);
      await settle();
      const once = [`${event.id} sent`];
      assert.deepEqual(printed(receiver, running.stdout(), event.id), receiver.prints === 'line' ? once : [...once, ...once], running.all());
      assert.deepEqual(printed(receiver, running.stdout(), refused.id), [], `a refused request was acted on:\n${running.all()}`);
    } finally {
      running.stop();
    }
  });
}

// error_code can be null on a failure while error_message says what failed, and LaML messages
// carry numeric compatibility codes the catalog does not list: neither may trip a receiver.
for (const receiver of receivers.filter((r) => r.prints === 'line')) {
  test(`the ${receiver.name} receiver prints a failure without an error code, and one with a numeric code`, async () => {
    const key = 'PSK_error_code_test';
    const url = 'https://receiver.example/status';
    const running = await start(receiver, { SIGNALWIRE_SIGNING_KEY: key, PUBLIC_URL: url });
    try {
      const uncoded = statusEvent('failed', { error_message: 'The carrier refused the message.' });
      const numeric = statusEvent('undelivered', { error_code: '30007', error_message: 'Carrier violation' });
      for (const event of [uncoded, numeric]) assert.equal(await running.post('/status', event.body, sign(key, url, event.body)), 200, running.all());
      await settle();
      const line = (id: string) => running.stdout().split('\n').find((text) => text.includes(id)) ?? '';
      assert.match(line(uncoded.id), /^\S+ failed \(final\) no code: The carrier refused the message\.$/, running.all());
      assert.match(line(numeric.id), /^\S+ undelivered \(final\) 30007: Carrier violation$/, running.all());
    } finally {
      running.stop();
    }
  });
}
