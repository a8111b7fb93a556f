// theme-classic's code-block content, which highlights with prism-react-renderer, unchanged
// except that it brings the site's extra Prism languages along (src/client/prism-languages.ts).
import '@site/src/client/prism-languages';
import Content from '@theme-original/CodeBlock/Content';

export default Content;
