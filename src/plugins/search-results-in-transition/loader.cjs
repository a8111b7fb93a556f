// An rspack loader: the search plugin's page with ./edits.cjs applied. CommonJS, since the bundler
// requires loaders itself.
const { applyEdits } = require('./edits.cjs');

module.exports = function searchResultsInTransition(source) {
  return applyEdits(source);
};
