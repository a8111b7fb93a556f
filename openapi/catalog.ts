// Types and helpers for the error catalog (error-catalog.yaml). Kept free of Node APIs so
// the site, the scripts and the sandbox (in Node or in a browser) can all share them.

export type Phase = 'request' | 'delivery';
export type Retry = 'no' | 'after-fix' | 'with-backoff';

interface EntryBase {
  code: string;
  title: string;
  origin: 'public' | 'defined-here';
  message: string;
  description: string;
  causes: string[];
  fixes: string[];
  retry: Retry;
  retry_note: string;
}

export interface RequestErrorEntry extends EntryBase {
  phase: 'request';
  http_status: number;
  type: string;
  attribute: string | null;
}

export interface DeliveryErrorEntry extends EntryBase {
  phase: 'delivery';
  delivery_status: 'undelivered' | 'failed';
}

export type CatalogEntry = RequestErrorEntry | DeliveryErrorEntry;

export interface Catalog {
  base_url: string;
  errors: CatalogEntry[];
}

/** One entry of an error response's `errors` array, exactly as the API returns it. */
export interface ApiError {
  type: string;
  code: string;
  message: string;
  attribute: string | null;
  url: string;
}

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

/** The error the API returns for `code`; `attribute` overrides the catalog's default field. */
export function apiError(catalog: Catalog, code: string, attribute?: string | null): ApiError {
  const entry = requestEntry(catalog, code);
  return {
    type: entry.type,
    code: entry.code,
    message: entry.message,
    attribute: attribute === undefined ? entry.attribute : attribute,
    url: codeUrl(catalog, entry.code),
  };
}
