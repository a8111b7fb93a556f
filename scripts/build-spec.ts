// Builds the published spec from the Redocly bundle (generated/openapi.bundle.yaml) and the
// error catalog. Every error response gets one example per catalog code of its status, and a
// list of those codes linked to the error-codes page, so no error text is typed in the spec.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { stringify } from 'yaml';
import { apiError, requestEntry, type Catalog, type RequestErrorEntry } from '../openapi/catalog.ts';
import { bundledSpecPath, loadCatalog, path, readYaml } from './load.ts';

/** Where the site serves the error-codes page; the reference links there, not to production. */
const errorCodesPath = '/rest/overview/error-codes/';
const catalogJsonPath = 'generated/static/rest/overview/error-codes.json';

type Spec = Record<string, any>;

function operations(spec: Spec): [string, Spec][] {
  const items = { ...spec.paths, ...spec.webhooks } as Record<string, Spec>;
  return Object.entries(items).flatMap(([name, item]) =>
    Object.entries(item)
      .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
      .map(([method, op]): [string, Spec] => [`${method.toUpperCase()} ${name}`, op as Spec]),
  );
}

function resolve(spec: Spec, node: Spec): Spec {
  if (typeof node.$ref !== 'string') return node;
  const pointer = node.$ref.replace(/^#\//, '').split('/');
  return pointer.reduce((at: Spec, key: string) => at[key.replace(/~1/g, '/').replace(/~0/g, '~')], spec);
}

function codeList(entries: RequestErrorEntry[]): string {
  return entries.map((e) => `- [\`${e.code}\`](${errorCodesPath}#${e.code}): ${e.message}`).join('\n');
}

function addErrorExamples(spec: Spec, catalog: Catalog): Spec {
  const requestErrors = catalog.errors.filter((e): e is RequestErrorEntry => e.phase === 'request');
  const filled = new Set<Spec>();
  for (const [name, op] of operations(spec)) {
    for (const [status, ref] of Object.entries(op.responses ?? {})) {
      if (Number(status) < 400) continue;
      const response = resolve(spec, ref as Spec);
      const media = response.content?.['application/json'];
      const entries = requestErrors.filter((e) => e.http_status === Number(status));
      if (!media || entries.length === 0) {
        throw new Error(`${name} declares ${status}, but the error catalog has no code for it.`);
      }
      if (filled.has(response)) continue; // a shared response (#/components/responses)
      media.examples = Object.fromEntries(
        entries.map((e) => [e.code, { summary: e.title, value: { errors: [apiError(catalog, e.code)] } }]),
      );
      response.description = `${response.description.trim()}\n\nCodes returned with this status:\n\n${codeList(entries)}\n`;
      filled.add(response);
    }
  }
  return spec;
}

/** Each request field's description ends with the codes its rules answer with, linked. */
function linkFieldCodes(spec: Spec, catalog: Catalog): Spec {
  for (const schema of Object.values(spec.components.schemas) as Spec[]) {
    for (const property of Object.values(schema.properties ?? {}) as Spec[]) {
      const codes = [property['x-error-code'], property.items?.['x-error-code']].filter(Boolean) as string[];
      if (codes.length === 0) continue;
      const links = codes.map((code) => `[\`${requestEntry(catalog, code).code}\`](${errorCodesPath}#${code})`);
      property.description = `${property.description.trim()}\n\nError when broken: ${links.join(', ')}.\n`;
    }
  }
  return spec;
}

function write(relative: string, text: string) {
  mkdirSync(dirname(path(relative)), { recursive: true });
  writeFileSync(path(relative), text);
}

const catalog = loadCatalog();
const bundle = readYaml<Spec>('generated/openapi.bundle.yaml');
const spec = linkFieldCodes(addErrorExamples(bundle, catalog), catalog);
write(bundledSpecPath, stringify(spec, { lineWidth: 0 }));
write(bundledSpecPath.replace(/\.yaml$/, '.json'), `${JSON.stringify(spec, null, 2)}\n`);
write(catalogJsonPath, `${JSON.stringify(catalog, null, 2)}\n`);
console.log(`Wrote ${bundledSpecPath} (and .json), ${catalogJsonPath} (${catalog.errors.length} error codes).`);
