// An rspack loader: the search plugin's page with ./edits.cjs applied. CommonJS, since the bundler
// requires loaders itself.
const { applyEdits } = require('./edits.cjs');

module.exports = function searchResultsInTransition(source) {
  // The persistent cache keys the module on its own file; a change to the edits must rebuild it.
  for (const file of ['./edits.cjs', '../replace-once.cjs']) this.addDependency(require.resolve(file));
  return applyEdits(source);
};
