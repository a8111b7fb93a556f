// Each check on the Markdown copies fails on a copy broken the way it guards against, so a pass on
// the build means something. The copies here are written from the spec as the build writes them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { operationMarkdown } from '../../src/plugins/markdown-copies/from-spec.ts';
import { constraintWords } from '../../src/plugins/markdown-copies/schema-words.ts';
import { operationsOf, type Spec } from '../../src/plugins/markdown-copies/operation-document.ts';
import { llmsTxtProblems, operationCopyProblems, redoclyLint, yamlBlock } from '../markdown-gates/copies.ts';
import { spec } from '../helpers/spec.ts';

const place = operationsOf(spec as Spec).find((p) => p.operation.operationId === 'sendMessage')!;
const copy = operationMarkdown(spec as Spec, place).markdown;

test('the send-message copy as written passes the field and YAML checks', () => {
  assert.deepEqual(operationCopyProblems(copy, spec as Spec, place), []);
});

test('a field left out, or its type or presence lost, fails the field check', () => {
  const problems = operationCopyProblems(copy.replace(/^- \*\*status_callback\*\*.*$/m, ''), spec as Spec, place);
  assert.deepEqual(problems, ['status_callback: no entry "- **status_callback** (string, optional)"']);
  assert.equal(operationCopyProblems(copy.replace('- **to** (string, required)', '- **to**stringrequired'), spec as Spec, place).length, 1);
  assert.equal(operationCopyProblems(copy.replace('- **from** (string, required)', '- **from** (string, optional)'), spec as Spec, place).length, 1);
});

test('a YAML block that is missing, does not parse, holds a $ref or another operation fails', () => {
  const yaml = yamlBlock(copy)!;
  assert.deepEqual(operationCopyProblems(copy.replace(/```yaml[\s\S]*?```/, ''), spec as Spec, place), ['no YAML block']);
  assert.match(operationCopyProblems(copy.replace(yaml, `${yaml}\n  : [`), spec as Spec, place).join(), /does not parse/);
  assert.match(operationCopyProblems(copy.replace(yaml, yaml.replace('operationId: sendMessage', 'operationId: sendMessage\n      x-see:\n        $ref: "#/components/schemas/Message"')), spec as Spec, place).join(), /\$ref/);
  assert.match(operationCopyProblems(copy.replace(yaml, yaml.replace('operationId: sendMessage', 'operationId: redactMessage')), spec as Spec, place).join(), /holds redactMessage/);
});

test('Redocly refuses an operation document that breaks the spec rules', () => {
  const dir = mkdtempSync(join(tmpdir(), 'operation-document-'));
  const good = join(dir, 'good.yaml');
  const broken = join(dir, 'broken.yaml');
  writeFileSync(good, yamlBlock(copy)!);
  writeFileSync(broken, yamlBlock(copy)!.replace(/^ {6}summary: Send a message\n/m, ''));
  // One run for both, since Redocly takes seconds to start: it lists each file's problems under
  // a line naming the file.
  const verdict = redoclyLint([good, broken]);
  assert.ok(!verdict.ok);
  const problems = (file: string) => verdict.output.match(new RegExp(`${file}:\\n((?: +\\d+:\\d+ .*\\n)+)`))?.[1] ?? '';
  assert.equal(problems('good.yaml'), '', verdict.output);
  assert.match(problems('broken.yaml'), /error +operation-summary /, verdict.output);
});

test('a pattern with no words, or a keyword the renderer cannot put into words, stops the build', () => {
  assert.throws(() => constraintWords({ type: 'string', pattern: '^a$' }, 'to'), /to: the pattern \^a\$ has no x-rule/);
  assert.throws(() => constraintWords({ oneOf: [] }, 'media'), /media: oneOf is not put into words/);
  assert.deepEqual(constraintWords({ type: 'string', maxLength: 3, 'x-max-bytes': 9 }, 'x'), ['At most 3 characters.', 'At most 9 bytes in UTF-8.']);
  assert.deepEqual(constraintWords({ type: 'string', maxLength: 0 }, 'body'), ['Empty: `""`.']);
});

const url = (page: string) => `https://example.com${page}.md`;
const expected = {
  Guides: [{ title: 'Quickstart', url: url('/messaging/quickstart') }],
  'API reference': [{ title: 'Send a message', url: url('/rest/messaging/send-message') }],
  'Error codes': [{ title: 'Error codes', url: url('/rest/overview/error-codes') }],
};
const good = `# Docs

> Summary

## Guides

- [Quickstart](${url('/messaging/quickstart')}): Send one SMS.

## API reference

- [Send a message](${url('/rest/messaging/send-message')}): Queue an SMS or MMS.

## Error codes

- [Error codes](${url('/rest/overview/error-codes')}): Every code.
`;
const forbidden = /search|\/messages\.md/;

test('llms.txt as written passes; out of order, a page twice or missing, no description, or a search page fails', () => {
  assert.deepEqual(llmsTxtProblems(good, expected, forbidden), []);
  const reordered = good.replace(/## Guides\n\n.*\n\n(## API reference\n\n.*\n\n)/, '$1## Guides\n\n- [Quickstart](https://example.com/messaging/quickstart.md): Send one SMS.\n\n');
  assert.match(llmsTxtProblems(reordered, expected, forbidden).join(), /sections are API reference, Guides/);
  assert.match(llmsTxtProblems(`${good}- [Quickstart](${url('/messaging/quickstart')}): Again.\n`, expected, forbidden).join(), /listed 2 times/);
  assert.match(llmsTxtProblems(good.replace(/- \[Send a message.*\n/, ''), expected, forbidden).join(), /send-message\.md is listed 0 times/);
  assert.match(llmsTxtProblems(good.replace(': Every code.', ''), expected, forbidden).join(), /no description/);
  assert.match(llmsTxtProblems(`${good}- [Search](https://example.com/search.md): Find.\n`, expected, forbidden).join(), /should not be listed/);
});
