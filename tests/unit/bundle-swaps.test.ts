// Each bundle swap of src/plugins/hydration-cost/swaps.ts still has something to swap: its target
// resolves, each importer still makes the request the swap replaces, and its stand-in offers the
// same exports as the original. An upstream rename fails here, naming the swap, before a build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { resolveModule, standInPath, swaps } from '../../src/plugins/hydration-cost/index.ts';
import type { Swap } from '../../src/plugins/hydration-cost/swaps.ts';
import { root } from '../../scripts/load.ts';

/** What's wrong with a swap against the installed packages; empty when it still takes. */
function swapProblems(swap: Swap, siteDir = root): string[] {
  const problems: string[] = [];
  try {
    resolveModule(swap.target, siteDir);
  } catch {
    problems.push(`its target ${swap.target} no longer resolves`);
  }
  for (const importer of swap.importers) {
    let source: string;
    try {
      source = readFileSync(resolveModule(importer.module, siteDir), 'utf8');
    } catch {
      problems.push(`its importer ${importer.module} no longer resolves`);
      continue;
    }
    const quoted = ['"', "'", '`'].some((quote) => source.includes(`${quote}${importer.request}${quote}`));
    if (!quoted) problems.push(`${importer.module} no longer requests "${importer.request}"`);
  }
  if (!existsSync(standInPath(swap))) problems.push(`its stand-in ${swap.standIn} is missing`);
  return problems;
}

/**
 * The names a module exports, as a bundler sees them: a CommonJS module exports `default`, unless
 * it is an ES module compiled to CommonJS (marked `__esModule`), whose importers read the names it
 * assigns to `exports` (the OpenAPI theme's hooks and slices).
 */
async function exportsOf(file: string): Promise<string[]> {
  const source = readFileSync(file, 'utf8');
  if (/Object\.defineProperty\(exports, "__esModule"/.test(source)) {
    return [...new Set([...source.matchAll(/\bexports\.(\w+)\s*=/g)].map((match) => match[1]))].sort();
  }
  const result = await build({
    entryPoints: [file],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'neutral',
    packages: 'external',
    logLevel: 'silent',
    loader: { '.js': 'jsx' },
  });
  return [...Object.values(result.metafile.outputs)[0].exports].sort();
}

for (const swap of swaps) {
  test(`bundle swap "${swap.name}": its target, importers and stand-in are where the table says`, () => {
    assert.deepEqual(swapProblems(swap), [], `swap "${swap.name}" broke`);
  });

  test(`bundle swap "${swap.name}": the stand-in exports what ${swap.target} exports`, async () => {
    assert.deepEqual(await exportsOf(standInPath(swap)), await exportsOf(resolveModule(swap.target, root)), swap.name);
  });
}

test('a swap whose target, importer or request moved upstream is reported by name', () => {
  const [prefetch] = swaps.filter((swap) => swap.name === 'prefetch when idle');
  assert.deepEqual(swapProblems({ ...prefetch, target: '@docusaurus/core/lib/client/prefetcher.js' }), [
    'its target @docusaurus/core/lib/client/prefetcher.js no longer resolves',
  ]);
  assert.deepEqual(swapProblems({ ...prefetch, importers: [{ module: '@docusaurus/core/lib/client/docusaurus.js', request: './prefetcher' }] }), [
    '@docusaurus/core/lib/client/docusaurus.js no longer requests "./prefetcher"',
  ]);
  assert.deepEqual(swapProblems({ ...prefetch, importers: [{ module: '@docusaurus/core/lib/client/app.js', request: './prefetch' }] }), [
    'its importer @docusaurus/core/lib/client/app.js no longer resolves',
  ]);
});

test('storage-utils uses nothing of crypto-js but SHA1, the one function the stand-in keeps', () => {
  const source = readFileSync(resolveModule('docusaurus-theme-openapi-docs/lib/theme/ApiExplorer/storage-utils.js', root), 'utf8');
  const used = new Set([...source.matchAll(/crypto_js_1\.default\.(\w+)/g)].map((m) => m[1]));
  assert.deepEqual([...used], ['SHA1']);
});
