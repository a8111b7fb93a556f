// Builds the sandbox's npm package (sandbox/package.json) in place:
// - data/: the published spec and the error catalog, as `npm run spec` generated them;
// - cli.cjs: sandbox/main.ts and every runtime dependency in one file, so installing the
//   package fetches nothing else;
// - THIRD_PARTY_LICENSES.txt: the licenses of the packages bundled into cli.cjs.
// `npm run spec` runs it with --data (data/ only); the package's prepack runs it whole.
import { copyFileSync, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { bundleCli } from './bundle-cli.ts';
import { bundledSpecPath, catalogJsonPath, path } from './load.ts';


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

async function main() {
  const dataOnly = process.argv.includes('--data');
  copyData({ checkFresh: !dataOnly });
  console.log(`Copied ${data.map(([, to]) => to).join(' and ')}.`);
  if (!dataOnly) await bundleCli('sandbox/main.ts', 'sandbox');
}

main().catch((error: Error) => {
  console.error(`build-sandbox: ${error.message}`);
  process.exit(1);
});
