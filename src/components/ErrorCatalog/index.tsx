import { useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import useIsBrowser from '@docusaurus/useIsBrowser';
import type { Catalog, CatalogEntry, DeliveryErrorEntry, RequestErrorEntry } from '@site/openapi/catalog.ts';
import catalogJson from '@site/generated/static/rest/overview/error-codes.json';
import InlineCode from '../InlineCode';
import styles from './styles.module.css';

const catalog = catalogJson as Catalog;

// One filter query for the page, shared by the box and both lists.
let currentQuery = '';
const listeners = new Set<() => void>();
function setQuery(query: string) {
  currentQuery = query;
  listeners.forEach((listener) => listener());
}
function useQuery(): string {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => currentQuery,
    () => '',
  );
}

const retryLabel: Record<CatalogEntry['retry'], string> = {
  no: 'No: the same request can never succeed.',
  'after-fix': 'Only after the fix.',
  'with-backoff': 'Yes, with backoff.',
};

function matches(entry: CatalogEntry, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  return [entry.code, entry.title, entry.message, entry.description, ...entry.causes, ...entry.fixes]
    .some((text) => text.toLowerCase().includes(q) || text.toLowerCase().includes(q.replace(/\s+/g, '_')));
}

// The page is painted before its scripts run (ssr-template.ts): until React has taken it over,
// a control would ignore input. The filter box is disabled until then. The copy buttons are
// held inert by one rule on <html data-has-hydrated> (styles.module.css) instead: switching
// `disabled` on each of them cost a style invalidation per button while the page hydrated.
function CopyLink({ code }: { code: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      className={styles.copy}
      aria-label={`Copy link to ${code}`}
      onClick={() => {
        const url = `${window.location.origin}${window.location.pathname}#${code}`;
        void navigator.clipboard?.writeText(url).then(() => {
          setCopied(true);
          setTimeout(() => setCopied(false), 1500);
        });
      }}>
      {copied ? 'Copied' : 'Copy link'}
    </button>
  );
}

function Entry({ entry }: { entry: CatalogEntry }) {
  return (
    <article className={styles.entry} data-error-code={entry.code}>
      <div className={styles.header}>
        <Heading as="h3" id={entry.code} className={styles.code}>
          <code>{entry.code}</code>
        </Heading>
        <CopyLink code={entry.code} />
      </div>
      <p className={styles.title}>
        {entry.title}
        {entry.origin === 'defined-here' && (
          <span className={styles.badge} title="A code this documentation defines for a documented rule.">
            defined here
          </span>
        )}
      </p>
      <dl className={styles.facts}>
        {entry.phase === 'request' ? <RequestFacts entry={entry} /> : <DeliveryFacts entry={entry} />}
        <dt>Message</dt>
        <dd>{entry.message}</dd>
        <dt>What it means</dt>
        <dd>
          <InlineCode text={entry.description} />
        </dd>
        <dt>Likely causes</dt>
        <dd>
          <ul>
            {entry.causes.map((cause) => (
              <li key={cause}>
                <InlineCode text={cause} />
              </li>
            ))}
          </ul>
        </dd>
        <dt>How to fix it</dt>
        <dd>
          <ul>
            {entry.fixes.map((fix) => (
              <li key={fix}>
                <InlineCode text={fix} />
              </li>
            ))}
          </ul>
        </dd>
        <dt>Retry?</dt>
        <dd>
          {retryLabel[entry.retry]} <InlineCode text={entry.retry_note} />
        </dd>
      </dl>
    </article>
  );
}

function RequestFacts({ entry }: { entry: RequestErrorEntry }) {
  return (
    <>
      <dt>Returned</dt>
      <dd>
        At request time, with HTTP <strong>{entry.http_status}</strong> and <code>type</code>{' '}
        <code>{entry.type}</code>
      </dd>
      <dt>Attribute</dt>
      <dd>{entry.attribute === null ? <code>null</code> : <code>{entry.attribute}</code>}</dd>
    </>
  );
}

function DeliveryFacts({ entry }: { entry: DeliveryErrorEntry }) {
  return (
    <>
      <dt>Returned</dt>
      <dd>
        After sending, as the message&apos;s <code>error_code</code> with status{' '}
        <code>{entry.delivery_status}</code>, and in its status callbacks
      </dd>
    </>
  );
}

/** Every code of one phase, narrowed by the shared filter. */
export function ErrorCodeList({ phase }: { phase: CatalogEntry['phase'] }) {
  const query = useQuery();
  const entries = catalog.errors.filter((e) => e.phase === phase);
  const shown = entries.filter((e) => matches(e, query));
  return (
    <div>
      {entries.map((entry) => (
        <div key={entry.code} hidden={!shown.includes(entry)}>
          <Entry entry={entry} />
        </div>
      ))}
      {shown.length === 0 && <p className={styles.none}>No {phase}-time code matches “{query}”.</p>}
    </div>
  );
}

// Standard HTTP reason phrases (RFC 9110), for the statuses the catalog uses.
const reasonPhrase: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  404: 'Not Found',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
};

/** The HTTP statuses the API answers with, and the codes each one carries. */
export function HttpStatusTable() {
  const byStatus = useMemo(() => {
    const groups = new Map<number, RequestErrorEntry[]>();
    for (const e of catalog.errors) {
      if (e.phase !== 'request') continue;
      groups.set(e.http_status, [...(groups.get(e.http_status) ?? []), e]);
    }
    return [...groups.entries()].sort(([a], [b]) => a - b);
  }, []);
  return (
    <table>
      <thead>
        <tr>
          <th>Status</th>
          <th>
            <code>type</code>
          </th>
          <th>Codes</th>
        </tr>
      </thead>
      <tbody>
        {byStatus.map(([status, entries]) => (
          <tr key={status}>
            <td className={styles.nowrap}>
              {status} {reasonPhrase[status]}
            </td>
            <td>
              <code>{entries[0].type}</code>
            </td>
            <td>
              {entries.map((e, i) => (
                <span key={e.code}>
                  {i > 0 && ', '}
                  <Link to={`#${e.code}`}>
                    <code>{e.code}</code>
                  </Link>
                </span>
              ))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The filter box. The lists read the same query, so the box can sit apart from them in MDX. */
export function ErrorFilter() {
  const query = useQuery();
  const hydrated = useIsBrowser();
  return (
    <label className={styles.filter}>
      <span>Filter codes</span>
      <input
        type="search"
        value={query}
        disabled={!hydrated}
        placeholder="Part of a code or a word, such as media"
        onChange={(event) => setQuery(event.target.value)}
      />
    </label>
  );
}
