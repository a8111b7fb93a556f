// The published spec, walked the way the tests need it: every example beside its schema.
import { deref as derefIn } from '../../openapi/refs.ts';
import { loadBundledSpec } from '../../scripts/load.ts';

export const spec = loadBundledSpec();

type Node = Record<string, any>;

export const deref = <T = Node>(node: Node): T => derefIn<T>(spec, node);

export interface MediaExample {
  where: string;
  schema: Node;
  name: string;
  value: unknown;
}

/** Every example of every request body and response, webhooks included. */
export function mediaExamples(): MediaExample[] {
  const found: MediaExample[] = [];
  const items = { ...spec.paths, ...spec.webhooks } as Record<string, Node>;
  for (const [path, item] of Object.entries(items)) {
    for (const [method, op] of Object.entries(item)) {
      const bodies: [string, Node | undefined][] = [
        ['request', op.requestBody && deref(op.requestBody)],
        ...Object.entries(op.responses ?? {}).map(([status, r]): [string, Node] => [status, deref(r as Node)]),
      ];
      for (const [label, body] of bodies) {
        const media = body?.content?.['application/json'];
        for (const [name, example] of Object.entries<Node>(media?.examples ?? {})) {
          found.push({ where: `${method.toUpperCase()} ${path} ${label}`, schema: media.schema, name, value: deref(example).value });
        }
      }
    }
  }
  return found;
}
