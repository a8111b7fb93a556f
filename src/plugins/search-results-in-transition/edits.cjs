// The two edits to the search plugin's page, applied at bundle time by ./loader.cjs (why: ./index.ts).
// Each `find` must occur exactly once in the installed file; a release that changes either line
// fails the build, and tests/unit/search-results-in-transition.test.ts, by name.

const { replaceOnce } = require('../replace-once.cjs');

/** The page's module, as Node resolves it from the site. */
const searchPageModule = '@easyops-cn/docusaurus-search-local/dist/client/client/theme/SearchPage/SearchPage.jsx';

const edits = [
  {
    name: 'import startTransition',
    find: 'import React, { useCallback, useEffect, useMemo, useState } from "react";',
    replace: 'import React, { startTransition, useCallback, useEffect, useMemo, useState } from "react";',
  },
  {
    name: 'set the results in a transition',
    find: 'setSearchResults(results);',
    replace: 'startTransition(() => setSearchResults(results));',
  },
];

/** `source` with every edit applied; throws, naming the edit, unless each `find` occurs exactly once. */
function applyEdits(source) {
  return edits.reduce(
    (text, edit) =>
      replaceOnce(
        text,
        edit.find,
        edit.replace,
        (problem) =>
          `src/plugins/search-results-in-transition: ${searchPageModule} ${problem} the line of the edit "${edit.name}": ${edit.find}\n` +
          "Re-read the plugin's search page and update edits.cjs to match it, or remove the plugin.",
      ),
    source,
  );
}

module.exports = { searchPageModule, edits, applyEdits };
