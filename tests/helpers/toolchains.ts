// How the samples' tests find and build each language's toolchain: a missing tool fails its tests
// and says how to install it; Go and C# are built once per run, with the build line the sample
// itself documents for Mono.
import assert from 'node:assert/strict';
import { execFile, spawnSync } from 'node:child_process';
import { accessSync, constants, readFileSync } from 'node:fs';
import { basename, delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { path } from '../../scripts/load.ts';

const installHint = 'run `bash scripts/ensure-tools.sh` (as root it installs them from Debian packages)';

const onPath = (command: string) =>
  (process.env.PATH ?? '').split(delimiter).some((dir) => {
    try {
      accessSync(join(dir, command), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });

export function need(...commands: string[]) {
  const missing = commands.filter((command) => !onPath(command));
  if (missing.length > 0) throw new Error(`${missing.join(', ')} not found on PATH: ${installHint}`);
}

export function needPhpCurl() {
  need('php');
  if (!spawnSync('php', ['-m'], { encoding: 'utf8' }).stdout.split('\n').includes('curl')) {
    throw new Error(`PHP's curl extension is not loaded: ${installHint}`);
  }
}

export const memo = <T>(make: () => Promise<T>) => {
  let made: Promise<T> | undefined;
  return () => (made ??= make());
};

const build = (command: string, args: string[], env: NodeJS.ProcessEnv = process.env) =>
  promisify(execFile)(command, args, { cwd: path('.'), env, timeout: 120_000 });

/** The argv that runs a sample, building it first where it needs building. */
export type Launcher = () => Promise<string[]>;

export const interpreted =
  (prepare: () => void, ...argv: string[]): Launcher =>
  async () => {
    prepare();
    return argv;
  };

/** A Go sample built into `scratch`. */
export async function goBinary(file: string, scratch: string): Promise<string[]> {
  need('go');
  // go needs a writable build cache, which HOME may not offer. It is kept between runs beside the
  // other tools' caches, so the standard library is compiled once, not on every run. Nothing is
  // fetched from a proxy.
  const cache = path('node_modules/.cache/go');
  const env = { ...process.env, GOCACHE: join(cache, 'build'), GOPATH: join(cache, 'path'), GOPROXY: 'off', GOTOOLCHAIN: 'local' };
  const binary = join(scratch, basename(file, '.go'));
  await build('go', ['build', '-o', binary, file], env);
  return [binary];
}

/** A C# sample compiled into `scratch` with the very command its header comment gives Mono users. */
export async function monoExe(file: string, scratch: string): Promise<string[]> {
  need('mcs', 'mono');
  const name = basename(file, '.cs');
  const source = readFileSync(path(file), 'utf8');
  const documented = new RegExp(`^// +Mono: mcs (.*?) ?${name}\\.cs && mono ${name}\\.exe$`, 'm').exec(source);
  assert.ok(documented, `${name}.cs says how to build it with Mono: \`Mono: mcs ... ${name}.cs && mono ${name}.exe\``);
  const exe = join(scratch, `${name}.exe`);
  const options = documented[1].split(/\s+/).filter(Boolean);
  await build('mcs', [...options, `-out:${exe}`, file]);
  return ['mono', exe];
}
