// The MCP server: the docs' tools and resources over what data/ holds, the site's own files.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import type { Catalog } from '../openapi/catalog.ts';
import type { SandboxConfig } from '../sandbox/core/config.ts';
import type { SandboxOptions } from '../sandbox/core/sandbox.ts';
import { copyUrl, findPage, pageUrl, searchIndex, type Site } from './docs.ts';
import { explainError } from './errors.ts';
import { findOperation, operationsOf } from './operations.ts';
import { checkReceiver } from './receiver.ts';
import { agentSandbox, methods } from './sandbox.ts';
import { countSegments } from './segments.ts';

export interface ServerData {
  site: Site;
  spec: SandboxOptions['spec'];
  catalog: Catalog;
  config: SandboxConfig;
  version: string;
}

type Result = { content: { type: 'text'; text: string }[]; isError?: boolean };

const text = (...parts: string[]): Result => ({ content: parts.map((part) => ({ type: 'text' as const, text: part })) });
const json = (value: unknown): Result => text(JSON.stringify(value, null, 2));

/** A tool's own failure reaches the agent as a result it can read and act on, never as a crash. */
function guarded<A>(run: (args: A) => Promise<Result> | Result) {
  return async (args: A): Promise<Result> => {
    try {
      return await run(args);
    } catch (error) {
      return { content: [{ type: 'text', text: error instanceof Error ? error.message : String(error) }], isError: true };
    }
  };
}

