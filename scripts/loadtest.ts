// npm run loadtest: 2,000 requests at concurrency 50 against a sandbox in its own process,
// a mix of valid and invalid ones. Fails when any answer is a 5xx, times out or is dropped.
// (autocannon was tried first; it left responses out of its counts with a request mix.)
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { Agent, request, errors } from 'undici';
import { defaults } from '../sandbox/core/config.ts';
import { path } from './load.ts';
import { freePort } from './free-port.ts';

const total = 2000;
const concurrency = 50;
const timeoutMs = 10_000;
const authorization = `Basic ${Buffer.from(`${defaults.projectId}:${defaults.apiToken}`).toString('base64')}`;
const json = { authorization, 'content-type': 'application/json' };
const from = defaults.fromNumbers[0];

type Call = { method: 'GET' | 'POST'; path: string; headers: Record<string, string>; body?: string };

// Sent in turn, so every kind of answer is exercised throughout the run.
const mix: Call[] = [
  { method: 'POST', path: '/api/messaging/messages', headers: json, body: JSON.stringify({ to: '+15551234567', from, body: 'Load test SMS' }) },
  { method: 'POST', path: '/api/messaging/messages', headers: json, body: JSON.stringify({ to: '+15551234567', from, media: ['https://example.com/a.png'] }) },
  { method: 'POST', path: '/api/messaging/messages', headers: json, body: JSON.stringify({ to: '+15551234567', from }) },
  { method: 'POST', path: '/api/messaging/messages', headers: json, body: '{"to": "+1555' },
  { method: 'POST', path: '/api/messaging/messages', headers: { 'content-type': 'application/json' }, body: '{}' },
  { method: 'GET', path: '/api/messaging/logs/00000000-0000-4000-8000-000000000000', headers: { authorization } },
];


const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function main() {
  const port = await freePort();
  const sandbox = spawn(process.execPath, ['--import', 'tsx', path('sandbox/main.ts')], {
    env: { ...process.env, SANDBOX_PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    sandbox.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('sandbox on') && resolve());
    sandbox.on('exit', (code) => reject(new Error(`the sandbox exited with ${code}`)));
  });

  const agent = new Agent({ connections: concurrency, keepAliveTimeout: 30_000 });
  const origin = `http://127.0.0.1:${port}`;
  const latencies: number[] = [];
  const byStatus = new Map<number, number>();
  let timeouts = 0;
  let dropped = 0;
  let next = 0;

  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        const call = mix[next++ % mix.length];
        const start = performance.now();
        try {
          const response = await request(origin + call.path, {
            method: call.method,
            headers: call.headers,
            body: call.body,
            dispatcher: agent,
            headersTimeout: timeoutMs,
            bodyTimeout: timeoutMs,
          });
          await response.body.text();
          latencies.push(performance.now() - start);
          byStatus.set(response.statusCode, (byStatus.get(response.statusCode) ?? 0) + 1);
        } catch (error) {
          if (error instanceof errors.HeadersTimeoutError || error instanceof errors.BodyTimeoutError) timeouts++;
          else dropped++;
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  await agent.close();
  sandbox.kill('SIGTERM');

  latencies.sort((a, b) => a - b);
  const fivexx = [...byStatus].filter(([status]) => status >= 500).reduce((sum, [, n]) => sum + n, 0);
  console.table({
    requests: total,
    concurrency,
    'throughput (req/s)': Math.round(latencies.length / seconds),
    'latency p50 (ms)': Number(percentile(latencies, 50).toFixed(1)),
    'latency p99 (ms)': Number(percentile(latencies, 99).toFixed(1)),
    'answers by status': [...byStatus].sort(([a], [b]) => a - b).map(([s, n]) => `${s}: ${n}`).join(', '),
    '5xx': fivexx,
    timeouts,
    'dropped connections': dropped,
  });
  const failed = fivexx > 0 || timeouts > 0 || dropped > 0 || latencies.length !== total;
  console.log(failed ? 'FAIL: a 5xx, a timeout or a dropped connection.' : 'OK: no 5xx, no timeouts, no dropped connections.');
  process.exit(failed ? 1 : 0);
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
