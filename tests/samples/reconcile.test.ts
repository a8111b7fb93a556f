// The reconcile samples against the sandbox: a message to the number whose callbacks are lost
// ends delivered with no callback, and the sweep finds it, and only it, across pages.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { defaults } from '../../sandbox/core/config.ts';
import { testNumbers } from '../../sandbox/core/test-numbers.ts';
import { path } from '../../scripts/load.ts';
import { authorization, jsonHeaders, sandboxServer, sms } from '../helpers/sandbox.ts';

const dir = mkdtempSync(join(tmpdir(), 'reconcile-'));
const seenFile = join(dir, 'seen.txt');
let app: Awaited<ReturnType<typeof sandboxServer>>;
let space: string;
let receiver: Server;
const sent: Record<string, string> = {};
const start = new Date(Date.now() - 1000).toISOString();

const lost = testNumbers.find((n) => n.callbacksLost)!;
const others = testNumbers.filter((n) => !n.callbacksLost && n.outcome !== 'sent');

before(async () => {
  writeFileSync(seenFile, '');
  // A receiver that records "<id> <status>" as the samples' receivers print it.
  receiver = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      const event = JSON.parse(body);
      appendFileSync(seenFile, `${event.id} ${event.status}\n`);
      response.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const callback = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/status`;
  app = await sandboxServer();
  space = await app.listen({ host: '127.0.0.1', port: 0 });
  for (const number of [lost, ...others]) {
    const response = await app.inject({ method: 'POST', url: '/api/messaging/messages', headers: jsonHeaders, payload: { ...sms, to: number.to, status_callback: callback } });
    sent[number.to] = response.json().id;
  }
  // Until every message has its final status in the log and every callback has arrived.
  for (let i = 0; i < 200; i++) {
    const logs = (await app.inject({ method: 'GET', url: '/api/messaging/logs', headers: { authorization } })).json().data;
    const final = logs.filter((log: { status: string }) => ['delivered', 'undelivered', 'failed'].includes(log.status)).length;
    if (final === Object.keys(sent).length) break;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await new Promise((resolve) => setTimeout(resolve, 200));
});

after(async () => {
  await app?.close();
  receiver?.close();
  rmSync(dir, { recursive: true, force: true });
});

const samples: [name: string, argv: string[]][] = [
  ['Node.js', [process.execPath, path('samples/reconcile/reconcile.mjs')]],
  ['Python', ['python3', path('samples/reconcile/reconcile.py')]],
];

for (const [name, [command, ...args]] of samples) {
  test(`the ${name} sweep reports the message whose final callback was lost, and no other, across pages`, async () => {
    const env = {
      ...process.env,
      SIGNALWIRE_SPACE_URL: space,
      SIGNALWIRE_PROJECT_ID: defaults.projectId,
      SIGNALWIRE_API_TOKEN: defaults.apiToken,
      SINCE: start,
      SEEN_FILE: seenFile,
      // One log a page, so the sweep has to follow links.next to see them all.
      PAGE_SIZE: '1',
    };
    const { stdout } = await promisify(execFile)(command, args, { cwd: dir, env, timeout: 30_000 });
    assert.deepEqual(stdout.trim().split('\n'), [`missed ${sent[lost.to]} ${lost.outcome}`, '1 final status never reached the receiver.']);
  });

  test(`the ${name} sweep stops with a clear message on a 401, and exits 1`, async () => {
    const env = { ...process.env, SIGNALWIRE_SPACE_URL: space, SIGNALWIRE_PROJECT_ID: defaults.projectId, SIGNALWIRE_API_TOKEN: 'wrong', SEEN_FILE: seenFile };
    const result = await promisify(execFile)(command, args, { cwd: dir, env, timeout: 30_000 }).catch((error) => error);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /^The sweep stopped: HTTP 401: Unauthorized\. Run it again later from the same SINCE\.$/m);
  });
}
