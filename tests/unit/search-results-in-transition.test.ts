// The search page's results are set in a transition by rewriting one line of the search plugin's
// page at bundle time (src/plugins/search-results-in-transition). A release that changes the line
// must fail here, by the edit's name, before it fails a build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { path } from '../../scripts/load.ts';
import { resolveModule } from '../../src/plugins/hydration-cost/index.ts';
import { applyEdits, edits, searchPageModule } from '../../src/plugins/search-results-in-transition/edits.cjs';

const installed = readFileSync(resolveModule(searchPageModule, path('.')), 'utf8');

test("each edit finds its line exactly once in the installed search page, and nothing else changes", () => {
  const edited = applyEdits(installed);
  for (const edit of edits) {
    assert.ok(!edited.includes(edit.find) || edit.replace.includes(edit.find), `${edit.name}: the old line is left`);
    assert.ok(edited.includes(edit.replace), `${edit.name}: the new line is missing`);
  }
  let undone = edited;
  for (const edit of edits) undone = undone.replace(edit.replace, edit.find);
  assert.equal(undone, installed);
});

test('an edit whose line is gone, or there twice, fails with its name', () => {
  const [imports, results] = edits;
  assert.throws(() => applyEdits(installed.replace(results.find, 'setSearchResults(found);')), new RegExp(`no longer contains.*"${results.name}"`));
  assert.throws(() => applyEdits(`${installed}\n${imports.find}`), new RegExp(`more than once.*"${imports.name}"`));
});
