// The "Array [" and "]" around an array's item fields. The stock brackets are <li>s, but the
// stock Schema puts them in <div>s (every array below the top of a body), where a list item
// outside a list is invalid markup (axe `listitem`) that a reader opening the field without
// JavaScript meets. They are <div>s here, with the same box: the stock <li>'s 5px top padding
// (from the theme's `.openapi-markdown__details li`) and the same inner text.
// Follows: docusaurus-theme-openapi-docs@5.2.0 lib/theme/ArrayBrackets/index.js sha256:f255f2eb4c84218b
import type { ReactNode } from 'react';
import styles from './styles.module.css';

export function OpeningArrayBracket(): ReactNode {
  return (
    <div className={styles.row}>
      <div className={styles.bracket} style={{ paddingBottom: '.5rem' }}>
        Array [
      </div>
    </div>
  );
}

export function ClosingArrayBracket(): ReactNode {
  return (
    <div className={styles.row}>
      <div className={styles.bracket}>]</div>
    </div>
  );
}
