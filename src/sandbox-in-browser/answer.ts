// The in-browser sandbox itself: the same sandbox/core as `npm run sandbox`, built from the
// published spec and catalog. Loaded on the console's first request to it, never before.
import { createSandbox } from '@site/sandbox/core/sandbox.ts';
import { answer } from '@site/sandbox/core/http.ts';
import { inBrowserConfigFor, testStepProperty } from '@site/sandbox/core/in-browser.ts';
import type { Catalog } from '@site/openapi/catalog.ts';
import spec from '@site/generated/static/openapi/messaging.json';
import catalog from '@site/generated/static/rest/overview/error-codes.json';
import { newId, record } from './events';

const sandbox = createSandbox({
  spec: spec as never,
  catalog: catalog as Catalog,
  config: inBrowserConfigFor((window as unknown as Record<string, unknown>)[testStepProperty]),
  // A page cannot receive webhooks, and nothing may leave it: events go to the console instead.
  deliverCallback: async () => {},
  observe(event, { callbackUrl, last }) {
    record({ kind: 'callback', id: newId(), time: new Date().toISOString(), event, callbackUrl, last });
    if (!last) return;
    const log = sandbox.getMessageLog(event.id).body as { status: string };
    record({ kind: 'log', id: newId(), messageId: event.id, status: log.status });
  },
});

export default function answerInBrowser(request: Request): Promise<Response> {
  return answer(sandbox, request);
}
