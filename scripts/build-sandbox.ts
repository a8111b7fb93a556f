// Builds the sandbox's npm package (sandbox/package.json) in place:
// - data/: the published spec and the error catalog, as `npm run spec` generated them;
// - cli.cjs: sandbox/main.ts and every runtime dependency in one file, so installing the
//   package fetches nothing else;
// - THIRD_PARTY_LICENSES.txt: the licenses of the packages bundled into cli.cjs.
// `npm run spec` runs it with --data (data/ only); the package's prepack runs it whole.
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Metafile } from 'esbuild';
import { bundledSpecPath, catalogJsonPath, path } from './load.ts';

const packageDir = path('sandbox');
const bundle = join(packageDir, 'cli.cjs');
const licenses = join(packageDir, 'THIRD_PARTY_LICENSES.txt');

/** What the package carries, from what `npm run spec` writes. */
const data: [from: string, to: string][] = [
  [bundledSpecPath.replace(/\.yaml$/, '.json'), 'sandbox/data/messaging.json'],
  [catalogJsonPath, 'sandbox/data/error-catalog.json'],
];

/** The newest modification time of any file under a folder. */
function newest(folder: string): number {
  return Math.max(
    ...readdirSync(folder, { withFileTypes: true }).map((entry) => {
      const full = join(folder, entry.name);
      return entry.isDirectory() ? newest(full) : statSync(full).mtimeMs;
    }),
  );
}

function copyData({ checkFresh }: { checkFresh: boolean }) {
  const sources = checkFresh ? newest(path('openapi')) : 0;
  mkdirSync(path('sandbox/data'), { recursive: true });
  for (const [from, to] of data) {
    if (!existsSync(path(from))) throw new Error(`${from} is missing: run \`npm run spec\` first.`);
    if (statSync(path(from)).mtimeMs < sources) throw new Error(`${from} is older than openapi/: run \`npm run spec\` first.`);
    copyFileSync(path(from), path(to));
  }
}

/** The folder of the npm package a bundled file comes from, or null for the project's own files. */
function packageOf(input: string): string | null {
  const at = input.lastIndexOf('node_modules/');
  if (at < 0) return null;
  const rest = input.slice(at + 'node_modules/'.length).split('/');
  const name = rest[0].startsWith('@') ? rest.slice(0, 2).join('/') : rest[0];
  return input.slice(0, at) + 'node_modules/' + name;
}

/** Every bundled package with its license, and the text of its license file. */
function thirdPartyLicenses(metafile: Metafile): string {
  const folders = [...new Set(Object.keys(metafile.inputs).map(packageOf).filter((folder) => folder !== null))];
  const sections = folders
    .map((folder) => {
      const manifest = JSON.parse(readFileSync(path(join(folder, 'package.json')), 'utf8'));
      const file = readdirSync(path(folder)).find((name) => /^(license|licence|copying)(\.|$)/i.test(name));
      const text = file ? readFileSync(path(join(folder, file)), 'utf8').trim() : '(The package has no license file.)';
      return { title: `${manifest.name} ${manifest.version} (${manifest.license ?? 'no license field'})`, text };
    })
    .filter((section, index, all) => all.findIndex((other) => other.title === section.title) === index) // one copy of a version
    .sort((a, b) => a.title.localeCompare(b.title));
  const header = 'cli.cjs bundles the following npm packages. Their licenses follow.';
  return `${header}\n\n${sections.map((s) => `${'='.repeat(72)}\n${s.title}\n${'='.repeat(72)}\n\n${s.text}\n`).join('\n')}`;
}

async function bundleCli() {
  const result = await build({
    absWorkingDir: path('.'),
    entryPoints: ['sandbox/main.ts'],
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
  writeFileSync(licenses, thirdPartyLicenses(result.metafile));
  const size = (statSync(bundle).size / 1024).toFixed(0);
  console.log(`Wrote sandbox/cli.cjs (${size} KiB) and sandbox/THIRD_PARTY_LICENSES.txt.`);
}

async function main() {
  const dataOnly = process.argv.includes('--data');
  copyData({ checkFresh: !dataOnly });
  console.log(`Copied ${data.map(([, to]) => to).join(' and ')}.`);
  if (!dataOnly) await bundleCli();
}

main().catch((error: Error) => {
  console.error(`build-sandbox: ${error.message}`);
  process.exit(1);
});
