// One way to write Markdown for every copy, whichever source it comes from (the spec, built
// HTML), so the copies read alike and markdownlint's defaults hold for all of them.
import type { Root } from 'mdast';
import { unified } from 'unified';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkStringify, { type Options } from 'remark-stringify';

export const stringifyOptions: Options = {
  bullet: '-',
  emphasis: '_',
  strong: '*',
  fence: '`',
  fences: true,
  listItemIndent: 'one',
  rule: '-',
  incrementListMarker: true,
};

/** Markdown text for a tree. */
export function stringify(tree: Root): string {
  return unified().use(remarkGfm).use(remarkStringify, stringifyOptions).stringify(tree);
}

/** The tree of a Markdown text, such as a description in the spec. */
export function parse(markdown: string): Root {
  return unified().use(remarkParse).use(remarkGfm).parse(markdown);
}

/** Markdown text written from parts, read back and written again in our style, each link mapped by `link`. */
export function normalize(markdown: string, link: (href: string) => string): string {
  const tree = parse(markdown);
  const visit = (node: { type: string; url?: string; children?: unknown[] }) => {
    if ((node.type === 'link' || node.type === 'definition') && typeof node.url === 'string') node.url = link(node.url);
    for (const child of (node.children ?? []) as (typeof node)[]) visit(child);
  };
  visit(tree);
  return stringify(tree);
}
