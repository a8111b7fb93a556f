// The spec and the sandbox cannot drift apart: Redocly Respect runs the Arazzo workflows
// against a running sandbox and checks every response against the published spec.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { path } from '../../scripts/load.ts';
import { authorization, sandboxServer, scopelessAuthorization } from '../helpers/sandbox.ts';

let app: Awaited<ReturnType<typeof sandboxServer>>;
let url: string;

before(async () => {
  app = await sandboxServer();
  url = await app.listen({ host: '127.0.0.1', port: 0 });
});
after(() => app.close());

test('every Arazzo workflow passes against the sandbox (redocly respect)', async () => {
  const args = [
    'respect',
    path('tests/contract/messaging.arazzo.yaml'),
    '--server',
    `messaging=${url}`,
    // JSON, because the key=value form cuts a base64 value at its '=' padding.
    '--input',
    JSON.stringify({ authorization, scopeless: scopelessAuthorization }),
  ];
  const redocly = path('node_modules/.bin/redocly');
  const result = await promisify(execFile)(redocly, args, { cwd: path('.'), maxBuffer: 10_000_000 }).catch(
    (error: { stdout: string; stderr: string; code: number }) => error,
  );
  const output = `${result.stdout}\n${result.stderr}`;
  assert.ok(!('code' in result) || result.code === 0, output.slice(-4000));
  assert.match(output, /Workflows: 7 passed, 7 total/);
});
