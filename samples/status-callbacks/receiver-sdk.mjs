// A status callback receiver that checks signatures with SignalWire's own validator:
// npm install @signalwire/web-api, then node receiver-sdk.mjs. Node.js 18 or later.
// SIGNALWIRE_SIGNING_KEY, SIGNALWIRE_SIGNING_KEY_PREVIOUS, PUBLIC_URL and PORT as in receiver.mjs.
import { createServer } from 'node:http';
import { validateRequest } from '@signalwire/web-api';

const signingKeys = [process.env.SIGNALWIRE_SIGNING_KEY, process.env.SIGNALWIRE_SIGNING_KEY_PREVIOUS].filter(Boolean);
if (signingKeys.length === 0) {
  console.error('Set SIGNALWIRE_SIGNING_KEY to your Signing Key.');
  process.exit(1);
}

createServer((request, response) => {
  const chunks = [];
  request.on('data', (chunk) => chunks.push(chunk));
  request.on('end', () => {
    // validateRequest takes the raw body as a string: verify first, parse after.
    const rawBody = Buffer.concat(chunks).toString('utf8');
    const url = process.env.PUBLIC_URL ?? `http://${request.headers.host}${request.url}`;
    const signature = request.headers['x-signalwire-signature'];
    // A body that is not JSON makes its fallback to the form-encoded scheme throw: refuse it too.
    const valid = (key) => {
      try {
        return typeof signature === 'string' && validateRequest(key, signature, url, rawBody);
      } catch {
        return false;
      }
    };
    if (!signingKeys.some(valid)) {
      response.writeHead(403).end();
      return;
    }
    response.writeHead(200).end();
    const event = JSON.parse(rawBody);
    // Handle it as receiver.mjs does: skip repeats, then act. Here, one line per event.
    if (event.id && event.status) console.log(`${event.id} ${event.status}`);
  });
}).listen(Number(process.env.PORT ?? 3001), '127.0.0.1', () => console.log('Listening for status callbacks'));
