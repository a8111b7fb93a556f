// Stands in for plugin-content-docs's docsClientUtils where its client index imports it (swapped in
// by src/plugins/hydration-cost/swaps.ts). getActivePlugin, which the navbar and the sidebar call
// while every docs page hydrates, ordered the docs plugins' paths with localeCompare, and a page's
// first localeCompare sets up ICU's collator: on a slow phone, a third of one of the long tasks
// after the first paint. The paths are URL paths, and the sort is only there so that a path is
// tried before the paths it starts with ('/android/foo' matches '/android', not '/'). Compared by
// code unit, in descending order, a path still comes before every path that is its prefix.
// Follows: @docusaurus/plugin-content-docs@3.10.2 lib/client/docsClientUtils.js sha256:444c91b32c4a549c
import { matchPath } from '@docusaurus/router';
import type { GlobalPluginData } from '@docusaurus/plugin-content-docs/client';
import { byCodeUnit } from './by-code-unit';

export {
  getLatestVersion,
  getActiveVersion,
  getActiveDocContext,
  getDocVersionSuggestions,
} from '@docusaurus/plugin-content-docs/lib/client/docsClientUtils.js';

type ActivePlugin = { pluginId: string; pluginData: GlobalPluginData };

export function getActivePlugin(
  allPluginData: Record<string, GlobalPluginData>,
  pathname: string,
  options: { failfast?: boolean } = {},
): ActivePlugin | undefined {
  const activeEntry = Object.entries(allPluginData)
    .sort((a, b) => byCodeUnit(b[1].path, a[1].path))
    .find(([, pluginData]) => !!matchPath(pathname, { path: pluginData.path, exact: false, strict: false }));
  const activePlugin = activeEntry ? { pluginId: activeEntry[0], pluginData: activeEntry[1] } : undefined;
  if (!activePlugin && options.failfast) {
    const paths = Object.values(allPluginData).map((plugin) => plugin.path).join(', ');
    throw new Error(
      `Can't find active docs plugin for "${pathname}" pathname, while it was expected to be found. Maybe you tried to use a docs feature that can only be used on a docs-related page? Existing docs plugin paths are: ${paths}`,
    );
  }
  return activePlugin;
}
