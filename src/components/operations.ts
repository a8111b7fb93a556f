// The API's operations as the guides and the error-codes page name them: the method, path and
// summary come from the published spec, and the reference page's route from the operation ID,
// as docusaurus-plugin-openapi-docs names its pages (sendMessage → /rest/messaging/send-message/).
import spec from '@site/generated/static/openapi/messaging.json';
import type { OperationId } from '@site/openapi/catalog.ts';

export interface Operation {
  id: OperationId;
  method: string;
  path: string;
  summary: string;
  /** The operation's page in the reference. */
  route: string;
}

const kebab = (id: string) => id.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

export const operations: Operation[] = Object.entries(spec.paths as Record<string, Record<string, { operationId?: string; summary?: string }>>).flatMap(
  ([path, item]) =>
    Object.entries(item)
      .filter(([, op]) => typeof op?.operationId === 'string')
      .map(([method, op]) => ({
        id: op.operationId as OperationId,
        method: method.toUpperCase(),
        path,
        summary: op.summary ?? op.operationId!,
        route: `/rest/messaging/${kebab(op.operationId!)}/`,
      })),
);

export function operation(id: OperationId): Operation {
  const found = operations.find((op) => op.id === id);
  if (!found) throw new Error(`Operation "${id}" is not in the published spec.`);
  return found;
}
