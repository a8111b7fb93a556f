// Token lookup for the rules, on markdownlint's micromark tokens. markdownlint's own helpers are
// not in its package exports, so this small walk stands in for them.
'use strict';

/**
 * Every token of one of `types`, in document order. Does not look inside an HTML block: markdownlint
 * re-parses a block's content as Markdown, but MD033 already reports the block, and what sits
 * inside it is HTML, not the copy's Markdown.
 */
function tokensOfType(params, types) {
  const wanted = new Set(types);
  const found = [];
  const walk = (tokens) => {
    for (const token of tokens) {
      if (wanted.has(token.type)) found.push(token);
      if (token.type !== 'htmlFlow') walk(token.children);
    }
  };
  walk(params.parsers.micromark.tokens);
  return found;
}

module.exports = { tokensOfType };
