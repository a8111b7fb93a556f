// The host names that reach only the machine they are used on. The sandbox answers only requests
// addressed to one of them and, unless SANDBOX_CALLBACK_HOSTS names more, posts status callbacks
// only to them, so a sandbox left running can neither be reached through a rebound DNS name nor
// be made to send requests elsewhere. Its start-up lines and the sandbox page list them from here.

/** Spelled as a URL's `hostname` spells them, an IPv6 address in brackets. */
export const loopbackHosts = ['localhost', '127.0.0.1', '[::1]'] as const;

/** Whether a URL's hostname is one of them; host names do not care about case. */
export const isLoopbackHostname = (hostname: string) => (loopbackHosts as readonly string[]).includes(hostname.toLowerCase());

/** Whether a `Host` header names one of them, with or without a port. */
export function isLoopbackHost(host: string | undefined): boolean {
  const match = host === undefined ? null : /^(\[[^\]]*\]|[^:[\]]*)(:\d{1,5})?$/.exec(host);
  return match !== null && isLoopbackHostname(match[1]);
}
