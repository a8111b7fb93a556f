import type { ReactNode } from 'react';

/** Plain text from the spec or the catalog, with its `backticked` words set as code. */
export default function InlineCode({ text }: { text: string }): ReactNode {
  return text.split(/(`[^`]+`)/).map((part, i) =>
    part.length > 2 && part.startsWith('`') && part.endsWith('`') ? <code key={i}>{part.slice(1, -1)}</code> : part,
  );
}
