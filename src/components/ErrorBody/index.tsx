import CodeBlock from '@theme/CodeBlock';
import { apiError, type Catalog } from '@site/openapi/catalog.ts';
import catalogJson from '@site/generated/static/rest/overview/error-codes.json';

/** An error body exactly as the API returns it for `code`, built from the catalog. */
export function ErrorBodyExample({ code }: { code: string }) {
  const body = { errors: [apiError(catalogJson as Catalog, code)] };
  return <CodeBlock language="json">{JSON.stringify(body, null, 2)}</CodeBlock>;
}
