// The error catalog's HTTP statuses and codes grouped by their `retry` advice, for the "Handle
// errors" guide. Free of React so a unit test can check that every code lands in exactly one group.
import { validationStatus, type Catalog, type CatalogEntry, type Retry, type StatusEntry } from '../../../openapi/catalog.ts';

/** The retry values in the order the guide shows them, each with its heading-free summary. */
export const retryGroupSummary: Record<Retry, string> = {
  'with-backoff': 'Retry later, with exponential backoff and a cap on attempts.',
  'after-fix': 'Retry only after changing the request, the credentials, the account or the content.',
  no: 'Never retry: the same request, or the same message to the same number, cannot succeed.',
};

export const retryOrder = Object.keys(retryGroupSummary) as Retry[];

export interface RetryGroup {
  retry: Retry;
  /** HTTP statuses whose body names no code. A 422 is not one: each of its codes has its own advice. */
  statuses: StatusEntry[];
  request: CatalogEntry[];
  delivery: CatalogEntry[];
}

/** One group for each retry value, with its statuses, request-time and delivery-time codes in catalog order. */
export function retryGroups(catalog: Catalog): RetryGroup[] {
  return retryOrder.map((retry) => {
    const entries = catalog.errors.filter((e) => e.retry === retry);
    return {
      retry,
      statuses: catalog.statuses.filter((s) => s.retry === retry && s.status !== validationStatus),
      request: entries.filter((e) => e.phase === 'request'),
      delivery: entries.filter((e) => e.phase === 'delivery'),
    };
  });
}
