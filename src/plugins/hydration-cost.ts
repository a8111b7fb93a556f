// Bundler changes that cut the work a page does in the browser once its HTML is on screen.
// Measured with a Chromium trace and CPU profile of the send-message page (see README,
// Performance); each change is kept only because it moved those numbers.
import { dirname, join } from 'node:path';
import type { Plugin } from '@docusaurus/types';

const here = __dirname;

/** Components that re-mount after hydration only because of the key they build from `useIsBrowser`. */
export const remountingComponents = [
  '@docusaurus/theme-classic/lib/theme/Tabs/index.js',
  '@docusaurus/theme-classic/lib/theme/CodeBlock/index.js',
  ...['Tabs', 'MimeTabs', 'SchemaTabs', 'ApiTabs', 'DiscriminatorTabs', 'OperationTabs'].map(
    (name) => `docusaurus-theme-openapi-docs/lib/theme/${name}/index.js`,
  ),
];

/** A pattern for a module path ending in `end` (written with `/`), whatever the separator. */
const endingIn = (end: string) => new RegExp(`[\\\\/]${end.replace(/[.]/g, '\\.').replaceAll('/', '[\\\\/]')}$`);

/** Whether the module asking for a request is one of `ends`. */
const issuedBy = (data: { contextInfo?: { issuer?: string } }, ends: string[]) =>
  ends.some((end) => endingIn(end).test(data.contextInfo?.issuer ?? ''));

/** One of our stand-ins in src/client/. */
const standIn = (file: string) => join(here, '../client', file);

export default function hydrationCost(): Plugin {
  return {
    name: 'hydration-cost',
    configureWebpack(_config, isServer, { currentBundler }) {
      const { NormalModuleReplacementPlugin } = currentBundler.instance;
      return {
        plugins: [
          // Docusaurus flips `isBrowser` after hydration with a plain state update; ours does it in
          // a transition (src/client/browserContext.tsx).
          new NormalModuleReplacementPlugin(
            endingIn('@docusaurus/core/lib/client/browserContext.js'),
            standIn('browserContext.tsx'),
          ),
          // Their remount key stays the same after hydration (src/client/stable-remount-key.ts).
          new NormalModuleReplacementPlugin(/^@docusaurus\/useIsBrowser$/, (data) => {
            if (issuedBy(data, remountingComponents)) {
              data.request = standIn('stable-remount-key.ts');
            }
          }),
          ...(isServer
            ? []
            : [
                // Prism and the extra languages load with the components that highlight
                // (src/client/prism-languages.ts), not in a client module of every page.
                new NormalModuleReplacementPlugin(
                  endingIn('@docusaurus/theme-classic/lib/prism-include-languages.js'),
                  standIn('nothing.ts'),
                ),
                // Code blocks keep the server's highlighting; Prism loads only for a block drawn in
                // the browser (src/theme/CodeBlock/Content, src/client/tokens-on-demand.tsx).
                new NormalModuleReplacementPlugin(/^\.\/Tokens$/, (data) => {
                  if (issuedBy(data, ['src/theme/CodeBlock/Content/index.tsx'])) {
                    data.request = standIn('tokens-on-demand.tsx');
                  }
                }),
                // Route prefetching appends its <link>s in idle time (src/client/prefetch-when-idle.ts).
                new NormalModuleReplacementPlugin(
                  endingIn('@docusaurus/core/lib/client/prefetch.js'),
                  standIn('prefetch-when-idle.ts'),
                ),
                // The search plugin's highlighter skips its walk when the page has nothing to
                // unmark (src/client/mark-when-marked.ts, which imports the real one).
                new NormalModuleReplacementPlugin(endingIn('mark.js/dist/mark.js'), (data) => {
                  if (!issuedBy(data, ['src/client/mark-when-marked.ts'])) {
                    data.request = standIn('mark-when-marked.ts');
                  }
                }),
                // DocCard's leading-emoji check answers plain labels without compiling an emoji
                // pattern (src/client/emoji-when-possible.ts, which loads the real one otherwise).
                // theme-common asks for it as './utils/emojiUtils', so the request is matched, not the path.
                // The stand-in gets the real module by path: the package's exports do not list it.
                new NormalModuleReplacementPlugin(/[\\/]utils[\\/]emojiUtils(\.js)?$/, (data) => {
                  data.request = issuedBy(data, ['src/client/emoji-when-possible.ts'])
                    ? join(dirname(require.resolve('@docusaurus/theme-common')), 'utils/emojiUtils.js')
                    : standIn('emoji-when-possible.ts');
                }),
                // The OpenAPI theme's ApiItem needs SHA-1 from crypto-js to key saved credentials,
                // but imports the whole library, whose ciphers took 80 ms to set up on every
                // reference page. Only that importer gets a crypto-js holding SHA-1 alone.
                new NormalModuleReplacementPlugin(/^crypto-js$/, (data) => {
                  if (issuedBy(data, ['docusaurus-theme-openapi-docs/lib/theme/ApiExplorer/storage-utils.js'])) {
                    data.request = standIn('crypto-js-sha1.ts');
                  }
                }),
              ]),
        ],
      };
    },
  };
}
