// Files `npm run spec` writes, which the site imports. Declared here so that a type check needs
// nothing generated (`npm run typecheck` on a fresh clone), and so that the types come from the
// sources of truth rather than from whatever the last generated file held.

// The published spec as JSON: an OpenAPI 3.1 document, walked by the components that show parts of it.
declare module '@site/generated/static/openapi/messaging.json' {
  const spec: Record<string, any>;
  export default spec;
}

// The error catalog as JSON, in the shape openapi/error-catalog.schema.json checks.
declare module '@site/generated/static/rest/overview/error-codes.json' {
  const catalog: import('../../openapi/catalog').Catalog;
  export default catalog;
}
