// The body of a request or a response on the reference pages: per media type, a "Schema" tab with
// the field tree and one tab per example. It is the stock theme's layout, rendered on the server:
// the stock RequestSchema and ResponseSchema wrap it in <BrowserOnly>, which leaves skeletons in
// the HTML, so readers without JavaScript, the local search index and the Markdown copies never
// saw a field. Nothing here touches the browser, so server and client render the same markup.
import type { CSSProperties, ReactNode } from 'react';
import { translate } from '@docusaurus/Translate';
import Details from '@theme/Details';
import Markdown from '@theme/Markdown';
import MimeTabs from '@theme/MimeTabs';
import { ExampleFromSchema, ResponseExample, ResponseExamples } from '@theme/ResponseExamples';
import SchemaNode from '@theme/Schema';
import SchemaExpansionControl from '@theme/SchemaExpansion';
import SchemaTabs from '@theme/SchemaTabs';
import TabItem from '@theme/TabItem';

interface MediaType {
  schema?: { type?: string; properties?: Record<string, unknown> };
  example?: unknown;
  examples?: Record<string, unknown>;
}

export interface BodySchemaProps {
  title: string;
  style?: CSSProperties;
  body?: { content?: Record<string, MediaType>; description?: string; required?: boolean | string[] };
}

const requiredLabel = () => translate({ id: 'theme.openapi.schemaItem.required', message: 'required' });

function Summary({ kind, title, body, isArray }: { kind: 'request' | 'response'; title: string; isArray: boolean; body: NonNullable<BodySchemaProps['body']> }) {
  const badge = body.required === true && <span className="openapi-schema__required">{requiredLabel()}</span>;
  return (
    <summary className="openapi-markdown__details-summary--with-control">
      {kind === 'request' ? (
        <h3 className="openapi-markdown__details-summary-header-body">
          {translate({ id: 'theme.openapi.request.body.title', message: title })}
          {isArray && <span style={{ opacity: 0.6 }}> array</span>}
          {badge}
        </h3>
      ) : (
        <strong className="openapi-markdown__details-summary-response">
          {title}
          {badge}
        </strong>
      )}
      <SchemaExpansionControl />
    </summary>
  );
}

export default function BodySchema({ kind, title, body, style }: BodySchemaProps & { kind: 'request' | 'response' }): ReactNode {
  const content = body?.content;
  if (!body || !content || Object.keys(content).length === 0) return null;

  return (
    <MimeTabs className="openapi-tabs__mime" schemaType={kind}>
      {Object.entries(content).map(([mimeType, media]) => {
        const schema = media?.schema;
        if (!schema || (schema.properties && Object.keys(schema.properties).length === 0)) {
          return (
            <TabItem key={mimeType} label={mimeType} value={mimeType}>
              <div>{translate({ id: 'theme.openapi.schema.noSchema', message: 'No schema' })}</div>
            </TabItem>
          );
        }
        // A generated example only stands in where the spec gives none: ours always gives some,
        // and an invented one beside them would show values the API never sends.
        const hasExamples = media.examples !== undefined || media.example !== undefined;
        return (
          <TabItem key={mimeType} label={mimeType} value={mimeType}>
            <SchemaTabs className="openapi-tabs__schema">
              <TabItem key={title} label={title} value={title}>
                <Details
                  className={`openapi-markdown__details ${kind === 'request' ? 'mime' : 'response'}`}
                  data-collapsed={false}
                  open
                  style={style}
                  summary={<Summary kind={kind} title={title} body={body} isArray={schema.type === 'array'} />}
                >
                  {body.description && (
                    <div style={{ textAlign: 'left', margin: '1rem 0 1rem 1rem' }}>
                      <Markdown>{body.description}</Markdown>
                    </div>
                  )}
                  <ul style={{ marginLeft: '1rem' }}>
                    <SchemaNode schema={schema} schemaType={kind} schemaPath={kind === 'request' ? 'requestBody' : undefined} />
                  </ul>
                </Details>
              </TabItem>
              {!hasExamples && ExampleFromSchema({ schema, mimeType })}
              {media.examples && ResponseExamples({ responseExamples: media.examples, mimeType })}
              {media.example !== undefined && ResponseExample({ responseExample: media.example, mimeType })}
            </SchemaTabs>
          </TabItem>
        );
      })}
    </MimeTabs>
  );
}
