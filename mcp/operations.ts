// get_operation: each reference page's Markdown copy ends with that operation's own OpenAPI
// document (src/plugins/markdown-copies/operation-document.ts writes it). The tool hands out
// that block as the copy has it, so the agent reads exactly what the page says.
import { parse } from 'yaml';
import { closest } from './distance.ts';
import { pageUrl, type Site } from './docs.ts';

export interface Operation {
  operationId: string;
  method: string;
  /** A path (/api/messaging/messages/{id}), or a webhook's name (messageStatus). */
  path: string;
  webhook: boolean;
  summary: string;
  url: string;
  /** The YAML block the page's copy ends with, as written there. */
  document: string;
}

type Items = Record<string, Record<string, { operationId?: string; summary?: string }>>;

/** The last YAML block of a copy, when it is an OpenAPI document. */
export function documentBlock(markdown: string): string | null {
  const blocks = [...markdown.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].map((m) => m[1]);
  const last = blocks.at(-1);
  return last !== undefined && /^openapi: /.test(last) ? last : null;
}

export function operationsOf(site: Site): Operation[] {
  const operations: Operation[] = [];
  for (const page of site.pages.values()) {
    const document = documentBlock(page.markdown);
    if (!document) continue;
    const spec = parse(document) as { paths?: Items; webhooks?: Items };
    for (const [items, webhook] of [[spec.paths, false], [spec.webhooks, true]] as const) {
      for (const [path, item] of Object.entries(items ?? {})) {
        for (const [method, operation] of Object.entries(item)) {
          if (!operation?.operationId) continue;
          operations.push({ operationId: operation.operationId, method: method.toUpperCase(), path, webhook, summary: operation.summary ?? '', url: pageUrl(site, page), document });
        }
      }
    }
  }
  return operations;
}

/** Whether a concrete path (/api/messaging/messages/abc) fits a templated one (/api/messaging/messages/{id}). */
function pathFits(template: string, path: string): boolean {
  const pattern = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{[^}]+\\?\}/g, '[^/]+');
  return new RegExp(`^${pattern}/?$`).test(path.replace(/[?#].*$/, ''));
}

export function findOperation(operations: Operation[], query: { operationId?: string; method?: string; path?: string }): Operation {
  const list = operations.map((o) => `${o.operationId} (${o.method} ${o.path}${o.webhook ? ', a webhook SignalWire calls' : ''})`).join('; ');
  if (query.operationId) {
    const wanted = query.operationId.trim();
    const found = operations.find((o) => o.operationId.toLowerCase() === wanted.toLowerCase());
    if (found) return found;
    const nearest = closest(wanted, operations.map((o) => o.operationId), 2);
    throw new Error(`No operation "${wanted}". Nearest: ${nearest.join(', ')}. The operations: ${list}.`);
  }
  if (query.method && query.path) {
    const method = query.method.trim().toUpperCase();
    let path = query.path.trim();
    try {
      if (/^https?:/.test(path)) path = new URL(path).pathname;
    } catch {
      // Not a URL after all: matched as a path below.
    }
    const found = operations.find((o) => o.method === method && (o.path === path || pathFits(o.path, path)));
    if (found) return found;
    throw new Error(`No operation ${method} ${path}. The operations: ${list}.`);
  }
  throw new Error(`Give an operationId, or a method and a path. The operations: ${list}.`);
}
