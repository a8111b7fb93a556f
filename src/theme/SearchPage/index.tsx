// The search page, opened straight from a link such as /search/?q=redact. The plugin's page reads
// the query only once the page runs in the browser (useIsBrowser), but on its first render, while
// React takes over the server's HTML, it sees no query yet, and its first effect writes that empty
// query back into the address: the shared link's results were lost. Here the plugin's page starts
// only once the page is in the browser, so its first render already has the query; the server and
// the hydration render the same heading in the meantime.
import type { ReactNode } from 'react';
import Layout from '@theme/Layout';
import useIsBrowser from '@docusaurus/useIsBrowser';
import OriginalSearchPage from '@theme-original/SearchPage';
import { startIndexDownload } from './start-index-download';

startIndexDownload();

export default function SearchPage(): ReactNode {
  const isBrowser = useIsBrowser();
  if (isBrowser) return <OriginalSearchPage />;
  return (
    <Layout>
      <div className="container margin-vert--lg">
        <h1>Search the documentation</h1>
      </div>
    </Layout>
  );
}
