// Every module this plugin swaps at bundle time, in one table: what is swapped out, who asks for
// it and with which request, and the stand-in that answers instead (./stand-ins/). Each swap was
// kept because it moved a Chromium trace or the bench (README, Performance).
//
// Upstream can move any of these without a word: a renamed file or a changed import would leave a
// swap matching nothing, and the bundle would quietly take the original back. So:
//   - tests/unit/bundle-swaps.test.ts resolves every target and reads every importer for its
//     request, naming the swap that broke;
//   - the build fails when a swap's stand-in is missing from a bundle it should be in (./index.ts);
//   - tests/site/bundle-swaps.test.ts checks each swap's effect on the built chunks.

export interface Importer {
  /** The importing module, as Node resolves it from the site (a package path), or a file of the site. */
  module: string;
  /** The request it makes, word for word, in its source. */
  request: string;
}

export interface Swap {
  name: string;
  /** The module swapped out, as Node resolves it from the site. */
  target: string;
  importers: Importer[];
  /**
   * How the bundler finds the import to swap:
   *   - 'resolved': any request that resolves to `target` (one module, imported under several names);
   *   - 'request': the importers' request, from those importers only;
   *   - 'request-from-anyone': that request from any module (the importer is a file the plugin
   *     that owns it writes into .docusaurus/ at build time).
   */
  match: 'resolved' | 'request' | 'request-from-anyone';
  /** The stand-in's file in ./stand-ins/. One that wraps the original imports `target` itself. */
  standIn: string;
  /** The bundles the swap applies to; a stand-in for browser-only work needs no server twin. */
  bundles: ('client' | 'server')[];
}

/** Components that re-mount after hydration only because of the key they build from `useIsBrowser`. */
export const remountingComponents = [
  '@docusaurus/theme-classic/lib/theme/Tabs/index.js',
  '@docusaurus/theme-classic/lib/theme/CodeBlock/index.js',
  ...['Tabs', 'MimeTabs', 'SchemaTabs', 'ApiTabs', 'DiscriminatorTabs', 'OperationTabs'].map(
    (name) => `docusaurus-theme-openapi-docs/lib/theme/${name}/index.js`,
  ),
];

const openapiTheme = (file: string) => `docusaurus-theme-openapi-docs/lib/theme/${file}`;

/**
 * The page body's two readers of the try-it console's Redux store get the page's own plain store
 * (src/theme/ApiItem/page-state.ts) instead, so the page renders without Redux and the console
 * creates its store in its lazily loaded chunk (src/theme/ApiItem/console-store.tsx).
 */
const consoleStateOnThePage = (name: string, target: string, importers: string[], request: string, standIn: string): Swap => ({
  name,
  target: openapiTheme(target),
  importers: importers.map((importer) => ({ module: openapiTheme(importer), request })),
  match: 'request',
  standIn,
  // The server renders MimeTabs and Schema too, with no store above them.
  bundles: ['client', 'server'],
});

