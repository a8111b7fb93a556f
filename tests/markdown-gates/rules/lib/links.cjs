// The link destinations of a copy, with where they are, for the link rules.
'use strict';

const { tokensOfType } = require('./tokens.cjs');
const { decodeEntities } = require('./text.cjs');

const owners = new Set(['link', 'image', 'definition']);

/**
 * Every destination of an inline link, image or link reference definition, unescaped as the
 * renderer would read it, with the token to report on (the whole link, for its line and text).
 */
function linkDestinations(params) {
  const strings = tokensOfType(params, ['resourceDestinationString', 'definitionDestinationString']);
  return strings.map((string) => {
    let owner = string.parent;
    while (owner && !owners.has(owner.type)) owner = owner.parent;
    const destination = decodeEntities(string.text.replace(/\\([!-/:-@[-`{-~])/g, '$1'));
    return { destination, token: owner ?? string };
  });
}

/** The parts of a destination: which kind of link it is, and for a relative one its path and fragment. */
function classify(destination) {
  if (/^[a-z][a-z0-9+.-]*:/i.test(destination) || destination.startsWith('//')) return { kind: 'absolute' };
  if (destination.startsWith('#')) return { kind: 'fragment' };
  if (destination.startsWith('/')) return { kind: 'root' };
  const hash = destination.indexOf('#');
  const beforeHash = hash < 0 ? destination : destination.slice(0, hash);
  const fragment = hash < 0 ? undefined : destination.slice(hash + 1);
  const path = beforeHash.replace(/\?.*$/, '');
  return { kind: 'relative', path, fragment };
}

/** Percent-decoded, or as written when it is not valid percent-encoding. */
function decodeUri(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** onError arguments that point at a link: its line, and its text and columns when on one line. */
function at(token) {
  const oneLine = token.startLine === token.endLine;
  return {
    lineNumber: token.startLine,
    context: oneLine ? token.text : undefined,
    range: oneLine ? [token.startColumn, token.endColumn - token.startColumn] : undefined,
  };
}

module.exports = { at, classify, decodeUri, linkDestinations };
