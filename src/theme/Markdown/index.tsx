// Replaces docusaurus-theme-openapi-docs' Markdown, which renders every description of the
// reference (fields, parameters, responses, example summaries) through react-markdown, remark-gfm
// and rehype-raw. On the send-message page that parsing ran again in the browser while React
// hydrated the server's HTML: about 300 ms of main thread on this machine, four times that in Lighthouse's phone simulation.
// marked gives the same HTML for the Markdown our spec uses (GFM inline code, emphasis, links,
// lists) in a fraction of that, and the string goes into the DOM without a React element per
// node. Server and browser run the same code, so hydration matches.
//
// Not carried over: the theme's `:::note` admonitions and highlighted fenced code in
// descriptions. tests/unit/spec-markdown.test.ts fails if the spec starts using either.
// Follows: docusaurus-theme-openapi-docs@5.2.0 lib/theme/Markdown/index.js sha256:a23feb9237909de9
import type { ReactNode } from 'react';
import { marked } from 'marked';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';

const rendered = new Map<string, string>();

// The spec links the site's pages by root paths (/rest/overview/error-codes/#code); a site
// served under a base URL (DOCS_BASE_URL) needs that prefix on them, as <Link> would add.
function toHtml(markdown: string, baseUrl: string): string {
  let html = rendered.get(markdown);
  if (html === undefined) {
    html = marked.parse(markdown, { async: false, gfm: true });
    if (baseUrl !== '/') html = html.replace(/href="\/(?!\/)/g, `href="${baseUrl}`);
    rendered.set(markdown, html);
  }
  return html;
}

export default function Markdown({ children, className }: { children?: ReactNode; className?: string }): ReactNode {
  const { baseUrl } = useDocusaurusContext().siteConfig;
  if (typeof children !== 'string') return children ?? null;
  return (
    <div
      className={className ? `openapi-markdown ${className}` : 'openapi-markdown'}
      dangerouslySetInnerHTML={{ __html: toHtml(children, baseUrl) }}
    />
  );
}
