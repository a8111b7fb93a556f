// The agent kit as readers get it: packed from mcp/ (prepack runs scripts/build-mcp.ts over
// build/), installed into an empty folder with no registry, and driven with the MCP SDK's own
// client over stdio.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { path } from '../../scripts/load.ts';

export const packageName = 'signalwire-messaging-mcp';
const run = promisify(execFile);

export interface Installed {
  folder: string;
  /** The folder the package was installed into, as a reader's project. */
  app: string;
  /** node_modules/signalwire-messaging-mcp inside it. */
  installed: string;
  bin: string;
  tarball: string;
  remove: () => void;
}

export async function packAndInstall(): Promise<Installed> {
  const folder = mkdtempSync(join(tmpdir(), 'mcp-package-'));
  const packs = join(folder, 'packs');
  const app = join(folder, 'app');
  mkdirSync(packs);
  mkdirSync(app);
  await run('npm', ['pack', '--workspace', 'mcp', '--pack-destination', packs], { cwd: path('.') });
  const tarball = readdirSync(packs).find((file) => file.endsWith('.tgz'));
  if (!tarball) throw new Error(`npm pack wrote no tarball to ${packs}`);
  // --offline: the registry is never asked, so nothing may be left to fetch.
  await run('npm', ['install', '--no-audit', '--no-fund', '--offline', join(packs, tarball)], { cwd: app });
  return {
    folder,
    app,
    installed: join(app, 'node_modules', packageName),
    bin: join(app, 'node_modules', '.bin', packageName),
    tarball: join(packs, tarball),
    remove: () => rmSync(folder, { recursive: true, force: true }),
  };
}

/** A client connected to `command args` started in `cwd`, as an agent starts a configured server. */
export async function connect(command: string, args: string[], cwd: string, env: Record<string, string> = {}): Promise<Client> {
  const client = new Client({ name: 'docs-tests', version: '1.0.0' });
  const transport = new StdioClientTransport({ command, args, cwd, env: { PATH: process.env.PATH!, HOME: process.env.HOME ?? cwd, npm_config_offline: 'true', ...env }, stderr: 'pipe' });
  await client.connect(transport);
  return client;
}

export type ToolResult = { content: { type: string; text: string }[]; isError?: boolean };

export async function call(client: Client, name: string, args: Record<string, unknown>): Promise<ToolResult> {
  return (await client.callTool({ name, arguments: args })) as ToolResult;
}

/** A tool's JSON answer; fails on a tool error. */
export async function callJson<T = any>(client: Client, name: string, args: Record<string, unknown>): Promise<T> {
  const result = await call(client, name, args);
  if (result.isError) throw new Error(`${name} answered a tool error: ${result.content[0]?.text}`);
  return JSON.parse(result.content[0].text) as T;
}
