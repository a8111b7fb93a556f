// The reference renders the spec's Markdown with marked (src/theme/Markdown), which has neither
// the OpenAPI theme's `:::note` admonitions nor its highlighted code blocks. Text using them
// would reach readers as literal colons or plain code, so the spec may not use them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { marked } from 'marked';
import { spec } from '../helpers/spec.ts';

type Node = Record<string, any>;

function markdownTexts(node: unknown, at = '#', into: [string, string][] = []): [string, string][] {
  if (Array.isArray(node)) node.forEach((child, i) => markdownTexts(child, `${at}/${i}`, into));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node as Node)) {
      // `example`/`examples` values are data, not prose.
      if (key === 'example' || key === 'value') continue;
      if ((key === 'description' || key === 'summary') && typeof value === 'string') into.push([`${at}/${key}`, value]);
      else markdownTexts(value, `${at}/${key}`, into);
    }
  }
  return into;
}

const texts = markdownTexts(spec);

test('the spec has Markdown prose to check', () => {
  assert.ok(texts.length > 50, `found ${texts.length} descriptions and summaries`);
});

test('no description or summary uses an admonition or a fenced code block', () => {
  const offending = texts.filter(([, text]) => /^\s*(:::|```|~~~)/m.test(text)).map(([where]) => where);
  assert.deepEqual(offending, []);
});

test('marked renders the prose the spec uses: inline code, emphasis, links', () => {
  const html = texts.map(([, text]) => marked.parse(text, { async: false })).join('\n');
  assert.match(html, /<code>[a-z_]+<\/code>/);
  assert.match(html, /<a href="[^"]+">/);
  assert.doesNotMatch(html, /:::/);
});
