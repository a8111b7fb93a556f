// theme-mermaid draws a diagram only in the browser, so the server's HTML held nothing of it and
// the page's Markdown copy, made from that HTML, lost the diagram. The wrapper also renders the
// diagram's source in a hidden, empty element (the same on server and client, so it hydrates as
// is), which src/plugins/markdown-copies/from-html.ts turns back into a ```mermaid block.
import Mermaid from '@theme-original/Mermaid';
import type MermaidType from '@theme/Mermaid';
import type { WrapperProps } from '@docusaurus/types';

type Props = WrapperProps<typeof MermaidType>;

export default function MermaidWrapper(props: Props) {
  return (
    <>
      <div hidden data-mermaid-source={props.value} />
      <Mermaid {...props} />
    </>
  );
}
