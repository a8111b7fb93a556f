// The error catalog's codes for one retry value, each linked to its entry on the error codes
// page. The groups come from groups.ts, which a unit test checks against the catalog.
import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import type { Catalog, CatalogEntry, Retry } from '@site/openapi/catalog.ts';
import catalogJson from '@site/generated/static/rest/overview/error-codes.json';
import { codeLink, retryGroups, retryGroupSummary } from './groups';
import styles from './styles.module.css';

const groups = retryGroups(catalogJson as Catalog);

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
              {entry.title} (
              {entry.phase === 'request' ? `HTTP ${entry.http_status}` : <code>{entry.delivery_status}</code>})
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}

/** The codes whose catalog `retry` is `retry`, request-time first, then delivery-time. */
export function RetryGroup({ retry }: { retry: Retry }) {
  const group = groups.find((g) => g.retry === retry);
  if (!group) throw new Error(`Unknown retry value "${retry}".`);
  return (
    <div className={styles.group} data-retry={retry}>
      <p>{retryGroupSummary[retry]}</p>
      <CodeList label="At request time, in the HTTP response:" entries={group.request} />
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
