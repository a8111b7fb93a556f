// The in-browser sandbox itself: the same sandbox/core as `npm run sandbox`, built from the
// published spec and catalog. Loaded on the console's first request to it, never before.
import { createSandbox } from '@site/sandbox/core/sandbox.ts';
import { answer } from '@site/sandbox/core/http.ts';
import { inBrowserConfigFor, testStepProperty } from '@site/sandbox/core/in-browser.ts';
import { signatureHeader, verify } from '@site/sandbox/core/signature.ts';
import type { Catalog } from '@site/openapi/catalog.ts';
import spec from '@site/generated/static/openapi/messaging.json';
import catalog from '@site/generated/static/rest/overview/error-codes.json';
import { newId, record, update } from './events';

const config = inBrowserConfigFor((window as unknown as Record<string, unknown>)[testStepProperty]);

const sandbox = createSandbox({
  spec: spec as never,
  catalog: catalog as Catalog,
  config,
  // A page cannot receive webhooks, and nothing may leave it: events go to the console instead.
  deliverCallback: async () => {},
  observe(event, { callbackUrl, last, lost, request }) {
    const id = newId();
    record({ kind: 'callback', id, time: new Date().toISOString(), event, callbackUrl, last, lost });
    // Checked as a receiver would check it, with the same code, over the body as it would be sent.
    request?.then(async ({ body, headers }) => {
      const value = headers[signatureHeader];
      update(id, { signature: { value, verifies: await verify(config.signingKey, callbackUrl!, body, value) } });
    });
    if (!last) return;
    const log = sandbox.getMessageLog(event.id).body as { status: string };
    record({ kind: 'log', id: newId(), messageId: event.id, status: log.status });
  },
});

export default function answerInBrowser(request: Request): Promise<Response> {
  return answer(sandbox, request);
}
