// Stands in for @docusaurus/core's client/preload where the client entry calls it (swapped in by
// src/plugins/hydration-cost/swaps.ts), to load the first page's route chunks before hydrating.
// Called while the main bundle runs, it requested those chunks (one <script> appended each,
// matched against every route) inside the main bundle's own task, the longest a page had after
// its first paint. Started from the next task instead, the same work comes in two shorter
// tasks. Navigations keep the original, which PendingNavigation imports directly.
// Follows: @docusaurus/core@3.10.2 lib/client/preload.js sha256:8c1e3de18d307e2f
import preload from '@docusaurus/core/lib/client/preload.js';

export default function preloadAfterStartUp(pathname: string): Promise<unknown> {
  return new Promise((started) => setTimeout(started)).then(() => preload(pathname));
}
