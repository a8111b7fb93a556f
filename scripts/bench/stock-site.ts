// The plugin and theme exactly as their README sets them up, from our spec: the baseline our
// reference page is measured against. Lives in .bench/stock (gitignored) inside the repo, so
// its imports resolve through the repo's node_modules without a package.json of its own.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { bundledSpecPath, path } from '../load.ts';
import { run } from './run.ts';

export const stockDir = path('.bench/stock');
export const stockBuildDir = join(stockDir, 'build');

// Defaults everywhere. `future` is what 3.10.2 needs to build this theme at all; the spec's
// descriptions link to our guides (/messaging/...), which this site doesn't have, so broken
// links warn instead of failing the build (it changes no page).
const config = (specPath: string) => `// Written by scripts/bench/stock-site.ts: the README's setup, defaults only.
import type { Config } from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import type * as OpenApiPlugin from 'docusaurus-plugin-openapi-docs';

const config: Config = {
  title: 'Stock OpenAPI docs',
  url: 'http://localhost',
  baseUrl: '/',
  future: { v4: true, faster: true },
  onBrokenLinks: 'warn',
  presets: [
    [
      'classic',
      {
        docs: { sidebarPath: './sidebars.ts', docItemComponent: '@theme/ApiItem' },
      } satisfies Preset.Options,
    ],
  ],
  plugins: [
    [
      'docusaurus-plugin-openapi-docs',
      {
        id: 'api',
        docsPluginId: 'classic',
        config: {
          messaging: {
            specPath: ${JSON.stringify(specPath)},
            outputDir: 'docs/messaging',
            sidebarOptions: { groupPathsBy: 'tag' },
          } satisfies OpenApiPlugin.Options,
        },
      },
    ],
  ],
  themes: ['docusaurus-theme-openapi-docs'],
};

export default config;
`;

const sidebars = `// Written by scripts/bench/stock-site.ts: the generated sidebar slice, as the README uses it.
import type { SidebarsConfig } from '@docusaurus/plugin-content-docs';
import messaging from './docs/messaging/sidebar';

const sidebars: SidebarsConfig = {
  openApiSidebar: [{ type: 'category', label: 'Messaging', items: messaging }],
};

export default sidebars;
`;

/** Writes the stock site afresh, generates its pages and builds it; returns the build's seconds. */
export async function buildStockSite(env: NodeJS.ProcessEnv): Promise<number> {
  rmSync(stockDir, { recursive: true, force: true });
  mkdirSync(join(stockDir, 'docs'), { recursive: true });
  writeFileSync(join(stockDir, 'docusaurus.config.ts'), config(path(bundledSpecPath)));
  writeFileSync(join(stockDir, 'sidebars.ts'), sidebars);
  const docusaurus = path('node_modules/.bin/docusaurus');
  await run('stock-gen', docusaurus, ['gen-api-docs', 'all'], { cwd: stockDir, env });
  const started = performance.now();
  // The siteDir argument rather than cwd: Docusaurus warns when cwd has no package.json.
  await run('stock-build', docusaurus, ['build', stockDir], { cwd: path('.'), env });
  return (performance.now() - started) / 1000;
}

/**
 * The stock send-message page's URL path, found in the build rather than assumed. No trailing
 * slash: with Docusaurus's default trailingSlash that is how the stock site links to it.
 */
export function stockReferencePath(): string {
  const pages = (readdirSync(stockBuildDir, { recursive: true }) as string[])
    .filter((file) => file.split(sep).at(-1) === 'index.html' && file.includes('send-message'));
  if (pages.length !== 1) throw new Error(`Expected one send-message page in ${stockBuildDir}, found: ${pages.join(', ') || 'none'}.`);
  return `/${pages[0].split(sep).slice(0, -1).join('/')}`;
}
