// `import sample from '@site/samples/x.py?sample'`: the tested file's text and its name, so a code
// block can be titled with the name a reader saves it under.
const { basename } = require('node:path');

module.exports = function sampleLoader(source) {
  return `export default ${JSON.stringify({ file: basename(this.resourcePath), code: source })};`;
};
