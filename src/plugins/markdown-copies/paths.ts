// Where a page's Markdown copy lives, and how a link in one copy reaches another. Copies link to
// each other by relative paths, so they resolve wherever the site is served (any base URL, a
// local folder, a fetch by an agent) and a checker can follow them file to file.
import { posix } from 'node:path';
import { markdownPath } from './markdown-path';

export { markdownPath };

export interface LinkContext {
  /** The site path of the page whose copy holds the link, without the base URL: /messaging/quickstart/. */
  page: string;
  /** The site's base URL, /docs/ or /; links in built HTML start with it. */
  baseUrl: string;
  /** Site paths (without the base URL) of the pages that have a Markdown copy. */
  pages: ReadonlySet<string>;
}

/**
 * A link as the copy of `context.page` should hold it. A link to a page with a copy points at
 * that copy; a link to any other file of the site (the spec, the catalog JSON) at that file; both
 * relative to the copy. An external link, a bare fragment or a mail link is left as it is.
 */
export function markdownLink(href: string, context: LinkContext): string {
  if (href.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(href) && !href.startsWith('pathname://')) return href;
  const match = /^(?:pathname:\/\/)?([^?#]*)(\?[^#]*)?(#.*)?$/.exec(href);
  if (!match) return href;
  const [, rawPath, , fragment = ''] = match;
  if (rawPath === '') return fragment || href;
  let target = rawPath.startsWith('/') ? rawPath : posix.join(context.page.endsWith('/') ? context.page : posix.dirname(context.page) + '/', rawPath);
  if (target.startsWith(context.baseUrl)) target = `/${target.slice(context.baseUrl.length)}`;
  const asPage = target.endsWith('/') ? target : `${target}/`;
  const file = context.pages.has(asPage) ? markdownPath(asPage) : target;
  const from = posix.dirname(markdownPath(context.page));
  let relative = posix.relative(from, file);
  if (!relative.startsWith('.')) relative = `./${relative}`;
  return `${relative}${fragment}`;
}

/** The absolute address of a site path, for llms.txt and llms-full.txt, which are read out of place. */
export function absoluteUrl(sitePath: string, siteUrl: string, baseUrl: string): string {
  return `${siteUrl.replace(/\/+$/, '')}${baseUrl}${sitePath.replace(/^\//, '')}`;
}
