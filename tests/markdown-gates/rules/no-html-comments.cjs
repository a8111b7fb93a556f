// HTML comments (and declarations, processing instructions, CDATA) in a copy are leftovers of the
// HTML it was made from: `<!-- -->` is what React writes between adjacent text nodes. They render
// as nothing, but an agent reading the Markdown sees them. MD033 only reports elements.
'use strict';

const { tokensOfType } = require('./lib/tokens.cjs');

const markupRe = /<!--[\s\S]*?(?:-->|$)|<\?[\s\S]*?(?:\?>|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<![A-Za-z][^>]*>?/g;
const kinds = { '<!--': 'HTML comment', '<?': 'processing instruction', '<![': 'CDATA section' };

/** @type {import("markdownlint").Rule} */
module.exports = {
  names: ['no-html-comments'],
  description: 'No HTML comments in a Markdown copy (MD033 does not report them)',
  tags: ['html', 'markdown-copies'],
  parser: 'micromark',
  function: (params, onError) => {
    for (const token of tokensOfType(params, ['htmlFlow', 'htmlText'])) {
      for (const match of token.text.matchAll(markupRe)) {
        const before = token.text.slice(0, match.index);
        const lineOffset = before.split('\n').length - 1;
        const column = lineOffset === 0 ? token.startColumn + match.index : match.index - before.lastIndexOf('\n');
        const firstLine = match[0].split('\n')[0];
        const kind = Object.entries(kinds).find(([start]) => match[0].startsWith(start))?.[1] ?? 'HTML declaration';
        onError({
          lineNumber: token.startLine + lineOffset,
          detail: `${kind} ${JSON.stringify(match[0].length > 60 ? `${match[0].slice(0, 57)}...` : match[0])}: remove it, it renders as nothing`,
          context: firstLine,
          range: [column, firstLine.length],
        });
      }
    }
  },
};
