// Edits to upstream text made at build time: Docusaurus's HTML template (ssr-template.ts) and the
// search plugin's page (./search-results-in-transition). Each edit must find its text exactly
// once, so that an upgrade which moves it fails the build instead of quietly dropping the edit.
// CommonJS, since an rspack loader requires it too.

/**
 * `text` with its one occurrence of `find` replaced. Otherwise throws `failure(problem)`, where
 * `problem` is 'no longer contains' or 'contains more than once'.
 * @param {string} text
 * @param {string} find
 * @param {string} replacement
 * @param {(problem: string) => string} failure
 * @returns {string}
 */
function replaceOnce(text, find, replacement, failure) {
  const at = text.indexOf(find);
  if (at < 0 || text.indexOf(find, at + 1) >= 0) throw new Error(failure(at < 0 ? 'no longer contains' : 'contains more than once'));
  return text.slice(0, at) + replacement + text.slice(at + find.length);
}

module.exports = { replaceOnce };
