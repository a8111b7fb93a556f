// A status callback receiver: Node.js 18 or later, no packages needed. PORT defaults to 3001.
// SIGNALWIRE_SIGNING_KEY: your project's Signing Key (Dashboard > API Credentials); during a key
// change, SIGNALWIRE_SIGNING_KEY_PREVIOUS: the one before it. PUBLIC_URL: the URL SignalWire
// calls, exactly as given in status_callback (unset: the URL the request came to).
// It listens on 127.0.0.1: put a tunnel or a reverse proxy in front of it to take real callbacks.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';

const signingKeys = [process.env.SIGNALWIRE_SIGNING_KEY, process.env.SIGNALWIRE_SIGNING_KEY_PREVIOUS].filter(Boolean);
if (signingKeys.length === 0) {
  console.error('Set SIGNALWIRE_SIGNING_KEY to your Signing Key.');
  process.exit(1);
}

// SignalWire signs the URL it called followed by the body as sent: hex HMAC-SHA1 with the key.
function signedBySignalWire(url, rawBody, signature) {
  if (typeof signature !== 'string') return false;
  return signingKeys.some((key) => {
    const expected = Buffer.from(createHmac('sha1', key).update(url).update(rawBody).digest('hex'));
    const given = Buffer.from(signature);
    // timingSafeEqual takes as long whatever matches, so timing tells an attacker nothing.
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}

// Callbacks can repeat and arrive out of order: remember what was handled, by id and status.
const handled = new Set();
const finalStatuses = new Set(['delivered', 'undelivered', 'failed']);

createServer((request, response) => {
  const chunks = [];
  request.on('data', (chunk) => chunks.push(chunk));
  request.on('end', () => {
    // The body's bytes as they came, before any parsing: a parsed and re-serialized body differs.
    const rawBody = Buffer.concat(chunks);
    const url = process.env.PUBLIC_URL ?? `http://${request.headers.host}${request.url}`;
    if (!signedBySignalWire(url, rawBody, request.headers['x-signalwire-signature'])) {
      response.writeHead(403).end();
      return;
    }
    // Answer 200 first and quickly; do slow work after answering.
    response.writeHead(200).end();
    let event;
    try {
      event = JSON.parse(rawBody.toString('utf8'));
    } catch {
      return;
    }
    // SignalWire signs its other webhooks the same way: handle message status events only.
    if (!event.id || !event.status) return;
    const key = `${event.id}:${event.status}`;
    if (handled.has(key)) return;
    handled.add(key);
    const final = finalStatuses.has(event.status) ? ' (final)' : '';
    // error_code can be null while error_message says what failed, and a code can be one the
    // catalog does not list (such as a numeric LaML code): print whichever is there.
    const error = event.error_code || event.error_message ? ` ${event.error_code ?? 'no code'}: ${event.error_message ?? ''}` : '';
    // The custom_variables the message was sent with, if any, come back with every event.
    const variables = Object.entries(event.custom_variables ?? {}).map(([key, value]) => ` ${key}=${value}`).join('');
    console.log(`${event.id} ${event.status}${final}${error}${variables}`);
  });
}).listen(Number(process.env.PORT ?? 3001), '127.0.0.1', () => console.log('Listening for status callbacks'));
