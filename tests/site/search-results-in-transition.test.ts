// The built search page sets its results in a transition (src/plugins/search-results-in-transition):
// the rewrite took in the chunk the browser runs, not only in the unit test's copy.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { path } from '../../scripts/load.ts';

test("the search page's chunk sets the worker's results inside startTransition", () => {
  const dir = path('build/assets/js');
  // The page's plural message for its count of results is in its chunk alone.
  const pages = readdirSync(dir).filter((file) => file.endsWith('.js') && readFileSync(`${dir}/${file}`, 'utf8').includes('theme.SearchPage.documentsFound.plurals'));
  assert.equal(pages.length, 1, `chunks with the search page: ${pages.join(', ')}`);
  const code = readFileSync(`${dir}/${pages[0]}`, 'utf8');
  assert.match(code, /,100\);\(0,\w+\.startTransition\)\(\(\)=>\w+\(\w+\)\)/, 'the results, searched for 100 at most, are set in a transition');
});
