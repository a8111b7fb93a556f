// npm run bench:mcp: the agent kit's limits, measured on the package as npx installs it.
// - start-up: spawning the server, the MCP handshake and a tools/list answer (limit 1 s);
// - search_docs: one call's round trip over stdio (limit 50 ms), over varied queries;
// - size: the installed package, unpacked (limit 5 MB).
// A report, not a test: timings on a shared machine wander. Exits 1 when a median is over a limit.
// BENCH_RUNS sets the start-ups measured (default 7).
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { connect, packAndInstall } from '../../tests/mcp/helpers.ts';
import { median } from './median.ts';

const limits = { startMs: 1000, searchMs: 50, unpackedBytes: 5 * 1000 * 1000 };
const runs = Number(process.env.BENCH_RUNS ?? 7);
const queries = ['status callback signature', 'character_limit_exceeded', 'redact a message', 'segments UCS-2 emoji', 'page_token', 'send MMS media size', '10DLC campaign', 'retry 429 backoff', 'sandbox test numbers', 'message logs date filter'];

function sizeOf(folder: string): number {
  return readdirSync(folder, { withFileTypes: true }).reduce((sum, entry) => {
    const full = join(folder, entry.name);
    return sum + (entry.isDirectory() ? sizeOf(full) : statSync(full).size);
  }, 0);
}

async function main() {
  const kit = await packAndInstall();
  try {
    const unpacked = sizeOf(kit.installed);
    const starts: number[] = [];
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      const client = await connect(kit.bin, [], kit.app);
      await client.listTools();
      starts.push(performance.now() - started);
      await client.close();
    }
    const client = await connect(kit.bin, [], kit.app);
    const searches: number[] = [];
    for (let round = 0; round < 5; round++) {
      for (const query of queries) {
        const started = performance.now();
        const result = (await client.callTool({ name: 'search_docs', arguments: { query } })) as { isError?: boolean };
        searches.push(performance.now() - started);
        if (result.isError) throw new Error(`search_docs failed on "${query}"`);
      }
    }
    await client.close();
    const row = (name: string, value: string, limit: string, ok: boolean) => console.log(`${ok ? 'ok  ' : 'OVER'} ${name.padEnd(36)} ${value.padStart(12)}   limit ${limit}`);
    const startMedian = median(starts);
    const searchMedian = median(searches);
    console.log(`signalwire-messaging-mcp, ${runs} start-ups, ${searches.length} searches (${queries.length} queries × 5)`);
    row('start + tools/list (median)', `${startMedian.toFixed(0)} ms`, `${limits.startMs} ms`, startMedian < limits.startMs);
    row('start + tools/list (max)', `${Math.max(...starts).toFixed(0)} ms`, '(report)', true);
    row('search_docs round trip (median)', `${searchMedian.toFixed(1)} ms`, `${limits.searchMs} ms`, searchMedian < limits.searchMs);
    row('search_docs round trip (max)', `${Math.max(...searches).toFixed(1)} ms`, '(report)', true);
    row('package, unpacked', `${(unpacked / 1e6).toFixed(2)} MB`, `${limits.unpackedBytes / 1e6} MB`, unpacked < limits.unpackedBytes);
    row('package, packed (tarball)', `${(statSync(kit.tarball).size / 1e6).toFixed(2)} MB`, '(report)', true);
    const over = startMedian >= limits.startMs || searchMedian >= limits.searchMs || unpacked >= limits.unpackedBytes;
    process.exitCode = over ? 1 : 0;
  } finally {
    kit.remove();
  }
}

main().catch((error: Error) => {
  console.error(`bench:mcp: ${error.message}`);
  process.exit(1);
});
