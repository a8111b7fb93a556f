// The sandbox's behaviour, apart from HTTP: authentication, validation, the message store
// and each message's lifecycle. Only web-platform APIs (fetch, crypto, timers), so the
// same core can answer in Node or in a reader's browser.
import { apiError, findEntry, requestEntry, type ApiError, type Catalog } from '../../openapi/catalog.ts';
import type { SandboxConfig } from './config.ts';
import { sendMessageRequestCheck } from './request-errors.ts';
import { specSchemas, type Spec } from './schemas.ts';
import { numberOfSegments } from './segments.ts';
import { testNumberFor, testNumbers } from './test-numbers.ts';

export interface SandboxResponse {
  status: number;
  body: unknown;
}

export interface StatusCallbackEvent {
  id: string;
  project_id: string;
  status: string;
  to: string;
  from: string;
  body: string | null;
  number_of_segments: number;
  timestamp: string;
  error_code: string | null;
  error_message: string | null;
}

export interface SandboxOptions {
  spec: Spec;
  catalog: Catalog;
  config: SandboxConfig;
  /** Posts one status callback event; the default uses fetch. */
  deliverCallback?: (url: string, event: StatusCallbackEvent) => Promise<void>;
  /** Where the sandbox reports what a reader should know, such as a skipped callback. */
  log?: (message: string) => void;
}

interface StoredMessage {
  id: string;
  from: string;
  to: string;
  body: string | null;
  status: string;
  kind: 'sms' | 'mms';
  media: string[];
  number_of_segments: number;
  error_code: string | null;
  error_message: string | null;
  created_at: string;
  status_callback_url: string | null;
  /** False when the callback URL's host is not one the sandbox may reach. */
  callbacks: boolean;
}

interface SendRequest {
  to: string;
  from: string;
  body?: string;
  media?: string[];
  send_as_mms?: boolean;
  status_callback?: string;
}

// Enough for any session with the docs; the oldest go first so memory stays bounded.
const maxStoredMessages = 10_000;
const callbackTimeoutMs = 5_000;

const timestamp = () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');

function isLoopback(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return host === 'localhost' || host.endsWith('.localhost') || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

async function postJson(url: string, event: StatusCallbackEvent): Promise<void> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(event),
    signal: AbortSignal.timeout(callbackTimeoutMs),
  });
  if (!response.ok) throw new Error(`answered ${response.status}`);
}

