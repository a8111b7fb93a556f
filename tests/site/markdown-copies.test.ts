// The Markdown copies, llms.txt and llms-full.txt of the production build, as an agent reads them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCatalog, path } from '../../scripts/load.ts';
import { markdownPath } from '../../src/plugins/markdown-copies/markdown-path.ts';
import { operationsOf, type Spec } from '../../src/plugins/markdown-copies/operation-document.ts';
import sidebars from '../../sidebars.ts';
import { builtPage } from '../helpers/build.ts';
import { mediaExamples, spec } from '../helpers/spec.ts';
import { llmsTxtProblems, operationCopyProblems, redoclyLint, requestFields, yamlBlock } from '../markdown-gates/copies.ts';
import { builtMarkdownFiles, lintMarkdown } from '../markdown-gates/lint.ts';

const site = 'https://developer.signalwire.com';
const read = (file: string) => readFileSync(path(`build${file}`), 'utf8');
const llms = read('/llms.txt');
const full = read('/llms-full.txt');
const sitemap = read('/sitemap.xml');
const pages = [...sitemap.matchAll(/<loc>https:\/\/developer\.signalwire\.com([^<]*)<\/loc>/g)].map((m) => m[1].replace(/([^/])$/, '$1/'));
const tagPages = ['/rest/messaging/messages/', '/rest/messaging/message-logs/'];
const places = operationsOf(spec as Spec);
/** The reference page of an operation, found by its title in the built HTML. */
const referencePages = pages.filter((page) => page.startsWith('/rest/messaging/') && !tagPages.includes(page));
const copyOf = (page: string) => read(markdownPath(page));
const pageOf = (summary: string) => {
  const found = referencePages.find((page) => copyOf(page).startsWith(`# ${summary}\n`));
  assert.ok(found, `no reference copy is titled "${summary}"`);
  return found;
};

test('every page but search has a Markdown copy, and its HTML links to it', () => {
  assert.ok(pages.length > 15, `${pages.length} pages`);
  for (const page of pages.filter((p) => p !== '/search/')) {
    assert.ok(existsSync(path(`build${markdownPath(page)}`)), `${page}: no ${markdownPath(page)}`);
    const links = builtPage(page)('head link[rel="alternate"][type="text/markdown"]');
    assert.equal(links.length, 1, page);
    assert.equal(links.attr('href'), markdownPath(page), page);
  }
  assert.ok(!existsSync(path('build/search.md')), 'the search page has no text to copy');
});

test('the send-message copy is written from the spec: title, URL, credentials, fields, responses', () => {
  const markdown = copyOf('/rest/messaging/send-message/');
  assert.match(markdown, /^# Send a message\n/);
  assert.ok(markdown.includes('`POST https://{space}.signalwire.com/api/messaging/messages`'));
  assert.match(markdown, /## Authentication\n\nHTTP Basic authentication[\s\S]*\*\*Messaging\*\*\s+scope/);
  assert.ok(markdown.includes('- **to** (string, required): '));
  assert.ok(markdown.includes('A `+` followed by 5 to 17 digits, or `988` with or without the `+`. Otherwise: [`invalid_number_format`](../overview/error-codes.md#invalid_number_format).'));
  assert.ok(markdown.includes('Each item: not on `localhost`'), 'the rule of a `not` is in words');
  assert.ok(!/\^\(|\\\+|\[0-9\]/.test(markdown.replace(/```yaml[\s\S]*?```/, '')), 'no regular expression outside the YAML block');
  for (const status of ['201 Created', '400 Bad Request', '401 Unauthorized', '403 Forbidden', '422 Unprocessable Entity', '429 Too Many Requests', '500 Internal Server Error']) {
    assert.ok(markdown.includes(`\n### ${status}\n`), status);
  }
});

test('each operation copy has every request field with its type and presence, and its own OpenAPI document', () => {
  assert.equal(places.length, 5);
  for (const place of places) {
    const page = pageOf(String(place.operation.summary));
    assert.deepEqual(operationCopyProblems(copyOf(page), spec as Spec, place), [], page);
    assert.ok(requestFields(spec as Spec, place).length > 0 || place.method === 'get', page);
  }
});

test('Redocly lints every operation document of the copies clean', () => {
  const dir = mkdtempSync(join(tmpdir(), 'operation-documents-'));
  const files = referencePages
    .filter((page) => yamlBlock(copyOf(page)))
    .map((page) => {
      const file = join(dir, `${page.split('/').at(-2)}.yaml`);
      writeFileSync(file, yamlBlock(copyOf(page))!);
      return file;
    });
  assert.equal(files.length, places.length);
  const { ok, output } = redoclyLint(files);
  assert.ok(ok, output);
});

test('markdownlint and our gates pass on every copy of the build', async () => {
  const files = builtMarkdownFiles(path('build'));
  assert.ok(files.length >= pages.length - 1, `${files.length} copies`);
  assert.deepEqual(await lintMarkdown(files), []);
  for (const file of files) {
    const empty = readFileSync(file, 'utf8').split('\n').findIndex((line) => /^\s*[-*]\s*$/.test(line));
    assert.equal(empty, -1, `${file}:${empty + 1}: an empty list item`);
  }
});

test('llms.txt lists guides, then the reference, then the error codes, each page once with its description', () => {
  const guideIds = (sidebars.guides as { link?: { id: string }; items?: string[] }[])[0];
  const guidePaths = [`/${guideIds.link!.id.replace(/index$/, '')}`, ...guideIds.items!.map((id) => `/${id}/`)];
  const expected = {
    Guides: guidePaths.map((page) => ({ title: page, url: `${site}${markdownPath(page)}` })),
    'API reference': referencePages.map((page) => ({ title: page, url: `${site}${markdownPath(page)}` })),
    'Error codes': [{ title: 'Error codes', url: `${site}/rest/overview/error-codes.md` }],
  };
  // Matched on the link only: a description may say "search".
  assert.deepEqual(llmsTxtProblems(llms, expected, /\]\([^)]*(\/search\b|\/messages\.md|\/message-logs\.md)\)/), []);
  const guideUrls = [...llms.split('## API reference')[0].matchAll(/\]\((https:[^)]+)\)/g)].map((m) => m[1]).filter((url) => !url.endsWith('llms-full.txt'));
  assert.deepEqual(guideUrls, expected.Guides.map((page) => page.url), 'guides in the sidebar order');
  assert.ok(llms.includes('- [Send a message](https://developer.signalwire.com/rest/messaging/send-message.md): Queue an SMS or MMS for delivery from a number your project purchased.'));
});

