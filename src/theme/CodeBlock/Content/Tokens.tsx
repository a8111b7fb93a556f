// A code block's highlighted lines, as theme-classic draws them. The server renders every block
// with it; in the browser it is loaded on demand (src/client/tokens-on-demand.tsx).
import type { ReactNode } from 'react';
import { Highlight, type PrismTheme } from 'prism-react-renderer';
import Line from '@theme/CodeBlock/Line';
import '@site/src/client/prism-languages';

export interface TokensProps {
  code: string;
  language: string;
  theme: PrismTheme;
  lineClassNames: { [lineIndex: number]: string[] };
  showLineNumbers: boolean;
}

export default function Tokens({ code, language, theme, lineClassNames, showLineNumbers }: TokensProps): ReactNode {
  return (
    <Highlight theme={theme} code={code} language={language}>
      {({ tokens, getLineProps, getTokenProps }) =>
        tokens.map((line, i) => (
          <Line
            key={i}
            line={line}
            getLineProps={getLineProps}
            getTokenProps={getTokenProps}
            classNames={lineClassNames[i]}
            showLineNumbers={showLineNumbers}
          />
        ))
      }
    </Highlight>
  );
}
