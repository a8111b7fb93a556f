// The plugin's page asks its worker for the index in an effect, so the download used to start only
// once React had taken over the whole page: on a phone, the results came about a second after
// the heading. This module is evaluated before hydration, when the page's chunks load, so the worker
// and the index download start then and run beside hydration. The worker keeps one index promise
// per site, so the page's own request later gets the same download, not a second one.
// Only on the search page itself: Docusaurus also loads this chunk ahead of time when a link to the
// search page comes into view, and another page must not download the index for nothing.
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import siteConfig from '@generated/docusaurus.config';
import { fetchIndexesByWorker } from '@easyops-cn/docusaurus-search-local/dist/client/client/theme/searchByWorker';

export function startIndexDownload(): void {
  if (!ExecutionEnvironment.canUseDOM) return;
  if (window.location.pathname.replace(/\/$/, '') !== `${siteConfig.baseUrl}search`) return;
  // A failed download is the page's to report: it asks for the same promise and shows its own error.
  fetchIndexesByWorker(siteConfig.baseUrl, '').catch(() => undefined);
}
