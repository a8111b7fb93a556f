// "Copy page as Markdown": the Markdown copy that src/plugins/markdown-copies writes beside each page
// (/messaging/quickstart/ → /messaging/quickstart.md), for pasting into an AI assistant.
import { useState } from 'react';
import { useLocation } from '@docusaurus/router';
import useIsBrowser from '@docusaurus/useIsBrowser';
import { markdownPath } from '@site/src/plugins/markdown-copies/markdown-path';
import styles from './styles.module.css';


type State = 'idle' | 'copied' | 'failed';

export default function CopyMarkdown() {
  const { pathname } = useLocation();
  const [state, setState] = useState<State>('idle');
  const href = markdownPath(pathname);
  // The page is painted before its scripts run: until React has taken it over, a click would do
  // nothing, so the button says it is not ready yet (as the theme's color-mode toggle does).
  const hydrated = useIsBrowser();

  async function copy() {
    try {
      const response = await fetch(href);
      if (!response.ok) throw new Error(String(response.status));
      await navigator.clipboard.writeText(await response.text());
      setState('copied');
    } catch {
      setState('failed');
    }
    setTimeout(() => setState('idle'), 3000);
  }

  return (
    <div className={styles.controls} data-markdown="skip">
      <button type="button" className={styles.button} disabled={!hydrated} onClick={() => void copy()}>
        {state === 'copied' ? 'Copied' : 'Copy page as Markdown'}
      </button>
      <a className={styles.link} href={href} target="_blank" rel="noopener">
        View as Markdown
      </a>
      <span role="status" className={styles.status}>
        {state === 'failed' ? 'Could not copy: the Markdown copy is made by the production build.' : ''}
      </span>
    </div>
  );
}
