// Builds the agent kit's npm package (mcp/package.json) in place, on `npm pack --workspace mcp`:
// - data/site/: the Markdown copies and llms.txt of the site in build/, so the agent reads what
//   the site says, from the same commit;
// - data/messaging.json and data/error-catalog.json: the published spec and catalog;
// - cli.cjs: mcp/main.ts and every runtime dependency in one file;
// - THIRD_PARTY_LICENSES.txt: the licenses of what cli.cjs bundles.
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { build, type Metafile } from 'esbuild';
import { bundledSpecPath, catalogJsonPath, path } from './load.ts';

const packageDir = path('mcp');
const dataDir = join(packageDir, 'data');
const bundle = join(packageDir, 'cli.cjs');

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

function packageOf(input: string): string | null {
  const at = input.lastIndexOf('node_modules/');
  if (at < 0) return null;
  const rest = input.slice(at + 'node_modules/'.length).split('/');
  const name = rest[0].startsWith('@') ? rest.slice(0, 2).join('/') : rest[0];
  return input.slice(0, at) + 'node_modules/' + name;
}

function thirdPartyLicenses(metafile: Metafile): string {
  const folders = [...new Set(Object.keys(metafile.inputs).map(packageOf).filter((folder) => folder !== null))];
  const sections = folders
    .map((folder) => {
      const manifest = JSON.parse(readFileSync(path(join(folder, 'package.json')), 'utf8'));
      const file = readdirSync(path(folder)).find((name) => /^(license|licence|copying)(\.|$)/i.test(name));
      const text = file ? readFileSync(path(join(folder, file)), 'utf8').trim() : '(The package has no license file.)';
      return { title: `${manifest.name} ${manifest.version} (${manifest.license ?? 'no license field'})`, text };
    })
    .filter((section, index, all) => all.findIndex((other) => other.title === section.title) === index)
    .sort((a, b) => a.title.localeCompare(b.title));
  const header = 'cli.cjs bundles the following npm packages. Their licenses follow.';
  return `${header}\n\n${sections.map((s) => `${'='.repeat(72)}\n${s.title}\n${'='.repeat(72)}\n\n${s.text}\n`).join('\n')}`;
}

async function bundleCli() {
  const result = await build({
    absWorkingDir: path('.'),
    entryPoints: ['mcp/main.ts'],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    banner: { js: '#!/usr/bin/env node' },
    minify: true,
    legalComments: 'none', // all of them, whole, in THIRD_PARTY_LICENSES.txt
    metafile: true,
    logLevel: 'warning',
  });
  chmodSync(bundle, 0o755);
  writeFileSync(join(packageDir, 'THIRD_PARTY_LICENSES.txt'), thirdPartyLicenses(result.metafile));
  console.log(`Wrote mcp/cli.cjs (${(statSync(bundle).size / 1024).toFixed(0)} KiB) and mcp/THIRD_PARTY_LICENSES.txt.`);
}

async function main() {
  copyData();
  await bundleCli();
}

main().catch((error: Error) => {
  console.error(`build-mcp: ${error.message}`);
  process.exit(1);
});
