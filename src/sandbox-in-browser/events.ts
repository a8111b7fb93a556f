// What the console's panel shows: each request the console made and where it went, and each
// status change of the in-browser sandbox's messages. A tiny store, free of the sandbox itself,
// so the panel costs nothing until the sandbox is used.
import type { StatusCallbackEvent } from '@site/sandbox/core/sandbox.ts';

export type ConsoleEntry =
  | {
      kind: 'request';
      id: string;
      method: string;
      url: string;
      inBrowser: boolean;
      status?: number;
      /** Why no answer came, when the browser got none: refused, blocked (CORS) or offline. */
      failure?: string;
    }
  | {
      kind: 'callback';
      id: string;
      time: string;
      event: StatusCallbackEvent;
      callbackUrl: string | null;
      last: boolean;
      /** True for the test number whose callbacks never arrive, as when a receiver is down. */
      lost: boolean;
      /** The X-SignalWire-Signature it would carry, once signed, and whether it verifies. */
      signature?: { value: string; verifies: boolean };
    }
  | { kind: 'log'; id: string; messageId: string; status: string };

let entries: ConsoleEntry[] = [];
const listeners = new Set<() => void>();
let next = 0;

export const newId = () => String(next++);

export function record(entry: ConsoleEntry) {
  entries = [...entries, entry];
  listeners.forEach((listener) => listener());
}

export function update(id: string, change: Partial<ConsoleEntry>) {
  entries = entries.map((entry) => (entry.id === id ? ({ ...entry, ...change } as ConsoleEntry) : entry));
  listeners.forEach((listener) => listener());
}

export function clear() {
  entries = [];
  listeners.forEach((listener) => listener());
}

export const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};
export const snapshot = () => entries;
const none: ConsoleEntry[] = [];
export const serverSnapshot = () => none;
