// The sandbox's settings and test numbers, rendered from the sandbox's own code so the page
// cannot promise what the sandbox does not do.
import Link from '@docusaurus/Link';
import { defaults, environment } from '@site/sandbox/core/config.ts';
import { testNumbers } from '@site/sandbox/core/test-numbers.ts';
import InlineCode from '../InlineCode';

const defaultFor: Record<keyof typeof environment, string> = {
  SANDBOX_PORT: String(defaults.port),
  SANDBOX_PROJECT_ID: defaults.projectId,
  SANDBOX_API_TOKEN: defaults.apiToken,
  SANDBOX_FROM_NUMBERS: defaults.fromNumbers.join(','),
  SANDBOX_STEP_MS: String(defaults.stepMs),
  SANDBOX_CALLBACK_HOSTS: '(none: loopback only)',
};

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
    <table>
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

export function TestNumbers() {
  return (
    <table>
      <thead>
        <tr>
          <th>
            Send <code>to</code>
          </th>
          <th>The message ends</th>
          <th>Statuses after queued</th>
          <th>
            <code>error_code</code>
          </th>
        </tr>
      </thead>
      <tbody>
        {testNumbers.map((n) => (
          <tr key={n.to}>
            <td>
              <code>{n.to}</code>
            </td>
            <td>
              <code>{n.outcome}</code>
            </td>
            <td>{n.path.join(' → ')}</td>
            <td>
              {n.errorCode ? (
                <Link to={`/rest/overview/error-codes/#${n.errorCode}`}>
                  <code>{n.errorCode}</code>
                </Link>
              ) : (
                <code>null</code>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
