// The sandbox in the reader's browser, on the built site with every request to another origin
// blocked: the console's defaults answer 201 and the callbacks follow, and bad input gets the
// same answers as from the Node sandbox.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { BrowserContext, Page } from 'playwright-core';
import { inBrowserServer, testStepProperty } from '../../sandbox/core/in-browser.ts';
import { specSchemas } from '../../sandbox/core/schemas.ts';
import { refusingNumbers, serverErrorNumber, testNumbers } from '../../sandbox/core/test-numbers.ts';
import { site, withContext } from '../helpers/browser.ts';
import { authorization, jsonHeaders, sandboxServer, scopelessAuthorization, sms } from '../helpers/sandbox.ts';
import { spec } from '../helpers/spec.ts';

const callbackEvent = specSchemas(spec as never).component('StatusCallbackEvent');

/**
 * Runs `use` in a context in which nothing may reach another origin (what tried is listed in
 * `escaped`), and whose in-browser sandbox steps its messages every 20 ms instead of every second.
 */
function sealed<T>(use: (context: BrowserContext, escaped: string[]) => Promise<T>): Promise<T> {
  return withContext({}, async (context) => {
    const escaped: string[] = [];
    await context.route('**/*', (route) => {
      if (new URL(route.request().url()).origin === new URL(site.url).origin) return route.continue();
      escaped.push(route.request().url());
      return route.abort();
    });
    await context.addInitScript(({ property, stepMs }) => {
      (window as unknown as Record<string, number>)[property] = stepMs;
    }, { property: testStepProperty, stepMs: 20 });
    return use(context, escaped);
  });
}

