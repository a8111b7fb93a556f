// The prose gates: markdownlint-cli2 (.markdownlint-cli2.jsonc) and cspell (cspell.json with
// project-words.txt). They must pass on the real docs, and must fail on a page that breaks them,
// so a config change that silently turns a gate off is caught here.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { path, root } from '../../scripts/load.ts';

const bin = (name: string) => path(`node_modules/.bin/${name}`);
const markdownlintConfig = path('.markdownlint-cli2.jsonc');
const cspellConfig = path('cspell.json');

// The same command lines as `npm run lint:markdown` and `npm run lint:spelling`.
const markdownlintArgs: string[] = [];
const cspellArgs = ['--no-progress', '--no-summary'];

// Asynchronous, so that the four runs below overlap: cspell alone takes several seconds to start.
// In `npm test` the lanes share two cores, and a clean-clone run once saw cspell over a minute:
// the limit is generous, and a run it stops says so instead of failing with no findings.
const limitMs = 180_000;
function run(command: string, args: string[], cwd: string): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, timeout: limitMs });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => resolve({ status: null, output: `${output}${error.message}` }));
    child.on('close', (status, signal) =>
      resolve({ status, output: signal ? `${output}\n${command} was stopped by ${signal} after ${limitMs / 1000} s.` : output }),
    );
  });
}

// A page that breaks both gates, in a temporary directory outside the repo's globs. Each tool runs
// from that directory: cspell skips files outside its working directory (its default --root).
const dir = mkdtempSync(join(tmpdir(), 'prose-gates-'));
const badPage = join(dir, 'bad-page.mdx');
writeFileSync(
  badPage,
  ['---', 'title: Bad page', '---', '', '# Bad page', '', '### Skipped a level', '', 'You recieve a status callback.', ''].join('\n'),
);

const runs = {
  markdownlint: run(bin('markdownlint-cli2'), markdownlintArgs, root),
  cspell: run(bin('cspell'), cspellArgs, root),
  // --no-globs: the project's rules, but not its `globs`, which would lint the real docs too.
  markdownlintBad: run(bin('markdownlint-cli2'), ['--config', markdownlintConfig, '--no-globs', badPage], dir),
  cspellBad: run(bin('cspell'), [...cspellArgs, '--config', cspellConfig, badPage], dir),
};
after(async () => {
  await Promise.allSettled(Object.values(runs));
  rmSync(dir, { recursive: true, force: true });
});

test('markdownlint-cli2 finds nothing in docs/ (generated reference excluded)', async () => {
  const { status, output } = await runs.markdownlint;
  assert.equal(status, 0, `markdownlint-cli2 findings:\n${output}`);
  assert.match(output, /Linting: [1-9]\d* file\(s\)/, 'markdownlint-cli2 linted no files');
});

test('cspell finds nothing in docs/, openapi/ and samples/', async () => {
  const { status, output } = await runs.cspell;
  assert.equal(status, 0, `cspell findings:\n${output}`);
});

test('project-words.txt is sorted, without duplicates or blank lines', () => {
  const words = readFileSync(path('project-words.txt'), 'utf8').split('\n');
  assert.equal(words.pop(), '', 'project-words.txt ends with a newline');
  assert.ok(words.every((word) => /^\S+$/.test(word)), 'one word per line, no blank lines');
  const sorted = [...words].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }));
  assert.deepEqual(words, sorted, 'project-words.txt is sorted (case-insensitive)');
  assert.equal(new Set(words.map((word) => word.toLowerCase())).size, words.length, 'no duplicates');
});

test('markdownlint-cli2 fails on a heading level jump', async () => {
  const { status, output } = await runs.markdownlintBad;
  assert.notEqual(status, 0, `markdownlint-cli2 passed a bad page:\n${output}`);
  assert.match(output, /bad-page\.mdx:7 error MD001\/heading-increment/);
});

test('cspell fails on a misspelling', async () => {
  const { status, output } = await runs.cspellBad;
  assert.notEqual(status, 0, `cspell passed a bad page:\n${output}`);
  assert.match(output, /bad-page\.mdx:9:\d+ - Unknown word \(recieve\)/);
});
