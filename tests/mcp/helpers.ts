// The agent kit as readers get it: packed from mcp/ (prepack runs scripts/build-mcp.ts over
// build/), installed into an empty folder with no registry, and driven with the MCP SDK's own
// client over stdio.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { packAndInstall as packAndInstallWorkspace, type Installed } from '../helpers/packages.ts';

export type { Installed };
export const packageName = 'signalwire-messaging-mcp';

/** The agent kit packed and installed into an empty folder, as `npx` would get it. */
export const packAndInstall = (): Promise<Installed> => packAndInstallWorkspace('mcp', packageName);

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