export const swaps: Swap[] = [
  {
    // Docusaurus flips `isBrowser` after hydration with a plain state update; the stand-in does it
    // in a transition, so what re-renders then is time-sliced.
    name: 'browserContext in a transition',
    target: '@docusaurus/core/lib/client/browserContext.js',
    importers: [
      { module: '@docusaurus/core/lib/client/App.js', request: './browserContext' },
      { module: '@docusaurus/core/lib/client/exports/useIsBrowser.js', request: '../browserContext' },
    ],
    match: 'resolved',
    standIn: 'browserContext.tsx',
    // The server renders with isBrowser false either way; both bundles must share one context.
    bundles: ['client', 'server'],
  },
  {
    // Their remount key stays the same after hydration, so the server's DOM is kept.
    name: 'stable remount key',
    target: '@docusaurus/core/lib/client/exports/useIsBrowser.js',
    importers: remountingComponents.map((module) => ({ module, request: '@docusaurus/useIsBrowser' })),
    match: 'request',
    standIn: 'stable-remount-key.ts',
    bundles: ['client', 'server'],
  },
  {
    // Prism and the extra languages load with the components that highlight
    // (./prism-languages.ts), not in a client module of every page.
    name: 'Prism languages on demand',
    target: '@docusaurus/theme-classic/lib/prism-include-languages.js',
    importers: [{ module: '@docusaurus/theme-classic/lib/index.js', request: './prism-include-languages' }],
    match: 'resolved',
    standIn: 'nothing.ts',
    bundles: ['client'],
  },
  {
    // Code blocks keep the server's highlighting; Prism loads only for a block drawn in the browser.
    name: 'tokens on demand',
    target: './src/theme/CodeBlock/Content/Tokens.tsx',
    importers: [{ module: './src/theme/CodeBlock/Content/index.tsx', request: './Tokens' }],
    match: 'request',
    standIn: 'tokens-on-demand.tsx',
    bundles: ['client'],
  },
  {
    // The descriptions the server rendered stay as they are; marked loads only for one the browser draws.
    name: 'Markdown on demand',
    target: './src/theme/Markdown/render.ts',
    importers: [{ module: './src/theme/Markdown/index.tsx', request: './render' }],
    match: 'request',
    standIn: 'markdown-on-demand.ts',
    bundles: ['client'],
  },
  {
    // The first page's route chunks are requested in the task after the main bundle's, not in it.
    name: 'first preload after start-up',
    target: '@docusaurus/core/lib/client/preload.js',
    importers: [{ module: '@docusaurus/core/lib/client/clientEntry.js', request: './preload' }],
    match: 'request',
    standIn: 'preload-after-start-up.ts',
    bundles: ['client'],
  },
  {
    // Route prefetching appends its <link>s in idle time, a few at once.
    name: 'prefetch when idle',
    target: '@docusaurus/core/lib/client/prefetch.js',
    importers: [{ module: '@docusaurus/core/lib/client/docusaurus.js', request: './prefetch' }],
    match: 'resolved',
    standIn: 'prefetch-when-idle.ts',
    bundles: ['client'],
  },
  {
    // The search plugin's highlighter loads, and walks the page, only when there is something to
    // mark or unmark.
    name: 'mark.js when marked',
    target: 'mark.js',
    // The plugin writes `export { default as Mark } from "<require.resolve("mark.js")>"` into
    // .docusaurus/ at build time; that generated file is the importer the bundler sees.
    importers: [{ module: '@easyops-cn/docusaurus-search-local/dist/server/server/utils/generate.js', request: 'mark.js' }],
    match: 'request-from-anyone',
    standIn: 'mark-when-marked.ts',
    bundles: ['client'],
  },

  {
    // DocCard's leading-emoji check answers plain labels without compiling an emoji pattern.
    name: 'emoji check when possible',
    target: '@docusaurus/theme-common/lib/utils/emojiUtils.js',
    importers: [{ module: '@docusaurus/theme-common/lib/internal.js', request: './utils/emojiUtils' }],
    match: 'request',
    standIn: 'emoji-when-possible.ts',
    bundles: ['client'],
  },
  {
    // The OpenAPI theme's ApiItem needs SHA-1 from crypto-js to key saved credentials, but imports
    // the whole library, whose ciphers took 80 ms to set up on every reference page.
    name: 'crypto-js SHA-1 only',
    target: 'crypto-js',
    importers: [{ module: 'docusaurus-theme-openapi-docs/lib/theme/ApiExplorer/storage-utils.js', request: 'crypto-js' }],
    match: 'request',
    standIn: 'crypto-js-sha1.ts',
    // The server renders storage-utils too; the same stand-in keeps the ciphers out of its bundle.
    bundles: ['client', 'server'],
  },
  consoleStateOnThePage('console hooks on the page', 'ApiItem/hooks.js', ['MimeTabs/index.js', 'Schema/index.js'], '@theme/ApiItem/hooks', 'explorer-hooks-on-page.ts'),
  consoleStateOnThePage('Accept slice on the page', 'ApiExplorer/Accept/slice.js', ['MimeTabs/index.js'], '@theme/ApiExplorer/Accept/slice', 'accept-slice-on-page.ts'),
  consoleStateOnThePage('ContentType slice on the page', 'ApiExplorer/ContentType/slice.js', ['MimeTabs/index.js'], '@theme/ApiExplorer/ContentType/slice', 'content-type-slice-on-page.ts'),
  consoleStateOnThePage('SchemaSelection slice on the page', 'ApiExplorer/SchemaSelection/slice.js', ['Schema/index.js'], '@theme/ApiExplorer/SchemaSelection/slice', 'schema-selection-slice-on-page.ts'),
  // A page's first localeCompare sets up ICU's collator; three sorts of ASCII keys and paths that
  // every docs page runs while hydrating paid for it. They now sort by code unit.
  {
    name: 'docs plugin paths sorted without the collator',
    target: '@docusaurus/plugin-content-docs/lib/client/docsClientUtils.js',
    importers: [{ module: '@docusaurus/plugin-content-docs/lib/client/index.js', request: './docsClientUtils' }],
    match: 'request',
    standIn: 'collator-free-active-plugin.ts',
    bundles: ['client'],
  },
  {
    name: 'memo keys sorted without the collator',
    target: '@docusaurus/theme-common/lib/utils/reactUtils.js',
    importers: [
      { module: '@docusaurus/theme-common/lib/hooks/useMutationObserver.js', request: '../utils/reactUtils' },
      { module: '@docusaurus/theme-common/lib/contexts/navbarSecondaryMenu/content.js', request: '../../utils/reactUtils' },
    ],
    match: 'request',
    standIn: 'collator-free-react-utils.ts',
    bundles: ['client'],
  },
  {
    name: 'OpenAPI theme memo keys sorted without the collator',
    target: openapiTheme('utils/reactUtils.js'),
    importers: [{ module: openapiTheme('utils/useMutationObserver.js'), request: './reactUtils' }],
    match: 'request',
    standIn: 'collator-free-openapi-react-utils.ts',
    bundles: ['client'],
  },
  {
    // The first window size after hydration arrives in a transition: on a phone it re-renders the
    // sidebar, the table of contents and the navbar's menu for a narrow window.
    name: 'window size in a transition',
    target: '@docusaurus/theme-common/lib/hooks/useWindowSize.js',
    importers: [
      { module: '@docusaurus/theme-common/lib/index.js', request: './hooks/useWindowSize' },
      { module: '@docusaurus/theme-common/lib/contexts/navbarMobileSidebar.js', request: '../hooks/useWindowSize' },
    ],
    match: 'resolved',
    standIn: 'window-size-in-transition.ts',
    // The server never runs the effect: it renders 'ssr' either way.
    bundles: ['client'],
  },
];
