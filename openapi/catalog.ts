// Types and helpers for the error catalog (error-catalog.yaml). Kept free of Node APIs so
// the site, the scripts and the sandbox (in Node or in a browser) can all share them.

export type Phase = 'request' | 'delivery';
export type Retry = 'no' | 'after-fix' | 'with-backoff';
export type OperationId = 'sendMessage' | 'redactMessage' | 'getMessageLog' | 'listMessageLogs';

/**
 * A spot where the public record is silent or two published pages conflict (`reading` set: the
 * reading these docs follow). Listed by `npm run open-questions` for the API team.
 */
export interface OpenQuestion {
  /** Stable key of the question; the catalog derives one from the entry when it is left out. */
  id?: string;
  topic: string;
  reading?: string;
}

interface Advice {
  causes: string[];
  fixes: string[];
  retry: Retry;
  retry_note: string;
  unspecified?: OpenQuestion[];
}

export interface StatusEntry extends Advice {
  status: number;
  reason: string;
  /** `error`: a bare {"error": reason}; `errors`: the 422 list; `unspecified`: the body is not specified. */
  body: 'error' | 'errors' | 'unspecified';
  meaning: string;
}

interface EntryBase extends Advice {
  code: string;
  title: string;
  message: string;
  description: string;
}

export interface RequestErrorEntry extends EntryBase {
  phase: 'request';
  operations: OperationId[];
  type: string;
  attribute: string;
  /** True where SignalWire publishes this code's `type` and `attribute`; otherwise they are the sandbox's. */
  shape_published?: boolean;
}

export interface DeliveryErrorEntry extends EntryBase {
  phase: 'delivery';
  delivery_status: 'undelivered' | 'failed';
}

export type CatalogEntry = RequestErrorEntry | DeliveryErrorEntry;

export interface Catalog {
  base_url: string;
  statuses: StatusEntry[];
  errors: CatalogEntry[];
}

/** One entry of a 422 answer's `errors` array, as the API returns it. */
export interface ApiError {
  type: string;
  code: string;
  message: string;
  attribute: string;
  url: string;
}

/** Every request-time code sits in a 422 answer; other failures are bare statuses. */
export const validationStatus = 422;

export function codeUrl(catalog: Catalog, code: string): string {
  return `${catalog.base_url}#${code}`;
}

export function findEntry(catalog: Catalog, code: string): CatalogEntry {
  const entry = catalog.errors.find((e) => e.code === code);
  if (!entry) throw new Error(`Error code "${code}" is not in the error catalog.`);
  return entry;
}

export function requestEntry(catalog: Catalog, code: string): RequestErrorEntry {
  const entry = findEntry(catalog, code);
  if (entry.phase !== 'request') throw new Error(`Error code "${code}" is a delivery error.`);
  return entry;
}

export function statusEntry(catalog: Catalog, status: number): StatusEntry {
  const entry = catalog.statuses.find((s) => s.status === status);
  if (!entry) throw new Error(`HTTP ${status} is not in the error catalog.`);
  return entry;
}

/** One entry of a 422 answer for `code`; `attribute` overrides the catalog's default field. */
export function apiError(catalog: Catalog, code: string, attribute?: string): ApiError {
  const entry = requestEntry(catalog, code);
  return {
    type: entry.type,
    code: entry.code,
    message: entry.message,
    attribute: attribute ?? entry.attribute,
    url: codeUrl(catalog, entry.code),
  };
}

/** The bare body of a non-422 failure, such as {"error": "Unauthorized"}. */
export function statusError(catalog: Catalog, status: number): { error: string } {
  const entry = statusEntry(catalog, status);
  if (entry.body !== 'error') throw new Error(`HTTP ${status} has no published bare error body.`);
  return { error: entry.reason };
}
