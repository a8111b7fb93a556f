// The production build served as `docusaurus serve` would, for the browser tests and the
// screenshot tool: on a free loopback port, so two runs (or `npm start`) never collide.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync } from 'node:fs';
import { extname, join, posix } from 'node:path';
import handler from 'serve-handler';
import { path } from './load.ts';

/**
 * Where a folder's URL without its last `/` is sent, query kept, or null when serve-handler may
 * answer it. serve-handler's own redirect drops the query, so `/search?q=redact` would open an
 * empty search page; nginx and Python's http.server keep it, and so must the server the tests
 * trust.
 */
export function slashRedirect(url: string): string | null {
  const { pathname, search } = new URL(url, 'http://localhost');
  if (!search || pathname.endsWith('/') || extname(pathname) || posix.basename(pathname).startsWith('.')) return null;
  return `${pathname}/${search}`;
}

/** Answers one request from build/, as the CDN would. */
export function answerFromBuild(req: IncomingMessage, res: ServerResponse): void {
  const location = slashRedirect(req.url ?? '/');
  if (location) {
    res.writeHead(301, { Location: location }).end();
    return;
  }
  // Our pages are folder/index.html: without trailingSlash, /page would be redirected differently than on the CDN.
  handler(req, res, { public: path('build'), trailingSlash: true });
}

export async function serveBuild(): Promise<{ url: string; server: Server }> {
  if (!existsSync(join(path('build'), 'index.html'))) throw new Error('No build/ to serve: run `npm run build` first.');
  const server = createServer(answerFromBuild);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, server };
}
