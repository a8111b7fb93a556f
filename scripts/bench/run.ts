// Runs a build step with its chatter sent to .bench/logs/, so the bench's own output stays a report.
import { spawn } from 'node:child_process';
import { mkdirSync, openSync, closeSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { path } from '../load.ts';

export async function run(name: string, command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<void> {
  const logs = path('.bench/logs');
  mkdirSync(logs, { recursive: true });
  const log = join(logs, `${name}.log`);
  const fd = openSync(log, 'w');
  console.log(`  ${name}: ${[command.replace(`${path('node_modules/.bin')}/`, ''), ...args].join(' ')} (log: ${log})`);
  try {
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', fd, fd] });
      child.on('error', reject);
      child.on('exit', resolve);
    });
    if (code !== 0) {
      const tail = readFileSync(log, 'utf8').split('\n').slice(-30).join('\n');
      throw new Error(`${name} exited with ${code}; last lines of ${log}:\n${tail}`);
    }
  } finally {
    closeSync(fd);
  }
}
