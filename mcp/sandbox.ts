// sandbox_request and sandbox_events: the same sandbox/core that `npx
// signalwire-messaging-sandbox` and the reference's console answer with, in this process. Status
// callbacks go out signed to the status_callback a request names (loopback hosts only, unless
// SANDBOX_CALLBACK_HOSTS says more), and each one is kept for sandbox_events.
import type { Catalog } from '../openapi/catalog.ts';
import type { SandboxConfig } from '../sandbox/core/config.ts';
import { answer } from '../sandbox/core/http.ts';
import { isLoopbackHostname } from '../sandbox/core/loopback.ts';
import { callbackTimeoutMs, createSandbox, type CallbackRequest, type SandboxOptions, type StatusCallbackEvent } from '../sandbox/core/sandbox.ts';

export interface EventRecord {
  time: string;
  status: string;
  final: boolean;
  payload: StatusCallbackEvent;
  callback_url: string | null;
  /** The headers of the signed POST, once it is signed. */
  signature_headers: Record<string, string> | null;
  delivery: string;
}

export const methods = ['GET', 'POST', 'PATCH', 'PUT', 'DELETE'] as const;

export function agentSandbox(spec: SandboxOptions['spec'], catalog: Catalog, config: SandboxConfig) {
  const events = new Map<string, EventRecord[]>();
  const records = new WeakMap<StatusCallbackEvent, EventRecord>();
  const signing = new Map<string, Promise<unknown>[]>();
  const finished = new Map<string, () => void>();
  const reachable = (url: string) => {
    const { hostname } = new URL(url);
    return isLoopbackHostname(hostname) || config.callbackHosts.includes('*') || config.callbackHosts.includes(hostname);
  };

  const sandbox = createSandbox({
    spec,
    catalog,
    config,
    // stdout carries the protocol; what the sandbox reports is in each event's delivery instead.
    log: () => {},
    async deliverCallback(url, event, { body, headers }: CallbackRequest) {
      const record = records.get(event);
      try {
        const response = await fetch(url, { method: 'POST', headers, body, redirect: 'manual', signal: AbortSignal.timeout(callbackTimeoutMs) });
        if (record) record.delivery = `posted to ${url}: answered ${response.status}`;
      } catch (error) {
        if (record) record.delivery = `posted to ${url}: failed (${(error as Error).cause ?? (error as Error).message})`;
      }
    },
    observe(event, { callbackUrl, last, lost, request }) {
      const record: EventRecord = {
        time: event.timestamp,
        status: event.status,
        final: last,
        payload: event,
        callback_url: callbackUrl,
        signature_headers: null,
        delivery: !callbackUrl
          ? 'not sent: the message has no status_callback'
          : lost
            ? 'not sent: this test number loses its callbacks (the sandbox page lists it)'
            : !reachable(callbackUrl)
              ? 'not sent: the sandbox posts only to loopback hosts (SANDBOX_CALLBACK_HOSTS adds others)'
              : 'sending',
      };
      records.set(event, record);
      const list = events.get(event.id) ?? [];
      list.push(record);
      events.set(event.id, list);
      if (request) {
        const signed = request.then(({ headers }) => {
          record.signature_headers = headers;
        });
        signing.set(event.id, [...(signing.get(event.id) ?? []), signed]);
      }
      if (last) finished.get(event.id)?.();
    },
  });

  const origin = `http://${config.host}:${config.port}`;

  return {
    config,
    async request(method: string, path: string, body: unknown, apiToken?: string) {
      // A full URL (a Space's, or the local sandbox's) is taken for its path: this sandbox answers it.
      const target = new URL(path, origin);
      const headers: Record<string, string> = { authorization: `Basic ${btoa(`${config.projectId}:${apiToken ?? config.apiToken}`)}` };
      let payload: string | undefined;
      if (body !== undefined && body !== null && method !== 'GET') {
        headers['content-type'] = 'application/json';
        // A string is sent as written, so malformed JSON can be tried too.
        payload = typeof body === 'string' ? body : JSON.stringify(body);
      }
      const response = await answer(sandbox, new Request(`${origin}${target.pathname}${target.search}`, { method, headers, body: payload }));
      return { status: response.status, body: JSON.parse(await response.text()) as unknown };
    },
    /** The message's events so far; waits up to `waitMs` for its final status first. */
    async events(messageId: string, waitMs: number) {
      const log = sandbox.getMessageLog(messageId);
      if (log.status !== 200) return null;
      const done = events.get(messageId)?.some((r) => r.final);
      if (!done && waitMs > 0) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, waitMs);
          finished.set(messageId, () => {
            clearTimeout(timer);
            resolve();
          });
        });
        finished.delete(messageId);
      }
      await Promise.all(signing.get(messageId) ?? []);
      // A delivery still under way gets a moment to finish, so its answer is reported.
      const deadline = Date.now() + callbackTimeoutMs;
      while ((events.get(messageId) ?? []).some((r) => r.delivery === 'sending') && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      const final = (sandbox.getMessageLog(messageId).body as { status: string }).status;
      return { message_id: messageId, log_status: final, events: events.get(messageId) ?? [] };
    },
  };
}
