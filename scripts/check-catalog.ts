// Consistency checks between the error catalog and the spec. The tests run them on the real
// files and on broken copies, so a code the spec uses but the catalog lacks cannot slip in.
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { Catalog } from '../openapi/catalog.ts';

export function catalogProblems(catalog: unknown, schema: object): string[] {
  const ajv = new Ajv2020({ allErrors: true, strictRequired: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  if (!validate(catalog)) {
    return (validate.errors ?? []).map((e) => `catalog${e.instancePath}: ${e.message}`);
  }
  const { errors, statuses } = catalog as Catalog;
  const twice = <T>(items: T[]) => items.filter((item, i) => items.indexOf(item) !== i);
  return [...twice(errors.map((e) => e.code)), ...twice(statuses.map((s) => s.status))].map((key) => `catalog: ${key} is listed twice`);
}

type Node = Record<string, any>;

function walk(node: unknown, visit: (node: Node, path: string) => void, path = '#'): void {
  if (!node || typeof node !== 'object') return;
  visit(node as Node, path);
  for (const [key, child] of Object.entries(node)) walk(child, visit, `${path}/${key}`);
}

/** Every error code the spec names, with where it names it, checked against the catalog. */
export function specCodeProblems(spec: unknown, catalog: Catalog): string[] {
  const problems: string[] = [];
  const byCode = new Map(catalog.errors.map((e) => [e.code, e]));
  walk(spec, (node, path) => {
    const annotated = node['x-error-code'];
    if (typeof annotated === 'string' && byCode.get(annotated)?.phase !== 'request') {
      problems.push(`${path}: x-error-code ${annotated} is not a request error in the catalog`);
    }
    // An API error: every field must be the catalog's, its url the code's anchor.
    if (typeof node.code === 'string' && typeof node.type === 'string' && 'url' in node) {
      const entry = byCode.get(node.code);
      if (!entry || entry.phase !== 'request') {
        problems.push(`${path}: error code ${node.code} is not a request error in the catalog`);
      } else {
        if (node.message !== entry.message) problems.push(`${path}: message differs from the catalog's for ${node.code}`);
        if (node.type !== entry.type) problems.push(`${path}: type differs from the catalog's for ${node.code}`);
        if (node.url !== `${catalog.base_url}#${node.code}`) problems.push(`${path}: url is not the anchor of ${node.code}`);
      }
    }
    // A message or status callback event that failed delivery.
    if (typeof node.error_code === 'string') {
      const entry = byCode.get(node.error_code);
      if (!entry || entry.phase !== 'delivery') {
        problems.push(`${path}: error_code ${node.error_code} is not a delivery error in the catalog`);
      } else if (node.error_message !== entry.message) {
        problems.push(`${path}: error_message differs from the catalog's for ${node.error_code}`);
      }
    }
  });
  return problems;
}
