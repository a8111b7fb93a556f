import CodeBlock from '@theme/CodeBlock';
import { apiError, type Catalog } from '@site/openapi/catalog.ts';
import catalogJson from '@site/generated/static/rest/overview/error-codes.json';
import spec from '@site/generated/static/openapi/messaging.json';
import InlineCode from '../InlineCode';

interface FieldSchema {
  type: string | string[];
  description: string;
}

const errorSchema = spec.components.schemas.Error as { properties: Record<string, FieldSchema> };

/** An error body exactly as the API returns it for `code`, built from the catalog. */
export function ErrorBodyExample({ code }: { code: string }) {
  const body = { errors: [apiError(catalogJson as Catalog, code)] };
  return <CodeBlock language="json">{JSON.stringify(body, null, 2)}</CodeBlock>;
}

/** The fields of one error, described as the spec describes them. */
export function ErrorBodyFields() {
  return (
    <table>
      <thead>
        <tr>
          <th>Field</th>
          <th>Type</th>
          <th>Description</th>
        </tr>
      </thead>
      <tbody>
        {Object.entries(errorSchema.properties).map(([name, field]) => (
          <tr key={name}>
            <td>
              <code>{name}</code>
            </td>
            <td>{[field.type].flat().join(' or ')}</td>
            <td>
              <InlineCode text={field.description} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
