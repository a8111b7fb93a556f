// The sandbox's behaviour, apart from HTTP: authentication, validation, the message store,
// each message's lifecycle, redaction and the message logs. Only web-platform APIs (fetch,
// crypto, timers), so the same core can answer in Node or in a reader's browser.
import { apiError, findEntry, statusError, type ApiError, type Catalog } from '../../openapi/catalog.ts';
import type { SandboxConfig } from './config.ts';
import { isLoopbackHostname } from './loopback.ts';
import { requestCheck } from './request-errors.ts';
import { specSchemas, type Spec } from './schemas.ts';
import { numberOfSegments } from './segments.ts';
import { sign, signatureHeader } from './signature.ts';
import { beyondHistoryId, isTestSender, pathFor, refusals, serverErrorNumber, testNumberFor, testNumbers } from './test-numbers.ts';

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
  body: string;
  number_of_segments: number;
  timestamp: string;
  error_code: string | null;
  error_message: string | null;
  custom_variables?: Record<string, string>;
}

/** A status callback as the sandbox POSTs it: the body exactly as sent, and its headers. */
export interface CallbackRequest {
  body: string;
  headers: Record<string, string>;
}

/** Runs `step` after `ms`; returns a function that cancels it. Tests pass one they drive. */
export type Scheduler = (step: () => void, ms: number) => () => void;

export interface SandboxOptions {
  spec: Spec;
  catalog: Catalog;
  config: SandboxConfig;
  /** Posts one status callback event, signed; the default uses fetch. */
  deliverCallback?: (url: string, event: StatusCallbackEvent, request: CallbackRequest) => Promise<void>;
  /** Where the sandbox reports what a reader should know, such as a skipped callback. */
  log?: (message: string) => void;
  schedule?: Scheduler;
  /** The current time; tests set it to reach dates. */
  now?: () => Date;
  /**
   * Sees every status change as the event the API would POST, whether or not the message has a
   * `status_callback`: the browser's console shows them, since a page cannot take webhooks.
   * `last` is true when no further status will follow; `request` is the signed POST, when there
   * is a callback URL to sign it for.
   */
  observe?: (
    event: StatusCallbackEvent,
    change: { callbackUrl: string | null; last: boolean; lost: boolean; request: Promise<CallbackRequest> | null },
  ) => void;
}

interface StoredMessage {
  id: string;
  from: string;
  to: string;
  body: string;
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
  custom_variables?: Record<string, string>;
  /** The message's signed callbacks, chained so they are posted in the order of the statuses. */
  signed: Promise<unknown>;
  /** Its callbacks' deliveries, chained too: each is posted once the one before has been answered
   * or has failed, so they arrive in order, as the sandbox page promises. */
  posted: Promise<void>;
}

interface SendRequest {
  to: string;
  from: string;
  body?: string;
  media?: string[];
  send_as_mms?: boolean;
  status_callback?: string;
  custom_variables?: Record<string, string>;
}

// Exported for the sandbox page, which states them; the API publishes none of them.

/** How many messages the sandbox keeps: enough for any session with the docs; the oldest go
 * first so memory stays bounded. */
export const maxStoredMessages = 10_000;

/** How long a status callback's POST may take before the sandbox gives up on it. */
export const callbackTimeoutMs = 5_000;

/** The fields of a message's log whose value the API does not say for a message sent with it,
 * and what the sandbox charges: nothing. */
export const logChoices = {
  direction: 'outbound',
  source: 'realtime_api',
  type: 'relay_message',
  url: null,
} as const;
export const logCharge = { charge: 0, charge_details: [] } as const;

/**
 * The statuses a message may be redacted in. SignalWire's error-codes page and SMS overview say
 * "only" these three; the reference says terminal states "such as" them. The sandbox follows the
 * stricter reading, so a message that stays `sent` (every MMS) is refused, and code written
 * against it handles the refusal the live API may give.
 */
export const redactableStatuses = ['delivered', 'undelivered', 'failed'];
const dayMs = 24 * 60 * 60 * 1000;

const isoSeconds = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

/**
 * A request date as a time, read in UTC as SignalWire reads every date in a request; NaN when it
 * is not one. The API publishes only the message for an unreadable one ("This value must be a
 * DateTime"), so the sandbox takes a day (`2026-02-25`) or an ISO 8601 date and time with its
 * offset, and nothing a calendar lacks (`2026-02-30`).
 */
