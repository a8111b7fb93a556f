// The finder of repeated sentences and phrases that tests/site/repeated-sentences.test.ts runs
// over the build: what it counts as the same words, and that it fails on a repeat.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { phrases, repeated, sentences } from '../helpers/repeated-sentences.ts';

test('sentences are compared without Markdown, case or link targets, and code blocks are not prose', () => {
  const page = [
    'A message that stays `sent` is **not** lost, so [do not](/a/) send it again.',
    '',
    '- a message that stays sent is not lost, so do not send it again.',
    '',
    '```text',
    'A message that stays sent is not lost, so do not send it again.',
    '```',
    '| `sent` | A message that stays sent is not lost, so do not send it again. |',
    'Too short to count.',
  ].join('\n');
  assert.deepEqual(sentences(page), Array(3).fill('a message that stays sent is not lost, so do not send it again.'));
  assert.equal(repeated({ page: sentences(page) }, 2).length, 1, 'said three times: one repeat');
  assert.equal(repeated({ page: sentences(page) }, 3).length, 0, 'within a limit of three');
});

test('a fact told again in other words is found by the runs of words it keeps', () => {
  const pages = {
    one: 'Some carriers never do, and an MMS never gets one, so it can end at `sent`.',
    two: 'A message that stays `sent` is not an error: an MMS never gets one.',
    three: 'Delivery needs a receipt, and an MMS never gets one.',
  };
  const found = repeated(Object.fromEntries(Object.entries(pages).map(([page, text]) => [page, phrases(text, 5)])), 2);
  assert.deepEqual(
    found.map((repeat) => [repeat.text, [...repeat.pages.keys()]]),
    [['an mms never gets one', ['one', 'two', 'three']]],
  );
});

test('runs with a number in them are not prose, and runs do not cross sentences', () => {
  assert.deepEqual(phrases('Start it at http://127.0.0.1:4010 now.', 3), ['start it at', 'it at http']);
  assert.deepEqual(phrases('One two three. Four five six.', 3), ['one two three', 'four five six']);
});
