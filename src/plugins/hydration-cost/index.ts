// Bundler changes that cut the work a page does in the browser once its HTML is on screen.
// Measured with a Chromium trace and CPU profile of the send-message page (see README,
// Performance). What is swapped, and why, is the table in ./swaps.ts; this file applies it and
// makes the build fail when a swap no longer takes.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { swaps, type Swap } from './swaps';

export { remountingComponents, swaps } from './swaps';

/** A stand-in's file. */
export const standInPath = (swap: Swap) => join(__dirname, 'stand-ins', swap.standIn);

/**
 * Where Node finds a module from the site: a package path, even one its package does not export
 * (theme-common keeps emojiUtils to itself), or a file of the site (./src/...).
 */
export function resolveModule(id: string, siteDir: string): string {
  if (id.startsWith('./')) return resolve(siteDir, id);
  try {
    return require.resolve(id, { paths: [siteDir] });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ERR_PACKAGE_PATH_NOT_EXPORTED') throw error;
    // Where Node would look, folder by folder up from the site, as it does for any package.
    for (let dir = siteDir; ; dir = dirname(dir)) {
      const file = join(dir, 'node_modules', id);
      if (existsSync(file)) return file;
      if (dirname(dir) === dir) throw error;
    }
  }
}

type ResolveData = { request: string; contextInfo?: { issuer?: string } };

export default function hydrationCost(context: LoadContext): Plugin {
  const resolved = new Map(swaps.map((swap) => [swap, resolveModule(swap.target, context.siteDir)]));
  return {
    name: 'hydration-cost',
    configureWebpack(_config, isServer, { currentBundler }) {
      const { NormalModuleReplacementPlugin } = currentBundler.instance;
      const bundle = isServer ? 'server' : 'client';
      const mine = swaps.filter((swap) => swap.bundles.includes(bundle));
      return {
        plugins: [
          ...mine.map((swap) => {
            const target = resolved.get(swap)!;
            const standIn = standInPath(swap);
            if (swap.match === 'resolved') return new NormalModuleReplacementPlugin(exactly(target), standIn);
            const importers = swap.importers.map((importer) => resolveModule(importer.module, context.siteDir));
            const requests = [...new Set([...swap.importers.map((importer) => importer.request), swap.target, target])];
            return new NormalModuleReplacementPlugin(oneOf(requests), (data: ResolveData) => {
              const issuer = data.contextInfo?.issuer ?? '';
              // A stand-in that wraps the original asks for it by path: no exports map can refuse.
              if (issuer === standIn) data.request = target;
              else if (swap.match === 'request-from-anyone' || importers.includes(issuer)) data.request = standIn;
            });
          }),
          new SwapsTook(mine.map((swap) => ({ swap, standIn: standInPath(swap) })), bundle),
        ],
      };
    },
  };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** A file path, whatever the separator. */
const exactly = (file: string) => new RegExp(`^${escape(file).replace(/\\\//g, '[\\\\/]')}$`);
const oneOf = (requests: string[]) => new RegExp(`^(?:${requests.map(escape).join('|')})$`);

/**
 * Fails the build when a swap's stand-in is not in the bundle: its target or its importer moved
 * upstream, the swap matched nothing, and the bundle took the original back.
 */
class SwapsTook {
  constructor(
    private readonly expected: { swap: Swap; standIn: string }[],
    private readonly bundle: string,
  ) {}

  apply(compiler: { hooks: { thisCompilation: { tap(name: string, fn: (compilation: Compilation) => void): void } } }) {
    compiler.hooks.thisCompilation.tap('SwapsTook', (compilation) => {
      compilation.hooks.finishModules.tap('SwapsTook', () => {
        const files = new Set(compilation.fileDependencies);
        for (const { swap, standIn } of this.expected) {
          if (!files.has(standIn)) {
            compilation.errors.push(
              new Error(
                `Bundle swap "${swap.name}" (src/plugins/hydration-cost/swaps.ts) took no effect in the ${this.bundle} bundle: ` +
                  `nothing imported ${swap.target} the way the table says (${swap.importers.map((i) => `${i.module} → "${i.request}"`).join('; ')}). ` +
                  'Find where upstream moved it, and update the swap or remove it.',
              ),
            );
          }
        }
      });
    });
  }
}

interface Compilation {
  fileDependencies: Iterable<string>;
  errors: Error[];
  hooks: { finishModules: { tap(name: string, fn: () => void): void } };
}
