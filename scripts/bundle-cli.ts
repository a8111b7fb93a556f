// What both npm packages with a bin (the sandbox and the agent kit) build on `npm pack`: their
// entry and every runtime dependency in one cli.cjs, so installing them fetches nothing else, and
// THIRD_PARTY_LICENSES.txt with the license of each package that file bundles.
import { chmodSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Metafile } from 'esbuild';
import { path } from './load.ts';

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

/** Bundles `entry` into `<folder>/cli.cjs` and writes `<folder>/THIRD_PARTY_LICENSES.txt`. */
export async function bundleCli(entry: string, folder: string): Promise<void> {
  const bundle = path(join(folder, 'cli.cjs'));
  const result = await build({
    absWorkingDir: path('.'),
    entryPoints: [entry],
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
  writeFileSync(path(join(folder, 'THIRD_PARTY_LICENSES.txt')), thirdPartyLicenses(result.metafile));
  console.log(`Wrote ${folder}/cli.cjs (${(statSync(bundle).size / 1024).toFixed(0)} KiB) and ${folder}/THIRD_PARTY_LICENSES.txt.`);
}
