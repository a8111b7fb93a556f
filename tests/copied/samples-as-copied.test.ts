// What a reader copies is what runs: every code block the built guides title with a file name is
// taken from the page's HTML (not from samples/), written under that name into an empty folder,
// and run there as its own first lines say, against a sandbox. A sender must exit 0; a receiver
// must refuse an unsigned callback with 403 and take a signed one with 200.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHmac, randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'cheerio';
import { defaults } from '../../sandbox/core/config.ts';
import { freePort } from '../../scripts/free-port.ts';
import { path } from '../../scripts/load.ts';
import { builtHtmlFiles } from '../helpers/build.ts';
import { sandboxServer } from '../helpers/sandbox.ts';

interface Copied {
  page: string;
  file: string;
  code: string;
}

/** Every titled code block of the built guides, as a reader's Copy button would give it. */
function copiedSamples(): Copied[] {
  const found = new Map<string, Copied>();
  for (const page of builtHtmlFiles().filter((file) => file.startsWith('messaging/'))) {
    const $ = load(readFileSync(path(`build/${page}`), 'utf8'));
    $('.theme-code-block').each((_, block) => {
      const file = $(block).find('[class*="codeBlockTitle"]').first().text().trim();
      // Configuration files (the agent guide's) are not programs: tests/mcp/guide.test.ts
      // parses each and starts the server it names.
      if (!/^[\w.-]+\.\w+$/.test(file) || file.endsWith('.json')) return;
      const code = $(block)
        .find('.token-line')
        .map((__, line) => $(line).text())
        .get()
        .join('\n');
      // The same file shown on two pages is run once, from the first page that shows it.
      if (!found.has(file)) found.set(file, { page: `/${page.replace(/index\.html$/, '')}`, file, code: `${code}\n` });
    });
  }
  return [...found.values()];
}

const samples = copiedSamples();
const scratch = mkdtempSync(join(tmpdir(), 'copied-samples-'));
let sandbox: Awaited<ReturnType<typeof sandboxServer>>;
let space: string;
before(async () => {
  sandbox = await sandboxServer();
  space = await sandbox.listen({ host: '127.0.0.1', port: 0 });
});
after(async () => {
  await sandbox?.close();
  rmSync(scratch, { recursive: true, force: true });
});

/** The command a sample's first lines give, for its language; `port` for a receiver. */
function commandFor(sample: Copied, port: number): string[][] {
  const { file, code } = sample;
  const mono = /^\/\/ +Mono: (mcs .*?) && mono (\S+)$/m.exec(code);
  switch (file.split('.').pop()) {
    case 'sh':
      return [['bash', file]];
    case 'mjs':
      return [[process.execPath, file]];
    case 'py':
      return [['python3', file]];
    case 'go':
      return [['go', 'run', file]];
    case 'rb':
      return [['ruby', file]];
    case 'php':
      return /php -S 127\.0\.0\.1:\d+ /.test(code) ? [['php', '-S', `127.0.0.1:${port}`, file]] : [['php', file]];
    case 'java':
      return [['java', file]];
    case 'cs':
      assert.ok(mono, `${file} says how to build it with Mono`);
      return [mono[1].split(/\s+/), ['mono', mono[2]]];
    default:
      throw new Error(`${sample.page}: no way to run ${file}`);
  }
}

function run(argv: string[], cwd: string, env: NodeJS.ProcessEnv) {
  const [command, ...args] = argv;
  // Its own process group: `go run` and `php -S` leave the server in a child, which must stop too.
  const child = spawn(command, args, { cwd, env, detached: true });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const done = new Promise<number | null>((resolve) => {
    child.on('error', (error) => ((output += error.message), resolve(null)));
    child.on('close', resolve);
  });
  return { child, done, output: () => output };
}

const goCache = path('node_modules/.cache/go');
const env = (extra: Record<string, string>) => ({
  ...process.env,
  SIGNALWIRE_SPACE_URL: space,
  SIGNALWIRE_PROJECT_ID: defaults.projectId,
  SIGNALWIRE_API_TOKEN: defaults.apiToken,
  SIGNALWIRE_SIGNING_KEY: defaults.signingKey,
  GOCACHE: join(goCache, 'build'),
  GOPATH: join(goCache, 'path'),
  GOPROXY: 'off',
  GOTOOLCHAIN: 'local',
  RETRY_BASE_MS: '5',
  ...extra,
});

test('the guides title their samples with file names', () => {
  const names = samples.map((s) => s.file);
  for (const expected of ['send-sms.mjs', 'send_sms.py', 'send_sms.go', 'SendSms.java', 'SendSms.cs', 'receiver.mjs', 'reconcile.py']) {
    assert.ok(names.includes(expected), `${expected} among ${names.join(', ')}`);
  }
});

for (const sample of samples) {
  const receiver = /receiver/i.test(sample.file);
  test(`${sample.file}, as copied from ${sample.page}, ${receiver ? 'refuses an unsigned callback and takes a signed one' : 'runs against the sandbox'}`, { timeout: 120_000 }, async () => {
    const folder = join(scratch, randomUUID());
    mkdirSync(folder);
    writeFileSync(join(folder, sample.file), sample.code);
    // What `npm install @signalwire/web-api` would bring, for the sample that says to run it.
    if (/npm install @signalwire\/web-api/.test(sample.code)) {
      mkdirSync(join(folder, 'node_modules', '@signalwire'), { recursive: true });
      symlinkSync(path('node_modules/@signalwire/web-api'), join(folder, 'node_modules/@signalwire/web-api'));
    }
    const port = await freePort();
    const steps = commandFor(sample, port);
    for (const step of steps.slice(0, -1)) {
      const built = run(step, folder, env({}));
      assert.equal(await built.done, 0, built.output());
    }
    const started = run(steps.at(-1)!, folder, env({ PORT: String(port) }));
    if (!receiver) {
      assert.equal(await started.done, 0, started.output());
      assert.ok(started.output().trim().length > 0, 'it printed nothing');
      return;
    }
    try {
      await listening(port, started);
      const url = `http://127.0.0.1:${port}/status`;
      const body = JSON.stringify({ id: randomUUID(), project_id: defaults.projectId, status: 'sent', to: '+15550001111', from: defaults.fromNumbers[0], body: 'x', number_of_segments: 1, timestamp: '2026-02-25T15:30:01Z', error_code: null, error_message: null });
      const post = (headers: Record<string, string>) => fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body }).then((r) => r.status);
      assert.equal(await post({}), 403, started.output());
      const signature = createHmac('sha1', defaults.signingKey).update(url + body).digest('hex');
      assert.equal(await post({ 'X-SignalWire-Signature': signature }), 200, started.output());
    } finally {
      if (started.child.pid) process.kill(-started.child.pid, 'SIGTERM');
      await started.done;
    }
  });
}

async function listening(port: number, started: ReturnType<typeof run>) {
  for (let i = 0; i < 600; i++) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => (socket.end(), resolve(true)));
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`nothing listened on ${port}:\n${started.output()}`);
}