async function openConsole(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${site.url}/rest/messaging/send-message/`);
  await page.getByRole('button', { name: /send api request/i }).waitFor();
  return page;
}

const panel = (page: Page) => page.locator('section[aria-labelledby="sandbox-events"]');

/** The body example the console's editor starts from, or shows once its tab is picked. */
const requestExample = (name: string) => spec.paths['/api/messaging/messages'].post.requestBody.content['application/json'].examples[name].value;

async function sendWith(page: Page, example?: string): Promise<void> {
  if (example) await page.locator('.openapi-explorer__form-item-body-container [role="tab"]', { hasText: new RegExp(`^${example}$`) }).click();
  const editor = page.locator('.openapi-explorer__playground-editor:visible').first();
  assert.deepEqual(JSON.parse(await editor.innerText()), requestExample(example ?? 'sms'));
  await page.getByRole('button', { name: /send api request/i }).click();
  const status = page.locator('.openapi-explorer__response-container [role="tab"]', { hasText: /^\s*\d{3}\s*$/ }).first();
  await status.waitFor();
  assert.equal((await status.innerText()).trim(), '201');
  await panel(page).getByText('reports its final status').waitFor({ timeout: 15_000 });
}

test('the default body is the SMS to the delivered test number: send answers 201, then each status and the log final status delivered', () =>
  sealed(async (context, escaped) => {
    const page = await openConsole(context);
    assert.equal(await page.locator('.openapi-explorer__server-url').first().innerText(), inBrowserServer.url);
    assert.equal(requestExample('sms').to, testNumbers.find((n) => n.outcome === 'delivered')!.to);
    await sendWith(page);
    const text = await panel(page).innerText();
    assert.match(text, /POST \/api\/messaging\/messages\s+201/);
    assert.match(text, /Answered by the sandbox in your browser/);
    assert.match(text, /status callback: initiated[\s\S]*status callback: sent[\s\S]*status callback: delivered \(the last status\)/);
    assert.match(text, /final status: delivered/);
    // Each event's payload is the webhook's.
    await panel(page).locator('summary', { hasText: 'initiated' }).click();
    const payload: { status: string } = JSON.parse(await panel(page).locator('pre').first().innerText());
    assert.ok(callbackEvent(payload), JSON.stringify(callbackEvent.errors));
    assert.equal(payload.status, 'initiated');
    assert.match(await panel(page).locator('details[open]').innerText(), /No status_callback was set/);
    assert.deepEqual(escaped, []);
  }));

test('the MMS example is one tab away, and stops at sent', () =>
  sealed(async (context) => {
    const page = await openConsole(context);
    await sendWith(page, 'mms');
    const text = await panel(page).innerText();
    // An MMS gets no delivery receipt.
    assert.match(text, /status callback: initiated[\s\S]*status callback: sent \(the last status\)/);
    assert.match(text, /final status: sent/);
  }));

test("with a status_callback, each event is signed, and the page's own verify accepts it", () =>
  sealed(async (context) => {
    const page = await openConsole(context);
    await sendWith(page, 'statusCallback');
    await panel(page).locator('summary', { hasText: 'initiated' }).click();
    assert.match(await panel(page).locator('details[open]').innerText(), /X-SignalWire-Signature: [0-9a-f]{40}, which verifies/);
  }));

test('custom variables come back in every event the panel shows', () =>
  sealed(async (context) => {
    const page = await openConsole(context);
    const custom_variables = { order_id: '12345' };
    await page.evaluate(
      async ({ origin, headers, body }) => void (await fetch(`${origin}/api/messaging/messages`, { method: 'POST', headers, body })),
      { origin: inBrowserServer.url, headers: jsonHeaders, body: JSON.stringify({ ...sms, to: testNumbers[0].to, custom_variables }) },
    );
    await panel(page).getByText('reports its final status').waitFor({ timeout: 15_000 });
    const summaries = panel(page).locator('details summary');
    assert.equal(await summaries.count(), testNumbers[0].path.length);
    for (let i = 0; i < testNumbers[0].path.length; i++) await summaries.nth(i).click();
    const payloads = (await panel(page).locator('pre').allInnerTexts()).map((text) => JSON.parse(text));
    assert.deepEqual(payloads.map((p) => p.status), testNumbers[0].path);
    for (const payload of payloads) assert.deepEqual(payload.custom_variables, custom_variables);
    assert.match(await panel(page).innerText(), /No status_callback was set/);
  }));

// Requests a reader could make, each sent to the Node sandbox and to the one in the browser.
const sent = (payload: unknown) => ({ method: 'POST', path: '/api/messaging/messages', headers: jsonHeaders, body: JSON.stringify(payload) });
const cases: [name: string, request: { method: string; path: string; headers: Record<string, string>; body?: string }][] = [
  ['a valid SMS', sent(sms)],
  ['malformed JSON', { ...sent(sms), body: '{"to": ' }],
  ['a JSON array', sent([sms])],
  ['no to', sent({ from: sms.from, body: 'x' })],
  ['a number as a JSON number', sent({ ...sms, to: 15551234567 })],
  ['a text/plain body', { ...sent(sms), headers: { authorization, 'content-type': 'text/plain' } }],
  ['a body of 2 MB', sent({ ...sms, body: 'a'.repeat(2_000_000) })],
  ['a __proto__ key', { ...sent(sms), body: '{"__proto__": {"x": 1}, "to": "+15551234567"}' }],
  ['several broken rules', sent({ to: 'nobody', from: sms.from, media: Array(9).fill('ftp://x') })],
  ['21 custom variables', sent({ ...sms, custom_variables: Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`k${i}`, 'v'])) })],
  ['a reserved custom variable name', sent({ ...sms, custom_variables: { Sw_order: '1' } })],
  ['a value of 1,025 bytes', sent({ ...sms, custom_variables: { note: 'a'.repeat(1025) } })],
  ['custom variables as a string', sent({ ...sms, custom_variables: 'order_id=1' })],
  ['custom variables as a list', sent({ ...sms, custom_variables: [['order_id', '1']] })],
  ['custom variables as null', sent({ ...sms, custom_variables: null })],
  ['a from the project does not own and no body', sent({ to: sms.to, from: '+15557770000' })],
  ...refusingNumbers.map((n): [string, ReturnType<typeof sent>] => [`${n.field} ${n.number}`, sent({ ...sms, [n.field]: n.number, media: ['https://example.com/a.png'] })]),
  ['the 500 test number', sent({ ...sms, to: serverErrorNumber })],
  ['no credentials', { ...sent(sms), headers: { 'content-type': 'application/json' } }],
  ['a token without the Messaging scope', { ...sent(sms), headers: { ...jsonHeaders, authorization: scopelessAuthorization } }],
  ['an unknown path', { method: 'GET', path: '/api/messaging/nothing', headers: { authorization } }],
  ['redacting an unknown message', { method: 'PATCH', path: '/api/messaging/messages/00000000-0000-4000-8000-000000000000', headers: jsonHeaders, body: '{"body":""}' }],
  ['a log list with a page size of 0', { method: 'GET', path: '/api/messaging/logs?page_size=0', headers: { authorization } }],
  ['a log list before the history limit', { method: 'GET', path: '/api/messaging/logs?created_before=2000-01-01', headers: { authorization } }],
  ['a log list with two unreadable dates', { method: 'GET', path: '/api/messaging/logs?created_before=tomorrow&created_after=2026-02-30', headers: { authorization } }],
  ['a log list with a page number and no token', { method: 'GET', path: '/api/messaging/logs?page_number=1', headers: { authorization } }],
  ['a log list with a made-up page token', { method: 'GET', path: '/api/messaging/logs?page_token=xyz', headers: { authorization } }],
  ['an unknown log', { method: 'GET', path: '/api/messaging/logs/00000000-0000-4000-8000-000000000000', headers: { authorization } }],
];

// What varies between two runs of the same request: new IDs and times.
const stable = (body: unknown) =>
  JSON.parse(JSON.stringify(body), (key, value) => (['id', 'created_at', 'message_uri'].includes(key) ? '…' : value));

test('every request gets the same status and body in the browser as from the Node sandbox', () =>
  sealed(async (context, escaped) => {
    const app = await sandboxServer();
    try {
      const page = await openConsole(context);
      const inBrowser = await page.evaluate(
        async ({ origin, requests }) => {
          const answers = [];
          for (const r of requests) {
            const response = await fetch(origin + r.path, { method: r.method, headers: r.headers, body: r.body });
            answers.push({ status: response.status, body: await response.json() });
          }
          return answers;
        },
        { origin: inBrowserServer.url, requests: cases.map(([, r]) => r) },
      );
      for (const [i, [name, r]] of cases.entries()) {
        const node = await app.inject({ method: r.method as 'GET', url: r.path, headers: { ...r.headers, host: 'localhost' }, payload: r.body });
        assert.equal(inBrowser[i].status, node.statusCode, name);
        assert.deepEqual(stable(inBrowser[i].body), stable(node.json()), name);
        if (name !== 'the 500 test number') assert.notEqual(inBrowser[i].status, 500, name);
      }
      assert.deepEqual(escaped, []);
    } finally {
      await app.close();
    }
  }));

test('a reload starts the sandbox afresh', () =>
  sealed(async (context) => {
    const page = await openConsole(context);
    const list = () =>
      page.evaluate(async ({ origin, authorization }) => {
        const response = await fetch(`${origin}/api/messaging/logs`, { headers: { authorization } });
        return (await response.json()).data.length;
      }, { origin: inBrowserServer.url, authorization });
    await page.evaluate(
      async ({ origin, headers, body }) => void (await fetch(`${origin}/api/messaging/messages`, { method: 'POST', headers, body })),
      { origin: inBrowserServer.url, headers: jsonHeaders, body: JSON.stringify(sms) },
    );
    assert.equal(await list(), 1);
    await page.reload();
    await page.getByRole('button', { name: /send api request/i }).waitFor();
    assert.equal(await list(), 0);
  }));

test("a request to the reader's Space leaves the page, and the console says where it went", () =>
  sealed(async (context, escaped) => {
    const page = await openConsole(context);
    await page.locator('.openapi-explorer__floating-btn').first().hover();
    await page.locator('.openapi-explorer__floating-btn button', { hasText: 'Edit' }).click();
    await page.locator('select.openapi-explorer__select-input').first().selectOption({ index: 1 });
    await page.getByRole('button', { name: /send api request/i }).click();
    await panel(page).getByText('Sent to example.signalwire.com').waitFor();
    assert.deepEqual(escaped.map((url) => new URL(url).host), ['example.signalwire.com']);
    // Refused here, as a network failure: the panel says so at once instead of waiting.
    await panel(page).getByRole('alert').getByText('No answer from example.signalwire.com').waitFor({ timeout: 5000 });
  }));

for (const phone of [false, true]) {
  test(`the answer's long lines wrap inside the response panel (${phone ? 'phone' : 'desktop'})`, () =>
    withContext({ phone }, async (context) => {
      const page = await context.newPage();
      await page.goto(`${site.url}/rest/messaging/send-message/`);
      if (phone) await page.locator('.openapi-right-panel__container').scrollIntoViewIfNeeded();
      const send = page.getByRole('button', { name: /send api request/i });
      await send.waitFor();
      await send.click();
      const response = page.locator('.openapi-explorer__response-container');
      await response.locator('[role="tab"]', { hasText: /^\s*201\s*$/ }).first().waitFor();
      const overflowing = await response.locator('pre').evaluateAll((blocks) =>
        blocks.filter((block) => block.scrollWidth > block.clientWidth + 1).map((block) => block.textContent?.slice(0, 80)),
      );
      assert.deepEqual(overflowing, []);
      const width = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(width <= 0 || !phone, `the page is ${width}px wider than the screen`);
    }));
}
