// The production build served as `docusaurus serve` would, for the browser tests and the
// screenshot tool: on a free loopback port, so two runs (or `npm start`) never collide.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import handler from 'serve-handler';
import { path } from './load.ts';

export async function serveBuild(): Promise<{ url: string; server: Server }> {
  const root = path('build');
  if (!existsSync(join(root, 'index.html'))) throw new Error('No build/ to serve: run `npm run build` first.');
  // Our pages are folder/index.html: without trailingSlash, /page would be redirected differently than on the CDN.
  const server = createServer((req, res) => handler(req, res, { public: root, trailingSlash: true }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, server };
}
