// A Mermaid diagram as src/plugins/mermaid-svg.ts drew it at build time: one SVG for each color
// mode, of which CSS shows the page's (custom.css), so no script draws or switches anything. The
// SVGs go in as HTML, which React hydrates as is. The source stays in a hidden, empty element,
// which src/plugins/markdown-copies/from-html.ts turns back into a ```mermaid block (the copy
// has no use for the SVGs, and hast-util-to-mdast drops them).
import CodeBlock from '@theme/CodeBlock';

interface Props {
  /** The diagram's source. */
  value: string;
  /** The SVGs, unless `unrendered` says why they could not be drawn (the dev server without Chromium). */
  light?: string;
  dark?: string;
  unrendered?: string;
}

export default function Mermaid({ value, light, dark, unrendered }: Props) {
  if (light === undefined || dark === undefined) {
    if (unrendered === undefined) {
      // A content plugin without src/plugins/mermaid-svg.ts among its remark plugins: fail the build.
      throw new Error('A Mermaid diagram reached the page undrawn: add src/plugins/mermaid-svg.ts to its content plugin\'s beforeDefaultRemarkPlugins.');
    }
    return (
      <div className="mermaid-diagram mermaid-diagram--unrendered">
        <p>
          <strong>This diagram is not drawn here.</strong> {unrendered} Its source:
        </p>
        <CodeBlock language="mermaid">{value}</CodeBlock>
      </div>
    );
  }
  return (
    <div className="mermaid-diagram">
      <div hidden data-mermaid-source={value} />
      <div data-mermaid-mode="light" dangerouslySetInnerHTML={{ __html: light }} />
      <div data-mermaid-mode="dark" dangerouslySetInnerHTML={{ __html: dark }} />
    </div>
  );
}
