// The sandbox over the Fetch API's Request and Response: routing, credentials and reading the
// body, then the core decides the answer. The reader's browser, where no server runs, answers
// the page's requests to the sandbox's origin with it, and sandbox/server.ts hands it every
// request Fastify receives, so both read a request the same way.
import type { Sandbox, SandboxResponse } from './sandbox.ts';

/** The largest body the sandbox reads: 1 MiB (the API publishes no limit). */
export const bodyLimit = 1024 * 1024;

const routes: { method: string; pattern: RegExp; run: (sandbox: Sandbox, match: RegExpMatchArray, body: () => unknown, url: URL) => SandboxResponse }[] = [
  { method: 'POST', pattern: /^\/api\/messaging\/messages$/, run: (s, _m, body) => s.sendMessage(body()) },
  { method: 'PATCH', pattern: /^\/api\/messaging\/messages\/([^/]+)$/, run: (s, m, body) => s.redactMessage(decodeURIComponent(m[1]), body()) },
  { method: 'GET', pattern: /^\/api\/messaging\/logs$/, run: (s, _m, _b, url) => s.listMessageLogs(Object.fromEntries(url.searchParams), url.origin) },
  { method: 'GET', pattern: /^\/api\/messaging\/logs\/([^/]+)$/, run: (s, m) => s.getMessageLog(decodeURIComponent(m[1])) },
];

// A key that would reach an object's prototype is refused, as Fastify's parser refuses it.
const safeJson = (text: string) =>
  JSON.parse(text, (key, value) => {
    if (key === '__proto__' || (key === 'constructor' && value && typeof value === 'object' && 'prototype' in value)) {
      throw new SyntaxError(`"${key}" is not allowed`);
    }
    return value;
  });

class BadRequest extends Error {}

async function readJson(request: Request): Promise<unknown> {
  if (!/^application\/json\s*(;|$)/i.test(request.headers.get('content-type') ?? '')) throw new BadRequest('not JSON');
  const bytes = new Uint8Array(await request.arrayBuffer());
  if (bytes.length > bodyLimit) throw new BadRequest('too large');
  try {
    return safeJson(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new BadRequest('malformed');
  }
}

const json = ({ status, body }: SandboxResponse) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json; charset=utf-8' } });

const routeFor = (method: string, pathname: string) => routes.find((r) => r.method === method && r.pattern.test(pathname));

/** Whether a request is one of the API's operations, so its credentials are checked first. */
export const isOperation = (method: string, pathname: string) => routeFor(method, pathname) !== undefined;

/** Answers one request with the sandbox: in the browser, and behind `npm run sandbox`'s server. */
export async function answer(sandbox: Sandbox, request: Request): Promise<Response> {
  const url = new URL(request.url);
  const route = routeFor(request.method, url.pathname);
  if (!route) return json(sandbox.failure(404));
  const verdict = sandbox.authenticate(request.headers.get('authorization') ?? undefined);
  if (verdict !== 200) return json(sandbox.failure(verdict));
  let body: unknown = null;
  if (request.method !== 'GET') {
    try {
      body = await readJson(request);
    } catch (error) {
      if (error instanceof BadRequest) return json(sandbox.failure(400));
      throw error;
    }
  }
  try {
    return json(route.run(sandbox, url.pathname.match(route.pattern)!, () => body, url));
  } catch {
    // The core throws only on its own bugs (a response that breaks the spec): never the reader's.
    return json(sandbox.failure(500));
  }
}
