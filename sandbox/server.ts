// The sandbox over HTTP. Fastify listens, keeps to loopback host names and sends CORS headers;
// every request then goes to core/http.ts as a Fetch Request, as in the reader's browser, and
// the core decides the answer.
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import cors from '@fastify/cors';
import type { SandboxResponse, Sandbox } from './core/sandbox.ts';
import { answer, bodyLimit, isOperation } from './core/http.ts';
import { isLoopbackHost } from './core/loopback.ts';

function send(reply: FastifyReply, response: SandboxResponse) {
  return reply.code(response.status).type('application/json').send(response.body);
}

function toFetchRequest(request: FastifyRequest): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    for (const item of [value ?? []].flat()) headers.append(name, item);
  }
  const body = Buffer.isBuffer(request.body) ? new Uint8Array(request.body) : undefined;
  return new Request(`${request.protocol}://${request.host}${request.url}`, { method: request.method, headers, body });
}

/** Whether a page of this origin may call the sandbox from a browser. */
const isAllowedOrigin = (allowedOrigins: string[], origin: string) => allowedOrigins.includes('*') || allowedOrigins.includes(origin);

export async function buildServer(sandbox: Sandbox, log: (message: string) => void = () => {}): Promise<FastifyInstance> {
  const app = Fastify({ bodyLimit, logger: false, return503OnClosing: false });
  const { allowedOrigins } = sandbox.config;

  // The body reaches core/http.ts as the bytes that came, whatever their type: it reads them.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));

  // Before anything else, CORS included: a request addressed to a host name that is not a
  // loopback one (the sandbox listens on loopback, so only a DNS name rebound to it, to get past
  // the same-origin policy, reaches it under another) and a preflight from a page of an origin
  // not allowed are refused. Both are the sandbox's own rules; the API publishes neither.
  app.addHook('onRequest', async (request, reply) => {
    if (!isLoopbackHost(request.headers.host)) return send(reply, sandbox.failure(403));
    const { origin } = request.headers;
    if (request.method === 'OPTIONS' && origin !== undefined && !isAllowedOrigin(allowedOrigins, origin)) {
      return send(reply, sandbox.failure(403));
    }
  });

  // Only the docs' own origins get CORS headers (SANDBOX_ALLOWED_ORIGINS); a page from any other
  // origin gets none, so its browser keeps the answer from it.
  await app.register(cors, {
    origin: allowedOrigins.includes('*') ? '*' : allowedOrigins,
    methods: ['GET', 'POST', 'PATCH'],
    allowedHeaders: ['Authorization', 'Content-Type', 'Accept'],
    maxAge: 600,
  });

  // Credentials are checked before the body is read, as core/http.ts does in the browser.
  app.addHook('onRequest', async (request, reply) => {
    if (!isOperation(request.method, new URL(request.url, 'http://localhost').pathname)) return;
    const verdict = sandbox.authenticate(request.headers.authorization);
    if (verdict !== 200) return send(reply, sandbox.failure(verdict));
  });

  app.route({
    method: ['GET', 'POST', 'PATCH', 'PUT', 'DELETE'],
    url: '/*',
    handler: async (request, reply) => {
      const response = await answer(sandbox, toFetchRequest(request));
      return reply.code(response.status).type('application/json').send(Buffer.from(await response.arrayBuffer()));
    },
  });

  // Any other method, such as OPTIONS without CORS, answers as an unknown path does.
  app.setNotFoundHandler(async (_request, reply) => send(reply, sandbox.failure(404)));

  // Fastify's own errors come from reading the body, such as one over the limit: the API
  // publishes nothing on them, so the sandbox answers 400. Anything else is its own fault.
  app.setErrorHandler(async (error: FastifyError, request, reply) => {
    if (error instanceof SyntaxError || (error.statusCode && error.statusCode >= 400 && error.statusCode < 500)) {
      return send(reply, sandbox.failure(400));
    }
    log(`${request.method} ${request.url} failed: ${error.stack ?? error.message}`);
    return send(reply, sandbox.failure(500));
  });

  app.addHook('onClose', async () => sandbox.close());
  return app;
}
