// The Markdown gates for the built copies (tests/markdown-gates): a clean set of copies passes, and
// each gate fails on a copy that breaks it, so a rule or config change that silently turns a gate
// off is caught here. The copies are written to a temporary build folder, laid out as the plugin
// lays out build/.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { builtMarkdownFiles, lintMarkdown, type Problem } from '../markdown-gates/lint.ts';
import { anchorsOf } from '../markdown-gates/rules/lib/anchors.cjs';

const build = mkdtempSync(join(tmpdir(), 'markdown-gates-'));
after(() => rmSync(build, { recursive: true, force: true }));

function write(file: string, lines: string[]): string {
  const path = join(build, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, lines.join('\n'));
  return path;
}

// Files of the build that are not copies, for links to reach.
write('index.html', ['<!doctype html>', '']);
write('openapi/messaging.yaml', ['openapi: 3.1.0', '']);

const clean = [
  write('index.md', [
    '# SignalWire Messaging',
    '',
    'Start with [Send your first SMS](./messaging/quickstart.md), then read the',
    '[error codes](./rest/overview/error-codes.md#body_or_media_required) and the',
    '[spec](./openapi/messaging.yaml). The [home page](./) is this folder.',
    '',
  ]),
  write('messaging/quickstart.md', [
    '# Send your first SMS',
    '',
    'Send `body` for an SMS; the answer holds the `id`s of the new message. **Note:** it is queued.',
    '',
    '## Send',
    '',
    '### Retry',
    '',
    'See [Handle errors](./errors.md#retry), the [second retry](#retry-1) and',
    '[HTTP 400](../rest/overview/error-codes.md#http-400-bad-request), or the [spec](../openapi/messaging.yaml).',
    '',
    '## Receive',
    '',
    '### Retry',
    '',
    '- **to** (string, required): the number to send to.',
    '- **from** (`string`, required): a number of the project.',
    '',
    'Outside the site: [SignalWire](https://signalwire.com/) and <https://example.com/>.',
    '',
  ]),
  write('messaging/errors.md', [
    '# Handle errors',
    '',
    '## Retry',
    '',
    'Code is copied as it is, so none of this is reported:',
    '',
    '```html',
    '# Not a heading',
    '<!-- a comment --> &amp; &nbsp; <b>bold</b>**to**string',
    '```',
    '',
    'Nor is `&amp;` in a code span.',
    '',
  ]),
  write('rest/overview/error-codes.md', [
    '# Error codes',
    '',
    '## `body_or_media_required`',
    '',
    'A request with neither [body nor media](../../messaging/quickstart.md).',
    '',
    '## HTTP 400: _Bad Request_',
    '',
    'The request could not be read.',
    '',
  ]),
];

/** The problems of one copy (in the temporary build, next to the clean ones). */
async function problemsOf(file: string, lines: string[]): Promise<Problem[]> {
  return lintMarkdown([write(file, ['# A broken copy', '', ...lines, ''])]);
}

/** Asserts that the gates report `rule`, and nothing else, on the copy. */
function assertOnly(problems: Problem[], rule: string, detail?: RegExp) {
  assert.ok(problems.length > 0, `${rule} reported nothing`);
  assert.deepEqual(
    problems.filter((p) => p.rule !== rule),
    [],
    `only ${rule} should report`,
  );
  if (detail) assert.match(problems[0].detail, detail);
}

test('builtMarkdownFiles lists every copy in the build, and nothing else', () => {
  assert.deepEqual(builtMarkdownFiles(build), [...clean].sort());
});

test('a clean set of copies passes every gate', async () => {
  assert.deepEqual(await lintMarkdown(clean), []);
});

test('anchors are github-slugger slugs of the ATX headings, markup stripped, duplicates numbered', () => {
  const markdown = [
    '# Retry',
    '## Retry',
    '## `body_or_media_required` ##',
    '### Send _now_, with [a link](https://example.com/) &amp; **more**',
    '```',
    '# Not a heading',
    '```',
    '## Retry',
  ].join('\n');
  assert.deepEqual(anchorsOf(markdown), ['retry', 'retry-1', 'body_or_media_required', 'send-now-with-a-link--more', 'retry-2']);
});

test('no-html-comments: an HTML comment fails', async () => {
  assertOnly(await problemsOf('broken/comment.md', ['**Example:**<!-- --> `+15551234567`']), 'no-html-comments', /<!-- -->/);
});

test('no-html-comments: an inline markdownlint-disable comment silences no gate', async () => {
  const problems = await problemsOf('broken/disable.md', ['<!-- markdownlint-disable MD033 -->', '', 'Line<br>break']);
  assert.deepEqual(problems.map((p) => p.rule).sort(), ['MD033', 'no-html-comments']);
});

test('no-html-entities: a character reference fails', async () => {
  assertOnly(await problemsOf('broken/entity.md', ['**Example:&#x20;**`+15551234567` and AT&amp;T']), 'no-html-entities', /&#x20;/);
});

test('name-run-into-type: a field name run into its type fails', async () => {
  const problems = await problemsOf('broken/run-in.md', ['- **to**stringrequired', '- **Example:**`+15551234567`']);
  assertOnly(problems, 'name-run-into-type', /"\*\*to\*\*" runs into "stringrequired"/);
  assert.equal(problems.length, 2);
});

test('relative-link-target: a relative link to a missing copy fails', async () => {
  assertOnly(
    await problemsOf('broken/missing-copy.md', ['See [the guide](../messaging/missing.md).']),
    'relative-link-target',
    /Link "\.\.\/messaging\/missing\.md" reaches no file: .*messaging\/missing\.md does not exist/,
  );
});

test('relative-link-anchor: a link to an existing copy with a missing anchor fails', async () => {
  assertOnly(
    await problemsOf('broken/missing-anchor.md', ['See [retries](../messaging/errors.md#retries).']),
    'relative-link-anchor',
    /Link "\.\.\/messaging\/errors\.md#retries": .*messaging\/errors\.md has no heading with the anchor "#retries"/,
  );
});

test('relative-link-target: a relative link to a missing file that is not a copy fails', async () => {
  assertOnly(
    await problemsOf('broken/missing-file.md', ['Download [the spec](../openapi/messaging.json).']),
    'relative-link-target',
    /Link "\.\.\/openapi\/messaging\.json" reaches no file/,
  );
});

test('relative-link-target: a folder without an index.html and a root-relative link fail', async () => {
  write('messaging/assets/logo.svg', ['<svg/>']);
  const problems = await problemsOf('broken/folder.md', ['[Assets](../messaging/assets/) and ![logo](/img/logo.svg)']);
  assertOnly(problems, 'relative-link-target', /folder .*messaging\/assets, which has no index\.html/);
  assert.match(problems[1].detail, /Link "\/img\/logo\.svg" is root-relative/);
});

test('MD051, not our rules, reports a bare fragment that names no heading, once', async () => {
  assertOnly(await problemsOf('broken/fragment.md', ['See [below](#nowhere).']), 'MD051');
});

test('no-absolute-self-links: an absolute link into the site fails', async () => {
  assertOnly(
    await problemsOf('broken/absolute.md', ['See [Handle errors](https://developer.signalwire.com/messaging/errors.md).']),
    'no-absolute-self-links',
    /Link "https:\/\/developer\.signalwire\.com\/messaging\/errors\.md" is an absolute link into the site/,
  );
});

test('MD033: inline HTML fails', async () => {
  assertOnly(await problemsOf('broken/html.md', ['**400**<br />Bad Request']), 'MD033', /Element: br/);
});
