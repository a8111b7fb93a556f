// What a reader copies is what runs here: every sample the guides show, in every language, against
// the sandbox, both to a sent message and into the errors the live API answers with:
//   422: {"errors": [{code, message, url, ...}]}, printed as `<code>: <message> <url>`;
//   any other error status: {"error": "<reason>"}, printed as `HTTP <status>: <reason>`.
// No language is skipped: a missing toolchain fails its tests and says how to install it.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { defaults } from '../../sandbox/core/config.ts';
import { serverErrorNumber } from '../../sandbox/core/test-numbers.ts';
import { path } from '../../scripts/load.ts';
import { sandboxServer } from '../helpers/sandbox.ts';
import { goBinary, interpreted, memo, monoExe, need, needPhpCurl, type Launcher } from '../helpers/toolchains.ts';
import { receiverFiles } from '../helpers/receivers.ts';

/** A sandbox listening on loopback, counting the POSTs it receives. */
interface Sandbox {
  url: string;
  posts: number;
  close: () => Promise<void>;
}

async function startSandbox(config: Parameters<typeof sandboxServer>[0] = {}): Promise<Sandbox> {
  const app = await sandboxServer(config);
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  const sandbox: Sandbox = { url, posts: 0, close: () => app.close() };
  // Counted as each request arrives, before any hook: the 401 answer comes from one of them.
  app.server.on('request', (request) => request.method === 'POST' && sandbox.posts++);
  return sandbox;
}

/** The sandbox the samples expect. */
let sandbox: Sandbox;
/** One whose project owns none of the numbers the samples send from. */
let stranger: Sandbox;
const strangerNumber = '+15557770000';
/** Where Go and C# samples are built, once per run. */
const scratch = mkdtempSync(join(tmpdir(), 'samples-test-'));

before(async () => {
  [sandbox, stranger] = await Promise.all([startSandbox(), startSandbox({ fromNumbers: [strangerNumber] })]);
});
after(async () => {
  await Promise.all([sandbox.close(), stranger.close()]);
  rmSync(scratch, { recursive: true, force: true });
});

const goSendSms = memo(() => goBinary('samples/send-sms/send_sms.go', scratch));
const csharpSendSms = memo(() => monoExe('samples/send-sms/SendSms.cs', scratch));

// ---- Running a sample -------------------------------------------------------------------------

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function credentials(url: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.SIGNALWIRE_TO;
  delete env.RETRY_BASE_MS;
  return {
    ...env,
    SIGNALWIRE_SPACE_URL: url,
    SIGNALWIRE_PROJECT_ID: defaults.projectId,
    SIGNALWIRE_API_TOKEN: defaults.apiToken,
    ...extra,
  };
}

