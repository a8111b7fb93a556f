// explain_error: a code or an HTTP status, from the error catalog the error-codes page is built
// from, with the anchors the page gives each one.
import { apiError, codeUrl, validationStatus, type Catalog, type CatalogEntry, type StatusEntry } from '../openapi/catalog.ts';
import { codeAnchor, errorCodesPage, statusAnchor } from '../openapi/site-paths.ts';
import { closest } from './distance.ts';
import { markdownPathOf, type Site } from './docs.ts';

const pageOf = (site: Site, anchor: string) => ({
  page: `${site.root}${errorCodesPage.slice(1)}#${anchor}`,
  markdown: `${site.root}${markdownPathOf(errorCodesPage).slice(1)}#${anchor}`,
});

function explainCode(site: Site, catalog: Catalog, entry: CatalogEntry) {
  const advice = {
    code: entry.code,
    title: entry.title,
    phase: entry.phase,
    message: entry.message,
    meaning: entry.description,
    causes: entry.causes,
    fixes: entry.fixes,
    retry: entry.retry,
    retry_note: entry.retry_note,
    ...(entry.unspecified?.length ? { unspecified: entry.unspecified.map((q) => q.reading ? `${q.topic} These docs read it as: ${q.reading}` : q.topic) } : {}),
    url: codeUrl(catalog, entry.code),
    ...pageOf(site, codeAnchor(entry.code)),
  };
  if (entry.phase === 'request') {
    return {
      ...advice,
      operations: entry.operations,
      arrives_in: `The response to the request: HTTP ${validationStatus}, with this code as one entry of "errors" (a request can break several rules at once, so read every entry).`,
      http_status: validationStatus,
      body: { errors: [apiError(catalog, entry.code)] },
      ...(entry.shape_published === false ? { shape_note: 'SignalWire does not publish this code\'s type and attribute; the values shown are the sandbox\'s.' } : {}),
    };
  }
  return {
    ...advice,
    arrives_in: `After the request was accepted (201): the message ends ${entry.delivery_status}, and its status callback and message log carry the code in error_code, the message in error_message.`,
    delivery_status: entry.delivery_status,
    body: { status: entry.delivery_status, error_code: entry.code, error_message: entry.message },
  };
}

function explainStatus(site: Site, catalog: Catalog, entry: StatusEntry) {
  const codes = catalog.errors.filter((e) => e.phase === 'request').map((e) => e.code);
  const body =
    entry.body === 'error'
      ? { error: entry.reason }
      : entry.body === 'errors'
        ? { errors: [apiError(catalog, codes[0])] }
        : null;
  return {
    status: entry.status,
    reason: entry.reason,
    meaning: entry.meaning,
    causes: entry.causes,
    fixes: entry.fixes,
    retry: entry.retry,
    retry_note: entry.retry_note,
    body_shape:
      entry.body === 'error'
        ? `{"error": "${entry.reason}"}: the reason phrase, nothing else.`
        : entry.body === 'errors'
          ? '{"errors": [...]}: one entry per broken rule, each with type, code, message, attribute and url. Look each code up with explain_error.'
          : 'Not specified: SignalWire does not publish the body of this status.',
    body,
    ...(entry.body === 'errors' ? { codes } : {}),
    ...pageOf(site, statusAnchor(entry.status)),
  };
}

export class UnknownError extends Error {}

export function explainError(site: Site, catalog: Catalog, given: { code?: string; status?: number }) {
  if (given.status !== undefined || (given.code !== undefined && /^\s*\d{3}\s*$/.test(given.code))) {
    const status = given.status ?? Number(given.code);
    const entry = catalog.statuses.find((s) => s.status === status);
    if (!entry) throw new UnknownError(`HTTP ${status} is not a status the Messaging API documents. Documented: ${catalog.statuses.map((s) => s.status).join(', ')}.`);
    return explainStatus(site, catalog, entry);
  }
  if (given.code === undefined || given.code.trim() === '') throw new UnknownError('Give a code (such as body_or_media_required) or an HTTP status (such as 422).');
  const code = given.code.trim().replace(/^`|`$/g, '');
  const entry = catalog.errors.find((e) => e.code === code.toLowerCase());
  if (entry) return explainCode(site, catalog, entry);
  const nearest = closest(code, catalog.errors.map((e) => e.code), 3);
  throw new UnknownError(`"${code}" is not a code in SignalWire's messaging error catalog. Nearest codes: ${nearest.join(', ')}. Every code: ${site.root}${errorCodesPage.slice(1)}`);
}
