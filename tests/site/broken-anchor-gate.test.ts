// The build's link gates. The real site's settings are read from its config; that they stop a
// build is shown on a small site (tests/fixtures/broken-links-site) spread from the same module,
// whose one page links to a heading of the other that was renamed. Building the small
// site takes seconds, where a copy of the real one took minutes.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import config from '../../docusaurus.config.ts';
import { path } from '../../scripts/load.ts';

test('the site stops its build on a broken link, anchor, route, Markdown link or image', () => {
  assert.equal(config.onBrokenLinks, 'throw');
  assert.equal(config.onBrokenAnchors, 'throw');
  assert.equal(config.onDuplicateRoutes, 'throw');
  assert.equal(config.markdown?.hooks?.onBrokenMarkdownLinks, 'throw');
  assert.equal(config.markdown?.hooks?.onBrokenMarkdownImages, 'throw');
});

const site = path('tests/fixtures/broken-links-site');
const out = mkdtempSync(join(tmpdir(), 'broken-links-site-'));
after(() => {
  rmSync(out, { recursive: true, force: true });
  rmSync(join(site, '.docusaurus'), { recursive: true, force: true });
});

test('with those settings, a link to a renamed heading fails the build, naming the page and the anchor', { timeout: 120_000 }, async () => {
  const { status, output } = await new Promise<{ status: number | null; output: string }>((resolve) => {
    // No persistent cache: the small site must not share or spoil the real build's Rspack cache.
    const child = spawn(path('node_modules/.bin/docusaurus'), ['build', site, '--out-dir', out], {
      env: { ...process.env, DOCUSAURUS_NO_PERSISTENT_CACHE: '1' },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (status) => resolve({ status, output }));
  });
  assert.notEqual(status, 0, `the build passed with a broken anchor:\n${output.slice(-2000)}`);
  assert.match(output, /broken anchors/i, output.slice(-2000));
  assert.match(output, /source page path = \/:\s+-> linking to \/callbacks#status-callbacks/);
});
