// Serves a build/ directory gzip-compressed, as the CDN will: the JavaScript byte counts and
// load times Lighthouse reports are only meaningful for compressed responses.
import { createServer, get, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import compression from 'compression';
import handler from 'serve-handler';

export interface Served {
  url: string;
  close: () => Promise<void>;
}

/** `trailingSlash` mirrors scripts/serve-build.ts: our pages are folder/index.html. */
export async function serveCompressed(dir: string, options: { trailingSlash?: boolean } = {}): Promise<Served> {
  if (!existsSync(join(dir, '404.html')) && !existsSync(join(dir, 'index.html'))) {
    throw new Error(`${dir} does not look like a Docusaurus build.`);
  }
  const compress = compression();
  const server: Server = createServer((req, res) => {
    // compression 1.8 prefers brotli whenever Chrome offers it; the budget is in gzip bytes,
    // so this server answers like a gzip-only CDN.
    req.headers['accept-encoding'] = (req.headers['accept-encoding'] ?? '')
      .split(',')
      .filter((coding) => !/^\s*(br|zstd)\b/.test(coding))
      .join(',');
    // compression() is Express middleware; plain http's objects are all it touches.
    compress(req as never, res as never, () => {
      handler(req, res, { public: dir, trailingSlash: options.trailingSlash }).catch((error: unknown) => {
        res.statusCode = 500;
        res.end(String(error));
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Fails unless `url` answers 200 with a gzip body, so a silent misconfiguration can't skew the byte counts. */
export function assertGzip(url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    // What Chromium sends.
    get(url, { headers: { 'accept-encoding': 'gzip, deflate, br, zstd' } }, (res) => {
      res.resume();
      const encoding = res.headers['content-encoding'];
      if (res.statusCode !== 200) reject(new Error(`${url} answered ${res.statusCode}, expected 200.`));
      else if (encoding !== 'gzip') reject(new Error(`${url} is served with content-encoding ${encoding ?? '(none)'}, expected gzip.`));
      else resolve();
    }).on('error', reject);
  });
}
