// The anchors a Markdown copy offers to links from other copies: its ATX headings, outside code
// fences, slugged by github-slugger, the algorithm Docusaurus uses for the HTML pages and GitHub
// uses for rendered Markdown, so an anchor checked here is one a reader's renderer will make.
// Line-based rather than a full parse: the config requires ATX headings (MD003), so every heading
// is found, and a copy is read once per lint run however many links point at it.
'use strict';

const fs = require('node:fs');
const GithubSlugger = require('github-slugger');
const { decodeEntities } = require('./text.cjs');

const fenceOpenRe = /^ {0,3}(`{3,}(?!.*`)|~{3,})/;
const atxRe = /^ {0,3}#{1,6}(?:[ \t]+(.*?))?[ \t]*$/;

/** The text a renderer shows for a heading's inline Markdown, which is what gets slugged. */
function headingText(markdown) {
  // Code spans are verbatim: set them aside so the markup rules below cannot touch their content.
  const codes = [];
  let text = markdown.replace(/(`+)(?!`)([\s\S]*?[^`])\1(?!`)/g, (_, _ticks, code) => {
    codes.push(/^ .* $/.test(code) && code.trim() !== '' ? code.slice(1, -1) : code);
    return `\uE000${codes.length - 1}\uE001`;
  });
  text = text
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(https?:\/\/[^>\s]*)>/g, '$1')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    // Images show their alt text, links their label; the destination is not text.
    .replace(/!?\[((?:[^\]\\]|\\.)*)\]\((?:[^()\\]|\\.|\([^()]*\))*\)/g, '$1')
    .replace(/!?\[((?:[^\]\\]|\\.)*)\]\[[^\]]*\]/g, '$1')
    // `_` is the one emphasis marker slugs keep, so only markers (at word edges) are dropped;
    // the `_` inside snake_case names stays.
    .replace(/(^|[^\p{L}\p{N}_])_+(?=\S)/gu, '$1')
    .replace(/(?<=\S)_+(?=$|[^\p{L}\p{N}_])/gu, '')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1');
  text = decodeEntities(text);
  return text.replace(/\uE000(\d+)\uE001/g, (_, index) => codes[Number(index)]);
}

/** The anchors of the headings in `markdown`, in order, duplicates numbered as github-slugger does. */
function anchorsOf(markdown) {
  const slugger = new GithubSlugger();
  const anchors = [];
  const lines = markdown.split(/\r\n|\r|\n/);
  let start = 0;
  if (lines[0] === '---') {
    const end = lines.indexOf('---', 1);
    if (end > 0) start = end + 1;
  }
  let fence = null;
  for (const line of lines.slice(start)) {
    if (fence) {
      if (fence.test(line)) fence = null;
      continue;
    }
    const open = fenceOpenRe.exec(line);
    if (open) {
      fence = new RegExp(`^ {0,3}${open[1][0] === '`' ? '`' : '~'}{${open[1].length},}[ \\t]*$`);
      continue;
    }
    const atx = atxRe.exec(line);
    if (atx) {
      // A closing run of #s is not part of the heading (`## Title ##`).
      const content = (atx[1] ?? '').replace(/(?:^|[ \t]+)#+$/, '');
      anchors.push(slugger.slug(headingText(content)));
    }
  }
  return anchors;
}

// Keyed by size and mtime as well as path, so a test that rewrites a copy and lints again in the
// same process is not answered from a stale entry.
const cache = new Map();

/** The anchors of the copy at `file` (absolute path). */
function anchorsOfFile(file) {
  const { size, mtimeMs } = fs.statSync(file);
  const key = `${file}\0${size}\0${mtimeMs}`;
  let anchors = cache.get(key);
  if (!anchors) {
    anchors = new Set(anchorsOf(fs.readFileSync(file, 'utf8')));
    cache.set(key, anchors);
  }
  return anchors;
}

module.exports = { anchorsOf, anchorsOfFile, headingText };
