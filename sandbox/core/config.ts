// The sandbox's settings, read from an environment-like map so a browser can pass its own.
import { publishedDocsOrigin } from '../../openapi/site-paths.ts';

export interface SandboxConfig {
  host: string;
  port: number;
  projectId: string;
  apiToken: string;
  /** The numbers the sandbox project owns: the only ones `from` may use. */
  fromNumbers: string[];
  /** Milliseconds between two status changes of a message. */
  stepMs: number;
  /** Host names, besides loopback ones, that status callbacks may reach; `*` for any. */
  callbackHosts: string[];
  /** A token of the project without the Messaging scope: its requests get 403. */
  scopelessToken: string;
  /** How many days back the message logs reach; older dates get exceeds_history_logs_limit. */
  historyDays: number;
  /** Web origins whose pages may call the sandbox from a browser (CORS); `*` for any. */
  allowedOrigins: string[];
  /** The project's Signing Key, which signs every status callback (`X-SignalWire-Signature`). */
  signingKey: string;
}

export const defaults: SandboxConfig = {
  host: '127.0.0.1',
  port: 4010,
  projectId: 'a1b2c3d4-e5f6-7890-abcd-ef1234567890',
  apiToken: 'sandbox-token',
  fromNumbers: ['+15559876543', '12345'],
  stepMs: 1000,
  callbackHosts: [],
  scopelessToken: 'sandbox-token-without-messaging',
  historyDays: 365,
  // The published docs, whose console a reader may point at this sandbox, and where `npm start`
  // serves the site.
  allowedOrigins: [publishedDocsOrigin, 'http://localhost:3000', 'http://127.0.0.1:3000'],
  // Shaped like a Dashboard Signing Key, and public like the other credentials here.
  signingKey: 'PSK_sandbox_signing_key',
};

/** The environment variables that override the defaults, with what each one sets. */
export const environment = {
  SANDBOX_PORT: `Port to listen on, on ${defaults.host}.`,
  SANDBOX_PROJECT_ID: 'Project ID, the user name of Basic authentication.',
  SANDBOX_API_TOKEN: 'API token, the password of Basic authentication.',
  SANDBOX_FROM_NUMBERS: 'Comma-separated numbers the project owns, usable as `from`.',
  SANDBOX_STEP_MS: 'Milliseconds between two status changes of a message.',
  SANDBOX_CALLBACK_HOSTS: 'Comma-separated host names, besides loopback, that status callbacks may reach; `*` for any.',
  SANDBOX_ALLOWED_ORIGINS: 'Comma-separated origins whose pages may call the sandbox from a browser (CORS); `*` for any.',
  SANDBOX_SIGNING_KEY: 'Signing Key that signs each status callback (`X-SignalWire-Signature`).',
} as const;

const list = (value: string) =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

function parseUrl(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/** Each entry as browsers send it in `Origin` (scheme, host and port, nothing else), or `*`. */
function origins(name: string, value: string): string[] {
  return list(value).map((item) => {
    if (item === '*') return item;
    const url = parseUrl(item);
    if (!url || !['http:', 'https:'].includes(url.protocol) || url.pathname !== '/' || url.search || url.hash || url.username) {
      throw new Error(`${name} must be * or comma-separated origins such as http://localhost:3000, not "${item}".`);
    }
    return url.origin;
  });
}

function integer(name: string, value: string, min: number, max: number): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < min || number > max) {
    throw new Error(`${name} must be a whole number from ${min} to ${max}, not "${value}".`);
  }
  return number;
}

export function configFromEnv(env: Record<string, string | undefined>): SandboxConfig {
  const config = { ...defaults };
  if (env.SANDBOX_PORT) config.port = integer('SANDBOX_PORT', env.SANDBOX_PORT, 0, 65535);
  if (env.SANDBOX_PROJECT_ID) config.projectId = env.SANDBOX_PROJECT_ID;
  if (env.SANDBOX_API_TOKEN) config.apiToken = env.SANDBOX_API_TOKEN;
  if (env.SANDBOX_FROM_NUMBERS) config.fromNumbers = list(env.SANDBOX_FROM_NUMBERS);
  if (env.SANDBOX_STEP_MS) config.stepMs = integer('SANDBOX_STEP_MS', env.SANDBOX_STEP_MS, 0, 60_000);
  if (env.SANDBOX_CALLBACK_HOSTS) config.callbackHosts = list(env.SANDBOX_CALLBACK_HOSTS);
  if (env.SANDBOX_ALLOWED_ORIGINS) config.allowedOrigins = origins('SANDBOX_ALLOWED_ORIGINS', env.SANDBOX_ALLOWED_ORIGINS);
  if (env.SANDBOX_SIGNING_KEY) config.signingKey = env.SANDBOX_SIGNING_KEY;
  return config;
}
