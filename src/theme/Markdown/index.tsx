// Replaces docusaurus-theme-openapi-docs' Markdown, which renders every description of the
// reference (fields, parameters, responses, example summaries) through react-markdown, remark-gfm
// and rehype-raw, and did it all again in the browser while React hydrated the server's HTML.
// Here the server renders each description once, with marked (./render.ts), and the browser keeps
// that HTML: a description the server rendered is never parsed again. Only a description the
// browser draws itself (after a client-side navigation, or in the try-it console) loads marked,
// in a chunk of its own (src/plugins/hydration-cost/stand-ins/markdown-on-demand.ts).
//
// Not carried over: the theme's `:::note` admonitions and highlighted fenced code in
// descriptions. tests/unit/spec-markdown.test.ts fails if the spec starts using either.
// Follows: docusaurus-theme-openapi-docs@5.2.0 lib/theme/Markdown/index.js sha256:a23feb9237909de9
import { useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { markdownHtml } from './render';

const subscribeToNothing = () => () => undefined;

/**
 * True while React renders on the server or hydrates the server's HTML, false for an element the
 * browser creates: React reads the server snapshot exactly while it hydrates.
 */
function useFromServerHtml(): boolean {
  const hydrating = useSyncExternalStore(
    subscribeToNothing,
    () => false,
    () => true,
  );
  // What it was when this element was first rendered; the snapshot flips once hydration is done.
  const [atMount] = useState(hydrating);
  return atMount;
}

export default function Markdown({ children, className }: { children?: ReactNode; className?: string }): ReactNode {
  const { baseUrl } = useDocusaurusContext().siteConfig;
  const fromServer = useFromServerHtml();
  const [drawnFrom] = useState(children);
  const markdown = typeof children === 'string' ? children : undefined;
  // In the browser, an element hydrated from the server's HTML keeps it as long as its text is the same.
  const keep = fromServer && typeof window !== 'undefined' && children === drawnFrom;
  const html = markdown === undefined || keep ? undefined : markdownHtml(markdown, baseUrl);
  const [late, setLate] = useState<{ markdown: string; html: string }>();

  useEffect(() => {
    if (markdown === undefined || typeof html === 'string' || html === undefined) return undefined;
    let current = true;
    html.then((done) => current && setLate({ markdown, html: done }), () => undefined);
    return () => {
      current = false;
    };
  }, [markdown, html]);

  if (markdown === undefined) return children ?? null;
  const shown = typeof html === 'string' ? html : late?.markdown === markdown ? late.html : '';
  return (
    <div
      className={className ? `openapi-markdown ${className}` : 'openapi-markdown'}
      // Empty while hydrating: React does not compare inner HTML, so it leaves the server's in place.
      dangerouslySetInnerHTML={{ __html: shown }}
      suppressHydrationWarning={keep}
    />
  );
}
