// Under the try-it console: where each request went, and the in-browser sandbox's status
// callbacks as they happen, with the payload exactly as the API would POST it. A page cannot
// receive webhooks, so this is how a reader watches a message's lifecycle without a server.
import { useSyncExternalStore } from 'react';
import Link from '@docusaurus/Link';
import { isLoopbackHost } from '@site/sandbox/core/loopback.ts';
import { clear, serverSnapshot, snapshot, subscribe, type ConsoleEntry } from '@site/src/sandbox-in-browser/events';
import styles from './styles.module.css';

const time = (iso: string) => iso.slice(11, 23);

function Request({ entry }: { entry: Extract<ConsoleEntry, { kind: 'request' }> }) {
  const { host, pathname, search } = new URL(entry.url);
  return (
    <li className={styles.request}>
      <code>
        {entry.method} {pathname}
        {search}
      </code>{' '}
      <span className={styles.status}>{entry.status ?? (entry.failure ? 'no answer' : '…')}</span>
      <div className={styles.where}>
        {entry.inBrowser
          ? 'Answered by the sandbox in your browser: nothing left the page.'
          : isLoopbackHost(host)
            ? `Sent to the sandbox on your machine, ${host}.`
            : `Sent to ${host}, your Space.`}
      </div>
      {entry.failure && (
        <div className={styles.where} role="alert">
          {entry.failure}
        </div>
      )}
    </li>
  );
}

function Callback({ entry }: { entry: Extract<ConsoleEntry, { kind: 'callback' }> }) {
  const { event } = entry;
  return (
    <li className={styles.callback}>
      <details>
        <summary>
          <time dateTime={entry.time}>{time(entry.time)}</time> status callback: <code>{event.status}</code>
          {event.error_code && (
            <>
              {' '}
              with <code>{event.error_code}</code>
            </>
          )}
          {entry.last && ' (the last status)'}
          {entry.lost && ', lost'}
        </summary>
        {entry.lost && (
          <p className={styles.where}>
            This test number loses every callback, as when a receiver is down: the API would never deliver this one, and
            nothing would say so. <Link to="/messaging/status-callbacks/#callbacks-are-advisory">Sweep the logs</Link> to
            find it.
          </p>
        )}
        <p className={styles.where}>
          {entry.callbackUrl ? (
            <>
              The API would POST this to <code>{entry.callbackUrl}</code>:
            </>
          ) : (
            <>No status_callback was set, so the API would send nothing; had it been, it would POST this:</>
          )}
        </p>
        {entry.signature && (
          <p className={styles.where}>
            Signed with the sandbox&apos;s Signing Key: <code>X-SignalWire-Signature: {entry.signature.value}</code>,{' '}
            {entry.signature.verifies ? 'which verifies' : 'which does not verify'} over the URL and the body as sent, this event as
            compact JSON (
            <Link to="/messaging/verify-callbacks/">verify callbacks</Link>).
          </p>
        )}
        <pre className={styles.payload}>{JSON.stringify(event, null, 2)}</pre>
      </details>
    </li>
  );
}

export default function SandboxConsole() {
  const entries = useSyncExternalStore(subscribe, snapshot, serverSnapshot);
  return (
    <section className={styles.panel} aria-labelledby="sandbox-events">
      <div className={styles.header}>
        <h2 id="sandbox-events" className={styles.title}>
          Requests and callbacks
        </h2>
        {entries.length > 0 && (
          <button type="button" className="button button--sm button--secondary" onClick={clear}>
            Clear
          </button>
        )}
      </div>
      {entries.length === 0 ? (
        <p className={styles.empty}>
          Send a request to the sandbox in your browser, the console&apos;s first server, and each status callback of the
          message appears here as it happens. Reloading the page starts the sandbox afresh.
        </p>
      ) : (
        <ol className={styles.list} aria-live="polite">
          {entries.map((entry) =>
            entry.kind === 'request' ? (
              <Request key={entry.id} entry={entry} />
            ) : entry.kind === 'callback' ? (
              <Callback key={entry.id} entry={entry} />
            ) : (
              <li key={entry.id} className={styles.log}>
                The message log of <code>{entry.messageId.slice(0, 8)}…</code> reports its final status:{' '}
                <code>{entry.status}</code>
              </li>
            ),
          )}
        </ol>
      )}
    </section>
  );
}
