// Status callbacks are hints: one can be late, repeated or lost, and nothing says it was lost.
// This sweep lists the message logs since the last sweep and reports every message whose final
// status your receiver never recorded, so your application can act on the log instead.
// Node.js 18 or later, no packages: node reconcile.mjs
//   SINCE      the last sweep's start, an ISO 8601 time in UTC (default: 24 hours ago)
//   SEEN_FILE  what your receiver recorded, one "<message id> <status>" a line (default: seen.txt)
//   PAGE_SIZE  logs a page, from 1 to 1000 (default: 1000)
import { existsSync, readFileSync } from 'node:fs';

const space = process.env.SIGNALWIRE_SPACE_URL;
const credentials = `${process.env.SIGNALWIRE_PROJECT_ID}:${process.env.SIGNALWIRE_API_TOKEN}`;
const authorization = `Basic ${Buffer.from(credentials).toString('base64')}`;
const since = new Date(process.env.SINCE ?? Date.now() - 24 * 60 * 60 * 1000);
const finalStatuses = new Set(['delivered', 'undelivered', 'failed']);

// "<id> <status>", the first two words of each line the sample receivers print. No file yet
// means nothing was recorded: every final status counts as missed.
const seenFile = process.env.SEEN_FILE ?? 'seen.txt';
const seen = new Set(
  (existsSync(seenFile) ? readFileSync(seenFile, 'utf8') : '')
    .split('\n')
    .map((line) => line.trim().split(/\s+/).slice(0, 2).join(' '))
    .filter((key) => key.includes(' ')),
);

async function get(url) {
  const response = await fetch(url, { headers: { Authorization: authorization }, signal: AbortSignal.timeout(30_000) });
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const detail = response.status === 422 ? body?.errors?.map((e) => e.code).join(', ') : body?.error;
    throw new Error(`HTTP ${response.status}: ${detail ?? response.statusText}`);
  }
  return body;
}

// Whether a day filter's bounds are inclusive is not specified: ask from the day before, and
// compare each log's own time with SINCE.
const dayBefore = new Date(since.getTime() - 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
let next = `${space}/api/messaging/logs?created_after=${dayBefore}&page_size=${process.env.PAGE_SIZE ?? 1000}`;
let missed = 0;
try {
  while (next) {
    const page = await get(next);
    for (const log of page.data) {
      if (!log.direction.startsWith('outbound') || new Date(log.created_at) < since) continue;
      if (!finalStatuses.has(log.status) || seen.has(`${log.id} ${log.status}`)) continue;
      missed++;
      // error_code can be null on a failure, and a code can be one the catalog does not list.
      const error = log.error_code || log.error_message ? ` ${log.error_code ?? 'no code'}: ${log.error_message ?? ''}` : '';
      console.log(`missed ${log.id} ${log.status}${error}`);
    }
    // Follow the link as it is: it carries the page token the next page needs.
    next = page.links.next;
  }
  console.log(`${missed} final status${missed === 1 ? '' : 'es'} never reached the receiver.`);
} catch (error) {
  console.error(`The sweep stopped: ${error.cause?.message ?? error.message}. Run it again later from the same SINCE.`);
  process.exitCode = 1;
}
