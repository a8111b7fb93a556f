// The sandbox's numbers as the sandbox page words them, from the sandbox's own constants. Free of
// React, so a unit test can check that the page's prose states none of them by hand and a site
// test that the built page states each one.
import { defaults, environment } from '../../../sandbox/core/config.ts';
import { bodyLimit } from '../../../sandbox/core/http.ts';
import { loopbackHosts } from '../../../sandbox/core/loopback.ts';
import { callbackTimeoutMs, logCharge, logChoices, maxStoredMessages } from '../../../sandbox/core/sandbox.ts';
import { mmsSegments } from '../../../sandbox/core/segments.ts';

const units: [string, number][] = [
  ['MiB', 1024 * 1024],
  ['KiB', 1024],
];

/** A size as people read it: 1 MiB, 64 KiB, or bytes when it is not a whole number of either. */
export function byteSize(bytes: number): string {
  const [unit, size] = units.find(([, size]) => bytes >= size && bytes % size === 0) ?? ['bytes', 1];
  return `${(bytes / size).toLocaleString('en-US')} ${unit}`;
}

/** A duration as an adjective: a 5-second timeout, a 250-millisecond one. */
export const durationAdjective = (ms: number) => (ms % 1000 === 0 ? `${ms / 1000}-second` : `${ms}-millisecond`);

/** How often something happens every `ms`: once a second, every 2 seconds, every 250 milliseconds. */
export function every(ms: number): string {
  if (ms === 1000) return 'once a second';
  return ms % 1000 === 0 ? `every ${(ms / 1000).toLocaleString('en-US')} seconds` : `every ${ms.toLocaleString('en-US')} milliseconds`;
}

/** What goes before the item at `index` of a list in prose: `a`, `b` or `c`. */
export const separator = (index: number, length: number, conjunction: 'and' | 'or') =>
  index === 0 ? '' : index === length - 1 ? ` ${conjunction} ` : ', ';

/** The facts the sandbox page states, each as the page words it. */
export const sandboxFacts = {
  listenHost: defaults.host,
  localUrl: `http://${defaults.host}:${defaults.port}`,
  allowedOrigins: defaults.allowedOrigins,
  loopbackHosts,
  stepRate: every(defaults.stepMs),
  bodyLimit: byteSize(bodyLimit),
  callbackTimeout: durationAdjective(callbackTimeoutMs),
  storedMessages: maxStoredMessages.toLocaleString('en-US'),
  historyDays: String(defaults.historyDays),
  mmsSegments: String(mmsSegments),
  logChoices: Object.entries(logChoices).map(([field, value]) => [field, JSON.stringify(value).replace(/^"|"$/g, '')] as const),
  charge: JSON.stringify(logCharge.charge),
  chargeDetails: JSON.stringify(logCharge.charge_details),
};

/** Each variable's default as the variable would spell it, so setting it to that changes nothing. */
export const environmentDefaults: Record<keyof typeof environment, string> = {
  SANDBOX_PORT: String(defaults.port),
  SANDBOX_PROJECT_ID: defaults.projectId,
  SANDBOX_API_TOKEN: defaults.apiToken,
  SANDBOX_FROM_NUMBERS: defaults.fromNumbers.join(','),
  SANDBOX_STEP_MS: String(defaults.stepMs),
  SANDBOX_CALLBACK_HOSTS: defaults.callbackHosts.join(','),
  SANDBOX_ALLOWED_ORIGINS: defaults.allowedOrigins.join(','),
  SANDBOX_SIGNING_KEY: defaults.signingKey,
};
