import type { Config } from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import type * as OpenApiPlugin from 'docusaurus-plugin-openapi-docs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { themes as prismThemes } from 'prism-react-renderer';
import { linkGates, markdownLinkGates } from './link-gates';
import { mainAfterNavbar, replayTabTaps, ssrTemplate } from './ssr-template';
import hydrationCost from './src/plugins/hydration-cost';
import remarkMermaidSvg from './src/plugins/mermaid-svg';
import rawSamples from './src/plugins/raw-samples';
import splitMain from './src/plugins/split-main';
import compileHints from './src/plugins/compile-hints';
import searchResultsInTransition from './src/plugins/search-results-in-transition';
import markdownCopies, { type Options as MarkdownCopiesOptions } from './src/plugins/markdown-copies';
import { bundledSpecPath, catalogJsonPath, generatedStaticDir, referenceSpecPath, servedAt } from './openapi/generated-files';
import { errorCodesPage, publishedDocsOrigin } from './openapi/site-paths';
import { accessibleShades, codeColors } from './src/css/code-colors';
import { svgDataUrl } from './src/inline-favicon';

const code = codeColors(prismThemes.github, prismThemes.dracula, accessibleShades);

// The published spec is built by `npm run spec` from openapi/ and the error catalog; the
// reference pages are generated from it, never from the unbundled sources, with one more
// server for the console: the sandbox in the reader's browser (scripts/build-spec.ts). Every
// path of it is in openapi/generated-files.ts.
const specUrl = servedAt(bundledSpecPath);
const catalogUrl = servedAt(catalogJsonPath);

