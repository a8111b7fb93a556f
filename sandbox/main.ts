// npm run sandbox: the local sandbox of the messaging API, from the published spec and catalog.
import { createSandbox } from './core/sandbox.ts';
import { configFromEnv } from './core/config.ts';
import { refusingNumbers, serverErrorNumber, testNumbers } from './core/test-numbers.ts';
import { buildServer } from './server.ts';
import { loadCatalog, loadBundledSpec } from '../scripts/load.ts';

async function main() {
  const config = configFromEnv(process.env);
  const log = (message: string) => console.log(message);
  const sandbox = createSandbox({ spec: loadBundledSpec() as never, catalog: loadCatalog(), config, log });
  const app = await buildServer(sandbox, log);
  const address = await app.listen({ host: config.host, port: config.port });
  log(`Messaging API sandbox on ${address}`);
  log(`Basic auth: project ID ${config.projectId}, API token ${config.apiToken}`);
  log(`Numbers you own (from): ${config.fromNumbers.join(', ')}`);
  log(`Token without the Messaging scope (answers 403): ${config.scopelessToken}`);
  log(`Test numbers (to), how an SMS ends: ${testNumbers.map((n) => `${n.to} → ${n.outcome}`).join(', ')}; an MMS stops at sent`);
  log(`Refused at request time: ${refusingNumbers.map((n) => `${n.field} ${n.number} → ${n.code}`).join(', ')}; to ${serverErrorNumber} → 500`);
  const stop = () => void app.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: Error) => {
  console.error(`The sandbox could not start: ${error.message}`);
  process.exit(1);
});
