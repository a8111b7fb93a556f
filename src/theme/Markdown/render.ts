// The spec's Markdown as HTML, with marked. The server renders every description with this while
// it builds the pages. The browser gets a stand-in instead (src/plugins/hydration-cost/stand-ins/
// markdown-on-demand.ts), which loads this file in a chunk of its own, only for a description the
// server did not render: after a client-side navigation, or in the try-it console.
import { marked } from 'marked';

const rendered = new Map<string, string>();

/** A description's HTML. Returns a string here; the browser's stand-in may return a promise. */
export function markdownHtml(markdown: string, baseUrl: string): string | Promise<string> {
  const key = `${baseUrl}\n${markdown}`;
  let html = rendered.get(key);
  if (html === undefined) {
    html = marked.parse(markdown, { async: false, gfm: true });
    // The spec links the site's pages by root paths (/rest/overview/error-codes/#code); a site
    // served under a base URL (DOCS_BASE_URL) needs that prefix on them, as <Link> would add.
    if (baseUrl !== '/') html = html.replace(/href="\/(?!\/)/g, `href="${baseUrl}`);
    rendered.set(key, html);
  }
  return html;
}
