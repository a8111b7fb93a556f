// One operation's OpenAPI description on its own: a valid document that holds that operation,
// with every schema, response and example it references written in place, and nothing else of
// the spec. An agent that reads one reference page gets the whole contract of that operation.
import { refTarget } from '../../../openapi/refs';

type Node = Record<string, unknown>;
export type Spec = Node & {
  openapi: string;
  info: Node & { title: string; version: string };
  paths?: Record<string, Record<string, Node>>;
  webhooks?: Record<string, Record<string, Node>>;
  tags?: Node[];
  components?: Node & { securitySchemes?: Record<string, Node> };
};

/** Where an operation sits in the spec: under a path, or under a webhook's name. */
export interface OperationPlace {
  kind: 'path' | 'webhook';
  /** The path (/api/messaging/messages) or the webhook's name (messageStatus). */
  key: string;
  method: string;
  operation: Node;
}

export function operationsOf(spec: Spec): OperationPlace[] {
  const places: OperationPlace[] = [];
  for (const [kind, items] of [['path', spec.paths], ['webhook', spec.webhooks]] as const) {
    for (const [key, item] of Object.entries(items ?? {})) {
      for (const [method, operation] of Object.entries(item)) {
        if (typeof operation === 'object' && operation !== null && 'responses' in operation) {
          places.push({ kind, key, method, operation });
        }
      }
    }
  }
  return places;
}

/** `value` with every local `$ref` replaced by what it points at; keywords beside a `$ref` win. */
export function inlineRefs<T>(value: T, spec: Spec, trail: string[] = []): T {
  if (Array.isArray(value)) return value.map((item) => inlineRefs(item, spec, trail)) as T;
  if (typeof value !== 'object' || value === null) return value;
  const node = value as Node;
  if (typeof node.$ref === 'string') {
    const ref = node.$ref;
    if (trail.includes(ref)) throw new Error(`${ref} refers to itself (${[...trail, ref].join(' → ')}): it cannot be written in place.`);
    const target = refTarget(spec, ref);
    if (target === undefined) throw new Error(`${ref} points at nothing in the spec.`);
    const { $ref: _, ...beside } = node;
    return { ...(inlineRefs(target, spec, [...trail, ref]) as Node), ...inlineRefs(beside, spec, trail) } as T;
  }
  return Object.fromEntries(Object.entries(node).map(([key, item]) => [key, inlineRefs(item, spec, trail)])) as T;
}

/** The security scheme names an operation uses (its own list, or the document's). */
function schemesUsed(operation: Node, spec: Spec): string[] {
  const requirements = (operation.security ?? spec.security ?? []) as Record<string, unknown>[];
  return [...new Set(requirements.flatMap((requirement) => Object.keys(requirement)))];
}

/** A self-contained OpenAPI document for one operation. */
export function operationDocument(spec: Spec, place: OperationPlace): Spec {
  const operation = inlineRefs(place.operation, spec);
  const tagNames = (operation.tags ?? []) as string[];
  const schemes = schemesUsed(place.operation, spec);
  const item = { [place.method]: operation };
  const document: Spec = {
    openapi: spec.openapi,
    info: {
      title: `${spec.info.title}: ${String(operation.summary ?? operation.operationId)}`,
      version: spec.info.version,
      ...(spec.info.contact ? { contact: spec.info.contact } : {}),
      description: `The ${String(operation.operationId)} operation of ${spec.info.title}, with everything it references written in place.`,
    },
    // A webhook is called by SignalWire, not on these servers; Redocly still asks every document for them.
    ...(spec.servers ? { servers: spec.servers } : {}),
    ...(spec.security ? { security: spec.security } : {}),
    tags: (spec.tags ?? []).filter((tag) => tagNames.includes(tag.name as string)),
    ...(place.kind === 'path' ? { paths: { [place.key]: item } } : { webhooks: { [place.key]: item } }),
  };
  if (schemes.length > 0 || spec.security) {
    const all = spec.components?.securitySchemes ?? {};
    const names = new Set([...schemes, ...((spec.security ?? []) as Node[]).flatMap((requirement) => Object.keys(requirement))]);
    document.components = { securitySchemes: Object.fromEntries([...names].map((name) => [name, all[name]])) };
  }
  return document;
}
