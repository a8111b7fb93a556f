// The sandbox's settings, test numbers and test credentials, rendered from the sandbox's own code
// so the page cannot promise what the sandbox does not do.
import Link from '@docusaurus/Link';
import { codeLink as codePath } from '@site/openapi/site-paths.ts';
import { defaults, environment } from '@site/sandbox/core/config.ts';
import { pathFor, refusingNumbers, serverErrorNumber, testNumbers, type TestNumber } from '@site/sandbox/core/test-numbers.ts';
import InlineCode from '../InlineCode';
import { environmentDefaults, sandboxFacts, separator } from './facts';
import styles from './styles.module.css';

const codeLink = (code: string) => (
  <Link to={codePath(code)}>
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
            <code>{sandboxFacts.localUrl}</code>
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
              {/* Only SANDBOX_CALLBACK_HOSTS defaults to an empty list, which leaves loopback alone. */}
              <code>{environmentDefaults[name] || '(none: loopback only)'}</code>
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
export const HistoryDays = () => <>{sandboxFacts.historyDays}</>;

/** Each item as code, in a list in prose: `a`, `b` or `c`. */
function CodeList({ items, conjunction }: { items: readonly string[]; conjunction: 'and' | 'or' }) {
  return (
    <>
      {items.map((item, i) => (
        <span key={item}>
          {separator(i, items.length, conjunction)}
          <code>{item}</code>
        </span>
      ))}
    </>
  );
}

/** The address the sandbox listens on, inline. */
export const ListenHost = () => <code>{sandboxFacts.listenHost}</code>;

/** The local sandbox's base URL, inline. */
export const LocalSandboxUrl = () => <code>{sandboxFacts.localUrl}</code>;

/** The origins allowed by default, inline. */
export const AllowedOrigins = () => <CodeList items={sandboxFacts.allowedOrigins} conjunction="or" />;

/** The loopback host names, inline. */
export const LoopbackHosts = ({ conjunction }: { conjunction: 'and' | 'or' }) => (
  <CodeList items={sandboxFacts.loopbackHosts} conjunction={conjunction} />
);

/** How often a message changes status by default: "once a second". */
export const StepRate = () => <>{sandboxFacts.stepRate}</>;

/** The largest body the sandbox reads: "1 MiB". */
export const BodyLimit = () => <>{sandboxFacts.bodyLimit}</>;

/** How long a status callback may take, as an adjective: "5-second". */
export const CallbackTimeout = () => <>{sandboxFacts.callbackTimeout}</>;

/** How many messages the sandbox keeps. */
export const StoredMessages = () => <>{sandboxFacts.storedMessages}</>;

/** The number_of_segments of every MMS. */
export const MmsSegments = () => <code>{sandboxFacts.mmsSegments}</code>;

/** The log fields the sandbox decides, each with its value: `direction` `outbound`, … */
export const LogChoices = () => (
  <>
    {sandboxFacts.logChoices.map(([field, value], i) => (
      <span key={field}>
        {separator(i, sandboxFacts.logChoices.length, 'and')}
        <code>{field}</code> <code>{value}</code>
      </span>
    ))}
  </>
);

/** What a sandbox log charges: "`charge` is always `0` and `charge_details` always `[]`". */
export const LogCharge = () => (
  <>
    <code>charge</code> is always <code>{sandboxFacts.charge}</code> and <code>charge_details</code> always{' '}
    <code>{sandboxFacts.chargeDetails}</code>
  </>
);
