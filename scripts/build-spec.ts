// Builds the published spec from the Redocly bundle (generated/openapi.bundle.yaml) and the
// error catalog. Every error response gets its examples from the catalog: a 422 one per code
// its operation can return, a bare status its `{"error": ...}` body; and each request field
// links the codes its rules answer with (in the reference pages' copy). So no error text is typed
// in the spec.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { stringify } from 'yaml';
import { deref } from '../openapi/refs.ts';
import { apiError, requestEntry, statusEntry, statusError, validationStatus, type Catalog, type RequestErrorEntry } from '../openapi/catalog.ts';
import { inBrowserServer } from '../sandbox/core/in-browser.ts';
import { markdownCodeLink as codeLink } from '../openapi/site-paths.ts';
import { bundledSpecPath, catalogJsonPath, loadCatalog, path, readYaml, referenceSpecPath } from './load.ts';

// The reference links codes to the site's own error-codes page, not to production's.

type Spec = Record<string, any>;

function operations(spec: Spec): [string, Spec][] {
  const items = { ...spec.paths, ...spec.webhooks } as Record<string, Spec>;
  return Object.entries(items).flatMap(([name, item]) =>
    Object.entries(item)
      .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
      .map(([method, op]): [string, Spec] => [`${method.toUpperCase()} ${name}`, op as Spec]),
  );
}

/** A 422 of this operation: its own copy of the shared response, with this operation's codes. */
function validationResponse(spec: Spec, name: string, op: Spec, shared: Spec, entries: RequestErrorEntry[], catalog: Catalog): Spec {
  if (entries.length === 0) throw new Error(`${name} declares ${validationStatus}, but no catalog code names ${op.operationId}.`);
  const response = structuredClone(shared);
  response.content['application/json'].examples = Object.fromEntries(
    entries.map((e) => [e.code, { summary: e.title, value: { errors: [apiError(catalog, e.code)] } }]),
  );
  const list = entries.map((e) => `- ${codeLink(e.code)}: ${e.message}`).join('\n');
  response.description = `${response.description.trim()}\n\nCodes returned by this operation:\n\n${list}\n`;
  return response;
}

function addErrorExamples(spec: Spec, catalog: Catalog): Spec {
  const requestErrors = catalog.errors.filter((e): e is RequestErrorEntry => e.phase === 'request');
  const filled = new Set<Spec>();
  for (const [name, op] of operations(spec)) {
    for (const [status, ref] of Object.entries(op.responses ?? {})) {
      if (Number(status) < 400) continue;
      const response = deref(spec, ref as Spec);
      const entry = statusEntry(catalog, Number(status));
      if (entry.body === 'errors') {
        const entries = requestErrors.filter((e) => e.operations.includes(op.operationId));
        op.responses[status] = validationResponse(spec, name, op, response, entries, catalog);
        continue;
      }
      const media = response.content?.['application/json'];
      if (entry.body === 'unspecified') {
        if (media) throw new Error(`${name} gives ${status} a body, but the catalog says its body is not specified.`);
        continue;
      }
      if (!media) throw new Error(`${name} declares ${status} without its {"error": ...} body.`);
      if (filled.has(response)) continue; // a shared response (#/components/responses)
      media.examples = { [entry.reason.replace(/\W/g, '')]: { summary: `${status} ${entry.reason}`, value: statusError(catalog, entry.status) } };
      filled.add(response);
    }
  }
  return spec;
}

/** Every error code a schema's rules answer with, in the order they appear. */
function codesIn(node: unknown, found = new Set<string>()): Set<string> {
  if (!node || typeof node !== 'object') return found;
  for (const [key, value] of Object.entries(node)) {
    if ((key === 'x-error-code' || key === 'x-type-error-code') && typeof value === 'string') found.add(value);
    else codesIn(value, found);
  }
  return found;
}

/** Each request field's description ends with the codes its rules answer with, linked. */
function linkFieldCodes(spec: Spec, catalog: Catalog): Spec {
  for (const schema of Object.values(spec.components.schemas) as Spec[]) {
    for (const property of Object.values(schema.properties ?? {}) as Spec[]) {
      const codes = [...codesIn(property)];
      if (codes.length === 0) continue;
      const links = codes.map((code) => codeLink(requestEntry(catalog, code).code));
      property.description = `${property.description.trim()}\n\nError when broken: ${links.join(', ')}.\n`;
    }
  }
  return spec;
}

/**
 * Each operation's console starts from its request body's first named example. The theme fills the
 * console from the body schema's own `example`, or else builds one from every field's example,
 * which for a send is an MMS with a callback and custom variables: a reader pressing send with the
 * defaults should see the plain SMS the guides start with instead.
 */
function consoleStartsFromFirstExample(spec: Spec): Spec {
  for (const [path, item] of Object.entries(spec.paths as Record<string, Spec>)) {
    for (const [method, op] of Object.entries(item)) {
      const media = op.requestBody && deref(spec, op.requestBody).content?.['application/json'];
      const [first] = Object.values<Spec>(media?.examples ?? {});
      if (!first) continue;
      const schema = deref(spec, media.schema);
      const value = deref(spec, first).value;
      // A schema two operations share can start only one console.
      if (schema.example !== undefined && !isDeepStrictEqual(schema.example, value)) {
        throw new Error(`${method.toUpperCase()} ${path}: its body schema already starts another operation's console from a different example.`);
      }
      schema.example = structuredClone(value);
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
const spec = addErrorExamples(bundle, catalog);
write(bundledSpecPath, stringify(spec, { lineWidth: 0 }));
write(bundledSpecPath.replace(/\.yaml$/, '.json'), `${JSON.stringify(spec, null, 2)}\n`);
write(catalogJsonPath, `${JSON.stringify(catalog, null, 2)}\n`);
// The copy the HTML reference is generated from differs three times. The theme shows no
// x-error-code, so each field's description links its codes there, while the published spec, which
// tools and SDK generators read, keeps them machine-readable only. The reference's console offers
// the sandbox in the reader's browser first, while the published spec names only servers that
// exist on a network. And each console starts from its operation's first example, which the
// published spec says once, beside the others, rather than again in the schema.
const reference = consoleStartsFromFirstExample(linkFieldCodes(structuredClone(spec), catalog));
write(referenceSpecPath, stringify({ ...reference, servers: [inBrowserServer, ...reference.servers] }, { lineWidth: 0 }));
console.log(`Wrote ${bundledSpecPath} (and .json), ${catalogJsonPath} (${catalog.errors.length} error codes).`);
