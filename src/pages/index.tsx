import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import { errorCodesPage } from '@site/openapi/site-paths.ts';
import styles from './index.module.css';

const paths = [
  {
    title: 'Send your first SMS',
    to: '/messaging/quickstart/',
    text: 'From nothing to a delivered message in five minutes, in eight languages, against a local sandbox or your Space.',
  },
  {
    title: 'Messaging overview',
    to: '/messaging/',
    text: 'What the endpoint does, SMS against MMS, and what you need before the first request.',
  },
  {
    title: 'API reference',
    to: '/rest/messaging/send-message/',
    text: 'Every field, status and error of POST /api/messaging/messages, with a console to try it.',
  },
  {
    title: 'Error codes',
    to: errorCodesPage,
    text: 'What each error code means, what causes it, how to fix it and whether to retry.',
  },
];

export default function Home() {
  return (
    <Layout
      title="Send SMS and MMS"
      description="Documentation for the SignalWire Messaging API: send SMS and MMS from your Space and follow each message to delivery.">
      <header className={styles.hero}>
        <div className="container">
          <Heading as="h1">Send SMS and MMS with one request</Heading>
          <p className={styles.lead}>
            <code>POST /api/messaging/messages</code> sends a text or a picture message from a number your
            SignalWire project owns, and tells you when it is delivered.
          </p>
          <div className={styles.actions}>
            <Link className="button button--primary button--lg" to="/messaging/quickstart/">
              Send your first SMS
            </Link>
            <Link className="button button--secondary button--lg" to="/rest/messaging/send-message/">
              API reference
            </Link>
          </div>
        </div>
      </header>
      <main className="container">
        <div className={styles.cards}>
          {paths.map((p) => (
            <Link key={p.to} to={p.to} className={styles.card}>
              <Heading as="h2">{p.title}</Heading>
              <p>{p.text}</p>
            </Link>
          ))}
        </div>
      </main>
    </Layout>
  );
}
