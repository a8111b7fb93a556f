// Error bodies exactly as the API returns them, built from the error catalog.
import CodeBlock from '@theme/CodeBlock';
import { apiError, statusError, type Catalog } from '@site/openapi/catalog.ts';
import catalogJson from '@site/generated/static/rest/overview/error-codes.json';

const catalog = catalogJson as Catalog;

/** The body of a 422 answer that carries `code`. */
export function ErrorBodyExample({ code }: { code: string }) {
  const body = { errors: [apiError(catalog, code)] };
  return <CodeBlock language="json">{JSON.stringify(body, null, 2)}</CodeBlock>;
}

/** The bare body of a failed request whose status is not 422, such as {"error": "Unauthorized"}. */
export function StatusBodyExample({ status }: { status: number }) {
  return <CodeBlock language="json">{JSON.stringify(statusError(catalog, status), null, 2)}</CodeBlock>;
}
