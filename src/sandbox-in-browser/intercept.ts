// Answers the console's requests to the in-browser sandbox's origin from the page, and notes
// where every other request of the console went. Fetch interception is @mswjs/interceptors',
// the layer Mock Service Worker is built on, used without a service worker: nothing to register
// or keep across reloads, any host and base URL will do, and it is in place before the first
// click. Requests to any other origin, such as a reader's Space, pass through untouched.
import { FetchInterceptor } from '@mswjs/interceptors/fetch';
import { inBrowserServer } from '@site/sandbox/core/in-browser.ts';
import { newId, record, update } from './events';

const sandboxOrigin = new URL(inBrowserServer.url).origin;
let installed = false;

export function installInterceptor() {
  if (installed) return;
  installed = true;
  const interceptor = new FetchInterceptor();
  const entries = new Map<string, string>();
  interceptor.on('request', async ({ request, requestId, controller }) => {
    const url = new URL(request.url);
    // Only the API's own paths are the console's; the site's other fetches are not shown.
    if (!url.pathname.startsWith('/api/messaging/')) return;
    const inBrowser = url.origin === sandboxOrigin;
    const id = newId();
    entries.set(requestId, id);
    record({ kind: 'request', id, method: request.method, url: request.url, inBrowser });
    if (!inBrowser) return;
    const { default: answerInBrowser } = await import('./answer');
    controller.respondWith(await answerInBrowser(request));
  });
  interceptor.on('response', ({ response, requestId }) => {
    const id = entries.get(requestId);
    if (id) update(id, { status: response.status });
  });
  interceptor.apply();
}
