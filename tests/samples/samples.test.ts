// What a reader copies is what runs here: every sample the guides show, against the sandbox.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { promisify } from 'node:util';
import { createServer } from 'node:net';
import { defaults } from '../../sandbox/core/config.ts';
import { testNumbers } from '../../sandbox/core/test-numbers.ts';
import { path } from '../../scripts/load.ts';
import { sandboxServer } from '../helpers/sandbox.ts';

let app: Awaited<ReturnType<typeof sandboxServer>>;
let env: NodeJS.ProcessEnv;

before(async () => {
  app = await sandboxServer();
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  env = { ...process.env, SIGNALWIRE_SPACE_URL: url, SIGNALWIRE_PROJECT_ID: defaults.projectId, SIGNALWIRE_API_TOKEN: defaults.apiToken };
});
after(() => app.close());

const has = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;

async function run(command: string, args: string[], extraEnv: NodeJS.ProcessEnv = {}) {
  const { stdout } = await promisify(execFile)(command, args, { env: { ...env, ...extraEnv }, cwd: path('.'), timeout: 60_000 });
  return stdout;
}

const senders: [name: string, command: string, args: string[], expected: RegExp][] = [
  ['curl', 'bash', ['samples/send-sms/send-sms.sh'], /"status":"queued"/],
  ['Node.js', 'node', ['samples/send-sms/send-sms.mjs'], /^Message [0-9a-f-]{36} is queued\.$/m],
  ['Python', 'python3', ['samples/send-sms/send_sms.py'], /^Message [0-9a-f-]{36} is queued\.$/m],
  ['Java', 'java', ['samples/send-sms/SendSms.java'], /"status":"queued"/],
  ['Go', 'go', ['run', 'samples/send-sms/send_sms.go'], /^Message [0-9a-f-]{36} is queued\.$/m],
  ['Ruby', 'ruby', ['samples/send-sms/send_sms.rb'], /^Message [0-9a-f-]{36} is queued\.$/m],
  ['PHP', 'php', ['samples/send-sms/send_sms.php'], /^Message [0-9a-f-]{36} is queued\.$/m],
  ['curl MMS', 'bash', ['samples/send-mms/send-mms.sh'], /"kind":"mms"/],
  ['Node.js MMS', 'node', ['samples/send-mms/send-mms.mjs'], /is a mms with 1 attachment\(s\), queued\.$/m],
  ['Python MMS', 'python3', ['samples/send-mms/send_mms.py'], /is a mms with 1 attachment\(s\), queued\.$/m],
];

for (const [name, command, args, expected] of senders) {
  // curl, Node.js and Python are always here; the other toolchains run where installed.
  const skip = ['bash', 'node', 'python3'].includes(command) || has(command) ? false : `${command} is not installed`;
  test(`the ${name} sample sends through the sandbox`, { skip }, async () => {
    assert.match(await run(command, args), expected);
  });
}

test('the curl sample reads a message back from its message_uri', async () => {
  const sent = JSON.parse(await run('bash', ['samples/send-sms/send-sms.sh']));
  const log = JSON.parse(await run('bash', ['samples/send-sms/get-message-log.sh'], { MESSAGE_ID: sent.id }));
  assert.equal(log.id, sent.id);
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

function waitFor(child: ChildProcess, output: () => string, pattern: RegExp, what: string) {
  return new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}; output so far:\n${output()}`)), 15_000);
    const check = () => {
      if (pattern.test(output())) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', check);
    child.on('exit', (code) => code !== null && reject(new Error(`exited with ${code}:\n${output()}`)));
    check();
  });
}

const receivers: [name: string, command: string, file: string][] = [
  ['Node.js', 'node', 'samples/status-callbacks/receiver.mjs'],
  ['Python', 'python3', 'samples/status-callbacks/receiver.py'],
];

for (const [name, command, file] of receivers) {
  test(`the ${name} receiver prints each callback of a message once`, async () => {
    const port = await freePort();
    const child = spawn(command, [path(file)], { env: { ...env, PORT: String(port) } });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    try {
      await waitFor(child, () => output, /Listening for status callbacks/, 'the receiver to start');
      const undelivered = testNumbers.find((n) => n.outcome === 'undelivered')!;
      const response = await fetch(`${env.SIGNALWIRE_SPACE_URL}/api/messaging/messages`, {
        method: 'POST',
        headers: {
          Authorization: `Basic ${Buffer.from(`${defaults.projectId}:${defaults.apiToken}`).toString('base64')}`,
          'Content-Type': 'application/json',
        },
        body: JSON.stringify({ to: undelivered.to, from: defaults.fromNumbers[0], body: 'Receiver test', status_callback: `http://127.0.0.1:${port}/status` }),
      });
      const message = await response.json();
      await waitFor(child, () => output, new RegExp(`${message.id} undelivered \\(final\\) ${undelivered.errorCode}`), 'the final callback');

      // A repeated event must not be handled twice.
      const repeat = { id: message.id, project_id: defaults.projectId, status: 'sent', to: undelivered.to, from: defaults.fromNumbers[0], body: 'Receiver test', number_of_segments: 1, timestamp: new Date().toISOString(), error_code: null, error_message: null };
      const again = await fetch(`http://127.0.0.1:${port}/status`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(repeat) });
      assert.equal(again.status, 200);
      await new Promise((resolve) => setTimeout(resolve, 200));
      const lines = output.split('\n').filter((line) => line.startsWith(message.id));
      assert.deepEqual(lines.map((line) => line.split(' ')[1]), undelivered.path);
    } finally {
      child.kill();
    }
  });
}
