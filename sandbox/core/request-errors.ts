// Turns a request schema's verdict into the API's answer. The schema says what is wrong; its
// `x-error-code` annotations and the catalog say which 422 code the API answers with. A body
// the schema cannot read as the request (not an object, a required field missing, a field of
// the wrong JSON type) is a 400: the general error page names malformed JSON and missing
// required fields, and the sources say nothing of wrong types, so the sandbox treats them alike.
import type { ErrorObject } from 'ajv';
import { apiError, type ApiError, type Catalog } from '../../openapi/catalog.ts';
import { specSchemas, type Spec } from './schemas.ts';

export type RequestVerdict = { ok: true } | { ok: false; status: 400 } | { ok: false; status: 422; errors: ApiError[] };

/** The first request field an Ajv error is about, or `base` for the body as a whole. */
function field(error: ErrorObject): string {
  const [first] = error.instancePath.split('/').filter(Boolean);
  if (first) return first;
  const params = error.params as { missingProperty?: string };
  return params.missingProperty ?? 'base';
}

/** The schema nodes from the root to the failing keyword's node. */
function nodesOn(schema: Record<string, any>, schemaPath: string): Record<string, any>[] {
  const nodes = [schema];
  let node: any = schema;
  for (const segment of schemaPath.replace(/^#\//, '').split('/').slice(0, -1)) {
    node = node?.[decodeURIComponent(segment).replace(/~1/g, '/').replace(/~0/g, '~')];
    if (node && typeof node === 'object') nodes.push(node);
  }
  return nodes;
}

/** The code for one failed keyword: a 422 code, 400, or undefined when another error says it. */
function codeFor(schema: Record<string, any>, error: ErrorObject): string | 400 | undefined {
  // A `not` fails when its own subschema matches, so that subschema names the code.
  const nodes = nodesOn(schema, error.keyword === 'not' ? `${error.schemaPath}/` : error.schemaPath);
  if (error.keyword === 'if' || error.keyword === 'propertyNames') return undefined; // reported by the branch that failed
  if (error.keyword === 'type') return nodes.at(-1)?.['x-type-error-code'] ?? 400;
  const code = nodes.map((node) => node['x-error-code']).filter((c): c is string => typeof c === 'string').at(-1);
  return code ?? (error.keyword === 'required' ? 400 : undefined);
}

export type RequestCheck = (body: unknown) => RequestVerdict;

/** Checks a request body against the spec's schema `schemaName`, as the API would answer. */
export function requestCheck(spec: Spec, catalog: Catalog, schemaName: string): RequestCheck {
  const schema = spec.components.schemas[schemaName] as Record<string, any>;
  const validate = specSchemas(spec).component(schemaName);
  return (body) => {
    if (body === null || typeof body !== 'object' || Array.isArray(body)) return { ok: false, status: 400 };
    if (validate(body)) return { ok: true };
    const seen = new Set<string>();
    const errors: ApiError[] = [];
    for (const error of validate.errors ?? []) {
      const code = codeFor(schema, error);
      if (code === 400) return { ok: false, status: 400 };
      if (!code) continue;
      const attribute = field(error);
      const key = `${code}:${attribute}`;
      if (seen.has(key)) continue;
      seen.add(key);
      errors.push(apiError(catalog, code, attribute));
    }
    // Any rule the schema enforces must map to an answer; a silent pass would be a lie.
    if (errors.length === 0) throw new Error(`Unmapped request schema error: ${JSON.stringify(validate.errors)}`);
    return { ok: false, status: 422, errors };
  };
}
