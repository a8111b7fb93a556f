// Which pages get a Markdown copy, where each copy's text comes from, and the order a reader
// meets them in: the sidebars' order, guides first, then the API reference, then the error codes.
import type { LoadedPlugin } from '@docusaurus/types';

export type Source =
  /** Written from the built HTML (guides, the error codes page, the home page). */
  | { from: 'html' }
  /** Written from the spec: one operation or webhook, found by its summary. */
  | { from: 'operation'; summary: string }
  /** Written from the spec's info: the API's introduction. */
  | { from: 'introduction' }
  /** Written from the spec: a tag's description and its operations. */
  | { from: 'tag'; name: string };

export type Section = 'Guides' | 'API reference' | 'Error codes';

export interface Page {
  /** The site path without the base URL: /messaging/quickstart/. */
  path: string;
  title: string;
  description: string;
  source: Source;
  /** Where llms.txt lists it; unlisted pages (the home page, tag pages) still get a copy. */
  section?: Section;
}

interface Doc {
  id: string;
  title: string;
  description: string;
  permalink: string;
  source: string;
}
type SidebarItem = { type: string; id?: string; items?: SidebarItem[]; link?: { type: string; id?: string } };
interface DocsContent {
  loadedVersions: { docs: Doc[]; sidebars: Record<string, SidebarItem[]> }[];
}

/** The docs of an instance of the docs plugin, in its sidebar's order. */
function docsInOrder(plugins: LoadedPlugin[], pluginId: string, sidebarId: string): Doc[] {
  const plugin = plugins.find((p) => p.name === 'docusaurus-plugin-content-docs' && (p.options.id ?? 'default') === pluginId);
  if (!plugin) throw new Error(`markdown-copies: no docs plugin with id "${pluginId}".`);
  const [version] = (plugin.content as DocsContent).loadedVersions;
  const byId = new Map(version.docs.map((doc) => [doc.id, doc]));
  const ids: string[] = [];
  const walk = (items: SidebarItem[]) => {
    for (const item of items) {
      if (item.type === 'doc' && item.id) ids.push(item.id);
      if (item.link?.type === 'doc' && item.link.id) ids.push(item.link.id);
      if (item.items) walk(item.items);
    }
  };
  const sidebar = version.sidebars[sidebarId];
  if (!sidebar) throw new Error(`markdown-copies: the docs plugin "${pluginId}" has no sidebar "${sidebarId}".`);
  walk(sidebar);
  const ordered = [...new Set(ids)].map((id) => byId.get(id)!);
  // A doc outside the sidebar would have no place in the reading order, and no copy.
  const missing = version.docs.filter((doc) => !ids.includes(doc.id));
  if (missing.length) throw new Error(`markdown-copies: ${missing.map((doc) => doc.id).join(', ')} not in the "${sidebarId}" sidebar.`);
  return ordered;
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Every page with a copy, in reading order. */
export function pagesInOrder(plugins: LoadedPlugin[], baseUrl: string, home: { title: string; description: string }): Page[] {
  const sitePath = (permalink: string) => `/${permalink.slice(baseUrl.length)}`.replace(/^\/+/, '/').replace(/([^/])$/, '$1/');
  const page = (doc: Doc, source: Source, section?: Section): Page => ({
    path: sitePath(doc.permalink),
    title: doc.title,
    description: oneLine(doc.description),
    source,
    section,
  });
  const guides = docsInOrder(plugins, 'default', 'guides').map((doc) => page(doc, { from: 'html' }, 'Guides'));
  const reference = docsInOrder(plugins, 'rest', 'rest').map((doc) => {
    if (doc.source.endsWith('.info.mdx')) return page(doc, { from: 'introduction' }, 'API reference');
    if (doc.source.endsWith('.api.mdx')) return page(doc, { from: 'operation', summary: doc.title }, 'API reference');
    // A tag's page only lists the operations under it: a copy for the link, not for llms.txt.
    if (doc.source.endsWith('.tag.mdx')) return page(doc, { from: 'tag', name: doc.title });
    return page(doc, { from: 'html' }, doc.id.endsWith('error-codes') ? 'Error codes' : 'API reference');
  });
  return [{ path: '/', title: home.title, description: home.description, source: { from: 'html' } }, ...guides, ...reference];
}
