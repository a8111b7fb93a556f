// The search page's results arrive from the plugin's worker as a plain state update, which React
// renders and commits in one task: on a phone, the longest task after the page has painted. Set in
// a transition, the same render is cut into slices with the browser free between them. The
// plugin's page sets them in one line, which ./loader.cjs rewrites (./edits.cjs); the rest of the
// page is the plugin's own.
import type { LoadContext, Plugin } from '@docusaurus/types';
import { resolveModule } from '../hydration-cost';
import { searchPageModule } from './edits.cjs';

export default function searchResultsInTransition(context: LoadContext): Plugin {
  const file = resolveModule(searchPageModule, context.siteDir);
  return {
    name: 'search-results-in-transition',
    configureWebpack() {
      return { module: { rules: [{ resource: file, use: [{ loader: require.resolve('./loader.cjs') }] }] } };
    },
  };
}
