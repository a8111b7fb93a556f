// The error catalog's HTTP statuses and codes for one retry value, each linked to its entry on the
// error codes page. The groups come from groups.ts, which a unit test checks against the catalog.
import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import type { Catalog, CatalogEntry, Retry, StatusEntry } from '@site/openapi/catalog.ts';
import catalogJson from '@site/generated/static/rest/overview/error-codes.json';
import { codeLink, statusLink } from '@site/openapi/site-paths.ts';
import { retryGroups, retryGroupSummary } from './groups';
import styles from './styles.module.css';

const groups = retryGroups(catalogJson as Catalog);

function StatusList({ entries }: { entries: StatusEntry[] }) {
  if (entries.length === 0) return null;
  return (
    <>
      <p className={styles.label}>HTTP statuses, whose body names no code:</p>
      <ul className={styles.list}>
        {entries.map((entry) => (
          <li key={entry.status} data-http-status={entry.status}>
            <Link to={statusLink(entry.status)}>
              {entry.status} {entry.reason}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}

function CodeList({ label, entries }: { label: ReactNode; entries: CatalogEntry[] }) {
  if (entries.length === 0) return null;
  return (
    <>
      <p className={styles.label}>{label}</p>
      <ul className={styles.list}>
        {entries.map((entry) => (
          <li key={entry.code} data-error-code={entry.code}>
            <Link to={codeLink(entry.code)}>
              <code>{entry.code}</code>
            </Link>
            <span className={styles.detail}>
              {entry.title}
              {entry.phase === 'delivery' && (
                <>
                  {' '}
                  (<code>{entry.delivery_status}</code>)
                </>
              )}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}

/** The statuses and codes whose catalog `retry` is `retry`: statuses, then request-time, then delivery-time codes. */
export function RetryGroup({ retry }: { retry: Retry }) {
  const group = groups.find((g) => g.retry === retry);
  if (!group) throw new Error(`Unknown retry value "${retry}".`);
  return (
    <div className={styles.group} data-retry={retry}>
      <p>{retryGroupSummary[retry]}</p>
      <StatusList entries={group.statuses} />
      <CodeList
        label={
          <>
            At request time, in the <code>errors</code> of a 422 answer:
          </>
        }
        entries={group.request}
      />
      <CodeList
        label={
          <>
            After sending, as the message&apos;s <code>error_code</code>:
          </>
        }
        entries={group.delivery}
      />
    </div>
  );
}
