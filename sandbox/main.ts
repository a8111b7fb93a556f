// The sandbox's command: `npx signalwire-messaging-sandbox`, or `npm run sandbox` in the docs
// repository. It answers from the published spec and error catalog that sit in data/ next to
// this file: sandbox/main.ts run from source, or cli.cjs, the bundle the npm package carries.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSandbox, type SandboxOptions } from './core/sandbox.ts';
import { configFromEnv } from './core/config.ts';
import { loopbackHosts } from './core/loopback.ts';
import { refusingNumbers, serverErrorNumber, testNumbers } from './core/test-numbers.ts';
import { buildServer } from './server.ts';

function readData<T>(name: string): T {
  const file = join(__dirname, 'data', name);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch (error) {
    const hint = (error as NodeJS.ErrnoException).code === 'ENOENT' ? ' (in the docs repository, `npm run spec` writes it)' : '';
    throw new Error(`cannot read ${file}${hint}: ${(error as Error).message}`);
  }
}

async function main() {
  const config = configFromEnv(process.env);
  const log = (message: string) => console.log(message);
  const spec = readData<SandboxOptions['spec']>('messaging.json');
  const catalog = readData<SandboxOptions['catalog']>('error-catalog.json');
  const sandbox = createSandbox({ spec, catalog, config, log });
  const app = await buildServer(sandbox, log);
  const address = await app.listen({ host: config.host, port: config.port });
  const callbackHosts = config.callbackHosts.includes('*') ? 'any host' : [`loopback (${loopbackHosts.join(', ')})`, ...config.callbackHosts].join(', ');
  const origins = config.allowedOrigins.includes('*') ? 'any origin' : config.allowedOrigins.join(', ');
  log(`Messaging API sandbox on ${address}`);
  log(`Basic auth: project ID ${config.projectId}, API token ${config.apiToken}`);
  log(`Numbers you own (from): ${config.fromNumbers.join(', ')}`);
  log(`Token without the Messaging scope (answers 403): ${config.scopelessToken}`);
  log(`Test numbers (to), how an SMS ends: ${testNumbers.map((n) => `${n.to} → ${n.outcome}${n.callbacksLost ? ' (its callbacks are lost)' : ''}`).join(', ')}; an MMS stops at sent`);
  log(`Refused at request time: ${refusingNumbers.map((n) => `${n.field} ${n.number} → ${n.code}`).join(', ')}; to ${serverErrorNumber} → 500`);
  log(`Status callbacks go to: ${callbackHosts} (SANDBOX_CALLBACK_HOSTS)`);
  log(`Status callbacks are signed (X-SignalWire-Signature) with the Signing Key ${config.signingKey} (SANDBOX_SIGNING_KEY)`);
  log(`Browser pages that may call it (CORS): ${origins} (SANDBOX_ALLOWED_ORIGINS)`);
  const stop = () => void app.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: Error) => {
  console.error(`The sandbox could not start: ${error.message}`);
  process.exit(1);
});
