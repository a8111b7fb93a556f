// What the error-codes page's filter matches, free of React so Node tests can ask it directly.
import { validationStatus, type Catalog, type CatalogEntry } from '@site/openapi/catalog.ts';

/** How a code reaches a client: the HTTP status of a request-time code, the message status of a delivery-time one. */
function arrivesWith(catalog: Catalog, entry: CatalogEntry): string[] {
  if (entry.phase === 'request') {
    const status = catalog.statuses.find((s) => s.status === validationStatus);
    return [`${validationStatus}`, `HTTP ${validationStatus}`, status?.reason ?? ''];
  }
  return [entry.delivery_status, 'delivery'];
}

/** Whether an entry answers the query: its code, title, words, or how it arrives. */
export function matchesIn(catalog: Catalog, entry: CatalogEntry, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  return [entry.code, entry.title, entry.message, entry.description, ...entry.causes, ...entry.fixes, ...arrivesWith(catalog, entry)]
    .some((text) => text.toLowerCase().includes(q) || text.toLowerCase().includes(q.replace(/\s+/g, '_')));
}

/** A number such as 30007 is a code of the older Compatibility API, not of this one. */
export const isCompatibilityCode = (query: string) => /^\d{5}$/.test(query.trim());
