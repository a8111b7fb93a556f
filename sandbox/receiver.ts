// npm run receiver: a local endpoint for status callbacks that prints each event it gets,
// so a reader can watch a sandbox message move without writing a server first.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Receiver {
  url: string;
  server: Server;
}

const maxBody = 64 * 1024;

export async function startReceiver(port: number, onEvent: (event: unknown) => void, host = '127.0.0.1'): Promise<Receiver> {
  const server = createServer((req, res) => {
    if (req.method !== 'POST') {
      res.writeHead(405, { Allow: 'POST' }).end();
      return;
    }
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
      if (body.length > maxBody) req.destroy();
    });
    req.on('end', () => {
      try {
        onEvent(JSON.parse(body));
        res.writeHead(200).end();
      } catch {
        res.writeHead(400).end();
      }
    });
  });
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, host, resolve));
  const address = server.address() as AddressInfo;
  return { url: `http://${host}:${address.port}/status`, server };
}

if (require.main === module) {
  const port = Number(process.env.RECEIVER_PORT ?? 3001);
  startReceiver(port, (event) => {
    const e = event as { id?: string; status?: string; error_code?: string | null };
    console.log(`${new Date().toISOString()}  ${e.id}  ${e.status}${e.error_code ? `  ${e.error_code}` : ''}`);
  })
    .then(({ url }) => console.log(`Receiving status callbacks at ${url} (Ctrl+C to stop)`))
    .catch((error: Error) => {
      console.error(`Could not listen on port ${port}: ${error.message}. Set RECEIVER_PORT to another port.`);
      process.exit(1);
    });
}
