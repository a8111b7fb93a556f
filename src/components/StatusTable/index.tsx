// The message statuses, rendered from the published spec's MessageStatus enum and its
// x-enumDescriptions, with what to do about each from advice.ts.
import Link from '@docusaurus/Link';
import spec from '@site/generated/static/openapi/messaging.json';
import InlineCode from '../InlineCode';
import { splitDescription, statusAdvice } from './advice';
import styles from './styles.module.css';

const messageStatus = spec.components.schemas.MessageStatus as {
  enum: string[];
  'x-enumDescriptions': Record<string, string>;
};

export function StatusTable() {
  return (
    <table className={styles.table}>
      <thead>
        <tr>
          <th>Status</th>
          <th>What it means and what to do</th>
        </tr>
      </thead>
      <tbody>
        {messageStatus.enum.map((status) => {
          const { finality, meaning } = splitDescription(messageStatus['x-enumDescriptions'][status] ?? '');
          const advice = statusAdvice[status];
          return (
            <tr key={status} data-status={status}>
              <td>
                <code>{status}</code>
                {finality && <span className={styles.finality}>{finality}</span>}
              </td>
              <td>
                <p className={styles.meaning}>
                  <InlineCode text={meaning.replace(/\berror_code\b(?!`)/g, '`error_code`')} />
                </p>
                {advice && (
                  <p className={styles.advice}>
                    <strong>What to do:</strong> <InlineCode text={advice.text} />
                    {advice.link && (
                      <>
                        {' '}
                        See <Link to={advice.link.to}>{advice.link.label}</Link>.
                      </>
                    )}
                  </p>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
