// Turns the request schema's verdict into the API's errors. The schema says what is wrong;
// its `x-error-code` annotations and the catalog say which code and message the API answers.
import type { ErrorObject } from 'ajv';
import { apiError, type ApiError, type Catalog } from '../../openapi/catalog.ts';
import { specSchemas, type Spec } from './schemas.ts';

const requestSchemaName = 'SendMessageRequest';

/** The first request field an Ajv error is about, or null for the body as a whole. */
function field(error: ErrorObject): string | null {
  const [first] = error.instancePath.split('/').filter(Boolean);
  if (first) return first;
  const params = error.params as { missingProperty?: string; additionalProperty?: string };
  return params.missingProperty ?? params.additionalProperty ?? null;
}

/** The innermost `x-error-code` on the way from the schema's root to the failing keyword. */
function annotatedCode(schema: Record<string, any>, schemaPath: string): string | undefined {
  let node: any = schema;
  let code: string | undefined = node['x-error-code'];
  for (const segment of schemaPath.replace(/^#\//, '').split('/')) {
    node = node?.[decodeURIComponent(segment).replace(/~1/g, '/').replace(/~0/g, '~')];
    if (node && typeof node === 'object' && typeof node['x-error-code'] === 'string') code = node['x-error-code'];
  }
  return code;
}

function codeFor(schema: Record<string, any>, error: ErrorObject): string | undefined {
  switch (error.keyword) {
    case 'if':
      return undefined; // Ajv reports the failing `else` branch separately.
    case 'type':
      return 'invalid_parameter_type';
    case 'additionalProperties':
      return 'unknown_parameter';
    default:
      return annotatedCode(schema, error.schemaPath) ?? (error.keyword === 'required' ? 'parameter_required' : undefined);
  }
}

export type RequestCheck = (body: unknown) => ApiError[];

/**
 * Checks a send-message request body against the spec's request schema and returns the
 * errors the API answers with: none for a valid body, one per broken rule otherwise.
 */
export function sendMessageRequestCheck(spec: Spec, catalog: Catalog): RequestCheck {
  const schema = spec.components.schemas[requestSchemaName] as Record<string, any>;
  const validate = specSchemas(spec).component(requestSchemaName);
  return (body) => {
    if (body === null || typeof body !== 'object' || Array.isArray(body)) {
      return [apiError(catalog, 'invalid_request_body')];
    }
    if (validate(body)) return [];
    const seen = new Set<string>();
    const errors: ApiError[] = [];
    for (const error of validate.errors ?? []) {
      const code = codeFor(schema, error);
      if (!code) continue;
      const attribute = field(error);
      const key = `${code}:${attribute}`;
      if (seen.has(key)) continue;
      seen.add(key);
      errors.push(apiError(catalog, code, attribute));
    }
    // Any rule the schema enforces must map to a code; a silent pass would be a lie.
    if (errors.length === 0) throw new Error(`Unmapped request schema error: ${JSON.stringify(validate.errors)}`);
    return errors;
  };
}
