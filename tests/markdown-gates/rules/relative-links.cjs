// Copies link to each other, and to other files of the build, by relative paths, so an agent can
// follow them file to file. Two rules: the file a link names must exist, and a fragment on a link
// to another copy must name one of its headings. A bare `#fragment` is MD051's (same file, same
// GitHub algorithm), so it is not checked here twice.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { anchorsOfFile } = require('./lib/anchors.cjs');
const { at, classify, decodeUri, linkDestinations } = require('./lib/links.cjs');

/** A path to show in a message: relative to the working directory when under it. */
function shown(file) {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}

/**
 * Where each relative link of the copy lands: `target` is the absolute path, `problem` says what
 * is wrong with it when it is not an existing file or a folder with an index.html.
 */
function resolveLinks(params) {
  const from = path.resolve(params.name);
  const results = [];
  for (const { destination, token } of linkDestinations(params)) {
    const link = classify(destination);
    if (link.kind === 'root') {
      results.push({ destination, token, problem: 'is root-relative: copies link relatively (./ or ../), so they work under any base URL and from a local folder' });
    }
    if (link.kind !== 'relative') continue;
    const target = link.path === '' ? from : path.resolve(path.dirname(from), decodeUri(link.path));
    const stat = fs.statSync(target, { throwIfNoEntry: false });
    let problem;
    if (!stat) problem = `reaches no file: ${shown(target)} does not exist`;
    else if (stat.isDirectory() && !fs.existsSync(path.join(target, 'index.html'))) problem = `reaches the folder ${shown(target)}, which has no index.html`;
    else if (stat.isFile() && link.path.endsWith('/')) problem = `ends in "/", but ${shown(target)} is a file`;
    results.push({ destination, token, target, problem, fragment: link.fragment, isFile: stat?.isFile() });
  }
  return results;
}

/** @type {import("markdownlint").Rule[]} */
module.exports = [
  {
    names: ['relative-link-target'],
    description: 'Relative links reach a file of the build',
    tags: ['links', 'markdown-copies'],
    parser: 'micromark',
    function: (params, onError) => {
      for (const { destination, token, problem } of resolveLinks(params)) {
        if (problem) onError({ ...at(token), detail: `Link "${destination}" ${problem}` });
      }
    },
  },
  {
    names: ['relative-link-anchor'],
    description: 'A fragment on a relative link to a copy names a heading of that copy',
    tags: ['links', 'markdown-copies'],
    parser: 'micromark',
    function: (params, onError) => {
      for (const { destination, token, target, problem, fragment, isFile } of resolveLinks(params)) {
        // Only copies have headings to check; a fragment into HTML or a spec is not ours to judge.
        if (problem || !isFile || !fragment || !/\.md$/i.test(target)) continue;
        const anchors = anchorsOfFile(target);
        const anchor = decodeUri(fragment);
        if (anchors.has(anchor)) continue;
        const near = [...anchors].find((a) => a.toLowerCase() === anchor.toLowerCase());
        onError({
          ...at(token),
          detail: `Link "${destination}": ${shown(target)} has no heading with the anchor "#${anchor}"${near ? ` (anchors are case-sensitive: "#${near}")` : ''}`,
        });
      }
    },
  },
];