export function utcTime(value: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/.exec(value);
  if (!match) return NaN;
  const time = Date.parse(match[4] ? value : `${value}T00:00:00Z`);
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const calendar = new Date(Date.UTC(year, month - 1, date));
  return calendar.getUTCMonth() === month - 1 && calendar.getUTCDate() === date ? time : NaN;
}

/** The log list's date filters. */
const dateFilters = ['created_before', 'created_on', 'created_after'] as const;

async function postJson(url: string, _event: StatusCallbackEvent, { body, headers }: CallbackRequest): Promise<void> {
  const response = await fetch(url, { method: 'POST', headers, body, signal: AbortSignal.timeout(callbackTimeoutMs) });
  if (!response.ok) throw new Error(`answered ${response.status}`);
}

const timeoutScheduler: Scheduler = (step, ms) => {
  const timer = setTimeout(step, ms);
  return () => clearTimeout(timer);
};

export function createSandbox({
  spec,
  catalog,
  config,
  deliverCallback = postJson,
  log = () => {},
  schedule = timeoutScheduler,
  now = () => new Date(),
  observe = () => {},
}: SandboxOptions) {
  const checkSend = requestCheck(spec, catalog, 'SendMessageRequest');
  const checkRedact = requestCheck(spec, catalog, 'RedactMessageRequest');
  const schemas = specSchemas(spec);
  const messageSchema = schemas.component('Message');
  const logSchema = schemas.component('MessageLog');
  const listSchema = schemas.component('MessageLogList');
  const listParameters: Record<string, any>[] = spec.paths['/api/messaging/logs'].get.parameters;
  // The spec's default, so the sandbox pages as the reference says the API does; its minimum and
  // maximum are enforced by the parameter's schema in listQuery.
  const defaultPageSize: unknown = listParameters.find((p) => p.name === 'page_size')?.schema?.default;
  if (typeof defaultPageSize !== 'number') throw new Error('The spec gives page_size of the message log list no default.');
  const messages = new Map<string, StoredMessage>();
  const pending = new Set<() => void>();
  const basic = (token: string) => `Basic ${btoa(`${config.projectId}:${token}`)}`;

  for (const number of testNumbers) {
    if (number.errorCode && findEntry(catalog, number.errorCode).phase !== 'delivery') {
      throw new Error(`Test number ${number.to} ends with ${number.errorCode}, which is not a delivery error.`);
    }
  }

  const bare = (status: number): SandboxResponse => ({ status, body: statusError(catalog, status) });
  const invalid = (errors: ApiError[]): SandboxResponse => ({ status: 422, body: { errors } });

  /** A response body must match the spec; a mismatch is the sandbox's bug, never the reader's. */
  function checked(validate: typeof messageSchema, value: unknown): unknown {
    if (!validate(value)) throw new Error(`Sandbox response breaks the spec: ${JSON.stringify(validate.errors)}`);
    return value;
  }

  const messageUri = (id: string) => `/api/messaging/logs/${id}`;

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
      direction: logChoices.direction,
      kind: m.kind,
      source: logChoices.source,
      type: logChoices.type,
      url: logChoices.url,
      number_of_segments: m.number_of_segments,
      charge: logCharge.charge,
      charge_details: [...logCharge.charge_details],
      created_at: m.created_at,
      error_code: m.error_code,
      error_message: m.error_message,
    };
  }

  function callbackAllowed(url: string): boolean {
    const { hostname } = new URL(url);
    return isLoopbackHostname(hostname) || config.callbackHosts.includes('*') || config.callbackHosts.includes(hostname);
  }

  function notify(m: StoredMessage, last: boolean) {
    const event: StatusCallbackEvent = {
      id: m.id,
      project_id: config.projectId,
      status: m.status,
      to: m.to,
      from: m.from,
      body: m.body,
      number_of_segments: m.number_of_segments,
      timestamp: isoSeconds(now()),
      error_code: m.error_code,
      error_message: m.error_message,
      ...(m.custom_variables && { custom_variables: m.custom_variables }),
    };
    const url = m.status_callback_url;
    // Signed over the very string posted: a receiver checks the bytes it gets, not the event.
    const body = JSON.stringify(event);
    const request = url
      ? m.signed.then(async (): Promise<CallbackRequest> => ({
          body,
          headers: { 'Content-Type': 'application/json', [signatureHeader]: await sign(config.signingKey, url, body) },
        }))
      : null;
    if (request) m.signed = request;
    // A number whose callbacks are lost signs them as ever, and then never sends them.
    const lost = testNumberFor(m.to).callbacksLost === true;
    observe(event, { callbackUrl: url, last, lost, request });
    if (!url || !request || !m.callbacks || lost) return;
    m.posted = Promise.all([m.posted, request])
      .then(([, signed]) => deliverCallback(url, event, signed))
      .catch((error: Error) => log(`Status callback ${event.status} of ${m.id} to ${url} failed: ${error.message}`));
  }

  function advance(m: StoredMessage, path: string[], errorCode: string | null) {
    const [next, ...rest] = path;
    if (!next) return;
    const cancel = schedule(() => {
      pending.delete(cancel);
      m.status = next;
      if (rest.length === 0 && errorCode) {
        m.error_code = errorCode;
        m.error_message = findEntry(catalog, errorCode).message;
      }
      notify(m, rest.length === 0);
      advance(m, rest, errorCode);
    }, config.stepMs);
    pending.add(cancel);
  }

  function store(m: StoredMessage) {
    messages.set(m.id, m);
    if (messages.size > maxStoredMessages) messages.delete(messages.keys().next().value as string);
  }

  /** The account-state rules, which the test numbers reach once every field is valid. */
  function refusalsOf(request: SendRequest, kind: 'sms' | 'mms'): ApiError[] {
    const errors = refusals('from', request.from, kind).map((n) => apiError(catalog, n.code));
    if (errors.length === 0 && !config.fromNumbers.includes(request.from) && !isTestSender(request.from)) {
      errors.push(apiError(catalog, 'invalid_from_number'));
    }
    return [...errors, ...refusals('to', request.to, kind).map((n) => apiError(catalog, n.code))];
  }

  /** A date filter of the log list, as a UTC day number; NaN when absent. */
  const day = (value: string | undefined) => (value ? Math.floor(utcTime(value) / dayMs) : NaN);

  /** The list's query, typed by the spec's parameter schemas; null when a value breaks one. */
  function listQuery(query: Record<string, string | undefined>): Record<string, any> | null {
    const typed: Record<string, any> = {};
    for (const parameter of listParameters) {
      const raw = query[parameter.name];
      if (raw === undefined) continue;
      const type = parameter.schema.type;
      const value =
        type === 'integer' ? (/^-?\d+$/.test(raw) ? Number(raw) : raw) : type === 'boolean' ? ({ true: true, false: false } as Record<string, boolean>)[raw] ?? raw : raw;
      if (!schemas.compile(parameter.schema)(value)) return null;
      typed[parameter.name] = value;
    }
    return typed;
  }

  return {
    config,

    /** 200 when the Authorization header carries the project's token, 403 for its token
     * without the Messaging scope, 401 otherwise. */
    authenticate(authorization: string | undefined): 200 | 401 | 403 {
      if (authorization === basic(config.apiToken)) return 200;
      return authorization === basic(config.scopelessToken) ? 403 : 401;
    },

    /** A bare failure, such as {"error": "Not Found"}. */
    failure: bare,

    sendMessage(body: unknown): SandboxResponse {
      const verdict = checkSend(body);
      if (!verdict.ok && verdict.status === 400) return bare(400);
      if (!verdict.ok) {
        // One entry per broken rule: a `from` the project does not own is one more, whatever else
        // is wrong. The account's other refusals wait for a request that is otherwise valid.
        const from = (body as { from: string }).from;
        const fromOwned = config.fromNumbers.includes(from) || isTestSender(from);
        const fromNamed = verdict.errors.some((e) => e.attribute === 'from');
        return invalid(fromOwned || fromNamed ? verdict.errors : [...verdict.errors, apiError(catalog, 'invalid_from_number')]);
      }
      const request = body as SendRequest;
      const media = request.media ?? [];
      const kind = media.length > 0 || request.send_as_mms === true ? 'mms' : 'sms';
      if (request.to === serverErrorNumber) return bare(500);
      const refused = refusalsOf(request, kind);
      if (refused.length > 0) return invalid(refused);

      const text = request.body ?? '';
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
        created_at: isoSeconds(now()),
        status_callback_url: request.status_callback ?? null,
        callbacks: request.status_callback ? callbackAllowed(request.status_callback) : false,
        signed: Promise.resolve(),
        posted: Promise.resolve(),
        ...(request.custom_variables && { custom_variables: { ...request.custom_variables } }),
      };
      if (message.status_callback_url && !message.callbacks) {
        log(
          `Message ${message.id}: no status callbacks to ${message.status_callback_url}, which is not a loopback address ` +
            '(set SANDBOX_CALLBACK_HOSTS to allow its host).',
        );
      }
      store(message);
      const number = testNumberFor(message.to);
      const path = pathFor(number, kind);
      advance(message, path, path.at(-1) === number.path.at(-1) ? number.errorCode : null);
      return { status: 201, body: checked(messageSchema, toMessage(message)) };
    },

    redactMessage(id: string, body: unknown): SandboxResponse {
      const message = messages.get(id);
      if (!message) return bare(404);
      const verdict = checkRedact(body);
      if (!verdict.ok && verdict.status === 400) return bare(400);
      const errors = verdict.ok ? [] : verdict.errors;
      if (!redactableStatuses.includes(message.status)) errors.push(apiError(catalog, 'cannot_redact_in_progress_message'));
      if (errors.length > 0) return invalid(errors);
      message.body = '';
      return { status: 200, body: checked(messageSchema, toMessage(message)) };
    },

    getMessageLog(id: string): SandboxResponse {
      if (id === beyondHistoryId) return invalid([apiError(catalog, 'exceeds_history_logs_limit')]);
      const message = messages.get(id);
      if (!message) return bare(404);
      return { status: 200, body: checked(logSchema, toLog(message)) };
    },

    /** One page of logs, newest first; `origin` is the scheme and host the links start with. */
    listMessageLogs(query: Record<string, string | undefined>, origin: string): SandboxResponse {
      const filters = listQuery(query);
      if (!filters) return bare(400);
      // One entry per broken rule, as for a send.
      const errors = dateFilters.filter((name) => filters[name] !== undefined && isNaN(utcTime(filters[name]))).map((name) => apiError(catalog, 'datetime_required', name));
      const offset = /^PA\d+$/.test(query.page_token ?? 'PA0') ? Number((query.page_token ?? 'PA0').slice(2)) : NaN;
      if (query.page_token !== undefined && !Number.isSafeInteger(offset)) errors.push(apiError(catalog, 'page_token_is_invalid'));
      else if ((filters.page_number ?? 0) > 0 && query.page_token === undefined) errors.push(apiError(catalog, 'page_token_required'));
      if (errors.length > 0) return invalid(errors);
      const oldest = Math.floor(now().getTime() / dayMs) - config.historyDays;
      if (day(filters.created_before) <= oldest || day(filters.created_on) < oldest) {
        return invalid([apiError(catalog, 'exceeds_history_logs_limit')]);
      }
      const size: number = filters.page_size ?? defaultPageSize;
      const [before, after, on] = [filters.created_before, filters.created_after, filters.created_on].map(day);
      const matching = [...messages.values()].reverse().filter((m) => {
        const created = day(m.created_at.slice(0, 10));
        return (isNaN(before) || created < before) && (isNaN(after) || created > after) && (isNaN(on) || created === on);
      });
      const link = (start: number) => {
        const params = new URLSearchParams(
          Object.entries(query).filter(([k, v]) => k !== 'page_token' && k !== 'page_number' && v !== undefined) as [string, string][],
        );
        params.set('page_size', String(size));
        if (start > 0) {
          params.set('page_number', String(Math.ceil(start / size)));
          params.set('page_token', `PA${start}`);
        }
        return `${origin}/api/messaging/logs?${params}`;
      };
      const page = {
        links: {
          self: link(offset),
          first: link(0),
          ...(offset + size < matching.length && { next: link(offset + size) }),
          ...(offset > 0 && { prev: link(Math.max(0, offset - size)) }),
        },
        data: matching.slice(offset, offset + size).map(toLog),
      };
      return { status: 200, body: checked(listSchema, page) };
    },

    /** Stops every pending status change, so a closing server leaves no timer behind. */
    close() {
      pending.forEach((cancel) => cancel());
      pending.clear();
    },
  };
}

export type Sandbox = ReturnType<typeof createSandbox>;
