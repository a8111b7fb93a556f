// The sandbox's settings, test numbers and test credentials, rendered from the sandbox's own code
// so the page cannot promise what the sandbox does not do.
import Link from '@docusaurus/Link';
import { defaults, environment } from '@site/sandbox/core/config.ts';
import { pathFor, refusingNumbers, serverErrorNumber, testNumbers, type TestNumber } from '@site/sandbox/core/test-numbers.ts';
import InlineCode from '../InlineCode';
import styles from './styles.module.css';

const defaultFor: Record<keyof typeof environment, string> = {
  SANDBOX_PORT: String(defaults.port),
  SANDBOX_PROJECT_ID: defaults.projectId,
  SANDBOX_API_TOKEN: defaults.apiToken,
  SANDBOX_FROM_NUMBERS: defaults.fromNumbers.join(','),
  SANDBOX_STEP_MS: String(defaults.stepMs),
  SANDBOX_CALLBACK_HOSTS: '(none: loopback only)',
  SANDBOX_ALLOWED_ORIGINS: defaults.allowedOrigins.join(','),
  SANDBOX_SIGNING_KEY: defaults.signingKey,
};

const codeLink = (code: string) => (
  <Link to={`/rest/overview/error-codes/#${code}`}>
    <code>{code}</code>
  </Link>
);

export function SandboxCredentials() {
  return (
    <table>
      <tbody>
        <tr>
          <th scope="row">Base URL</th>
          <td>
            <code>
              http://{defaults.host}:{defaults.port}
            </code>
          </td>
        </tr>
        <tr>
          <th scope="row">Project ID (user name)</th>
          <td>
            <code>{defaults.projectId}</code>
          </td>
        </tr>
        <tr>
          <th scope="row">API token (password)</th>
          <td>
            <code>{defaults.apiToken}</code>
          </td>
        </tr>
        <tr>
          <th scope="row">
            Token without the <strong>Messaging</strong> scope
          </th>
          <td>
            <code>{defaults.scopelessToken}</code>: every request made with it gets <code>403</code> (see{' '}
            <Link to="#a-token-without-the-messaging-scope">below</Link>)
          </td>
        </tr>
        <tr>
          <th scope="row">
            Numbers you own (<code>from</code>)
          </th>
          <td>
            {defaults.fromNumbers.map((n, i) => (
              <span key={n}>
                {i > 0 && ', '}
                <code>{n}</code>
              </span>
            ))}
          </td>
        </tr>
      </tbody>
    </table>
  );
}

export function SandboxEnvironment() {
  return (
    <table className={styles.table}>
      <thead>
        <tr>
          <th>Variable</th>
          <th>Sets</th>
          <th>Default</th>
        </tr>
      </thead>
      <tbody>
        {(Object.keys(environment) as (keyof typeof environment)[]).map((name) => (
          <tr key={name}>
            <td>
              <code>{name}</code>
            </td>
            <td>
              <InlineCode text={environment[name]} />
            </td>
            <td>
              <code>{defaultFor[name]}</code>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The statuses a message to `number` passes through after `queued`, the last one in bold, and its error code. */
function Outcome({ number, kind }: { number: TestNumber; kind: 'sms' | 'mms' }) {
  const path = pathFor(number, kind);
  const last = path.at(-1);
  // The error code comes with the number's own last status; an MMS that stops at `sent` has none.
  const errorCode = last === number.path.at(-1) ? number.errorCode : null;
  return (
    <>
      {path.slice(0, -1).map((status) => (
        <span key={status}>{status} → </span>
      ))}
      <strong>
        <code>{last}</code>
      </strong>
      {errorCode && <> with {codeLink(errorCode)}</>}
    </>
  );
}

export function TestNumbers() {
  return (
    <table className={styles.table}>
      <thead>
        <tr>
          <th>
            Send <code>to</code>
          </th>
          <th>Stands for</th>
          <th>An SMS goes</th>
          <th>An MMS goes</th>
        </tr>
      </thead>
      <tbody>
        {testNumbers.map((n) => (
          <tr key={n.to} data-test-number={n.to}>
            <td>
              <code>{n.to}</code>
            </td>
            <td>{n.stands_for}</td>
            <td>
              <Outcome number={n} kind="sms" />
            </td>
            <td>
              <Outcome number={n} kind="mms" />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function RefusingNumbers() {
  return (
    <table className={styles.table}>
      <thead>
        <tr>
          <th>Number</th>
          <th>
            <code>422</code> code
          </th>
          <th>Stands for</th>
        </tr>
      </thead>
      <tbody>
        {refusingNumbers.map((n) => (
          <tr key={`${n.field}${n.number}`} data-refusing-number={n.number}>
            <td>
              <code>{n.number}</code>
              <span className={styles.field}>
                as <code>{n.field}</code>
                {n.kind && <>, {n.kind.toUpperCase()} only</>}
              </span>
            </td>
            <td>{codeLink(n.code)}</td>
            <td>{n.stands_for}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The `to` number that makes the sandbox answer 500, inline. */
export const ServerErrorNumber = () => <code>{serverErrorNumber}</code>;

/** The sandbox's token without the Messaging scope, inline. */
export const NoScopeToken = () => <code>{defaults.scopelessToken}</code>;

/** How many days back the sandbox's message logs reach, inline. */
export const HistoryDays = () => <>{defaults.historyDays}</>;