test('llms-full.txt holds every listed page, in order, with absolute links', () => {
  const listed = [...llms.matchAll(/^- \[[^\]]+\]\((https:[^)]+\.md)\)/gm)].map((m) => m[1]);
  let at = 0;
  for (const url of listed) {
    const title = copyOf(url.slice(site.length).replace(/\.md$/, '/').replace(/^\/index\/$/, '/')).split('\n')[0];
    const found = full.indexOf(`\n${title}\n`, at);
    assert.ok(found > at, `${title} (${url}) is not in llms-full.txt after the page before it`);
    at = found;
  }
  const prose = full.replace(/^```[\s\S]*?^```$/gm, '');
  assert.ok(!/\]\((?!https?:)[^)]+\)/.test(prose), 'a relative link in llms-full.txt');
});

test('an agent with only llms-full.txt has every field, rule, code and example', () => {
  for (const place of places) {
    for (const field of requestFields(spec as Spec, place)) assert.ok(full.includes(`**${field.name}** (${field.type}`), `${place.operation.operationId}: ${field.name}`);
  }
  for (const rule of JSON.stringify(spec).match(/"x-rule":"((?:[^"\\]|\\.)*)"/g) ?? []) {
    const words = JSON.parse(`{${rule}}`)['x-rule'] as string;
    assert.ok(full.includes(words.slice(1)), words);
  }
  for (const entry of loadCatalog().errors) {
    assert.ok(full.includes(`### \`${entry.code}\``), `${entry.code}: no heading`);
    assert.ok(full.includes(entry.message), `${entry.code}: no message`);
  }
  for (const example of mediaExamples()) {
    assert.ok(full.includes(JSON.stringify(example.value, null, 2)), `${example.where} ${example.name}`);
  }
});

test('error-codes.md anchors each code by its own name, with its meaning, cause, fix and retry advice', () => {
  const markdown = copyOf('/rest/overview/error-codes/');
  for (const entry of loadCatalog().errors) {
    const at = markdown.indexOf(`\n### \`${entry.code}\`\n`);
    assert.ok(at > 0, entry.code);
    const section = markdown.slice(at, markdown.indexOf('\n### ', at + 5));
    for (const text of [entry.description.split('\n')[0], entry.causes[0], entry.fixes[0]]) {
      assert.ok(section.replace(/\s+/g, ' ').includes(text.replace(/\s+/g, ' ').slice(0, 40)), `${entry.code}: ${text}`);
    }
    assert.match(section, /Retry/i, entry.code);
  }
});

test("guides' copies keep each code tab as a labelled block, and the diagrams as Mermaid", () => {
  const quickstart = copyOf('/messaging/quickstart/');
  const labels = ['curl', 'Node.js', 'Python', 'Go', 'Ruby', 'PHP', 'Java', 'C#'];
  const fences = ['bash', 'javascript', 'python', 'go', 'ruby', 'php', 'java', 'csharp'];
  let at = 0;
  for (const [i, label] of labels.entries()) {
    const block = new RegExp(`\\*\\*${label.replace(/[.#]/g, '\\$&')}:\\*\\*\\n\\n\`\`\`${fences[i]}(?: title="[\\w.-]+")?\\n`, 'g');
    block.lastIndex = at;
    const found = block.exec(quickstart);
    assert.ok(found, `${label}: no labelled ${fences[i]} block after offset ${at}`);
    at = found.index;
  }
  assert.ok(quickstart.includes(readFileSync(path('samples/send-sms/send_sms.py'), 'utf8').trim()), 'the Python sample, exactly');
  for (const guide of ['statuses', 'status-callbacks']) {
    const source = readFileSync(path(`docs/guides/messaging/${guide}.mdx`), 'utf8');
    const diagrams = [...source.matchAll(/```mermaid\n([\s\S]*?)```/g)].map((m) => m[1]);
    assert.ok(diagrams.length > 0, guide);
    for (const diagram of diagrams) assert.ok(copyOf(`/messaging/${guide}/`).includes(`\`\`\`mermaid\n${diagram}\`\`\``), `${guide}: a diagram`);
  }
  const segments = copyOf('/messaging/segments/');
  assert.match(segments, /calculator[^\n]*\]\(\.\/segments\/#[a-z-]+\)/i, 'the calculator: a sentence and a link to the HTML page');
  assert.ok(!/\n- (Body|curl|Node\.js)\n- /.test(quickstart), 'no bare list of tab labels');
});
