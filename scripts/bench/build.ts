// Our site's cold build, and what a build directory weighs.
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { path } from '../load.ts';
import { run } from './run.ts';

/** No persistent bundler cache, so every build here is a cold one. */
export const coldEnv = (): NodeJS.ProcessEnv => ({ ...process.env, DOCUSAURUS_NO_PERSISTENT_CACHE: '1' });

/**
 * Seconds for `npm run build` (spec, reference pages, docusaurus build) from a clean slate.
 * The slate is cleaned by hand rather than with `docusaurus clear`, which also deletes
 * node_modules/.cache: a developer's warm dev-server cache, and in a copy of the repo whose
 * node_modules is a symlink, another checkout's. The build ignores that cache anyway
 * (DOCUSAURUS_NO_PERSISTENT_CACHE), so what is left to clear is build/ and .docusaurus/.
 */
export async function buildOurSite(): Promise<number> {
  for (const dir of ['build', '.docusaurus']) rmSync(path(dir), { recursive: true, force: true });
  const started = performance.now();
  await run('build', 'npm', ['run', 'build'], { cwd: path('.'), env: coldEnv() });
  return (performance.now() - started) / 1000;
}

export interface BuildSize {
  bytes: number;
  files: number;
  jsFiles: number;
  jsBytes: number;
  /** At zlib's default level, which is what the compression middleware serves. */
  jsGzipBytes: number;
}

export function buildSize(dir: string): BuildSize {
  const size: BuildSize = { bytes: 0, files: 0, jsFiles: 0, jsBytes: 0, jsGzipBytes: 0 };
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    const bytes = statSync(file).size;
    size.bytes += bytes;
    size.files += 1;
    if (entry.name.endsWith('.js')) {
      size.jsFiles += 1;
      size.jsBytes += bytes;
      size.jsGzipBytes += gzipSync(readFileSync(file)).length;
    }
  }
  return size;
}