const config: Config = {
  title: 'SignalWire Messaging API',
  tagline: 'Send SMS and MMS from your SignalWire Space',
  // Inline, so that no request for it races the first paint (src/inline-favicon.ts).
  favicon: svgDataUrl(join(__dirname, 'static/img/favicon.svg')),
  // Where the site is served: DOCS_URL the origin, DOCS_BASE_URL the path under it, for a copy
  // served below a path (GitHub Pages serves a project's site at /<repository>/). Unset or empty,
  // the published site's. Docusaurus would fix up a baseUrl without its slashes; we refuse it, so
  // a mistyped variable fails the build instead of shipping a site whose links miss the prefix.
  url: process.env.DOCS_URL || publishedDocsOrigin,
  baseUrl: ((baseUrl: string) => {
    if (!/^\/(.*\/)?$/.test(baseUrl)) {
      throw new Error(`DOCS_BASE_URL must start and end with a slash, like "/" or "/messaging-docs/"; it is "${baseUrl}".`);
    }
    return baseUrl;
  })(process.env.DOCS_BASE_URL || '/'),
  // Left undefined: pages are written as folder/index.html, so the API's error URLs
  // (/error-codes/#code) resolve, and each page's Markdown copy sits beside its folder
  // (/error-codes.md).
  trailingSlash: undefined,
  ...linkGates,
  markdown: {
    // ```mermaid blocks become the Mermaid element, drawn into SVG at build time by
    // src/plugins/mermaid-svg.ts, which each content plugin below runs first.
    mermaid: true,
    hooks: markdownLinkGates,
  },
  // The OpenAPI theme builds only with Rspack (@docusaurus/faster) on this stack.
  future: { v4: true, faster: true },
  ssrTemplate,
  // Accessibility stopgaps for third-party markup drawn in the browser (README, Accessibility).
  clientModules: ['./src/client-modules/third-party-a11y.ts'],
  // A stylesheet only a browser without JavaScript applies: it lays the reference's tabs out flat.
  headTags: [
    { tagName: 'noscript', attributes: {}, innerHTML: `<style>${readFileSync(join(__dirname, 'src/css/noscript.css'), 'utf8')}</style>` },
    // The code colors of both modes (src/css/code-colors.ts).
    { tagName: 'style', attributes: {}, innerHTML: code.css },
    // A tab tapped before hydration is switched once React has the page (ssr-template.ts).
    { tagName: 'script', attributes: {}, innerHTML: replayTabTaps },
    // No frame until the navbar has been parsed whole: painted while the rest of its HTML was
    // still on its way, its right-hand links moved left when the search box arrived.
    { tagName: 'link', attributes: { rel: 'expect', href: `#${mainAfterNavbar}`, blocking: 'render' } },
  ],
  i18n: { defaultLocale: 'en', locales: ['en'] },
  staticDirectories: ['static', generatedStaticDir],

  presets: [
    [
      'classic',
      {
        docs: {
          // Sibling folders, not nested ones: each instance's MDX loader claims its whole
          // folder, and a nested instance's pages would be compiled twice.
          path: 'docs/guides',
          routeBasePath: '/',
          sidebarPath: './sidebars.ts',
          beforeDefaultRemarkPlugins: [remarkMermaidSvg],
        },
        pages: { beforeDefaultRemarkPlugins: [remarkMermaidSvg] },
        blog: false,
        theme: { customCss: './src/css/custom.css' },
      } satisfies Preset.Options,
    ],
  ],

  plugins: [
    hydrationCost,
    rawSamples,
    splitMain,
    compileHints,
    searchResultsInTransition,
    // The REST reference is a docs instance of its own, so only its pages load the API
    // explorer. docs/rest/messaging is generated from the spec and kept out of git.
    [
      '@docusaurus/plugin-content-docs',
      {
        id: 'rest',
        path: 'docs/rest',
        routeBasePath: 'rest',
        sidebarPath: './sidebars-rest.ts',
        docItemComponent: '@theme/ApiItem',
        beforeDefaultRemarkPlugins: [remarkMermaidSvg],
      },
    ],
    // A Markdown copy of every page (the reference written from the spec), llms.txt and
    // llms-full.txt, after the build.
    [
      markdownCopies,
      {
        description: 'Send SMS and MMS with POST /api/messaging/messages: guides, API reference and error codes.',
        specPath: bundledSpecPath,
        machineReadable: [
          { title: 'OpenAPI 3.1 description', path: specUrl, description: 'The whole API in one YAML file: every operation, schema, example and error response.' },
          { title: 'Error catalog', path: catalogUrl, description: 'Every error code with its meaning, causes, fixes and retry advice, as JSON.' },
        ],
      } satisfies MarkdownCopiesOptions,
    ],
    [
      'docusaurus-plugin-openapi-docs',
      {
        id: 'openapi',
        docsPluginId: 'rest',
        config: {
          messaging: {
            specPath: referenceSpecPath,
            outputDir: 'docs/rest/messaging',
            downloadUrl: `${process.env.DOCS_BASE_URL || '/'}${specUrl.slice(1)}`,
            sidebarOptions: { groupPathsBy: 'tag', categoryLinkSource: 'tag' },
          } satisfies OpenApiPlugin.Options,
        },
      },
    ],
  ],

  themes: [
    'docusaurus-theme-openapi-docs',
    // Offline search over guides, reference and error codes, built into the site (no service).
    [
      '@easyops-cn/docusaurus-search-local',
      {
        hashed: true,
        indexDocs: true,
        indexPages: true,
        indexBlog: false,
        docsRouteBasePath: ['/', '/rest'],
        docsPluginIdForPreferredVersion: 'default',
        searchContextByPaths: undefined,
        highlightSearchTermsOnTargetPage: true,
        explicitSearchResultPath: true,
        // A reference page's tab lists are strips of labels: the response tabs ("201 400 401 …")
        // were the whole text the index kept for "Responses", and the content type and example
        // tabs ran into the text of each schema. The panels stay indexed, each response under
        // its own heading (src/theme/StatusCodes). The controls the Markdown copy skips are labels
        // too. The guides' code samples were a quarter of the index that search downloads before
        // its first answer; what they name, the prose names. The reference's examples stay: a
        // field such as page_token is found in the response that carries it.
        ignoreCssSelectors: ['.theme-api-markdown [role="tablist"]', '[data-markdown="skip"]', 'pre:not(.theme-api-markdown *)'],
      },
    ],
  ],

  themeConfig: {
    colorMode: { respectPrefersColorScheme: true },
    navbar: {
      title: 'SignalWire Messaging',
      logo: { alt: 'SignalWire Messaging home', src: 'img/logo.svg' },
      items: [
        { type: 'docSidebar', sidebarId: 'guides', position: 'left', label: 'Guides' },
        { type: 'docSidebar', sidebarId: 'rest', docsPluginId: 'rest', position: 'left', label: 'API reference' },
        { to: errorCodesPage, position: 'left', label: 'Error codes' },
        { href: `pathname://${specUrl}`, position: 'right', label: 'OpenAPI spec', target: '_self' },
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'Docs',
          items: [
            { label: 'Messaging overview', to: '/messaging/' },
            { label: 'API reference', to: '/rest/messaging/send-message/' },
            { label: 'Error codes', to: errorCodesPage },
          ],
        },
        {
          title: 'Machine-readable',
          items: [
            { label: 'OpenAPI 3.1 spec (YAML)', href: `pathname://${specUrl}`, target: '_self' },
            { label: 'Error catalog (JSON)', href: `pathname://${catalogUrl}`, target: '_self' },
          ],
        },
      ],
      copyright: 'Documentation for the SignalWire Messaging API.',
    },
    prism: {
      // github in light mode, dracula in dark, drawn by the stylesheet in headTags.
      theme: code.theme,
      additionalLanguages: ['bash', 'json', 'python', 'go', 'ruby', 'php', 'java', 'csharp'],
    },
    api: { authPersistence: 'sessionStorage' },
    languageTabs: [
      { highlight: 'bash', language: 'curl', logoClass: 'curl' },
      { highlight: 'javascript', language: 'nodejs', logoClass: 'nodejs' },
      { highlight: 'python', language: 'python', logoClass: 'python' },
      { highlight: 'go', language: 'go', logoClass: 'go' },
      { highlight: 'ruby', language: 'ruby', logoClass: 'ruby' },
      { highlight: 'php', language: 'php', logoClass: 'php' },
      { highlight: 'java', language: 'java', logoClass: 'java', variant: 'unirest' },
      { highlight: 'csharp', language: 'csharp', logoClass: 'csharp', variant: 'httpclient' },
    ],
  } satisfies Preset.ThemeConfig,
};

export default config;
