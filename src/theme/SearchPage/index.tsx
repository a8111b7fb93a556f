// The search page, opened straight from a link such as /search/?q=redact. The plugin's page reads
// the query only once the page runs in the browser (useIsBrowser), but on its first render, while
// React takes over the server's HTML, it sees no query yet, and its first effect writes that empty
// query back into the address: the shared link's results were lost. Here the plugin's page starts
// only once the page is in the browser, so its first render already has the query; the server and
// the hydration render the same heading in the meantime.
// The plugin's page is `<Layout><SearchPageContent /></Layout>` and uses no hook itself, so it is
// called here as a function: React then finds the Layout it hydrated in the same place, keeps the
// navbar, sidebar and footer, and mounts only the results. Rendered as an element, it was a new
// component type, and the whole page was thrown away and built again once hydration was done.
// Follows: @easyops-cn/docusaurus-search-local@0.55.3 dist/client/client/theme/SearchPage/SearchPage.jsx sha256:554dcc569a17cb23
import type { ReactNode } from 'react';
import Layout from '@theme/Layout';
import useIsBrowser from '@docusaurus/useIsBrowser';
import OriginalSearchPage from '@theme-original/SearchPage';
import { startIndexDownload } from './start-index-download';

startIndexDownload();

export default function SearchPage(): ReactNode {
  const isBrowser = useIsBrowser();
  if (isBrowser) return (OriginalSearchPage as () => ReactNode)();
  return (
    <Layout>
      <div className="container margin-vert--lg">
        <h1>Search the documentation</h1>
      </div>
    </Layout>
  );
}