export function createServer({ site, spec, catalog, config, version }: ServerData): McpServer {
  const server = new McpServer(
    { name: 'signalwire-messaging-mcp', version },
    {
      instructions:
        "SignalWire's Messaging API docs (send SMS and MMS, redaction, message logs, status callbacks), as published at " +
        `${site.root}. Search and read the pages, get an operation's OpenAPI document, explain error codes, count SMS segments, ` +
        'try requests on a local sandbox of the API and check a status-callback receiver.',
    },
  );
  const index = searchIndex(site);
  const operations = operationsOf(site);
  const sandbox = agentSandbox(spec, catalog, config);

  server.registerTool(
    'search_docs',
    {
      title: 'Search the docs',
      description: "Search SignalWire's Messaging API docs (guides, API reference, error codes). Returns the best pages, each with its title, the section that matched, its URL and the matching passage. Read a whole page with read_page.",
      inputSchema: { query: z.string().min(1).max(500).describe('What to look for, in words: "status callback signature", "character_limit_exceeded"'), limit: z.number().int().min(1).max(20).optional().describe('How many pages, 5 unless given') },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    guarded(({ query, limit }) => {
      const hits = index.search(query, limit ?? 5);
      if (hits.length === 0) return text(`Nothing in the docs matches "${query}". Try other words, or read the list of pages: ${site.root}llms.txt`);
      return json(hits);
    }),
  );

  server.registerTool(
    'read_page',
    {
      title: 'Read a page',
      description: "A page of the docs as Markdown (the copy the site publishes beside each page). Give its path (/messaging/quickstart/ or /messaging/quickstart.md) or its full URL.",
      inputSchema: { path: z.string().min(1).max(2000).describe(`A path such as /messaging/quickstart/, or a URL under ${site.root}`) },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    guarded(({ path }) => {
      const page = findPage(site, path);
      return text(page.markdown);
    }),
  );

  server.registerTool(
    'get_operation',
    {
      title: "Get an operation's OpenAPI document",
      description: `One operation's OpenAPI 3.1 document, self-contained (every schema, response and example written in place): the one its reference page ends with. Operations: ${operations.map((o) => `${o.operationId} (${o.method} ${o.path})`).join(', ')}.`,
      inputSchema: {
        operationId: z.string().max(200).optional().describe('Such as sendMessage'),
        method: z.string().max(10).optional().describe('With path, instead of operationId: POST'),
        path: z.string().max(2000).optional().describe('With method: /api/messaging/messages, or a concrete one such as /api/messaging/logs/<id>'),
      },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    guarded((query) => {
      const operation = findOperation(operations, query);
      return text(`${operation.operationId}: ${operation.method} ${operation.path}${operation.webhook ? ' (a webhook: SignalWire calls your URL)' : ''}. ${operation.summary}. Reference page: ${operation.url}. Its OpenAPI document follows, as the page's Markdown copy ends with it.`, operation.document);
    }),
  );

  server.registerTool(
    'explain_error',
    {
      title: 'Explain an error code or HTTP status',
      description: 'What an error code (such as body_or_media_required) or an HTTP status (such as 422) of the Messaging API means: causes, fixes, whether to retry, the body it arrives in, and its anchor on the error-codes page. An unknown code gets the nearest real ones.',
      inputSchema: {
        code: z.string().max(200).optional().describe('An error code from a response or a status callback'),
        status: z.number().int().min(100).max(599).optional().describe('An HTTP status, instead of a code'),
      },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    guarded((given) => json(explainError(site, catalog, given))),
  );

  server.registerTool(
    'count_segments',
    {
      title: 'Count SMS segments',
      description: 'How an SMS body is encoded (GSM-7 or UCS-2) and how many segments it is billed as: characters per segment, the units in each segment, and the characters that forced UCS-2. Same library as the segment calculator on the site. Up to 100 kB of text.',
      inputSchema: { text: z.string().describe('The message body, exactly as it will be sent') },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    guarded(({ text: body }) => json({ ...countSegments(body), guide: `${site.root}messaging/segments/` })),
  );

  server.registerTool(
    'sandbox_request',
    {
      title: 'Send a request to the sandbox',
      description: `Send a request to a local sandbox of the Messaging API, which answers as the docs say the API does (validation, error codes, statuses, redaction, logs) and posts signed status callbacks to a loopback status_callback. Authenticated as the sandbox project (${config.projectId}); numbers it owns (from): ${config.fromNumbers.join(', ')}. Nothing leaves this machine.`,
      inputSchema: {
        method: z.enum(methods).describe('HTTP method'),
        path: z.string().min(1).max(2000).describe('Such as /api/messaging/messages or /api/messaging/logs?page_size=5'),
        body: z.union([z.record(z.unknown()), z.string()]).optional().describe('The JSON body, as an object; a string is sent as written'),
        api_token: z.string().max(200).optional().describe(`Another API token to authenticate with (the one without the Messaging scope: ${config.scopelessToken})`),
      },
      annotations: { readOnlyHint: false, openWorldHint: false },
    },
    guarded(async ({ method, path, body, api_token }) => json(await sandbox.request(method, path, body, api_token))),
  );

  server.registerTool(
    'sandbox_events',
    {
      title: "A sandbox message's status callbacks",
      description: 'The status changes of a message sent with sandbox_request: for each, the time, the status, the callback payload, its signature headers and whether it was delivered to the status_callback; and the status its message log ends with. Waits for the final status first.',
      inputSchema: {
        message_id: z.string().min(1).max(200).describe('The id sandbox_request returned'),
        wait_seconds: z.number().min(0).max(60).optional().describe('How long to wait for the final status, 15 unless given'),
      },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    guarded(async ({ message_id, wait_seconds }) => {
      const result = await sandbox.events(message_id.trim(), (wait_seconds ?? 15) * 1000);
      if (!result) throw new Error(`The sandbox has no message ${message_id}. Send one with sandbox_request (POST /api/messaging/messages) and use the id it returns.`);
      return json(result);
    }),
  );

  server.registerTool(
    'check_receiver',
    {
      title: 'Check a status-callback receiver',
      description: `Post status callbacks to your receiver on this machine: ones signed correctly with the sandbox's Signing Key (${config.signingKey}), one whose body was changed after signing, one with a wrong signature and one with none. Reports which it accepted (2xx) and refused, and whether that is right. Loopback URLs only.`,
      inputSchema: { url: z.string().min(1).max(2000).describe('The receiver\'s URL, such as http://127.0.0.1:3001/status') },
      annotations: { readOnlyHint: false, openWorldHint: false },
    },
    guarded(async ({ url }) => json(await checkReceiver(url, config))),
  );

  server.registerResource(
    'llms.txt',
    `${site.root}llms.txt`,
    { title: 'llms.txt', description: 'Every page of the docs with its description, in reading order', mimeType: 'text/markdown' },
    (uri) => ({ contents: [{ uri: uri.href, mimeType: 'text/markdown', text: site.llmsTxt }] }),
  );
  for (const page of site.pages.values()) {
    server.registerResource(
      page.markdownPath,
      copyUrl(site, page),
      { title: page.title, description: `The Markdown copy of ${pageUrl(site, page)}`, mimeType: 'text/markdown' },
      (uri) => ({ contents: [{ uri: uri.href, mimeType: 'text/markdown', text: page.markdown }] }),
    );
  }
  return server;
}
