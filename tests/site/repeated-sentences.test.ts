// Each fact said once, where it belongs, and linked from elsewhere: the statuses guide for what a
// status means, the spec for what a field holds. Read over the build's Markdown copies, which
// hold what a reader sees, the text of components and the spec's descriptions included. "An MMS
// stays `sent`" had been told ten times on the statuses page and in nine guides, mostly in
// other words; the runs of words it kept ("and an MMS never gets one", 7 times) are what the
// phrase check below counts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { path } from '../../scripts/load.ts';
import { builtHtmlFiles, builtPage } from '../helpers/build.ts';
import { describeRepeat, phrases, repeated, sentences, type Repeat } from '../helpers/repeated-sentences.ts';

const copies = Object.fromEntries(
  readdirSync(path('build'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.md'))
    .map((file) => [file, readFileSync(path(`build/${file}`), 'utf8')]),
);
const guides = Object.fromEntries(Object.entries(copies).filter(([file]) => !file.startsWith('rest/')));

/** Sentences a page says once per entry of a list, each entry complete on its own. */
const perEntry: { page: RegExp; sentence: RegExp; why: string }[] = [
  {
    page: /^rest\/overview\/error-codes\.md$/,
    sentence: /^(returned|type and attribute|status undelivered|status failed|no): |^send the message again after a delay/,
    why: "each code's entry says when it is returned, what is specified of it and its retry advice",
  },
  {
    page: /^rest\/messaging\/[\w-]+\.md$/,
    sentence:
      /^(the body of a failed request whose status is not 422|there is no error code to branch on|error \(string, always present\): the http reason phrase|one of bad request, unauthorized)/,
    why: 'each error response of an operation lists its body in full, and 400, 401, 403, 404 and 500 share one',
  },
  {
    page: /^messaging\/errors\.md$/,
    sentence: /^at request time, in the errors of a 422 answer:$/,
    why: 'each retry group on the errors guide labels its request-time codes so',
  },
];
const excused = (repeat: Repeat) =>
  [...repeat.pages.keys()].every((page) => perEntry.some((entry) => entry.page.test(page) && entry.sentence.test(repeat.text)));

test('the build has Markdown copies of the guides and the reference to read', () => {
  assert.ok(Object.keys(guides).length > 10 && Object.keys(copies).length > Object.keys(guides).length + 5, Object.keys(copies).join(', '));
});

test('no page says a sentence of eight words or more more than twice, but for the entries of a list', () => {
  const found = Object.entries(copies).flatMap(([page, markdown]) => repeated({ [page]: sentences(markdown) }, 2));
  const unexcused = found.filter((repeat) => !excused(repeat));
  assert.deepEqual(unexcused.map(describeRepeat), []);
  // Every excuse is still needed: one that matches nothing would hide a new repeat in its place.
  for (const entry of perEntry) assert.ok(found.some((repeat) => excused(repeat) && [...repeat.pages.keys()].some((page) => entry.page.test(page))), entry.why);
});

test('the guides say no sentence of eight words or more more than twice between them', () => {
  const found = repeated(Object.fromEntries(Object.entries(guides).map(([page, markdown]) => [page, sentences(markdown)])), 2);
  assert.deepEqual(found.filter((repeat) => !excused(repeat)).map(describeRepeat), []);
});

test('the guides repeat no run of six words more than four times between them', () => {
  const found = repeated(Object.fromEntries(Object.entries(guides).map(([page, markdown]) => [page, phrases(markdown)])), 4);
  assert.deepEqual(found.map(describeRepeat), []);
});

// The spec's descriptions point to the guide that explains a fact; the guides' components show
// those descriptions, so the pointer must be a link there too, not Markdown shown as text.
test('no guide shows a Markdown link as text', () => {
  const guidePages = builtHtmlFiles().filter((file) => file.startsWith('messaging/'));
  assert.ok(guidePages.length > 10, `${guidePages.length} guide pages`);
  const found = guidePages.filter((file) => /\]\(\//.test(builtPage(`/${file}`)('main').text()));
  assert.deepEqual(found, []);
  const $ = builtPage('/messaging/quickstart/');
  const status = $('tr').filter((_, row) => $(row).find('td').first().text().trim() === 'status');
  assert.equal(status.find('a[href="/messaging/statuses/"]').length, 1, "the quickstart's status field links to the statuses guide");
});
