// Docusaurus's code line, memoized. A code block re-renders after it mounts (its word-wrap hook
// measures whether the code scrolls, and the color mode settles), and each re-render rebuilt the
// props and styles of every token on every line: the largest part of a 230 ms task on the
// send-message page in a Lighthouse trace. The tokens, the prop getters (which carry the Prism
// theme) and the line's classes are what a line draws from; when none of them changed, it is kept.
import { memo } from 'react';
import Line from '@theme-original/CodeBlock/Line';
import type { Props } from '@theme/CodeBlock/Line';

const sameClasses = (a: Props['classNames'], b: Props['classNames']) =>
  a === b || (!!a && !!b && a.length === b.length && a.every((name, i) => name === b[i]));

export default memo(
  Line,
  (prev: Props, next: Props) =>
    prev.line === next.line &&
    prev.getLineProps === next.getLineProps &&
    prev.getTokenProps === next.getTokenProps &&
    prev.showLineNumbers === next.showLineNumbers &&
    sameClasses(prev.classNames, next.classNames),
);
