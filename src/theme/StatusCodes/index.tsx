// The responses of an operation, one tab per status, as the stock component lays them out, with
// one addition: each panel carries its status as text. With JavaScript the tab says it and the
// label stays hidden; without JavaScript tabs cannot switch, so the reference shows every panel
// (see the <noscript> style in docusaurus.config.ts) and the label says which response it is.
// The label is a heading because the local search indexes a page by its headings, each with the
// content that follows it: the panels sit outside the "Responses" heading's reach, so without
// their own heading no response's description was searchable. Its hidden hash link is where the
// search sends a result, the responses' heading, since a panel has no address of its own.
// The stock ResponseHeaders puts its SchemaItems straight into a <ul>; they are told to be its
// list items (src/theme/SchemaItem).
// Follows: docusaurus-theme-openapi-docs@5.2.0 lib/theme/StatusCodes/index.js sha256:6157aceb596fa938
import { translate } from '@docusaurus/Translate';
import ApiTabs from '@theme/ApiTabs';
import Details from '@theme/Details';
import Markdown from '@theme/Markdown';
import ResponseHeaders from '@theme/ResponseHeaders';
import ResponseSchema from '@theme/ResponseSchema';
import TabItem from '@theme/TabItem';
import { SchemaItemsInList } from '@site/src/theme/SchemaItem';

interface Response {
  description?: string;
  headers?: Record<string, unknown>;
  content?: Record<string, never>;
}

export default function StatusCodes({ label, id, responses }: { label?: string; id?: string; responses?: Record<string, Response> }) {
  const codes = Object.keys(responses ?? {});
  if (!responses || codes.length === 0) return null;
  return (
    <ApiTabs label={label} id={id}>
      {codes.map((code) => {
        const response = responses[code];
        return (
          <TabItem key={code} label={code} value={code}>
            <h3 className="openapi-status-label">
              {translate({ id: 'site.statusCodes.noscriptLabel', message: 'Response {code}' }, { code })}
              <a className="hash-link" href={`#${id ?? 'responses'}`} hidden aria-hidden="true" tabIndex={-1} />
            </h3>
            {response.description && (
              <div style={{ margin: '.5rem 0' }}>
                <Markdown>{response.description}</Markdown>
              </div>
            )}
            {response.headers && (
              <Details
                className="openapi-markdown__details"
                data-collapsed
                open={false}
                style={{ textAlign: 'left', marginBottom: '1rem' }}
                summary={
                  <summary>
                    <strong>{translate({ id: 'theme.openapi.statusCodes.responseHeaders', message: 'Response Headers' })}</strong>
                  </summary>
                }
              >
                <SchemaItemsInList>
                  <ResponseHeaders responseHeaders={response.headers} />
                </SchemaItemsInList>
              </Details>
            )}
            <ResponseSchema
              title={translate({ id: 'theme.openapi.statusCodes.schemaTitle', message: 'Schema' })}
              body={{ content: response.content }}
            />
          </TabItem>
        );
      })}
    </ApiTabs>
  );
}
