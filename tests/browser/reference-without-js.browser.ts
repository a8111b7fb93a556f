// The reference pages as the server sends them: every field, response, error code and example
// readable with JavaScript off (as a crawler, the local search index and the Markdown copies see
// them), and the same markup taken over by React without a hydration error when it is on.
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { path } from '../../scripts/load.ts';
import { site, withPage } from '../helpers/browser.ts';
import { deref, spec } from '../helpers/spec.ts';

type Node = Record<string, any>;

interface Operation {
  page: string;
  fields: Set<string>;
  statuses: string[];
  examples: string[];
  errorCodes: Set<string>;
}

/** Every property name a schema can hold, nested objects, arrays and conditional branches included. */
function fieldNames(schema: Node | undefined, into = new Set<string>(), seen = new Set<Node>()): Set<string> {
  const node = schema && deref(schema);
  if (!node || typeof node !== 'object' || seen.has(node)) return into;
  seen.add(node);
  for (const [name, child] of Object.entries<Node>(node.properties ?? {})) {
    into.add(name);
    fieldNames(child, into, seen);
  }
  for (const key of ['items', 'if', 'then', 'else', 'additionalProperties']) fieldNames(node[key], into, seen);
  for (const key of ['allOf', 'anyOf', 'oneOf']) for (const branch of node[key] ?? []) fieldNames(branch, into, seen);
  return into;
}

const kebab = (id: string) => id.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

const operations: Operation[] = Object.values<Node>({ ...spec.paths, ...spec.webhooks }).flatMap((item) =>
  Object.values<Node>(item).map((op) => {
    const bodies = [op.requestBody, ...Object.values<Node>(op.responses ?? {})].map((b) => b && deref(b)).filter(Boolean);
    const media = bodies.map((b) => b.content?.['application/json']).filter(Boolean);
    const examples = media.flatMap((m) => Object.values<Node>(m.examples ?? {}).map((e) => deref(e)));
    const fields = new Set<string>();
    for (const m of media) fieldNames(m.schema, fields);
    for (const p of op.parameters ?? []) fields.add(deref(p).name);
    return {
      page: `/rest/messaging/${kebab(op.operationId)}/`,
      fields,
      statuses: Object.keys(op.responses ?? {}),
      examples: examples.map((e) => e.summary),
      errorCodes: new Set(examples.flatMap((e) => (e.value?.errors ?? []).map((error: Node) => error.code))),
    };
  }),
);

// The walk finds its pages and its expectations in the spec: it must land on published pages
// and expect something on each, or the tests below would pass on nothing.
test('every page the walk visits is published, and has fields and responses to show', () => {
  const sitemap = readFileSync(path('build/sitemap.xml'), 'utf8');
  for (const operation of operations) {
    assert.ok(sitemap.includes(`${operation.page.replace(/\/$/, '')}</loc>`), `${operation.page} is in the sitemap`);
    assert.ok(operation.fields.size > 0 && operation.statuses.length > 0, `${operation.page} has fields and responses`);
  }
  assert.ok(operations.some((operation) => operation.errorCodes.size > 0), 'some example names error codes');
});

for (const operation of operations) {
  test(`${operation.page} shows every field, response, error code and example with JavaScript off`, () =>
    withPage({ noJavaScript: true }, async (page) => {
      const response = await page.goto(site.url + operation.page);
      assert.equal(response?.status(), 200);
      const main = page.locator('main');
      assert.equal(await page.locator('.openapi-skeleton:visible').count(), 0, 'no skeleton stands in for content');

      // Nested objects come collapsed, in native <details> a reader opens without JavaScript too.
      for (let closed = main.locator('details:not([open]) > summary:visible'); await closed.count(); ) {
        await closed.first().click();
      }
      const shownFields = new Set(await main.locator('.openapi-schema__property:visible').allInnerTexts());
      const missing = [...operation.fields].filter((field) => !shownFields.has(field));
      assert.deepEqual(missing, [], 'every field of every body and parameter is shown');

      for (const status of operation.statuses) {
        await main.getByText(`Response ${status}`, { exact: true }).waitFor({ state: 'visible', timeout: 10_000 });
      }
      const text = await main.innerText();
      for (const summary of operation.examples) assert.ok(text.includes(summary), `example "${summary}" is shown`);
      for (const code of operation.errorCodes) {
        assert.ok(await main.locator(`a[href="/rest/overview/error-codes/#${code}"]:visible`).count(), `${code} is linked`);
      }
      // Without JavaScript the console cannot run; the panel says so instead of shimmering forever.
      const note = await page
        .locator('.openapi-right-panel__container')
        .evaluate((el) => getComputedStyle(el, '::before').content);
      assert.match(note, /need JavaScript/);
    }));
}

test('with JavaScript on, React takes the server markup over without an error and tabs work again', () =>
  withPage({}, async (page) => {
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    await page.goto(site.url + '/rest/messaging/send-message/');
    await page.getByRole('button', { name: /send api request/i }).waitFor();
    const main = page.locator('main');
    assert.equal(await main.getByText('Response 201', { exact: true }).isVisible(), false, 'the tab says the status');
    await main.getByRole('tab', { name: '422', exact: true }).click();
    await main.locator('a[href="/rest/overview/error-codes/#body_or_media_required"]:visible').first().waitFor();
    assert.equal(await main.getByText('The request body is not JSON', { exact: false }).first().isVisible(), false);
    assert.deepEqual(problems, []);
  }));
