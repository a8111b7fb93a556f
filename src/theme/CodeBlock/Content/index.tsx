// theme-classic's code-block content, with the same markup, except that the browser keeps the
// server's highlighting instead of running Prism again. Hydrating a page used to mean building
// Prism's grammars and tokenizing every block on it, hidden language tabs included: one task
// of about 60 ms to set Prism up and another as long per large block, on a fast machine, to
// produce the HTML the server had already sent. Now the server's tokens stay in the DOM, and
// Prism is fetched only for a block the server did not draw: one that appears after a
// client-side navigation, or in `npm start`, which does not render on the server.
// The token colors are CSS, not inline styles (src/css/code-colors.ts), so the server's HTML
// is right in both color modes.
// Follows: @docusaurus/theme-classic@3.10.2 lib/theme/CodeBlock/Content/index.js sha256:0d361f5894590ea4
import { useId, useState, type ReactNode } from 'react';
import clsx from 'clsx';
import { usePrismTheme } from '@docusaurus/theme-common';
import { useCodeBlockContext } from '@docusaurus/theme-common/internal';
import type { Props } from '@theme/CodeBlock/Content';
import styles from '@docusaurus/theme-classic/lib/theme/CodeBlock/Content/styles.module.css';
// The browser build gets src/plugins/hydration-cost/stand-ins/tokens-on-demand.tsx instead (src/plugins/hydration-cost/).
import Tokens from './Tokens';

/** The HTML the server wrote into this block's `<code>`, if the page is being hydrated. */
function useServerHtml(blockId: string): { __html: string } | null {
  // Kept in state: the same object on every render, so React never writes it into the DOM again.
  const [html] = useState(() => {
    if (typeof document === 'undefined') return null;
    const code = document.querySelector(`pre[data-code-block="${CSS.escape(blockId)}"] > code`);
    return code ? { __html: code.innerHTML } : null;
  });
  return html;
}

export default function CodeBlockContent({ className }: Props): ReactNode {
  const { metadata, wordWrap } = useCodeBlockContext();
  const theme = usePrismTheme();
  const blockId = useId();
  const serverHtml = useServerHtml(blockId);
  const { code, lineNumbersStart, lineClassNames } = metadata;
  const language = metadata.language.toLowerCase();
  const codeProps = {
    className: clsx(styles.codeBlockLines, lineNumbersStart !== undefined && styles.codeBlockLinesWithNumbering),
    style: lineNumbersStart === undefined ? undefined : { counterReset: `line-count ${lineNumbersStart - 1}` },
  };
  return (
    <pre
      ref={wordWrap.codeBlockRef}
      // A block that scrolls sideways must take keyboard focus.
      tabIndex={0}
      data-code-block={blockId}
      className={clsx(className, 'prism-code', `language-${language}`, styles.codeBlock, 'thin-scrollbar')}
      style={theme.plain}>
      {serverHtml ? (
        <code {...codeProps} dangerouslySetInnerHTML={serverHtml} />
      ) : (
        <code {...codeProps}>
          <Tokens
            code={code}
            language={language}
            theme={theme}
            lineClassNames={lineClassNames}
            showLineNumbers={lineNumbersStart !== undefined}
          />
        </code>
      )}
    </pre>
  );
}
