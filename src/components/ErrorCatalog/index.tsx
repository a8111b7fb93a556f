import { useLayoutEffect, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import { validationStatus, type Catalog, type CatalogEntry, type DeliveryErrorEntry, type OperationId, type RequestErrorEntry, type StatusEntry } from '@site/openapi/catalog.ts';
import { codeAnchor, compatibilityErrorCodesUrl, migrationGuide, sandboxValuesAnchor, statusAnchor } from '@site/openapi/site-paths.ts';
import catalogJson from '@site/generated/static/rest/overview/error-codes.json';
import InlineCode from '../InlineCode';
import { operation, operations } from '../operations';
import { isCompatibilityCode, matchesIn } from './filter';
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
  no: 'No: the same request fails the same way.',
  'after-fix': 'Only after the fix.',
  'with-backoff': 'Yes, with backoff.',
};

// The page is painted before its scripts run (ssr-template.ts): until React has taken it over,
// a control would ignore input. The filter box is a plain input that takes typing natively all
// along, and picks up what was typed when it hydrates (ErrorFilter). The copy buttons are held
// inert by one rule on <html data-has-hydrated> (styles.module.css): switching `disabled` on
// each of them cost a style invalidation per button while the page hydrated.
function CopyLink({ code }: { code: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      className={styles.copy}
      data-markdown="skip"
      aria-label={`Copy link to ${code}`}
      onClick={() => {
        const url = `${window.location.origin}${window.location.pathname}#${codeAnchor(code)}`;
        void navigator.clipboard?.writeText(url).then(() => {
          setCopied(true);
          setTimeout(() => setCopied(false), 1500);
        });
      }}>
      {copied ? 'Copied' : 'Copy link'}
    </button>
  );
}

/** Where an operation's codes and statuses are documented in the reference. */
function OperationLink({ id }: { id: OperationId }) {
  const op = operation(id);
  return (
    <Link to={op.route} title={`${op.method} ${op.path}`}>
      {op.summary}
    </Link>
  );
}

function joined(items: ReactNode[]): ReactNode[] {
  return items.flatMap((item, i) => (i === 0 ? [item] : [', ', item]));
}

function Entry({ entry }: { entry: CatalogEntry }) {
  return (
    <article className={styles.entry} data-error-code={entry.code}>
      <div className={styles.header}>
        <Heading as="h3" id={codeAnchor(entry.code)} className={styles.code}>
          <code>{entry.code}</code>
        </Heading>
        <CopyLink code={entry.code} />
      </div>
      <p className={styles.title}>{entry.title}</p>
      <dl className={styles.facts}>
        {entry.phase === 'request' ? <RequestFacts entry={entry} /> : <DeliveryFacts entry={entry} />}
        <dt>Message in the sandbox</dt>
        <dd>{entry.message}</dd>
        <dt>What it means</dt>
        <dd>
          <InlineCode text={entry.description} />
        </dd>
        <Advice entry={entry} />
      </dl>
    </article>
  );
}

/** Causes, fixes and retry advice, shared by the codes and the HTTP statuses. */
function Advice({ entry }: { entry: CatalogEntry | StatusEntry }) {
  return (
    <>
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
    </>
  );
}

function RequestFacts({ entry }: { entry: RequestErrorEntry }) {
  return (
    <>
      <dt>Returned</dt>
      <dd>
        At request time, as an entry of the <code>errors</code> array of a{' '}
        <Link to={`#${statusAnchor(validationStatus)}`}>422 Unprocessable Entity</Link> answer. The request had no effect.
      </dd>
      <dt>Operations</dt>
      <dd>{joined(entry.operations.map((id) => <OperationLink key={id} id={id} />))}</dd>
      <dt>
        <code>type</code>
      </dt>
      <dd>
        <code>{entry.type}</code>
      </dd>
      <dt>
        <code>attribute</code>
      </dt>
      <dd>
        <code>{entry.attribute}</code>
      </dd>
      {!entry.shape_published && (
        <dd className={styles.aside}>
          <code>type</code> and <code>attribute</code>: <Link to={`#${sandboxValuesAnchor}`}>the sandbox&apos;s</Link>; not
          specified for the live API.
        </dd>
      )}
    </>
  );
}

function DeliveryFacts({ entry }: { entry: DeliveryErrorEntry }) {
  return (
    <>
      <dt>Returned</dt>
      <dd>
        After sending, as the message&apos;s <code>error_code</code> with status <code>{entry.delivery_status}</code>, in its
        message log and in its status callbacks
      </dd>
      <dd className={styles.aside}>
        Status <code>{entry.delivery_status}</code>: <Link to={`#${sandboxValuesAnchor}`}>the sandbox&apos;s mapping</Link>; not
        specified per code for the live API.
      </dd>
    </>
  );
}

