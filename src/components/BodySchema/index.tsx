// The body of a request or a response on the reference pages: per media type, a "Schema" tab with
// the field tree and one tab per example. It is the stock theme's layout, rendered on the server:
// the stock RequestSchema and ResponseSchema wrap it in <BrowserOnly>, which leaves skeletons in
// the HTML, so readers without JavaScript, the local search index and the Markdown copies never
// saw a field. Nothing here touches the browser, so server and client render the same markup.
//
// Left different on purpose: one code path for requests and responses, however many media types
// (the stock request has a separate single-type branch, whose tab value is `<type>-schema`); no
// generated example beside the spec's own; and the field list is a real list (src/theme/SchemaItem).
// Follows: docusaurus-theme-openapi-docs@5.2.0 lib/theme/RequestSchema/index.js sha256:ce06b111abfc6425
// Follows: docusaurus-theme-openapi-docs@5.2.0 lib/theme/ResponseSchema/index.js sha256:6900a2d39665bb9c
// isFieldList below mirrors how the stock Schema picks what to draw at the top of a body:
// Follows: docusaurus-theme-openapi-docs@5.2.0 lib/theme/Schema/index.js sha256:6ae0000f696ff3ec
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
import { SchemaItemsInList } from '@site/src/theme/SchemaItem';

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

type Body = NonNullable<BodySchemaProps['body']>;

// The stock components draw this badge two ways, and the reader should see the stock one: a
// request with one media type (every request of this spec) gets a <strong> whenever `required` is
// set; a request with several, and any response, get a <span> only for `required: true`.
function RequiredBadge({ kind, body, mediaTypes }: { kind: 'request' | 'response'; body: Body; mediaTypes: number }) {
  if (kind === 'request' && mediaTypes === 1) {
    return body.required ? <strong className="openapi-schema__required">{requiredLabel()}</strong> : null;
  }
  return body.required === true ? <span className="openapi-schema__required">{requiredLabel()}</span> : null;
}

function Summary({ kind, title, body, isArray, mediaTypes }: { kind: 'request' | 'response'; title: string; isArray: boolean; body: Body; mediaTypes: number }) {
  const badge = <RequiredBadge kind={kind} body={body} mediaTypes={mediaTypes} />;
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

type Schema = NonNullable<MediaType['schema']> & Record<string, unknown>;

// A schema that is only an object's fields is drawn as one SchemaItem per field, right inside the
// container, so the container can be a list of them. Any other shape (allOf, oneOf, a
// discriminator, an array...) puts tabs, badges or brackets there, which are no list items: those
// get a plain block, as the fields nested deeper do.
const isFieldList = (schema: Schema) =>
  !!schema.properties && !['allOf', 'oneOf', 'anyOf', 'discriminator', 'items', 'additionalProperties'].some((key) => schema[key]);

function Fields({ kind, schema }: { kind: 'request' | 'response'; schema: Schema }) {
  const node = <SchemaNode schema={schema} schemaType={kind} schemaPath={kind === 'request' ? 'requestBody' : undefined} />;
  if (!isFieldList(schema)) {
    return <div style={{ margin: '0 0 var(--ifm-list-margin) 1rem', paddingLeft: 'var(--ifm-list-left-padding)' }}>{node}</div>;
  }
  return (
    <ul style={{ marginLeft: '1rem' }}>
      <SchemaItemsInList>{node}</SchemaItemsInList>
    </ul>
  );
}

export default function BodySchema({ kind, title, body, style }: BodySchemaProps & { kind: 'request' | 'response' }): ReactNode {
  const content = body?.content;
  if (!body || !content || Object.keys(content).length === 0) return null;
  const mediaTypes = Object.keys(content).length;

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
                  summary={<Summary kind={kind} title={title} body={body} isArray={schema.type === 'array'} mediaTypes={mediaTypes} />}
                >
                  {body.description && (
                    <div style={{ textAlign: 'left', margin: '1rem 0 1rem 1rem' }}>
                      <Markdown>{body.description}</Markdown>
                    </div>
                  )}
                  <Fields kind={kind} schema={schema as Schema} />
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
