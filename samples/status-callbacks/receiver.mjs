// A status callback receiver: Node.js 18 or later, no packages needed. PORT defaults to 3001.
// It listens on 127.0.0.1: put a tunnel or a reverse proxy in front of it to take real callbacks.
import { createServer } from 'node:http';

// Callbacks can repeat and arrive out of order: remember what was handled, by id and status.
const handled = new Set();
const finalStatuses = new Set(['delivered', 'undelivered', 'failed']);

createServer((request, response) => {
  let body = '';
  request.on('data', (chunk) => (body += chunk));
  request.on('end', () => {
    // Answer 200 first and quickly; do slow work after answering.
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
    // The custom_variables the message was sent with, if any, come back with every event.
    const variables = Object.entries(event.custom_variables ?? {}).map(([key, value]) => ` ${key}=${value}`).join('');
    console.log(`${event.id} ${event.status}${final}${error}${variables}`);
  });
}).listen(Number(process.env.PORT ?? 3001), '127.0.0.1', () => console.log('Listening for status callbacks'));
