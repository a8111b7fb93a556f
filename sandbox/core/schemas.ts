// JSON Schema validation against the spec's own components, shared by the sandbox and the
// tests. Ajv runs in Node and in browsers alike, so nothing here touches Node APIs.
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

export type Spec = { components: { schemas: Record<string, unknown> } } & Record<string, any>;

const specId = 'https://signalwire.invalid/openapi.json';

export interface SpecSchemas {
  /** A validator for `#/components/schemas/<name>`. */
  component(name: string): ValidateFunction;
  /** A validator for any schema object of the spec, with its `#/components/...` refs resolved. */
  compile(schema: object): ValidateFunction;
}

export function specSchemas(spec: Spec): SpecSchemas {
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
  addFormats(ajv);
  // OpenAPI's own vocabulary: documentation for people and for the sandbox's error mapping.
  ajv.addVocabulary(['components', 'x-error-code', 'x-type-error-code', 'x-rule', 'x-enumDescriptions', 'example']);
  // A length in UTF-8 bytes, which JSON Schema's maxLength (code points) cannot say.
  ajv.addKeyword({
    keyword: 'x-max-bytes',
    type: 'string',
    schemaType: 'number',
    validate: (max: number, data: string) => new TextEncoder().encode(data).length <= max,
  });
  ajv.addSchema({ $id: specId, components: spec.components });
  const cache = new Map<object, ValidateFunction>();
  const compile = (schema: object) => {
    let validate = cache.get(schema);
    if (!validate) {
      validate = ajv.compile({ $id: `${specId}-${cache.size}`, ...rebase(schema) });
      cache.set(schema, validate);
    }
    return validate;
  };
  return {
    component: (name) => ajv.getSchema(`${specId}#/components/schemas/${name}`) ?? fail(name),
    compile,
  };
}

function fail(name: string): never {
  throw new Error(`The spec has no schema named ${name}.`);
}

// A schema taken out of the spec still says `#/components/...`; point its refs at the spec.
function rebase(schema: object): object {
  return JSON.parse(JSON.stringify(schema), (key, value) =>
    key === '$ref' && typeof value === 'string' && value.startsWith('#/') ? `${specId}${value}` : value,
  );
}
