// The error catalog's codes grouped by their `retry` advice, for the "Handle errors" guide.
// Free of React so a unit test can check that every code lands in exactly one group.
import type { Catalog, CatalogEntry, Retry } from '../../../openapi/catalog.ts';

/** The retry values in the order the guide shows them, each with its heading-free summary. */
export const retryGroupSummary: Record<Retry, string> = {
  'with-backoff': 'Retry later, with exponential backoff and a cap on attempts.',
  'after-fix': 'Retry only after changing the request, the account or the content.',
  no: 'Never retry: the same message to the same number cannot succeed.',
};

export const retryOrder = Object.keys(retryGroupSummary) as Retry[];

export interface RetryGroup {
  retry: Retry;
  request: CatalogEntry[];
  delivery: CatalogEntry[];
}

/** One group for each retry value, with its request-time and delivery-time codes in catalog order. */
export function retryGroups(catalog: Catalog): RetryGroup[] {
  return retryOrder.map((retry) => {
    const entries = catalog.errors.filter((e) => e.retry === retry);
    return {
      retry,
      request: entries.filter((e) => e.phase === 'request'),
      delivery: entries.filter((e) => e.phase === 'delivery'),
    };
  });
}

/** The link to a code's entry on the error codes page. */
export const codeLink = (code: string) => `/rest/overview/error-codes/#${code}`;
