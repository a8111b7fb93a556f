// A workspace package as a reader gets it: packed (its prepack builds the bundle and copies its
// data), then installed into an empty folder with no registry, so nothing may be left to fetch.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { path } from '../../scripts/load.ts';

const run = promisify(execFile);

export interface Installed {
  folder: string;
  /** The folder the package was installed into, as a reader's project. */
  app: string;
  /** node_modules/<name> inside it. */
  installed: string;
  bin: string;
  tarball: string;
  remove: () => void;
}

export async function packAndInstall(workspace: string, name: string): Promise<Installed> {
  const folder = mkdtempSync(join(tmpdir(), `${workspace}-package-`));
  const packs = join(folder, 'packs');
  const app = join(folder, 'app');
  mkdirSync(packs);
  mkdirSync(app);
  await run('npm', ['pack', '--workspace', workspace, '--pack-destination', packs], { cwd: path('.') });
  const tarball = readdirSync(packs).find((file) => file.endsWith('.tgz'));
  if (!tarball) throw new Error(`npm pack wrote no tarball to ${packs}`);
  await run('npm', ['install', '--no-audit', '--no-fund', '--offline', join(packs, tarball)], { cwd: app });
  return {
    folder,
    app,
    installed: join(app, 'node_modules', name),
    bin: join(app, 'node_modules', '.bin', name),
    tarball: join(packs, tarball),
    remove: () => rmSync(folder, { recursive: true, force: true }),
  };
}
