// The build's link gate, fed a broken site: a copy of this one with a heading renamed, so that a
// link to its old anchor dangles. The build must refuse it (onBrokenAnchors: 'throw'), naming the
// page and the anchor; a config change that turns the gate into a warning fails this test.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { path, root } from '../../scripts/load.ts';

const page = 'docs/guides/messaging/migrate.mdx';
const heading = '## Status callbacks';

// Inside the repository, so that the copy resolves packages from its node_modules.
mkdirSync(path('test-results'), { recursive: true });
const copy = mkdtempSync(path('test-results/broken-site-'));
after(() => rmSync(copy, { recursive: true, force: true }));

const skipped = new Set(['.git', 'node_modules', 'build', '.docusaurus', 'test-results', 'tests', '.bench']);

test('renaming a heading that a link points at fails the build', { timeout: 240_000 }, async () => {
  for (const entry of readdirSync(root).filter((name) => !skipped.has(name))) {
    cpSync(join(root, entry), join(copy, entry), { recursive: true });
  }
  const source = readFileSync(join(copy, page), 'utf8');
  assert.ok(source.includes(heading) && source.includes('](#status-callbacks)'), `${page} no longer links to its heading`);
  writeFileSync(join(copy, page), source.replace(heading, '## Delivery callbacks'));

  const { status, output } = await new Promise<{ status: number | null; output: string }>((resolve) => {
    // No persistent cache: the copy must not share or spoil the real build's Rspack cache.
    const child = spawn(path('node_modules/.bin/docusaurus'), ['build', '--out-dir', join(copy, 'build')], {
      cwd: copy,
      env: { ...process.env, DOCUSAURUS_NO_PERSISTENT_CACHE: '1' },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (status) => resolve({ status, output }));
  });
  assert.notEqual(status, 0, `the build passed with a broken anchor:\n${output.slice(-2000)}`);
  assert.match(output, /broken anchors/i);
  assert.match(output, /\/messaging\/migrate\/?#status-callbacks/);
});
