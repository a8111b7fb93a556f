// The sandbox as readers get it: packed from sandbox/, installed into an empty folder with no
// registry (everything it needs is bundled), and run from its bin as the quickstart uses it.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { publishedDocsOrigin } from '../../openapi/site-paths.ts';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaults } from '../../sandbox/core/config.ts';
import { freePort } from '../../scripts/free-port.ts';
import { packAndInstall } from '../helpers/packages.ts';

const name = 'signalwire-messaging-sandbox';

let installed: string;
let remove: (() => void) | undefined;
let sandbox: ChildProcess | undefined;

before(async () => {
  // prepack builds cli.cjs and copies data/ first (scripts/build-sandbox.ts).
  const pack = await packAndInstall('sandbox', name);
  installed = pack.installed;
  remove = pack.remove;
});

after(() => {
  sandbox?.kill('SIGKILL');
  remove?.();
});

test('the installed package is the bundle and its data, with no runtime dependencies', () => {
  const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
  assert.equal(manifest.name, name);
  assert.deepEqual(Object.keys(manifest.dependencies ?? {}), []);
  assert.deepEqual(manifest.bin, { [name]: 'cli.cjs' });
  assert.deepEqual(readdirSync(installed).sort(), ['README.md', 'THIRD_PARTY_LICENSES.txt', 'cli.cjs', 'data', 'package.json']);
  assert.deepEqual(readdirSync(join(installed, 'data')).sort(), ['error-catalog.json', 'messaging.json']);
  assert.ok(!existsSync(join(installed, 'scripts')), 'the package carries scripts/');
  assert.match(readFileSync(join(installed, 'cli.cjs'), 'utf8').split('\n')[0], /^#!\/usr\/bin\/env node$/);
  // Nothing besides the sandbox was installed.
  assert.deepEqual(readdirSync(join(installed, '..')).filter((entry) => !entry.startsWith('.')), [name]);
});


/** Resolves with everything printed once `line` appears; rejects if the process ends first. */
function waitForLine(child: ChildProcess, line: RegExp, timeoutMs = 20_000): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`no ${line} within ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (line.test(output)) {
        clearTimeout(timer);
        resolve(output);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the sandbox exited with ${code}:\n${output}`));
    });
  });
}

test("the installed bin starts in a folder without the docs and answers the quickstart's request", async () => {
  const port = await freePort();
  const bin = join(installed, '..', '.bin', name);
  sandbox = spawn(bin, [], { cwd: join(installed, '..', '..'), env: { ...process.env, SANDBOX_PORT: String(port) } });
  // The last start-up line.
  const output = await waitForLine(sandbox, /Browser pages that may call it \(CORS\): .*\n/);
  assert.match(output, new RegExp(`Messaging API sandbox on http://127\\.0\\.0\\.1:${port}\n`));
  assert.ok(output.includes(`Browser pages that may call it (CORS): ${defaults.allowedOrigins.join(', ')} `), output);
  assert.ok(defaults.allowedOrigins.includes(publishedDocsOrigin), 'the published docs may call it');
  assert.match(output, /Status callbacks go to: loopback/);

  const response = await fetch(`http://127.0.0.1:${port}/api/messaging/messages`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from(`${defaults.projectId}:${defaults.apiToken}`).toString('base64')}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify({ to: '+15550001111', from: '+15559876543', body: 'Hello from SignalWire' }),
  });
  const body = await response.text();
  assert.equal(response.status, 201, body);
  assert.equal(JSON.parse(body).status, 'queued');

  const exited = new Promise((resolve) => sandbox!.once('exit', resolve));
  sandbox.kill('SIGTERM');
  assert.equal(await exited, 0);
  sandbox = undefined;
});
