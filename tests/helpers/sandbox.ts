// A sandbox built from the published spec and the catalog, as `npm run sandbox` builds it.
import { createSandbox, type SandboxOptions, type Scheduler } from '../../sandbox/core/sandbox.ts';
import { defaults, type SandboxConfig } from '../../sandbox/core/config.ts';
import { buildServer } from '../../sandbox/server.ts';
import { loadCatalog } from '../../scripts/load.ts';
import { spec } from './spec.ts';

export const catalog = loadCatalog();

export async function sandboxServer(config: Partial<SandboxConfig> = {}, options: Partial<SandboxOptions> = {}) {
  const sandbox = createSandbox({ spec: spec as never, catalog, config: { ...defaults, stepMs: 20, ...config }, ...options });
  return buildServer(sandbox);
}

const basic = (token: string) => `Basic ${Buffer.from(`${defaults.projectId}:${token}`).toString('base64')}`;
export const authorization = basic(defaults.apiToken);
export const scopelessAuthorization = basic(defaults.scopelessToken);
export const jsonHeaders = { authorization, 'content-type': 'application/json' };
export const sms = { to: '+15551234567', from: defaults.fromNumbers[0], body: 'Hello from the sandbox tests' };

/** A scheduler the test advances by hand, so a message sits in any status for as long as needed. */
export function manualClock() {
  const steps: (() => void)[] = [];
  const schedule: Scheduler = (step) => {
    steps.push(step);
    return () => {
      const index = steps.indexOf(step);
      if (index >= 0) steps.splice(index, 1);
    };
  };
  /** Runs every status change now due, one step of every pending message. */
  const tick = () => steps.splice(0).forEach((step) => step());
  return { schedule, tick };
}
