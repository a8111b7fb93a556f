// These are SignalWire's own docs: they say what is specified and what is not, never "the sources
// do not say" as if written from outside. Every rendered text is checked: the pages, the spec's
// descriptions, the catalog, and the components' own words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { path } from '../../scripts/load.ts';

export const outsiderPhrases = [
  /\bthe sources\b/i,
  /\bsources (do not|don't|disagree|say|name|define|publish)/i,
  /\bpages disagree\b/i,
  /\b(does|do) not publish\b/i,
  /\bnot published\b/i,
  /\bunpublished\b/i,
  /\bpublishes (no|neither)\b/i,
  /\bno public source\b/i,
  /\bSignalWire does not say\b/i,
  /\bThe API does not say\b/i,
];

const files = (dir: string, ext: RegExp) =>
  readdirSync(path(dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => ext.test(file))
    .map((file) => `${dir}/${file}`)
    .filter((file) => !file.startsWith('docs/rest/messaging/'));

const checked = [
  ...files('docs', /\.mdx?$/),
  ...files('openapi', /\.(ya?ml|json)$/),
  ...files('src/components', /\.(tsx?|css)$/),
];

function hits(text: string): string[] {
  return text.split('\n').flatMap((line, i) => outsiderPhrases.filter((re) => re.test(line)).map((re) => `${i + 1}: ${re} in "${line.trim()}"`));
}

test('no page, spec description, catalog text or component speaks of the docs from outside', () => {
  assert.ok(checked.length > 30, 'the file lists came back short');
  const found = checked.flatMap((file) => hits(readFileSync(path(file), 'utf8')).map((hit) => `${file}:${hit}`));
  assert.deepEqual(found, []);
});

test("the phrases are caught wherever they are written, and the docs' own wording is not", () => {
  for (const line of ['The sources do not say whether a message can exist.', 'SignalWire does not publish the limit.', 'body: unpublished', 'No public source says so.'])
    assert.ok(hits(line).length > 0, line);
  assert.equal(hits('Not specified: the limit; the sandbox answers 365 days.').length, 0);
});
