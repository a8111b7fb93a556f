// Character references (`&#x20;`, `&nbsp;`, `&amp;`) are how an HTML-to-Markdown converter keeps
// a character it fears Markdown would swallow; a copy should hold the character itself (escaped
// with a backslash if Markdown would read it as markup). Code spans and blocks hold none: there
// `&amp;` is literal text, and micromark does not make a reference token of it.
'use strict';

const { tokensOfType } = require('./lib/tokens.cjs');
const { decodeEntities } = require('./lib/text.cjs');

function describe(reference) {
  const character = decodeEntities(reference);
  if (character === reference) return '';
  const code = character.codePointAt(0).toString(16).toUpperCase().padStart(4, '0');
  return ` (U+${code}${/\S/.test(character) ? ` "${character}"` : ', a space character'})`;
}

/** @type {import("markdownlint").Rule} */
module.exports = {
  names: ['no-html-entities'],
  description: 'No HTML character references in a Markdown copy outside code',
  tags: ['html', 'markdown-copies'],
  parser: 'micromark',
  function: (params, onError) => {
    for (const token of tokensOfType(params, ['characterReference'])) {
      onError({
        lineNumber: token.startLine,
        detail: `Character reference ${token.text}${describe(token.text)}: write the character itself`,
        context: token.text,
        range: [token.startColumn, token.endColumn - token.startColumn],
      });
    }
  },
};
