// A sandbox built from the published spec and the catalog, as `npm run sandbox` builds it.
import { createSandbox, type SandboxOptions } from '../../sandbox/core/sandbox.ts';
import { defaults, type SandboxConfig } from '../../sandbox/core/config.ts';
import { buildServer } from '../../sandbox/server.ts';
import { loadCatalog } from '../../scripts/load.ts';
import { spec } from './spec.ts';

export const catalog = loadCatalog();

export async function sandboxServer(config: Partial<SandboxConfig> = {}, options: Partial<SandboxOptions> = {}) {
  const sandbox = createSandbox({ spec: spec as never, catalog, config: { ...defaults, stepMs: 20, ...config }, ...options });
  return buildServer(sandbox);
}

export const authorization = `Basic ${Buffer.from(`${defaults.projectId}:${defaults.apiToken}`).toString('base64')}`;
export const jsonHeaders = { authorization, 'content-type': 'application/json' };
export const sms = { to: '+15551234567', from: defaults.fromNumbers[0], body: 'Hello from the sandbox tests' };
