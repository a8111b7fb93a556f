// A reader's clone and a CI runner have the repository and nothing beside it. This copies what git
// would commit of this work tree into an empty folder, gives it this checkout's installed packages,
// and runs the quick lane there: a test that reads a file outside the repository (../shared, say)
// fails here, while it passes in a checkout that happens to have that file beside it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { path, root } from '../../scripts/load.ts';

/** The files a clone of this work tree would have, were it committed now. */
const trackedFiles = () =>
  execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: root, encoding: 'utf8' })
    .split('\0')
    .filter(Boolean);

test('no file of the repository names a path outside it', () => {
  const outside = trackedFiles()
    // This file names them on purpose, to look for them.
    .filter((file) => !file.endsWith('package-lock.json') && file !== 'tests/standalone/clean-copy.test.ts')
    .filter((file) => {
      try {
        return /\.\.\/shared\b|\/work\/shared/.test(readFileSync(path(file), 'utf8'));
      } catch {
        return false; // deleted in the work tree but not yet in the index
      }
    });
  assert.deepEqual(outside, []);
});

test('the quick lane passes in a copy of the repository with nothing beside it', { timeout: 240_000 }, async () => {
  const parent = mkdtempSync(join(tmpdir(), 'clean-copy-'));
  const copy = join(parent, 'repo');
  try {
    for (const file of trackedFiles()) {
      try {
        mkdirSync(dirname(join(copy, file)), { recursive: true });
        cpSync(path(file), join(copy, file), { verbatimSymlinks: true });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    }
    // The installed packages, each linked, but not node_modules/.cache: the copy keeps its own
    // caches (tsc's build info), so it neither reuses nor spoils this checkout's.
    mkdirSync(join(copy, 'node_modules'));
    for (const entry of readdirSync(path('node_modules')).filter((name) => name !== '.cache')) {
      symlinkSync(path(`node_modules/${entry}`), join(copy, 'node_modules', entry));
    }
    assert.deepEqual(readdirSync(parent), ['repo'], 'nothing beside the copy');

    const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/test/run.ts', '--quick'], { cwd: copy });
      let output = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
      child.on('close', (code) => resolve({ code, output }));
    });
    assert.equal(code, 0, `the quick lane failed in ${copy}:\n${output.slice(-6000)}`);
    assert.match(output, /^\d+ passed, 0 failed/m);
  } finally {
    rmSync(parent, { recursive: true, force: true });
  }
});
