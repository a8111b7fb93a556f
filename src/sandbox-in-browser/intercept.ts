// Answers the console's requests to the in-browser sandbox's origin from the page, and notes
// where every other request of the console went. Fetch interception is @mswjs/interceptors',
// the layer Mock Service Worker is built on, used without a service worker: nothing to register
// or keep across reloads, any host and base URL will do, and it is in place before the first
// click. Requests to any other origin, such as a reader's Space, pass through untouched.
import { FetchInterceptor } from '@mswjs/interceptors/fetch';
import { inBrowserServer } from '@site/sandbox/core/in-browser.ts';
import { isLoopbackHost } from '@site/sandbox/core/loopback.ts';
import { newId, record, update } from './events';

/**
 * What a reader should know when the browser got no answer at all. A browser says only "Failed to
 * fetch" for a refused connection, a CORS refusal and being offline alike, and the console would
 * otherwise wait on it with nothing to show.
 */
export function noAnswer(target: URL, pageOrigin: string): string {
  if (isLoopbackHost(target.host)) {
    return (
      `No answer from ${target.host}. Either no sandbox is running there (start it: npx signalwire-messaging-sandbox), ` +
      `or it does not let this page call it: start it with SANDBOX_ALLOWED_ORIGINS=${pageOrigin}.`
    );
  }
  return (
    `No answer from ${target.host}: the browser got none, or refused to show it to this page (CORS). ` +
    'Check the Space name and your connection, or send the same request with curl or from your code.'
  );
}

const sandboxOrigin = new URL(inBrowserServer.url).origin;
let installed = false;

export function installInterceptor() {
  if (installed) return;
  installed = true;
  // The page's own fetch, to pass the requests that leave the page while watching for their failure.
  const pass = globalThis.fetch.bind(globalThis);
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
    if (!inBrowser) {
      try {
        controller.respondWith(await pass(request));
      } catch {
        update(id, { failure: noAnswer(url, window.location.origin) });
        controller.respondWith(Response.error());
      }
      return;
    }
    const { default: answerInBrowser } = await import('./answer');
    controller.respondWith(await answerInBrowser(request));
  });
  interceptor.on('response', ({ response, requestId }) => {
    const id = entries.get(requestId);
    if (id) update(id, { status: response.status });
  });
  interceptor.apply();
}
