// The sandbox over HTTP: Fastify parses, limits and routes; the core decides every answer.
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply } from 'fastify';
import cors from '@fastify/cors';
import type { SandboxResponse, Sandbox } from './core/sandbox.ts';

/** The sandbox's own body limit (the API publishes none), which is also Fastify's default. */
export const bodyLimit = 1024 * 1024;

function send(reply: FastifyReply, response: SandboxResponse) {
  return reply.code(response.status).type('application/json').send(response.body);
}

/**
 * The host names a request may be addressed to: the sandbox listens on loopback, so a browser
 * reaches it under one of these names unless a DNS name was rebound to 127.0.0.1 to get past the
 * same-origin policy. This check is the sandbox's own rule, not the API's.
 */
const loopbackHost = /^(localhost|127\.0\.0\.1|\[::1\])(:\d{1,5})?$/i;

const isLoopbackHost = (host: string | undefined) => host !== undefined && loopbackHost.test(host);

/** Whether a page of this origin may call the sandbox from a browser. */
const isAllowedOrigin = (allowedOrigins: string[], origin: string) => allowedOrigins.includes('*') || allowedOrigins.includes(origin);

export async function buildServer(sandbox: Sandbox, log: (message: string) => void = () => {}): Promise<FastifyInstance> {
  const app = Fastify({ bodyLimit, logger: false, return503OnClosing: false });
  const { allowedOrigins } = sandbox.config;

  // JSON only: Fastify's built-in text/plain parser would let a text body through.
  app.removeContentTypeParser('text/plain');

  // Before anything else, CORS included: a request addressed to another host name (DNS
  // rebinding) and a preflight from a page of an origin not allowed are refused. Both are the
  // sandbox's own rules; the API publishes neither.
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

  // Credentials are checked before the body is read.
  app.addHook('onRequest', async (request, reply) => {
    if (request.method === 'OPTIONS') return;
    if (!request.routeOptions.url) return; // unknown path: the 404 handler answers
    const verdict = sandbox.authenticate(request.headers.authorization);
    if (verdict !== 200) return send(reply, sandbox.failure(verdict));
  });

  app.post('/api/messaging/messages', async (request, reply) => send(reply, sandbox.sendMessage(request.body ?? null)));

  app.patch<{ Params: { message_id: string } }>('/api/messaging/messages/:message_id', async (request, reply) =>
    send(reply, sandbox.redactMessage(request.params.message_id, request.body ?? null)),
  );

  app.get<{ Querystring: Record<string, string> }>('/api/messaging/logs', async (request, reply) =>
    send(reply, sandbox.listMessageLogs(request.query, `${request.protocol}://${request.host}`)),
  );

  app.get<{ Params: { id: string } }>('/api/messaging/logs/:id', async (request, reply) =>
    send(reply, sandbox.getMessageLog(request.params.id)),
  );

  app.setNotFoundHandler(async (_request, reply) => send(reply, sandbox.failure(404)));

  // Fastify's own errors come from reading the body: malformed JSON, another content type, a
  // body over the limit. The API answers malformed JSON with 400 and publishes nothing on the
  // others, so the sandbox answers them all with 400. Anything else is the sandbox's own fault.
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
