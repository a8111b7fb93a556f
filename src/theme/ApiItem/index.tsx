// A reference page, laid out as the OpenAPI theme's ApiItem lays it out, without what only the
// try-it console needs. The stock ApiItem decompressed the operation (pako), read the saved server
// and credentials, and created the console's Redux Toolkit store with its persistence middleware on
// every render, before hydration, although nothing the page shows reads that store: the console
// loads lazily (src/theme/ApiExplorer). All of that now happens in the console's own chunk
// (./console-store.tsx); the page keeps the little it shares with the console in a plain store
// (./page-state.ts). The markup is the stock one, element for element.
// Follows: docusaurus-theme-openapi-docs@5.2.0 lib/theme/ApiItem/index.js sha256:fd059f169de5c073
import { useMemo, type ComponentProps, type ReactNode } from 'react';
import BrowserOnly from '@docusaurus/BrowserOnly';
import { DocProvider } from '@docusaurus/plugin-content-docs/client';
import { HtmlClassNameProvider } from '@docusaurus/theme-common';
import ApiExplorer from '@theme/ApiExplorer';
import { tryItId } from '@site/src/theme/ApiExplorer/MethodEndpoint';
import DocItemLayout from '@theme/ApiItem/Layout';
import CodeBlock from '@theme/CodeBlock';
import DocItemMetadata from '@theme/DocItem/Metadata';
import { SchemaExpansionProvider } from '@theme/SchemaExpansion';
import SkeletonLoader from '@theme/SkeletonLoader';
import { createPageState, PageStateContext } from './page-state';

type Content = ComponentProps<typeof DocProvider>['content'];

interface ReferenceFrontMatter {
  /** The operation, gzipped and base64-encoded by the plugin; decoded in the console's chunk. */
  api?: string;
  info_path?: string;
  schema?: boolean;
  sample?: unknown;
}

export default function ApiItem({ content }: { content: Content }): ReactNode {
  const MDXComponent = content;
  const frontMatter = content.frontMatter as ReferenceFrontMatter;
  const { api, info_path: infoPath, schema, sample } = frontMatter;
  const id = content.metadata.id;
  const pageState = useMemo(() => createPageState(), [id]);
  const docHtmlClassName = `docs-doc-id-${id}`;

  const page = (children: ReactNode) => (
    <DocProvider content={content}>
      <HtmlClassNameProvider className={docHtmlClassName}>
        <DocItemMetadata />
        <DocItemLayout>{children}</DocItemLayout>
      </HtmlClassNameProvider>
    </DocProvider>
  );

  // The text on the left, and on the right the console or a schema's sample.
  const panels = (leftClass: string, right: ReactNode, rightId?: string) => (
    <SchemaExpansionProvider>
      <div className="row theme-api-markdown">
        <div className={`col col--7 openapi-left-panel__container${leftClass}`}>
          <MDXComponent />
        </div>
        <div id={rightId} className="col col--5 openapi-right-panel__container">
          {right}
        </div>
      </div>
    </SchemaExpansionProvider>
  );

  if (api) {
    return page(
      <PageStateContext.Provider value={pageState}>
        {panels('', <BrowserOnly fallback={<SkeletonLoader size="lg" />}>{() => <ApiExplorer api={api} infoPath={infoPath} />}</BrowserOnly>, tryItId)}
      </PageStateContext.Provider>,
    );
  }
  if (schema) {
    return page(
      panels(
        ' schema',
        <CodeBlock language="json" title={`${content.frontMatter.title}`}>
          {JSON.stringify(sample, null, 2)}
        </CodeBlock>,
      ),
    );
  }
  return page(
    <div className="row">
      <div className="col col--12 markdown">
        <MDXComponent />
      </div>
    </div>,
  );
}
