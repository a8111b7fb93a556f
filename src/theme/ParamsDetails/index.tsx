// The stock component renders the path, query, header and cookie parameters inside <BrowserOnly>,
// so the server sent a skeleton; this one renders the same lists on the server. One change: the
// stock ParamsItem is a <div>, put straight into the <ul>, a list without items to a screen
// reader; here each goes in an <li> that draws nothing itself.
// Follows: docusaurus-theme-openapi-docs@5.2.0 lib/theme/ParamsDetails/index.js sha256:be8427f1a1366eb4
import { translate } from '@docusaurus/Translate';
import Details from '@theme/Details';
import ParamsItem from '@theme/ParamsItem';
import { listItemStyle } from '@site/src/theme/SchemaItem';

interface Parameter {
  in?: string;
  schema?: { 'x-enumDescriptions'?: Record<string, string>; items?: { 'x-enumDescriptions'?: Record<string, string> } };
}

const locations = ['path', 'query', 'header', 'cookie'];

export default function ParamsDetails({ parameters }: { parameters?: Parameter[] }) {
  return (
    <>
      {locations.map((location) => {
        const params = parameters?.filter((param) => param?.in === location) ?? [];
        if (params.length === 0) return null;
        const type = location.charAt(0).toUpperCase() + location.slice(1);
        return (
          <Details
            key={location}
            className="openapi-markdown__details"
            style={{ marginBottom: '1rem' }}
            data-collapsed={false}
            open
            summary={
              <summary>
                <h3 className="openapi-markdown__details-summary-header-params">
                  {translate({ id: 'theme.openapi.paramsDetails.parametersTitle', message: '{type} Parameters' }, { type })}
                </h3>
              </summary>
            }
          >
            <ul>
              {params.map((param, index) => (
                <li key={index} style={listItemStyle}>
                  <ParamsItem
                    className="paramsItem"
                    param={{
                      ...param,
                      enumDescriptions: Object.entries(param.schema?.['x-enumDescriptions'] ?? param.schema?.items?.['x-enumDescriptions'] ?? {}),
                    }}
                  />
                </li>
              ))}
            </ul>
          </Details>
        );
      })}
    </>
  );
}