/** Every code of one phase, narrowed by the shared filter. */
export function ErrorCodeList({ phase }: { phase: CatalogEntry['phase'] }) {
  const query = useQuery();
  const entries = catalog.errors.filter((e) => e.phase === phase);
  const shown = entries.filter((e) => matchesIn(catalog, e, query));
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

/** The body a status answers with, in a few words. */
function BodyShape({ entry }: { entry: StatusEntry }) {
  if (entry.body === 'errors') return <code>{'{"errors": [...]}'}</code>;
  if (entry.body === 'error') return <code>{`{"error": "${entry.reason}"}`}</code>;
  return <>Not specified</>;
}

/** The HTTP statuses the API fails with: body, meaning and retry advice of each. */
export function HttpStatusTable() {
  return (
    <table className={styles.statusTable}>
      <thead>
        <tr>
          <th>Status</th>
          <th>Body</th>
          <th>What it means</th>
          <th>Retry?</th>
        </tr>
      </thead>
      <tbody>
        {catalog.statuses.map((entry) => (
          <tr key={entry.status} data-http-status={entry.status}>
            <td>
              <Link to={`#${statusAnchor(entry.status)}`}>
                <strong>{entry.status}</strong>
                <br />
                {entry.reason}
              </Link>
            </td>
            <td>
              <BodyShape entry={entry} />
            </td>
            <td>
              <InlineCode text={entry.meaning} />
            </td>
            {/* A 422's advice is each code's own, so the row points there instead. */}
            <td>{entry.body === 'errors' ? 'Depends on the code.' : retryLabel[entry.retry]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** For each operation, the codes its 422 answers can carry. */
export function ValidationCodesByOperation() {
  const requestEntries = catalog.errors.filter((e): e is RequestErrorEntry => e.phase === 'request');
  const rows = operations
    .map((op) => ({ op, entries: requestEntries.filter((e) => e.operations.includes(op.id)) }))
    .filter(({ entries }) => entries.length > 0);
  return (
    <dl className={styles.byOperation}>
      {rows.map(({ op, entries }) => (
        <div key={op.id} data-operation={op.id}>
          <dt>
            <Link to={op.route}>{op.summary}</Link>{' '}
            <code>
              {op.method} {op.path}
            </code>
          </dt>
          <dd>
            {joined(
              entries.map((e) => (
                <Link key={e.code} to={`#${codeAnchor(e.code)}`}>
                  <code>{e.code}</code>
                </Link>
              )),
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** Each HTTP status with its causes, fixes and retry advice; anchors are #http-<status>. */
export function HttpStatusList() {
  return (
    <div>
      {catalog.statuses.map((entry) => (
        <article key={entry.status} className={styles.entry} data-http-status={entry.status}>
          {/* The Markdown copy's heading must slug to the id (src/plugins/markdown-copies/from-html.ts). */}
          <Heading as="h3" id={statusAnchor(entry.status)} className={styles.statusHeading} data-markdown-heading={`HTTP ${entry.status}`}>
            {entry.status} {entry.reason}
          </Heading>
          <dl className={styles.facts}>
            <dt>Body</dt>
            <dd>
              <BodyShape entry={entry} />
              {entry.body === 'unspecified' && ': the body of this status is not specified, so read the status alone.'}
            </dd>
            <dt>What it means</dt>
            <dd>
              <InlineCode text={entry.meaning} />
            </dd>
            <Advice entry={entry} />
          </dl>
        </article>
      ))}
    </div>
  );
}

/** The filter box. The lists read the same query, so the box can sit apart from them in MDX. */
export function ErrorFilter() {
  const query = useQuery();
  const box = useRef<HTMLInputElement>(null);
  // React keeps a value typed before hydration in the box, but fires no change for it, and its
  // next render would put the empty query back: the lists filter by it from the hydrating commit.
  useLayoutEffect(() => {
    const typed = box.current?.value;
    if (typed && typed !== currentQuery) setQuery(typed);
  }, []);
  return (
    <label
      className={styles.filter}
      data-markdown-summary="A filter box narrows the lists below to the codes whose code, title, message, meaning, causes or fixes hold the words typed, or that arrive with the status typed (such as failed or 422).">
      <span>Filter codes</span>
      <input
        type="search"
        ref={box}
        value={query}
        placeholder="A code, a word, a status: media, failed, 422"
        onChange={(event) => setQuery(event.target.value)}
      />
      <span className={styles.filterNote} aria-live="polite">
        {isCompatibilityCode(query) && (
          <>
            <code>{query.trim()}</code> is a numeric code of SignalWire&apos;s Compatibility (LaML) API, which this
            API does not use: see the <Link to={compatibilityErrorCodesUrl}>Compatibility API&apos;s error codes</Link>, and{' '}
            <Link to={migrationGuide}>Migrate from the LaML API</Link> for the codes that replace them.
          </>
        )}
      </span>
    </label>
  );
}
