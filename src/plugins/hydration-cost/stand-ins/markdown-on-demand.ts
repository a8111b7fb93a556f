// The browser's stand-in for src/theme/Markdown/render.ts. The descriptions on a page the server
// built are already HTML, and src/theme/Markdown keeps that HTML while React hydrates, so marked
// has no work there and stays out of the bundles a page loads up front. It is fetched the first
// time the browser itself draws a description.
import type { markdownHtml as Render } from '@site/src/theme/Markdown/render';

let renderer: Promise<typeof Render> | undefined;
const ready = new Map<string, string>();
const pending = new Map<string, Promise<string>>();

export const markdownHtml: typeof Render = (markdown, baseUrl) => {
  const key = `${baseUrl}\n${markdown}`;
  const html = ready.get(key);
  if (html !== undefined) return html;
  let promise = pending.get(key);
  if (!promise) {
    renderer ??= import('@site/src/theme/Markdown/render').then((module) => module.markdownHtml);
    // The same promise for the same text, so a component can wait on it across renders.
    promise = renderer.then(async (render) => {
      const done = await render(markdown, baseUrl);
      ready.set(key, done);
      pending.delete(key);
      return done;
    });
    pending.set(key, promise);
  }
  return promise;
};
