// The quickstart as a new reader meets it: the first thing it offers needs nothing installed, the
// path with a real Space names the refusals a new US sender meets first, each linked to its entry,
// and no reader page talks about the docs' own test runs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeLink } from '../../openapi/site-paths.ts';
import { loadCatalog } from '../../scripts/load.ts';
import { builtHtmlFiles, builtPage } from '../helpers/build.ts';

const $ = builtPage('/messaging/quickstart/');

test('the first step needs nothing installed: the reference console, answered in the browser', () => {
  const first = $('article h2').first();
  assert.match(first.text(), /nothing installed/i);
  const section = first.nextUntil('h2');
  assert.ok(section.find('a[href="/rest/messaging/send-message/"]').length > 0, 'it links the console');
  assert.doesNotMatch(section.text(), /npx|npm /, 'it asks for no install');
});

test("a Space's first refusals are named, each linked to its code, with 10DLC and toll-free verification", () => {
  const heading = $('article h2').filter((_, h) => /first send/i.test($(h).text()));
  assert.equal(heading.length, 1);
  const section = heading.nextUntil('h2');
  assert.match(section.text(), /10DLC campaign/);
  assert.match(section.text(), /toll-free verification/i);
  assert.match(section.text(), /Messaging Campaigns/);
  const codes = new Set(loadCatalog().errors.map((e) => e.code));
  for (const code of ['inactive_campaign', 'sending_restricted_to_verified', 'integration_test_verified_caller_required', 'pft_daily_limit_exceeded']) {
    assert.ok(codes.has(code), `${code} is in the catalog`);
    assert.ok(section.find(`a[href="${codeLink(code)}"]`).length > 0, `${code} is linked`);
  }
});

test('no reader page talks about the docs’ own test runs', () => {
  const selfReference = /on every change to these docs|docs[’'] own tests|tested against the test vector/i;
  const pages = builtHtmlFiles().filter((file) => file.startsWith('messaging/') || file.startsWith('rest/'));
  assert.ok(pages.length > 10);
  for (const file of pages) {
    const text = builtPage(`/${file.replace(/index\.html$/, '')}`)('article').text();
    assert.doesNotMatch(text, selfReference, file);
  }
});