export function createSandbox({ spec, catalog, config, deliverCallback = postJson, log = () => {} }: SandboxOptions) {
  const checkRequest = sendMessageRequestCheck(spec, catalog);
  const schemas = specSchemas(spec);
  const messageSchema = schemas.component('Message');
  const logSchema = schemas.component('MessageLog');
  const messages = new Map<string, StoredMessage>();
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const expectedAuthorization = `Basic ${btoa(`${config.projectId}:${config.apiToken}`)}`;

  for (const number of testNumbers) {
    if (number.errorCode && findEntry(catalog, number.errorCode).phase !== 'delivery') {
      throw new Error(`Test number ${number.to} ends with ${number.errorCode}, which is not a delivery error.`);
    }
  }

  // Every error of one answer shares a status: they come from the same check.
  const errors = (...list: ApiError[]): SandboxResponse => ({
    status: requestEntry(catalog, list[0].code).http_status,
    body: { errors: list },
  });

  /** A response body must match the spec; a mismatch is the sandbox's bug, never the reader's. */
  function checked(validate: typeof messageSchema, value: unknown): unknown {
    if (!validate(value)) throw new Error(`Sandbox response breaks the spec: ${JSON.stringify(validate.errors)}`);
    return value;
  }

  function messageUri(id: string) {
    return `/api/messaging/logs/${id}`;
  }

  function toMessage(m: StoredMessage) {
    return {
      id: m.id,
      from: m.from,
      to: m.to,
      body: m.body,
      status: m.status,
      direction: 'outbound',
      kind: m.kind,
      media: m.media,
      number_of_segments: m.number_of_segments,
      error_code: m.error_code,
      error_message: m.error_message,
      created_at: m.created_at,
      project_id: config.projectId,
      status_callback_url: m.status_callback_url,
      message_uri: messageUri(m.id),
    };
  }

  function toLog(m: StoredMessage) {
    return {
      id: m.id,
      from: m.from,
      to: m.to,
      status: m.status,
      direction: 'outbound',
      kind: m.kind,
      source: 'messaging_api',
      type: 'message',
      url: messageUri(m.id),
      number_of_segments: m.number_of_segments,
      charge: 0,
      charge_details: [],
      created_at: m.created_at,
      error_code: m.error_code,
      error_message: m.error_message,
    };
  }

  function callbackAllowed(url: string): boolean {
    const { hostname } = new URL(url);
    return isLoopback(hostname) || config.callbackHosts.includes('*') || config.callbackHosts.includes(hostname);
  }

  function notify(m: StoredMessage) {
    if (!m.status_callback_url || !m.callbacks) return;
    const event: StatusCallbackEvent = {
      id: m.id,
      project_id: config.projectId,
      status: m.status,
      to: m.to,
      from: m.from,
      body: m.body,
      number_of_segments: m.number_of_segments,
      timestamp: timestamp(),
      error_code: m.error_code,
      error_message: m.error_message,
    };
    deliverCallback(m.status_callback_url, event).catch((error: Error) =>
      log(`Status callback ${m.status} of ${m.id} to ${m.status_callback_url} failed: ${error.message}`),
    );
  }

  function advance(m: StoredMessage, path: string[], errorCode: string | null) {
    const [next, ...rest] = path;
    if (!next) return;
    const timer = setTimeout(() => {
      timers.delete(timer);
      m.status = next;
      if (rest.length === 0 && errorCode) {
        m.error_code = errorCode;
        m.error_message = findEntry(catalog, errorCode).message;
      }
      notify(m);
      advance(m, rest, errorCode);
    }, config.stepMs);
    timers.add(timer);
  }

  function store(m: StoredMessage) {
    messages.set(m.id, m);
    if (messages.size > maxStoredMessages) messages.delete(messages.keys().next().value as string);
  }

  return {
    config,

    /** True when the Authorization header carries the sandbox's project ID and token. */
    authenticate(authorization: string | undefined): boolean {
      return authorization === expectedAuthorization;
    },

    error(code: string, attribute?: string | null): SandboxResponse {
      return errors(apiError(catalog, code, attribute));
    },

    sendMessage(body: unknown): SandboxResponse {
      const problems = checkRequest(body);
      const request = body as SendRequest;
      if (problems.length === 0 && !config.fromNumbers.includes(request.from)) {
        problems.push(apiError(catalog, 'from_number_not_owned', 'from'));
      }
      if (problems.length > 0) return errors(...problems);

      const media = request.media ?? [];
      const kind = media.length > 0 || request.send_as_mms === true ? 'mms' : 'sms';
      const text = request.body === undefined || (request.body === '' && media.length > 0) ? null : request.body;
      const message: StoredMessage = {
        id: crypto.randomUUID(),
        from: request.from,
        to: request.to,
        body: text,
        status: 'queued',
        kind,
        media,
        number_of_segments: numberOfSegments(text, kind),
        error_code: null,
        error_message: null,
        created_at: timestamp(),
        status_callback_url: request.status_callback ?? null,
        callbacks: request.status_callback ? callbackAllowed(request.status_callback) : false,
      };
      if (message.status_callback_url && !message.callbacks) {
        log(
          `Message ${message.id}: no status callbacks to ${message.status_callback_url}, which is not a loopback address ` +
            '(set SANDBOX_CALLBACK_HOSTS to allow its host).',
        );
      }
      store(message);
      const outcome = testNumberFor(message.to);
      advance(message, outcome.path, outcome.errorCode);
      return { status: 201, body: checked(messageSchema, toMessage(message)) };
    },

    getMessageLog(id: string): SandboxResponse {
      const message = messages.get(id);
      if (!message) return errors(apiError(catalog, 'not_found'));
      return { status: 200, body: checked(logSchema, toLog(message)) };
    },

    /** Stops every pending status change, so a closing server leaves no timer behind. */
    close() {
      timers.forEach((timer) => clearTimeout(timer));
      timers.clear();
    },
  };
}

export type Sandbox = ReturnType<typeof createSandbox>;
