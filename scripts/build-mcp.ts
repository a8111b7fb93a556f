// Builds the agent kit's npm package (mcp/package.json) in place, on `npm pack --workspace mcp`:
// - data/site/: the Markdown copies and llms.txt of the site in build/, so the agent reads what
//   the site says, from the same commit;
// - data/messaging.json and data/error-catalog.json: the published spec and catalog;
// - cli.cjs: mcp/main.ts and every runtime dependency in one file;
// - THIRD_PARTY_LICENSES.txt: the licenses of what cli.cjs bundles.
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { bundleCli } from './bundle-cli.ts';
import { bundledSpecPath, catalogJsonPath, path } from './load.ts';

const packageDir = path('mcp');
const dataDir = join(packageDir, 'data');

/** Every Markdown copy under the build, as paths relative to it. */
function copiesIn(folder: string, root = folder): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = join(folder, entry.name);
    if (entry.isDirectory()) return copiesIn(full, root);
    return entry.name.endsWith('.md') ? [relative(root, full)] : [];
  });
}

function copyData() {
  const site = path('build');
  const spec = path(bundledSpecPath.replace(/\.yaml$/, '.json'));
  const catalog = path(catalogJsonPath);
  for (const file of [join(site, 'llms.txt'), spec, catalog]) {
    if (!existsSync(file)) throw new Error(`${relative(path('.'), file)} is missing: run \`npm run build\` first.`);
  }
  // The copies must be the ones of this spec: a build older than the spec would describe another API.
  if (statSync(join(site, 'llms.txt')).mtimeMs < statSync(spec).mtimeMs) {
    throw new Error('build/ is older than the spec: run `npm run build` first.');
  }
  rmSync(dataDir, { recursive: true, force: true });
  const copies = copiesIn(site);
  for (const file of [...copies, 'llms.txt']) {
    mkdirSync(dirname(join(dataDir, 'site', file)), { recursive: true });
    copyFileSync(join(site, file), join(dataDir, 'site', file));
  }
  copyFileSync(spec, join(dataDir, 'messaging.json'));
  copyFileSync(catalog, join(dataDir, 'error-catalog.json'));
  console.log(`Copied ${copies.length} Markdown copies, llms.txt, the spec and the catalog to mcp/data/.`);
}

async function main() {
  copyData();
  await bundleCli('mcp/main.ts', 'mcp');
}

main().catch((error: Error) => {
  console.error(`build-mcp: ${error.message}`);
  process.exit(1);
});
