// The sandbox over HTTP: Fastify parses, limits and routes; the core decides every answer.
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply } from 'fastify';
import cors from '@fastify/cors';
import type { SandboxResponse, Sandbox } from './core/sandbox.ts';

/** The API's body limit (request_too_large), which is also Fastify's default. */
export const bodyLimit = 1024 * 1024;

function send(reply: FastifyReply, response: SandboxResponse) {
  return reply.code(response.status).type('application/json').send(response.body);
}

// Fastify's own errors, from parsing and limits, answered as the catalog says.
function codeForFastifyError(error: FastifyError): string {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return 'request_too_large';
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return error.statusCode === 415 ? 'invalid_content_type' : 'invalid_json';
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return 'invalid_request_body';
    default:
      if (error instanceof SyntaxError || error.code === 'FST_ERR_CTP_INVALID_JSON_BODY') return 'invalid_json';
      if (error.statusCode === 413) return 'request_too_large';
      if (error.statusCode === 415) return 'invalid_content_type';
      if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) return 'invalid_json';
      return 'internal_error';
  }
}

export async function buildServer(sandbox: Sandbox, log: (message: string) => void = () => {}): Promise<FastifyInstance> {
  const app = Fastify({ bodyLimit, logger: false, return503OnClosing: false });

  // JSON only: Fastify's built-in text/plain parser would let a text body past the 415.
  app.removeContentTypeParser('text/plain');

  // Any origin: the sandbox listens on loopback only, and the docs site may run on any port.
  await app.register(cors, {
    origin: '*',
    methods: ['GET', 'POST'],
    allowedHeaders: ['Authorization', 'Content-Type', 'Accept'],
    maxAge: 600,
  });

  // Credentials are checked before the body is read, as the API does.
  app.addHook('onRequest', async (request, reply) => {
    if (request.method === 'OPTIONS') return;
    if (!request.routeOptions.url) return; // unknown path: the 404 handler answers
    if (!sandbox.authenticate(request.headers.authorization)) return send(reply, sandbox.error('authentication_failed'));
  });

  app.post('/api/messaging/messages', async (request, reply) => send(reply, sandbox.sendMessage(request.body ?? null)));

  app.get<{ Params: { id: string } }>('/api/messaging/logs/:id', async (request, reply) =>
    send(reply, sandbox.getMessageLog(request.params.id)),
  );

  app.setNotFoundHandler(async (_request, reply) => send(reply, sandbox.error('not_found')));

  app.setErrorHandler(async (error: FastifyError, request, reply) => {
    const code = codeForFastifyError(error);
    if (code === 'internal_error') log(`${request.method} ${request.url} failed: ${error.stack ?? error.message}`);
    return send(reply, sandbox.error(code));
  });

  app.addHook('onClose', async () => sandbox.close());
  return app;
}
