// Curl commands typed into the guides themselves (not imported from samples/) run too, against
// a sandbox standing in for the one on port 4010 they name.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { defaults } from '../../sandbox/core/config.ts';
import { path } from '../../scripts/load.ts';
import { jsonHeaders, sandboxServer, sms } from '../helpers/sandbox.ts';

const documented = `http://${defaults.host}:${defaults.port}`;

function guideFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? guideFiles(join(dir, entry.name)) : /\.mdx?$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}

const snippets = guideFiles(path('docs/guides')).flatMap((file) =>
  [...readFileSync(file, 'utf8').matchAll(/^( *)```bash\n([\s\S]*?)^\1```/gm)]
    .map((match) => match[2].replace(new RegExp(`^${match[1]}`, 'gm'), ''))
    .filter((code) => /^curl /m.test(code))
    // The migration guide shows the older LaML API for comparison; the sandbox is not that API.
    .filter((code) => !code.includes('/api/laml/'))
    .map((code) => ({ file: relative(path('.'), file), code })),
);

let app: Awaited<ReturnType<typeof sandboxServer>>;
let url: string;
let receiver: Server;
let received = 0;
let messageId: string;

before(async () => {
  app = await sandboxServer();
  url = await app.listen({ host: '127.0.0.1', port: 0 });
  // Stands in for `npm run receiver` on port 3001, which a guide's callback example names.
  receiver = createServer((req, res) => {
    received++;
    req.resume();
    res.writeHead(200).end();
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const sent = await app.inject({ method: 'POST', url: '/api/messaging/messages', headers: jsonHeaders, payload: JSON.stringify(sms) });
  messageId = sent.json().id;
});
after(async () => {
  await app.close();
  receiver.close();
});

test('the guides have curl commands to run', () => assert.ok(snippets.length >= 3, `${snippets.length} found`));

for (const [i, { file, code }] of snippets.entries()) {
  test(`${file}, curl command ${i + 1} answers without an error`, async () => {
    const receiverPort = (receiver.address() as AddressInfo).port;
    const runnable = code
      .replaceAll(documented, url)
      .replaceAll('http://127.0.0.1:3001', `http://127.0.0.1:${receiverPort}`)
      .replaceAll('<id>', messageId)
      .replace(/^curl /gm, 'curl -sS --fail-with-body ');
    const env = { ...process.env, SIGNALWIRE_SPACE_URL: url, SIGNALWIRE_PROJECT_ID: defaults.projectId, SIGNALWIRE_API_TOKEN: defaults.apiToken };
    const { stdout } = await promisify(execFile)('bash', ['-c', runnable], { timeout: 30_000, env });
    const body = JSON.parse(stdout);
    assert.ok(!('errors' in body), stdout);
  });
}

test('the callback example reached the receiver', async () => {
  // Node's fetch loads lazily, so the first callback can take a moment.
  for (let i = 0; i < 50 && received < 3; i++) await new Promise((resolve) => setTimeout(resolve, 100));
  assert.ok(received >= 3, `${received} callbacks received`);
});
