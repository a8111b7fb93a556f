// A status callback receiver: Node.js 18 or later, no packages needed. PORT defaults to 3001.
// It listens on 127.0.0.1: put a tunnel or a reverse proxy in front of it to take real callbacks.
import { createServer } from 'node:http';

// Callbacks can repeat and arrive out of order: remember what was handled, by id and status.
const handled = new Set();
const finalStatuses = new Set(['delivered', 'undelivered', 'failed', 'read']);

createServer((request, response) => {
  let body = '';
  request.on('data', (chunk) => (body += chunk));
  request.on('end', () => {
    // Answer first and quickly; any 2xx tells SignalWire the event arrived.
    response.writeHead(200).end();
    let event;
    try {
      event = JSON.parse(body);
    } catch {
      return;
    }
    const key = `${event.id}:${event.status}`;
    if (handled.has(key)) return;
    handled.add(key);
    const final = finalStatuses.has(event.status) ? ' (final)' : '';
    const error = event.error_code ? ` ${event.error_code}: ${event.error_message}` : '';
    console.log(`${event.id} ${event.status}${final}${error}`);
  });
}).listen(Number(process.env.PORT ?? 3001), '127.0.0.1', () => console.log('Listening for status callbacks'));
