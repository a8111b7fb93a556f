// /llms.txt and a Markdown copy of every page, for AI assistants.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { loadCatalog, path } from '../../scripts/load.ts';
import { markdownPath } from '../../src/components/CopyMarkdown/paths.ts';
import { mediaExamples, spec } from '../helpers/spec.ts';

const llms = readFileSync(path('build/llms.txt'), 'utf8');
const sitemap = readFileSync(path('build/sitemap.xml'), 'utf8');
const pages = [...sitemap.matchAll(/<loc>https:\/\/developer\.signalwire\.com([^<]*)<\/loc>/g)].map((m) => m[1]).filter((p) => p !== '/search/' && p !== '/search');

test('every page of the sitemap has a Markdown copy, listed in llms.txt', () => {
  assert.ok(pages.length > 10, `${pages.length} pages`);
  for (const page of pages) {
    const file = markdownPath(page);
    assert.ok(existsSync(path(`build${file}`)), `${page}: no ${file}`);
    assert.ok(llms.includes(`https://developer.signalwire.com${file}`), `${page} is not in llms.txt`);
  }
});

test('the error codes copy holds every code with its message', () => {
  // Markdown escapes an underscore in text (`signalwire\_`); a reader sees the plain character.
  const markdown = readFileSync(path(`build${markdownPath('/rest/overview/error-codes/')}`), 'utf8').replace(/\\([_*])/g, '$1');
  for (const entry of loadCatalog().errors) {
    assert.ok(markdown.includes(entry.code) && markdown.includes(entry.message), entry.code);
  }
});

test('links in the Markdown copies point at other Markdown copies', () => {
  const markdown = readFileSync(path(`build${markdownPath('/messaging/quickstart/')}`), 'utf8');
  const internal = [...markdown.matchAll(/\]\((https:\/\/developer\.signalwire\.com[^)#]*)/g)].map((m) => m[1]);
  assert.ok(internal.length > 3);
  for (const link of internal) assert.match(link, /[^/]\.md$/, link);
});

test('the reference copy holds every request field and every error code the operation answers with', () => {
  const markdown = readFileSync(path(`build${markdownPath('/rest/messaging/send-message/')}`), 'utf8');
  const op = spec.paths['/api/messaging/messages'].post;
  for (const field of Object.keys(spec.components.schemas.SendMessageRequest.properties)) {
    assert.ok(markdown.includes(`**${field}**`), field);
  }
  const codes = mediaExamples()
    .filter((example) => example.where.startsWith('POST /api/messaging/messages '))
    .flatMap((example) => ((example.value as { errors?: { code: string }[] }).errors ?? []).map((e) => e.code));
  assert.ok(codes.length > 10 && op.responses['422']);
  for (const code of codes) assert.ok(markdown.includes(`error-codes.md#${code}`), code);
});
