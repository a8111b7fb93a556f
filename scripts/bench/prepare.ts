// The builds a bench run measures: ours (cold, or reused with BENCH_SKIP_BUILD=1, from this
// checkout or BENCH_BUILD), BENCH_BASELINE's, the bare floor and the stock theme's site.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { bundledSpecPath, path } from '../load.ts';
import { buildOurSite, buildSize, coldEnv, type BuildSize } from './build.ts';
import { bareBuildDir, buildBareSite } from './bare-site.ts';
import { buildStockSite, stockBuildDir } from './stock-site.ts';

export interface Prepared {
  dir: string;
  /** Cold build seconds; null when the build was reused. */
  seconds: number | null;
  size: BuildSize;
}

const isBuild = (dir: string) => existsSync(join(dir, 'index.html')) || existsSync(join(dir, '404.html'));

/** A folder holding a Docusaurus build, from an environment variable; undefined when unset. */
export function buildFromEnv(name: 'BENCH_BUILD' | 'BENCH_BASELINE'): string | undefined {
  const dir = process.env[name]?.trim();
  if (!dir) return undefined;
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`${name}: ${dir} holds no index.html; point it at a build/ folder.`);
  return dir;
}

export async function prepareOurs(skipBuild: boolean): Promise<Prepared> {
  const given = buildFromEnv('BENCH_BUILD');
  if (given && !skipBuild) throw new Error('BENCH_BUILD names a build to measure as it is: set BENCH_SKIP_BUILD=1 too.');
  const dir = given ?? path('build');
  const seconds = skipBuild ? null : await buildOurSite();
  if (!isBuild(dir)) throw new Error(`No build in ${dir} to measure: run without BENCH_SKIP_BUILD=1.`);
  return { dir, seconds, size: buildSize(dir) };
}

/**
 * The floor and the stock site are built cold unless BENCH_SKIP_BUILD=1 finds them built, so a
 * reused run works in a checkout that never built them.
 */
async function prepareSide(dir: string, skipBuild: boolean, build: () => Promise<number>): Promise<Prepared> {
  const seconds = skipBuild && isBuild(dir) ? null : await build();
  return { dir, seconds, size: buildSize(dir) };
}

export const prepareFloor = (skipBuild: boolean) => prepareSide(bareBuildDir, skipBuild, () => buildBareSite(coldEnv()));

export const prepareStock = (skipBuild: boolean) =>
  prepareSide(stockBuildDir, skipBuild, () => {
    if (!existsSync(path(bundledSpecPath))) throw new Error(`No ${bundledSpecPath} to build the stock site from: npm run build makes it.`);
    return buildStockSite(coldEnv());
  });
