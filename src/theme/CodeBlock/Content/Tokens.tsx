// A code block's highlighted lines, as theme-classic draws them. The server renders every block
// with it; in the browser it is loaded on demand (src/plugins/hydration-cost/stand-ins/tokens-on-demand.tsx).
// Follows: @docusaurus/theme-classic@3.10.2 lib/theme/CodeBlock/Content/index.js sha256:0d361f5894590ea4
import type { ReactNode } from 'react';
import { Highlight, type PrismTheme } from 'prism-react-renderer';
import Line from '@theme/CodeBlock/Line';
import '@site/src/plugins/hydration-cost/prism-languages';

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
