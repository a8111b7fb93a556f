// The local search's index, as the build wrote it: what a reader can find. The plugin's
// ignoreCssSelectors (docusaurus.config.ts) keep out the reference pages' tab lists, which are
// strips of labels, the controls the Markdown copy skips, and code blocks; each response is
// indexed under its own heading (src/theme/StatusCodes).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { path } from '../../scripts/load.ts';
import { builtPage } from '../helpers/build.ts';
import { deref, spec } from '../helpers/spec.ts';

type Node = Record<string, any>;

/** One entry of the index: `t` its text, `u` its page, `h` its anchor, `s` its section's title. */
interface Doc {
  t: string;
  u: string;
  h?: string;
  s?: string;
}

const indexFiles = readdirSync(path('build')).filter((file) => /^search-index.*\.json$/.test(file));
const docs: Doc[] = indexFiles.flatMap((file) =>
  (JSON.parse(readFileSync(path(`build/${file}`), 'utf8')) as { documents: Doc[] }[]).flatMap((part) => part.documents),
);

const kebab = (id: string) => id.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
const operations = Object.values<Node>({ ...spec.paths, ...spec.webhooks }).flatMap((item) =>
  Object.values<Node>(item).map((op) => ({ page: `/rest/messaging/${kebab(op.operationId)}`, responses: op.responses as Node })),
);
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

test('the index was built, and holds every reference page', () => {
  assert.ok(indexFiles.length > 0 && docs.length > 100, `${indexFiles.length} index files, ${docs.length} documents`);
  for (const { page } of operations) assert.ok(docs.some((doc) => doc.u === page), page);
});

test('no document of the index is a strip of status codes', () => {
  const strips = docs.filter((doc) => /^\d{3}( \d{3})*$/.test(squash(doc.t)));
  assert.deepEqual(strips.map((doc) => `${doc.u}${doc.h ?? ''}: "${doc.t}"`), []);
});

test("no reference page's tab labels run into the index's text", () => {
  const found = operations.flatMap(({ page }) => {
    const $ = builtPage(`${page}/`);
    const strips = $('.theme-api-markdown [role="tablist"]')
      .toArray()
      .map((list) => $(list).find('[role="tab"]').toArray().map((tab) => squash($(tab).text())))
      .filter((labels) => labels.length > 1)
      .map((labels) => labels.join(' '));
    assert.ok(strips.length > 0, `${page} has tab lists`);
    return strips.flatMap((strip) => docs.filter((doc) => doc.u === page && squash(doc.t).includes(strip)).map(() => `${page}: "${strip}"`));
  });
  assert.deepEqual(found, []);
});

test("every response of every operation is found under its own heading, by its description's first sentence", () => {
  for (const { page, responses } of operations) {
    for (const [status, response] of Object.entries<Node>(responses)) {
      const title = `Response ${status}`;
      const heading = docs.find((doc) => doc.u === page && doc.t === title);
      assert.ok(heading, `${page}: no heading "${title}" in the index`);
      assert.equal(heading.h, '#responses', `${page}: "${title}" leads to the responses`);
      const first = squash(deref(response).description.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[`*]/g, '')).split(/(?<=\.) /)[0];
      const content = docs.find((doc) => doc.u === page && doc.s === title);
      assert.ok(content?.t.startsWith(first), `${page}: "${title}" holds "${first}", not "${content?.t.slice(0, 80)}"`);
    }
  }
});

test('no control label is indexed as text: "Copy link", "Copy page as Markdown"', () => {
  const labels = docs.filter((doc) => /Copy link|Copy page as Markdown|View as Markdown/.test(doc.t));
  assert.deepEqual(labels.map((doc) => `${doc.u}${doc.h ?? ''}`), []);
});

// Code blocks were a quarter of the index, which the search page and the search box download
// before their first answer. What a block names that a reader would search for is in the prose
// around it; the test's words come from both.
test('code blocks stay out of the index, and the names the prose gives are still found', () => {
  const $ = builtPage('/messaging/verify-callbacks/');
  const lines = $('article pre .token-line')
    .toArray()
    .map((line) => squash($(line).text()))
    .filter((line) => line.length > 40);
  assert.ok(lines.length > 20, `${lines.length} long code lines on the page`);
  const page = docs.filter((doc) => doc.u === '/messaging/verify-callbacks');
  const indexed = lines.filter((line) => page.some((doc) => squash(doc.t).includes(line)));
  assert.deepEqual(indexed, []);
  for (const name of ['X-SignalWire-Signature', 'SIGNALWIRE_SIGNING_KEY', 'validateRequest']) {
    assert.ok(page.some((doc) => doc.t.includes(name)), name);
  }
});
