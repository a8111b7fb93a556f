// The package's command: `npx signalwire-messaging-mcp`, an MCP server over stdio. It serves
// what data/ beside it holds (scripts/build-mcp.ts copies the site's build there when the
// package is packed), and reads nothing else.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { configFromEnv } from '../sandbox/core/config.ts';
import { loadSite } from './docs.ts';
import { createServer } from './server.ts';

const data = join(__dirname, 'data');

function read(file: string): string {
  try {
    return readFileSync(join(data, file), 'utf8');
  } catch (error) {
    const hint = (error as NodeJS.ErrnoException).code === 'ENOENT' ? ' (in the docs repository, `npm run build`, then `npm pack --workspace mcp`, puts it there)' : '';
    throw new Error(`cannot read ${join(data, file)}${hint}: ${(error as Error).message}`);
  }
}

function copies(folder: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.md')) continue;
    const full = join(entry.parentPath, entry.name);
    files.set(`/${relative(folder, full).split(sep).join('/')}`, readFileSync(full, 'utf8'));
  }
  return files;
}

async function main() {
  const site = loadSite(read('site/llms.txt'), copies(join(data, 'site')));
  const server = createServer({
    site,
    spec: JSON.parse(read('messaging.json')),
    catalog: JSON.parse(read('error-catalog.json')),
    config: configFromEnv(process.env),
    version: JSON.parse(read('../package.json')).version,
  });
  await server.connect(new StdioServerTransport());
}

main().catch((error: Error) => {
  console.error(`signalwire-messaging-mcp could not start: ${error.message}`);
  process.exit(1);
});
