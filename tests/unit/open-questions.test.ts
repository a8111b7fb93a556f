// The open-questions list and the pages stay in step: every <Unspecified> mark is listed once
// under a unique id, and every listed anchor is on its page, so an answer from the API team can
// be written back where the docs make their assumption.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { allMarks, checklist, idProblems, marksInCatalog, marksInMdx, routeOf, type Mark } from '../../scripts/marks.ts';
import { loadCatalog, path } from '../../scripts/load.ts';
import { codeAnchor, errorCodesPage, sandboxValuesAnchor, statusAnchor } from '../../openapi/site-paths.ts';

const marks = allMarks();
const list = checklist(marks);

/** The MDX files of the site, by route. */
const pages = new Map(
  readdirSync(path('docs'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.mdx') && !file.startsWith('rest/messaging/'))
    .map((file) => {
      const source = readFileSync(path(`docs/${file}`), 'utf8');
      return [routeOf(`docs/${file}`, source), source] as const;
    }),
);

test('the docs carry marks of both kinds, and each source of marks contributes', () => {
  assert.ok(marks.some((m) => m.reading !== undefined), 'no conflict is marked');
  assert.ok(marks.some((m) => m.reading === undefined), 'no silence is marked');
  for (const source of ['.mdx', 'openapi/paths/', 'openapi/error-catalog.yaml']) assert.ok(marks.some((m) => m.source.includes(source)), source);
});

test('every <Unspecified> id is unique, and an id shared with the spec or catalog keeps its topic', () => {
  assert.deepEqual(idProblems(marks), []);
});

test('every mark is in the checklist', () => {
  for (const m of marks) assert.ok(list.includes(`**${m.id}**`) && list.includes(m.source), m.id);
  const items = list.split('\n').filter((line) => line.startsWith('- [ ] '));
  assert.equal(items.length, new Set(marks.map((m) => m.id)).size);
});

test('every listed anchor is on its page', () => {
  const catalog = loadCatalog();
  const catalogAnchors = new Set([
    ...catalog.errors.map((e) => codeAnchor(e.code)),
    ...catalog.statuses.map((s) => statusAnchor(s.status)),
    sandboxValuesAnchor,
  ]);
  for (const m of marks) {
    const source = pages.get(m.page);
    if (m.source.startsWith('openapi/paths/')) {
      assert.match(m.page, /^\/rest\/messaging\/[a-z-]+\/$/, m.id);
      continue;
    }
    assert.ok(source, `${m.id}: no page at ${m.page}`);
    if (m.source.endsWith('.mdx')) assert.match(source, new RegExp(`<Unspecified\\s[^>]*\\bid="${m.anchor}"`), m.id);
    else {
      assert.equal(m.page, errorCodesPage);
      assert.ok(catalogAnchors.has(m.anchor), `${m.id}: #${m.anchor} is not rendered on the error-codes page`);
    }
  }
});

test('a page with two marks of one id, or a mark without a topic, is refused', () => {
  const page = '---\ntitle: T\n---\n\n<Unspecified id="a" topic="One">\n\nx\n\n</Unspecified>\n\n<Unspecified id="a" topic="One">\n\ny\n\n</Unspecified>\n';
  const twice: Mark[] = marksInMdx('docs/guides/messaging/t.mdx', page);
  assert.equal(twice[0].page, '/messaging/t/');
  assert.match(idProblems(twice).join('\n'), /a: two <Unspecified> marks/);
  assert.throws(() => checklist(twice), /in conflict/);
  assert.throws(() => marksInMdx('docs/guides/t.mdx', '<Unspecified id="b">'), /needs an id and a topic/);
  const otherTopic = [...marksInMdx('docs/guides/t.mdx', '<Unspecified id="c" topic="One">'), { ...twice[0], id: 'c', topic: 'Two', source: 'openapi/paths/x.yaml' }];
  assert.match(idProblems(otherTopic).join('\n'), /c: two topics/);
});

test('request codes without a published shape, and every delivery code, are listed', () => {
  const catalog = loadCatalog();
  const found = marksInCatalog(catalog);
  const shapes = found.find((m) => m.id === 'request-code-shapes')!.topic;
  for (const e of catalog.errors) {
    if (e.phase === 'request') assert.equal(shapes.includes(`\`${e.code}\``), !e.shape_published, e.code);
  }
  const published = catalog.errors.filter((e) => e.phase === 'request' && e.shape_published).map((e) => e.code).sort();
  assert.deepEqual(published, ['body_must_be_empty', 'cannot_redact_in_progress_message', 'datetime_required', 'exceeds_history_logs_limit', 'invalid_from_number']);
});
