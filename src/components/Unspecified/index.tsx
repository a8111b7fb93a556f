// A spot where SignalWire's public record leaves the API's behaviour open, or where two of its
// published pages say different things. Each mark is an open question the docs team takes to the
// API team: `npm run open-questions` lists every one by its `id`, so the id must stay stable once
// published, and the topic must make sense read alone in that list.
import type { ReactNode } from 'react';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import InlineCode from '../InlineCode';
import styles from './styles.module.css';

export interface UnspecifiedProps {
  /** The anchor on the page and the question's key in the open-questions list. */
  id: string;
  /** What is open, in a few words that read alone (`backticks` become code). */
  topic: string;
  /**
   * Given only where two published pages conflict: the reading these docs follow. Its
   * presence is what makes the mark a conflict rather than a silence.
   */
  reading?: string;
  /** Silence: what the sandbox does and what code should do meanwhile. Conflict: why this reading. */
  children: ReactNode;
}

export default function Unspecified({ id, topic, reading, children }: UnspecifiedProps): ReactNode {
  // An aside's id is not a heading, so Docusaurus would not know links to it are sound.
  useBrokenLinks().collectAnchor(id);
  const conflict = reading !== undefined;
  const labelId = `${id}-label`;
  return (
    <aside
      id={id}
      className={conflict ? `${styles.note} ${styles.conflict}` : styles.note}
      aria-labelledby={labelId}
      data-unspecified={conflict ? 'conflict' : 'silence'}>
      <p id={labelId} className={styles.label}>
        <strong>{conflict ? 'Pages differ' : 'Not specified'}:</strong> <InlineCode text={topic} />
      </p>
      {conflict && (
        <p>
          <strong>These docs follow:</strong> <InlineCode text={reading} />
        </p>
      )}
      <div className={styles.body}>{children}</div>
    </aside>
  );
}
