// The browser's stand-in for src/theme/CodeBlock/Content/Tokens.tsx, used only for a block the
// server did not highlight. Prism and its grammars come in their own chunk, which the browser
// prefetches while idle; until it has run, the block shows its code unhighlighted, line by line.
import { lazy, Suspense, type ReactNode } from 'react';
import type { TokensProps } from '@site/src/theme/CodeBlock/Content/Tokens';

const Highlighted = lazy(() => import(/* webpackPrefetch: true */ '@site/src/theme/CodeBlock/Content/Tokens'));

function Plain({ code }: { code: string }) {
  return code.split('\n').map((line, i) => (
    <div key={i} className="token-line" style={{ color: 'var(--code-color)' }}>
      {line}
      <br />
    </div>
  ));
}

export default function Tokens(props: TokensProps): ReactNode {
  return (
    <Suspense fallback={<Plain code={props.code} />}>
      <Highlighted {...props} />
    </Suspense>
  );
}
