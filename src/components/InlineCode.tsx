import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';

/**
 * Plain text from the spec or the catalog, with its `backticked` words set as code, its **starred**
 * ones as bold and its [links](/path/) as links: a description that points to the page where a
 * fact is explained must point there in a guide too, not show its Markdown.
 */
export default function InlineCode({ text }: { text: string }): ReactNode {
  return text.split(/(\[[^\]]+\]\([^)\s]+\)|`[^`]+`|\*\*[^*]+\*\*)/).map((part, i) => {
    const link = /^\[([^\]]+)\]\(([^)\s]+)\)$/.exec(part);
    if (link) {
      return (
        <Link key={i} to={link[2]}>
          <InlineCode text={link[1]} />
        </Link>
      );
    }
    if (part.length > 2 && part.startsWith('`') && part.endsWith('`')) return <code key={i}>{part.slice(1, -1)}</code>;
    if (part.length > 4 && part.startsWith('**') && part.endsWith('**')) return <strong key={i}>{part.slice(2, -2)}</strong>;
    return part;
  });
}
