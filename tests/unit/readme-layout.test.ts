// The README's Layout table is where a newcomer starts: every path it names exists, and every
// folder of the tree a newcomer opens (the top level, src/, its plugins, tests/) is named in it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { path, root } from '../../scripts/load.ts';

const readme = readFileSync(path('README.md'), 'utf8');
const table = readme.split('## Layout')[1].split('\n## ')[0];
const rows = table.split('\n').filter((line) => line.startsWith('| `'));
/** The paths in a row's first cell; a bare name after a path is that path's sibling. */
const named = rows.flatMap((line) => {
  const cell = line.split(' | ')[0];
  const paths = [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
  return paths.map((p, i) => (i > 0 && !p.includes('/') && paths[0].includes('/') ? `${paths[0].replace(/[^/]+\/?$/, '')}${p}` : p));
});
const tracked = execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' }).trim().split('\n');

test('every path the Layout table names exists', () => {
  assert.ok(named.length > 20, `${named.length} paths`);
  for (const file of named) assert.ok(existsSync(path(file)), `${file} is in the Layout table but not in the tree`);
});

test('every folder a newcomer opens is in the Layout table', () => {
  const folders = new Set(
    tracked
      .filter((file) => !file.startsWith('.') && file.includes('/'))
      .flatMap((file) => {
        const parts = file.split('/');
        const top = parts[0];
        if (['src', 'tests', 'scripts', 'sandbox', 'openapi', 'docs'].includes(top) && parts.length > 2) return [`${top}/${parts[1]}/`];
        return [`${top}/`];
      }),
  );
  const covered = (folder: string) => named.some((p) => p === folder || p.startsWith(folder));
  const missing = [...folders].filter((folder) => !covered(folder));
  assert.deepEqual(missing, [], 'folders the Layout table does not mention');
});
