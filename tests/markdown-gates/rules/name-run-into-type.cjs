// A field list converted from HTML without its spacing reads `**to**stringrequired`: the field's
// name, type and flags run together. Reported: bold, italic or code text directly followed by a
// letter or digit, or directly followed by more bold, italic, code or a link (`**Example:**`x``).
// Not reported, to keep clean prose clean: a plural or possessive after a name (`id`s, `status`es,
// `id`'s), punctuation after it (`**Note**:`), and markup that ends in a space of its own.
'use strict';

const { tokensOfType } = require('./lib/tokens.cjs');
const { decodeEntities } = require('./lib/text.cjs');

const labels = new Set(['strong', 'emphasis', 'codeText']);
const glued = new Set([...labels, 'link']);
const wordStartRe = /^[\p{L}\p{N}]/u;
const pluralRe = /^e?s(?![\p{L}\p{N}_])/u;
// A zero-width label, like a heading's leftover `[​](#id)` permalink, shows nothing to run into.
const visibleRe = /[^\s\u200B-\u200D\u2060\uFEFF]/u;

/** The token after `token` in its paragraph, looking through comments, which render as nothing. */
function nextShown(token) {
  const siblings = token.parent?.children ?? [];
  for (let i = siblings.indexOf(token) + 1; i < siblings.length; i++) {
    const sibling = siblings[i];
    if (!(sibling.type === 'htmlText' && sibling.text.startsWith('<!--'))) return sibling;
  }
  return undefined;
}

/** The text of a link's label, or the whole markup for anything else. */
function labelOf(token) {
  return token.type === 'link' ? /^\[([\s\S]*)\]/.exec(token.children[0]?.text ?? '')?.[1] ?? '' : token.text;
}

/** Whether the markup's own text ends in a space, as `**Example:&#x20;**` does. */
function endsInSpace(token) {
  const inner = token.text.replace(/^(?:\*+|_+|`+)|(?:\*+|_+|`+)$/g, '').replace(/<!--[\s\S]*?-->/g, '');
  return /\s$/u.test(decodeEntities(inner));
}

/** @type {import("markdownlint").Rule} */
module.exports = {
  names: ['name-run-into-type'],
  description: 'No bold, italic or code text run into the word or markup after it',
  tags: ['spacing', 'markdown-copies'],
  parser: 'micromark',
  function: (params, onError) => {
    for (const token of tokensOfType(params, [...labels])) {
      const next = nextShown(token);
      if (!next || next.startLine !== token.endLine) continue;
      let following;
      if (next.type === 'data' && wordStartRe.test(next.text) && !pluralRe.test(next.text)) {
        following = /^[\p{L}\p{N}_]+/u.exec(next.text)[0];
      } else if (glued.has(next.type) && !endsInSpace(token) && visibleRe.test(labelOf(next))) {
        following = next.text.split('\n')[0];
      } else {
        continue;
      }
      const end = next.startColumn + following.length;
      const from = token.startLine === token.endLine ? token.startColumn : 1;
      onError({
        lineNumber: token.endLine,
        detail: `${JSON.stringify(token.text)} runs into ${JSON.stringify(following)}: separate them with a space or punctuation`,
        context: params.lines[token.endLine - 1].slice(from - 1, end - 1),
        range: token.startLine === token.endLine ? [token.startColumn, end - token.startColumn] : undefined,
      });
    }
  },
};
