// Stands in for @docusaurus/core's client/prefetch (swapped in by src/plugins/hydration-cost/swaps.ts).
// Docusaurus prefetches a route's chunks as soon as a link to it scrolls into view, one
// `<link rel="prefetch">` per chunk, all appended in the IntersectionObserver callback. With the
// navbar, sidebar and footer in view at load that was 40-70 ms of appendChild in one task, on
// every page, right while the page hydrates. Here the links are queued and appended when the
// browser is idle, a few milliseconds' worth at a time; they still load before a reader clicks,
// and a link hovered or clicked first loads its route on demand, as before.
// Follows: @docusaurus/core@3.10.2 lib/client/prefetch.js sha256:7543271549a9882a
const queue: { url: string; done: () => void }[] = [];
let scheduled = false;

// Each idle slice stays short: Lighthouse counts any task over 12.5 ms on this machine.
const sliceMs = 4;

/** Whether <link rel="prefetch"> works here; Safari ships with it off. Upstream asks the same way. */
function supportsLinkPrefetch(): boolean {
  try {
    return document.createElement('link').relList.supports('prefetch');
  } catch {
    return false;
  }
}

let linkPrefetch: boolean | undefined;

function prefetchOne(url: string, done: () => void): void {
  linkPrefetch ??= supportsLinkPrefetch();
  if (linkPrefetch) {
    const link = document.createElement('link');
    link.rel = 'prefetch';
    link.href = url;
    // 404s show in the console anyway; the caller only waits.
    link.onload = link.onerror = () => done();
    document.head.appendChild(link);
    return;
  }
  // Upstream's fallback, kept as it is: fetch the chunk into the HTTP cache with a request.
  const request = new XMLHttpRequest();
  request.open('GET', url, true);
  request.withCredentials = true;
  request.onloadend = () => done();
  request.send(null);
}

function appendSome(): void {
  scheduled = false;
  const start = performance.now();
  while (queue.length && performance.now() - start < sliceMs) {
    const { url, done } = queue.shift()!;
    prefetchOne(url, done);
  }
  if (queue.length) schedule();
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  if ('requestIdleCallback' in window) requestIdleCallback(appendSome, { timeout: 3000 });
  else setTimeout(appendSome, 50);
}

export default function prefetch(url: string): Promise<void> {
  if (typeof document === 'undefined') return Promise.resolve();
  return new Promise((resolve) => {
    queue.push({ url, done: resolve });
    schedule();
  });
}