async function run(launch: Launcher, env: NodeJS.ProcessEnv): Promise<Run> {
  const [command, ...args] = await launch();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: path('.'), env, timeout: 60_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const show = ({ code, stdout, stderr }: Run) => `exit code ${code}\n--- stdout\n${stdout}--- stderr\n${stderr}`;

// ---- The samples ------------------------------------------------------------------------------

/** How a sample shows an error answer. */
type Reporting =
  /** Plain curl: the body on stdout, exit code 0. */
  | 'body on stdout'
  /** Java, with no JSON parser in its standard library: `HTTP <status>: <body>` on stderr, exit 1. */
  | 'status and body'
  /** Every other language reads the body: `<code>: <message> <url>` or `HTTP <status>: <error>`. */
  | 'parsed';

interface Sender {
  name: string;
  file: string;
  launch: Launcher;
  sent: RegExp;
  /** Only the send-sms samples are run into errors; the MMS ones share their code. */
  reporting?: Reporting;
}

const queued = /^Message [0-9a-f-]{36} is queued\.$/m;
const mmsQueued = /^Message [0-9a-f-]{36} is a mms with 1 attachment\(s\), queued\.$/m;
const withCurl = () => need('bash', 'curl');
const none = () => {};

const senderList: Omit<Sender, 'launch'>[] = [
  { name: 'curl', file: 'samples/send-sms/send-sms.sh', sent: /"status":"queued"/, reporting: 'body on stdout' },
  { name: 'Node.js', file: 'samples/send-sms/send-sms.mjs', sent: queued, reporting: 'parsed' },
  { name: 'Python', file: 'samples/send-sms/send_sms.py', sent: queued, reporting: 'parsed' },
  { name: 'Go', file: 'samples/send-sms/send_sms.go', sent: queued, reporting: 'parsed' },
  { name: 'Ruby', file: 'samples/send-sms/send_sms.rb', sent: queued, reporting: 'parsed' },
  { name: 'PHP', file: 'samples/send-sms/send_sms.php', sent: queued, reporting: 'parsed' },
  { name: 'Java', file: 'samples/send-sms/SendSms.java', sent: /"status":"queued"/, reporting: 'status and body' },
  { name: 'C#', file: 'samples/send-sms/SendSms.cs', sent: queued, reporting: 'parsed' },
  { name: 'curl MMS', file: 'samples/send-mms/send-mms.sh', sent: /"kind":"mms"/ },
  { name: 'Node.js MMS', file: 'samples/send-mms/send-mms.mjs', sent: mmsQueued },
  { name: 'Python MMS', file: 'samples/send-mms/send_mms.py', sent: mmsQueued },
];
const senders: Sender[] = senderList.map((sender) => ({ ...sender, launch: launcherFor(sender.file) }));

function launcherFor(file: string): Launcher {
  if (file.endsWith('.sh')) return interpreted(withCurl, 'bash', file);
  if (file.endsWith('.mjs')) return interpreted(none, process.execPath, file);
  if (file.endsWith('.py')) return interpreted(() => need('python3'), 'python3', file);
  if (file.endsWith('.go')) return goSendSms;
  if (file.endsWith('.rb')) return interpreted(() => need('ruby'), 'ruby', file);
  if (file.endsWith('.php')) return interpreted(needPhpCurl, 'php', file);
  if (file.endsWith('.java')) return interpreted(() => need('java'), 'java', file);
  if (file.endsWith('.cs')) return csharpSendSms;
  throw new Error(`No way to run ${file}`);
}

for (const { name, launch, sent } of senders) {
  test(`the ${name} sample sends through the sandbox`, async () => {
    const result = await run(launch, credentials(sandbox.url));
    assert.equal(result.code, 0, show(result));
    assert.match(result.stdout, sent, show(result));
  });
}

for (const { name, launch, reporting } of senders.filter((sender) => sender.reporting)) {
  test(`the ${name} sample reports a wrong API token as HTTP 401`, async () => {
    const result = await run(launch, credentials(sandbox.url, { SIGNALWIRE_API_TOKEN: 'not-the-token' }));
    if (reporting === 'body on stdout') {
      assert.deepEqual(JSON.parse(result.stdout), { error: 'Unauthorized' }, show(result));
      return;
    }
    assert.equal(result.code, 1, show(result));
    if (reporting === 'status and body') {
      assert.match(result.stderr, /\b401\b/, show(result));
      assert.match(result.stderr, /\{\s*"error"\s*:\s*"Unauthorized"\s*\}/, show(result));
    } else {
      assert.match(result.stderr, /^HTTP 401: Unauthorized$/m, show(result));
    }
  });

  test(`the ${name} sample reports a from number the project does not own`, async () => {
    const result = await run(launch, credentials(stranger.url));
    if (reporting === 'body on stdout') {
      const { errors } = JSON.parse(result.stdout);
      assert.ok(Array.isArray(errors), show(result));
      assert.ok(errors.some((error: { code: string }) => error.code === 'invalid_from_number'), show(result));
      return;
    }
    assert.equal(result.code, 1, show(result));
    if (reporting === 'status and body') {
      assert.match(result.stderr, /\b422\b/, show(result));
      assert.match(result.stderr, /"code"\s*:\s*"invalid_from_number"/, show(result));
    } else {
      assert.match(result.stderr, /^invalid_from_number: \S.* https?:\/\/\S+$/m, show(result));
    }
  });
}

test('the curl sample reads a message back from its message_uri', async () => {
  const env = credentials(sandbox.url);
  const launch = launcherFor('samples/send-sms/send-sms.sh');
  const sent = JSON.parse((await run(launch, env)).stdout);
  const readBack = await run(interpreted(withCurl, 'bash', 'samples/send-sms/get-message-log.sh'), { ...env, MESSAGE_ID: sent.id });
  assert.equal(JSON.parse(readBack.stdout).id, sent.id, show(readBack));
});

// ---- Retrying ---------------------------------------------------------------------------------

const retriers: [name: string, file: string, launch: Launcher][] = [
  ['Node.js', 'samples/handle-errors/send-with-retry.mjs', interpreted(none, process.execPath, 'samples/handle-errors/send-with-retry.mjs')],
  ['Python', 'samples/handle-errors/send_with_retry.py', interpreted(() => need('python3'), 'python3', 'samples/handle-errors/send_with_retry.py')],
];

/** A front for the sandbox that answers its first `refusals` requests with a bare 429. */
async function rateLimitedSandbox(refusals: number) {
  let attempts = 0;
  const server = createServer((request, response) => {
    attempts++;
    if (attempts <= refusals) return void response.writeHead(429).end();
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', async () => {
      const answer = await fetch(`${sandbox.url}${request.url}`, {
        method: request.method,
        headers: { authorization: String(request.headers.authorization), 'content-type': 'application/json' },
        body: Buffer.concat(chunks),
      });
      response.writeHead(answer.status, { 'content-type': 'application/json' }).end(await answer.text());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    attempts: () => attempts,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Runs a retry sample with a short backoff, and counts the POSTs it made. */
async function retry(launch: Launcher, target: Sandbox, extra: Record<string, string> = {}) {
  target.posts = 0;
  const result = await run(launch, credentials(target.url, { RETRY_BASE_MS: '5', ...extra }));
  return { ...result, attempts: target.posts };
}

for (const [name, , launch] of retriers) {
  test(`the ${name} retry sample sends on the first attempt`, async () => {
    const result = await retry(launch, sandbox);
    assert.equal(result.code, 0, show(result));
    assert.match(result.stdout, queued, show(result));
    assert.equal(result.attempts, 1, show(result));
  });

  test(`the ${name} retry sample gives up on a 500 after 4 attempts`, async () => {
    const result = await retry(launch, sandbox, { SIGNALWIRE_TO: serverErrorNumber });
    assert.equal(result.code, 1, show(result));
    assert.equal(result.attempts, 4, show(result));
    assert.match(result.stderr, /^HTTP 500: Internal Server Error$/m, show(result));
  });

  test(`the ${name} retry sample does not retry a 422, and explains invalid_from_number`, async () => {
    const result = await retry(launch, stranger);
    assert.equal(result.code, 1, show(result));
    assert.equal(result.attempts, 1, show(result));
    assert.match(result.stderr, /^invalid_from_number: Send from a number your project purchased/m, show(result));
  });

  test(`the ${name} retry sample backs off on a 429 and sends once the rate limit lifts`, async () => {
    // The body of a 429 is not specified, so the stand-in answers none: the samples must cope.
    const limited = await rateLimitedSandbox(2);
    try {
      const result = await run(launch, credentials(limited.url, { RETRY_BASE_MS: '5' }));
      assert.equal(result.code, 0, show(result));
      assert.equal(limited.attempts(), 3, show(result));
      assert.match(result.stderr, /^HTTP 429 on attempt 1 of 4; trying again in \d+ ms\.$/m, show(result));
      assert.match(result.stdout, queued, show(result));
    } finally {
      await limited.close();
    }
  });

  test(`the ${name} retry sample does not retry a 401`, async () => {
    const result = await retry(launch, sandbox, { SIGNALWIRE_API_TOKEN: 'not-the-token' });
    assert.equal(result.code, 1, show(result));
    assert.equal(result.attempts, 1, show(result));
    assert.match(result.stderr, /^HTTP 401: Unauthorized\b/m, show(result));
  });
}

// ---- Nothing left out -------------------------------------------------------------------------

test('every file under samples/ runs in this file, or for the receivers and the sweeps in their own', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      if (entry.name === '__pycache__') return [];
      return entry.isDirectory() ? files(join(dir, entry.name)) : [relative(path('.'), join(dir, entry.name))];
    });
  const covered = new Set([
    ...senders.map((sender) => sender.file),
    'samples/send-sms/get-message-log.sh',
    ...retriers.map(([, file]) => file),
    // Run by receivers.test.ts and reconcile.test.ts.
    ...receiverFiles,
    'samples/reconcile/reconcile.mjs',
    'samples/reconcile/reconcile.py',
  ]);
  assert.deepEqual(files(path('samples')).filter((file) => !covered.has(file)), []);
});
